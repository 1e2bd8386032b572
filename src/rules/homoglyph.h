#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace mtlint {

/// A word written in Latin letters with some Cyrillic or Greek letters that look the same
/// ("Kulebа" with a Cyrillic 'а'): pasted from a source in another script, or typed on the
/// wrong keyboard layout. A spell checker reads such a word as unknown, and a search for the
/// name does not find it.
struct Homoglyphs {
  std::string latin;   ///< the word with every look-alike replaced: "Kuleba"
  std::string script;  ///< the script of the look-alikes: "Cyrillic" (or "Cyrillic and Greek")
};

/// The Latin letter a Cyrillic or Greek letter cannot be told from in most fonts ('а' -> 'a',
/// 'Р' -> 'P', 'ο' -> 'o'), or 0.
char latin_lookalike(char32_t c);

/// `word` as all-Latin, when it has at least one Latin letter and every other letter is a
/// look-alike of a Latin one; nothing otherwise (a word all in Cyrillic is Cyrillic).
std::optional<Homoglyphs> read_homoglyphs(std::string_view word);

}  // namespace mtlint
