#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/error.h"
#include "rules/probe_index.h"
#include "rules/regex.h"
#include "rules/rule.h"

namespace mtlint {

struct RuleSpec;

/// Whole lines of web-page furniture left by a scraper ("Leave a Reply", "Tags: …", "Share this
/// article"). Parameters:
/// - `lines`: regexes that must match a whole line (white space trimmed; case-insensitive unless
///   `case_sensitive = true`);
/// - `headers`: regexes for a related-links heading ("Also interesting:"); the heading and up to
///   `max_links` (default 3) headline-like lines right below it are flagged;
/// - `links_after_lines` (default false): a line of `lines` is followed by links as well, as
///   'Read also: <headline>' is by more headlines; these must look like headlines (four words or
///   more, no list, no sentence inside, no end punctuation);
/// - `max_words` (default 30): longer lines are prose, never furniture.
/// The finding covers the trimmed line and its fix deletes it. Placeholder: {match}.
class BoilerplateRule final : public Rule {
 public:
  static Result<std::unique_ptr<Rule>> create(const RuleSpec& spec);
  void check(const CheckContext& context, Sink& sink) const override;
  void prepare(const std::atomic<bool>& stop) const override;
  void warm(const ProbeText& sample, const std::vector<Span>& lines,
            const std::atomic<bool>& stop) const override;

 private:
  explicit BoilerplateRule(RuleInfo info) : Rule(std::move(info)) {}
  void report(std::string_view text, Span span, Sink& sink) const;
  /// Reports the headline-like lines right below paragraph `i` (none after a blank line); the
  /// index of the last one reported, or `i`. `strict`: four words or more, no list, no sentence
  /// inside, no end punctuation.
  std::size_t report_links(const CheckContext& context, std::size_t i, bool strict,
                           Sink& sink) const;

  // True when one of `regexes` matches the whole of `span`; `index` holds their prefilters.
  bool any_whole(const std::vector<std::shared_ptr<const Regex>>& regexes, const ProbeIndex& index,
                 const Subject& subject, Span span) const;

  std::vector<std::shared_ptr<const Regex>> lines_;
  std::vector<std::shared_ptr<const Regex>> headers_;
  ProbeIndex lines_index_, headers_index_;
  std::size_t max_words_ = 30;
  std::size_t max_links_ = 3;
  bool links_after_lines_ = false;
};

}  // namespace mtlint
