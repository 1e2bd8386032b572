#pragma once

#include <memory>
#include <set>
#include <string>

#include "core/error.h"
#include "rules/rule.h"

namespace mtlint {

struct RuleSpec;

/// Finds repeated text. Parameter `unit`:
/// - "word" (default): a word written twice in a row ("published published"), case-insensitive,
///   except the words in `allow` ("had had", "that that");
/// - "sentence": a sentence repeated right after itself;
/// - "paragraph": a paragraph (or headline) that already appeared earlier in the document.
/// Sentences and paragraphs count only from `min_words` words (default 4). Placeholders in the
/// message: {match}, {fix}.
class RepetitionRule final : public Rule {
 public:
  static Result<std::unique_ptr<Rule>> create(const RuleSpec& spec);
  void check(const CheckContext& context, Sink& sink) const override;

 private:
  enum class Unit { word, sentence, paragraph };
  explicit RepetitionRule(RuleInfo info) : Rule(std::move(info)) {}
  void check_words(const CheckContext& context, Sink& sink) const;
  void check_blocks(const CheckContext& context, Sink& sink) const;

  Unit unit_ = Unit::word;
  std::size_t min_words_ = 4;
  std::set<std::string, std::less<>> allow_;
};

}  // namespace mtlint
