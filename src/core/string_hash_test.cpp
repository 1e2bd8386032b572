#include "core/string_hash.h"

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <unordered_map>

using namespace mtlint;

TEST_CASE("string hash: a string and a view of it hash alike, and a transparent map finds both") {
  const std::string word = "Zelensky";
  CHECK(StringHash{}(word) == StringHash{}(std::string_view(word)));
  std::unordered_map<std::string, int, StringHash, std::equal_to<>> map{{word, 1}};
  CHECK(map.find(std::string_view("Zelensky")) != map.end());
  CHECK(map.find(std::string_view("Zelenskyy")) == map.end());
}

TEST_CASE("string hash: every byte of every length counts, and the empty string hashes") {
  // Changing one byte anywhere, in strings of 0 to 40 bytes, must change the hash; so must a
  // trailing NUL and the length.
  const StringHash hash;
  std::set<std::size_t> seen;
  std::size_t count = 0;
  for (std::size_t length = 0; length <= 40; ++length) {
    std::string base(length, 'a');
    seen.insert(hash(base));
    ++count;
    for (std::size_t at = 0; at < length; ++at) {
      for (const char c : {'b', 'A', '\0', '\xC3'}) {
        std::string changed = base;
        changed[at] = c;
        seen.insert(hash(changed));
        ++count;
      }
    }
  }
  CHECK(seen.size() == count);
  CHECK(hash(std::string_view("ab", 2)) != hash(std::string_view("ab\0", 3)));
}

TEST_CASE("string hash: spreads similar words over the buckets of a prime-sized table") {
  // Words differing in their last letter must not pile into a few buckets.
  const StringHash hash;
  constexpr std::size_t kBuckets = 1031;
  std::set<std::size_t> buckets;
  for (char a = 'a'; a <= 'z'; ++a) {
    for (char b = 'a'; b <= 'z'; ++b)
      buckets.insert(hash(std::string("Kulebx") + a + b) % kBuckets);
  }
  // 676 keys into 1031 buckets: about 500 distinct buckets are expected for a uniform hash.
  CHECK(buckets.size() > 420);
}
