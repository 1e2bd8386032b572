#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mtlint {

/// A conservative index of words one edit away: it may answer yes for a word two edits from an
/// entry (or on a hash collision), never no for one within one edit. Entries and queries are
/// compared in lower case. Used to skip Hunspell's slow suggestion search when no entry can be
/// near. Read-only once built.
class NearWords {
 public:
  /// Indexes one word (its lower-case form and every form with one code point deleted).
  void add(std::string_view word);
  /// True when some entry may be within one insertion, deletion, substitution or transposition
  /// of `lower` (already lower case), or equal to it.
  bool may_have_near(std::string_view lower) const;
  std::size_t size() const { return count_; }

 private:
  void insert(std::uint64_t hash);
  bool contains(std::uint64_t hash) const;
  // An open-addressing table of the keys' 64-bit hashes (0 marks a free slot): a collision only
  // makes the index more conservative, and it builds without a memory allocation per key.
  std::vector<std::uint64_t> table_;
  std::size_t count_ = 0;
};

/// Every string one edit from `lower` (swaps, deletions, insertions, substitutions, in that order)
/// with the letters a-z, the apostrophe and the hyphen (Hunspell suggests "Euro-next"): deletions,
/// transpositions, substitutions and insertions (by code point, so UTF-8 stays valid).
std::vector<std::string> one_edit_candidates(std::string_view lower, bool hyphen = true);

/// Code point boundaries of a UTF-8 string, 0 and size() included.
std::vector<std::size_t> code_point_starts(std::string_view text);

}  // namespace mtlint
