#pragma once

#include <string>
#include <string_view>

namespace mtlint {

/// `source` (an ICU regex meant to run without regard to case) with every character set that
/// case folding cannot change wrapped in `(?-i:…)`: `\w`, `\p{L}`, `[^.!?]`, `[\p{L}.’ -]`. ICU
/// closes each set of a case-insensitive pattern over case when it compiles it, which for a
/// set of a million code points costs milliseconds; for these sets the closure is the set
/// itself, so the matches stay the same. A set it is not sure of (`\p{Lu}`, `[^a-z]`, nested
/// sets) and patterns with `\Q` or free spacing are left as written.
std::string wrap_case_closed_sets(std::string_view source);

}  // namespace mtlint
