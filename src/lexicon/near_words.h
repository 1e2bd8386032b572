#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace mtlint {

/// Every string one edit from `lower` (swaps, deletions, insertions, substitutions, in that order)
/// with the letters a-z, the apostrophe and the hyphen (Hunspell suggests "Euro-next"): deletions,
/// transpositions, substitutions and insertions (by code point, so UTF-8 stays valid).
std::vector<std::string> one_edit_candidates(std::string_view lower, bool hyphen = true);

/// The same candidates, in the same order, in one buffer: `views` point into `bytes` (no string
/// per candidate: an unknown word has hundreds).
struct EditCandidates {
  std::string bytes;
  std::vector<std::string_view> views;
};
void one_edit_candidates(std::string_view lower, bool hyphen, EditCandidates& out);

/// The same candidates, in the same order, each passed to `visit` as it is made (a view valid
/// during the call) until `visit` returns true; true when one did.
bool for_each_one_edit(std::string_view lower, bool hyphen,
                       const std::function<bool(std::string_view)>& visit);

/// The QWERTY neighbours of a lower-case ASCII letter ("qwsz" for 'a'); empty for anything else.
std::string_view keyboard_neighbours(char c);

/// True when `b` is `a` with two adjacent bytes swapped ('Zelesnky', 'Zelensky').
bool is_transposition(std::string_view a, std::string_view b);

/// Code point boundaries of a UTF-8 string, 0 and size() included.
std::vector<std::size_t> code_point_starts(std::string_view text);

}  // namespace mtlint
