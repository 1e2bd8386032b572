#pragma once

#include <string>
#include <vector>

#include "rules/rule.h"

namespace mtlint {

/// Runs every example of a rule and returns one message per example that does not behave as
/// declared (fires when it must not, stays silent when it must fire, or fixes differently).
std::vector<std::string> verify_examples(const Rule& rule, const Lexicon& lexicon,
                                         Segmenter& segmenter);

/// The findings of one rule on a text (used by verify_examples and by tests).
std::vector<Diagnostic> run_rule(const Rule& rule, const Lexicon& lexicon, Segmenter& segmenter,
                                 const std::string& text);

/// Applies every fix that is its finding's only suggestion and overlaps no other, back to front.
std::string apply_single_fixes(std::string_view text, const std::vector<Diagnostic>& findings);

}  // namespace mtlint
