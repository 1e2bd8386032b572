#pragma once

#include <memory>

#include "core/error.h"
#include "rules/rule.h"

namespace mtlint {

struct RuleSpec;

/// Spell-checks words against the Lexicon. Parameter `report`:
/// - "typos" (default): misspelt words, proper nouns in lower case, and capitalised words one
///   edit away from a dictionary word;
/// - "unknown-names": capitalised words that no dictionary knows and that are no near typo.
/// Never checks numbers, URLs, e-mail addresses, acronyms, abbreviations or non-Latin words.
class SpellingRule final : public Rule {
 public:
  static Result<std::unique_ptr<Rule>> create(const RuleSpec& spec);
  void check(const CheckContext& context, Sink& sink) const override;

 private:
  enum class Report { typos, unknown_names };
  SpellingRule(RuleInfo info, Report report, std::string proper_message, int max_suggestions);
  Report report_;
  std::string proper_message_;
  int max_suggestions_;
  /// Endings of technical terms ('-mab', '-quine': the WHO's stems of drug names); see check().
  std::vector<std::string> term_suffixes_;
};

/// Damerau-Levenshtein distance (adjacent transpositions count one) over code points.
int edit_distance(std::string_view a, std::string_view b);

}  // namespace mtlint
