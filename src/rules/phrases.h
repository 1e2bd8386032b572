#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/error.h"
#include "core/string_hash.h"
#include "rules/rule.h"

namespace mtlint {

struct RuleSpec;

/// A table of wrong -> right phrases (`[phrases]`, thousands of rows are fine) compiled into one
/// hash index keyed by the phrase's words: a check costs a few lookups per word of the document,
/// whatever the table size. Matches are word-bounded and, unless `case_sensitive = true`,
/// case-insensitive, with the replacement taking the case of what was written ("Study time" ->
/// "Reading time", "STUDY TIME" -> "READING TIME"). A value may also be an array of
/// alternatives. Placeholders in the message: {match}, {fix}.
class PhrasesRule final : public Rule {
 public:
  static Result<std::unique_ptr<Rule>> create(const RuleSpec& spec);
  void check(const CheckContext& context, Sink& sink) const override;
  /// Number of rows in the table.
  std::size_t size() const { return table_.size(); }

 private:
  explicit PhrasesRule(RuleInfo info) : Rule(std::move(info)) {}
  std::string key(std::string_view text) const;

  bool case_sensitive_ = false;
  /// Leave a phrase alone inside a name of its language ('Tour de Pologne'); see check().
  bool skip_in_names_ = false;
  std::size_t max_words_ = 1;
  std::unordered_map<std::string, std::vector<std::string>, StringHash, std::equal_to<>>
      table_;  // key -> replacements
  std::unordered_set<std::string, StringHash, std::equal_to<>>
      prefixes_;  // every prefix of every key, to skip most words
};

/// Gives `replacement` the case pattern of `written`: all upper, first letter upper, or as is.
std::string match_case(std::string_view written, std::string_view replacement);

}  // namespace mtlint
