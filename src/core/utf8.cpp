#include "core/utf8.h"

#include <cstdint>
#include <cstring>

namespace mtlint::utf8 {

std::optional<std::size_t> find_invalid(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char b = s[i];
    if (b < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (b >= 0xC2 && b <= 0xDF) {
      len = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
      len = 3;
      if (b == 0xE0) lo = 0xA0;  // no overlongs
      if (b == 0xED) hi = 0x9F;  // no surrogates
    } else if (b >= 0xF0 && b <= 0xF4) {
      len = 4;
      if (b == 0xF0) lo = 0x90;
      if (b == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
    } else {
      return i;
    }
    if (i + len > n) return i;
    if (s[i + 1] < lo || s[i + 1] > hi) return i;
    for (std::size_t k = 2; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return i;
    }
    i += len;
  }
  return std::nullopt;
}

std::size_t count_code_points(std::string_view text) {
  // Every byte but the continuation bytes (10xxxxxx), eight at a time.
  const char* p = text.data();
  const std::size_t n = text.size();
  std::size_t count = n;
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t x;
    std::memcpy(&x, p + i, 8);
    // One bit per continuation byte, at the byte's low end, summed by a multiplication (a
    // popcount without -mpopcnt is a library call).
    const std::uint64_t continuation = (x & ~(x << 1) & 0x8080808080808080ull) >> 7;
    count -= static_cast<std::size_t>((continuation * 0x0101010101010101ull) >> 56);
  }
  for (; i < n; ++i) count -= is_lead(static_cast<unsigned char>(p[i])) ? 0 : 1;
  return count;
}

char32_t decode(std::string_view text, std::size_t& offset) {
  const auto b = static_cast<unsigned char>(text[offset]);
  if (b < 0x80) {
    ++offset;
    return b;
  }
  int len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
  char32_t c = b & (0x7F >> len);
  for (int k = 1; k < len && offset + k < text.size(); ++k) {
    c = (c << 6) | (static_cast<unsigned char>(text[offset + k]) & 0x3F);
  }
  offset += len;
  return c;
}

void append(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

}  // namespace mtlint::utf8
