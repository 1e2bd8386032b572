#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "rules/regex.h"
#include "rules/rule.h"
#include "rules/scope.h"

namespace mtlint {

struct RuleSpec;

/// Reports matches of ICU regular expressions. Parameters:
/// - `patterns`: one regex or an array; `antipatterns`: regexes whose matches on the same line
///   excuse any finding they overlap (LanguageTool-style exceptions);
/// - `scope`: line (default), sentence, paragraph or document: the unit each regex runs on, so
///   that ^ and $ anchor to it;
/// - `case_sensitive` (default true); `mark`: the capture group that is flagged (default 0);
/// - `fix`: a template ("{1}", "{^1}", "{2|00}", see fill_template), or `map`: a table from the
///   flagged text to its replacement; with both, `{N:map}` in the template is group N through
///   the map (no fix when the map lacks it); `space_before_word` (default false): a fix that ends
///   in punctuation gets a space when a letter or digit follows the match;
/// - `known` / `unknown`: a capture group that must (must not) be a dictionary word;
/// - `in_urls` (default false): also report inside URLs, e-mail addresses and markup.
/// The message is a template over the same captures. A regex only runs on the units that hold
/// the bytes every one of its matches needs (its prefilter, derived from the pattern), so a rule
/// whose patterns contain a literal ('«', ',' between digits) costs little where it cannot fire.
class PatternRule final : public Rule {
 public:
  static Result<std::unique_ptr<Rule>> create(const RuleSpec& spec);
  void check(const CheckContext& context, Sink& sink) const override;
  void prepare(const std::atomic<bool>& stop) const override;
  void warm(const ProbeText& sample, const std::vector<Span>& lines,
            const std::atomic<bool>& stop) const override;

 private:
  explicit PatternRule(RuleInfo info) : Rule(std::move(info)) {}
  /// The antipattern matches of one line, found once for all the matches in it: a long line
  /// with many matches would otherwise be searched again for each.
  struct Excuses {
    Span line{kNoGroup, kNoGroup};
    std::vector<Span> hits;
  };
  bool excused(const Subject& subject, Span span, Excuses& excuses) const;

  std::vector<std::shared_ptr<const Regex>> patterns_;
  std::vector<std::shared_ptr<const Regex>> antipatterns_;
  Scope scope_ = Scope::line;
  int mark_ = 0;
  int known_ = -1;
  int unknown_ = -1;
  bool in_urls_ = false;
  bool space_before_word_ = false;
  std::optional<std::string> fix_;
  std::map<std::string, std::string, std::less<>> map_;
  std::vector<int> map_groups_;  // the N of each '{N:map}' in fix_
};

}  // namespace mtlint
