#pragma once

#include <string>
#include <string_view>

namespace mtlint {

/// The fuzzy key of one name token: lower case, diacritics folded, and the letter groups that
/// romanisation conventions spell differently unified (ou/u, y/i/j, w/v, kh/h, tch/ch, sz/sh,
/// doubled letters...). "Kouleba", "Kułeba" and "Kuleba" share the key "kuleba".
std::string name_key(std::string_view token);

/// Damerau-Levenshtein distance between two keys (ASCII after name_key), or `limit + 1` when it
/// is larger than `limit`.
int key_distance(std::string_view a, std::string_view b, int limit);

/// The largest key distance at which two keys of these lengths may still name the same entity:
/// 0 below 6 letters (short names and Chinese syllables need exact keys), 1 up to 8, 2 from 9.
int allowed_distance(std::size_t length_a, std::size_t length_b);

/// The consonants of a name as Arabic script keeps them, for names written back from it: Arabic
/// has no p, v or hard c ('Baris' for Paris, 'Makrun' for Macron), writes short vowels not at
/// all, and one letter each for s/z, for sh/ch and for f/ph. Lower case, vowels (and y, w, h)
/// left out, doubled consonants single: "Ghutiris" and "Guterres" are both "gtrs".
std::string arabic_skeleton(std::string_view token);

/// Removes diacritics from Latin letters ("Kułeba" -> "Kuleba", "Sergueï" -> "Serguei").
std::string fold_to_ascii(std::string_view text);

}  // namespace mtlint
