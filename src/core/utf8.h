#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace mtlint::utf8 {

/// Offset of the first byte that does not start a well-formed UTF-8 sequence, or nullopt when
/// `text` is valid UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
std::optional<std::size_t> find_invalid(std::string_view text);

/// Number of code points in valid UTF-8 text (counts lead bytes).
std::size_t count_code_points(std::string_view text);

/// Decodes the code point starting at `offset` of valid UTF-8 text and advances `offset`.
char32_t decode(std::string_view text, std::size_t& offset);

/// Appends the UTF-8 encoding of `c` to `out`.
void append(std::string& out, char32_t c);

/// True when `text` has a byte outside ASCII: a letter English lacks ('złoty', 'Česká').
inline bool has_non_ascii(std::string_view text) {
  for (const char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  }
  return false;
}

/// True for a byte that starts a code point (not a continuation byte).
inline bool is_lead(unsigned char b) { return (b & 0xC0) != 0x80; }

}  // namespace mtlint::utf8
