#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "eval/score.h"

namespace mtlint {

/// Spans of `words` (listed in order of occurrence, as `hunspell -l` prints them) in `text`: each
/// becomes a finding of kind "name" when capitalised, else "spelling", without a fix. A word
/// that cannot be found is skipped.
std::vector<EvalFinding> locate_words(std::string_view text, const std::vector<std::string>& words,
                                      const std::string& source);

/// Runs `hunspell -d <dictionary> -l` on a file and locates every word it lists.
Result<std::vector<EvalFinding>> hunspell_findings(const std::string& path, std::string_view text,
                                                   const std::string& dictionary);

/// True when a `hunspell` program is on the PATH.
bool hunspell_available();

}  // namespace mtlint
