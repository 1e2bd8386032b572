#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace mtlint {

/// A hash for std::string keys that also takes string_views, so that a lookup makes no copy:
/// `std::unordered_map<std::string, T, StringHash, std::equal_to<>>`. Also the hash of the maps
/// keyed by string_view. Words are short: it reads eight bytes at a time, one multiply per block
/// and a final avalanche, several times faster than std::hash on words (which the names and
/// spelling rules hash several times each).
struct StringHash {
  using is_transparent = void;
  // Not noexcept on purpose: libstdc++ then keeps each node's hash, so a lookup does not rehash
  // the keys it walks past (std::hash<std::string> gets the same treatment).
  std::size_t operator()(std::string_view s) const {
    const char* p = s.data();
    std::size_t n = s.size();
    std::uint64_t h = 0x9E3779B97F4A7C15ULL;
    while (n >= 8) {
      std::uint64_t block;
      std::memcpy(&block, p, 8);
      h = (h ^ block) * 0xA0761D6478BD642FULL;
      h ^= h >> 29;
      p += 8;
      n -= 8;
    }
    std::uint64_t tail = 0;
    std::memcpy(&tail, p, n);
    h = (h ^ tail) * 0xE7037ED1A0B428DBULL;
    // The length goes in last, spread by a multiply: 'ab' and 'ab\0' share their padded tail.
    h ^= (static_cast<std::uint64_t>(s.size()) + 1) * 0xD6E8FEB86659FD93ULL;
    h ^= h >> 32;
    h *= 0x8EBC6AF09C88C6E3ULL;
    return static_cast<std::size_t>(h ^ (h >> 29));
  }
};

}  // namespace mtlint
