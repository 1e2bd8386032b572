#include "lexicon/flat_index.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace mtlint {
namespace {

std::string layout(const std::vector<FlatIndex::Entry>& entries) {
  std::string bytes;
  FlatIndex::write(entries, bytes);
  return bytes;
}

TEST_CASE("FlatIndex: finds every key it was given, and nothing else") {
  std::vector<std::string> keys;
  for (int i = 0; i < 3000; ++i) keys.push_back("key" + std::to_string(i * 7919));
  keys.push_back("");  // the empty key is a key like any other
  keys.push_back("Zelensky");
  keys.push_back("Sergueï");
  std::vector<FlatIndex::Entry> entries;
  for (std::uint32_t i = 0; i < keys.size(); ++i) entries.push_back({keys[i], {i, i * 2 + 1}});
  const std::string bytes = layout(entries);
  CHECK(bytes.size() % 8 == 0);
  const auto read = FlatIndex::read(bytes);
  REQUIRE(read);
  const FlatIndex& index = read->first;
  CHECK(read->second == bytes.size());
  CHECK(index.size() == keys.size());
  for (std::uint32_t i = 0; i < keys.size(); ++i) {
    const auto found = index.find(keys[i]);
    REQUIRE(found);
    CHECK(*found == FlatIndex::Value{i, i * 2 + 1});
  }
  CHECK_FALSE(index.find("key1"));
  CHECK_FALSE(index.find("Zelenskyy"));
  CHECK_FALSE(index.find("Zelensk"));
  CHECK_FALSE(index.find("Sergue"));
  CHECK(index.entries() == entries);
}

TEST_CASE("FlatIndex: an empty index finds nothing, and a default one neither") {
  const std::string bytes = layout({});
  const auto read = FlatIndex::read(bytes);
  REQUIRE(read);
  CHECK(read->first.size() == 0);
  CHECK_FALSE(read->first.find(""));
  CHECK_FALSE(read->first.find("Kyiv"));
  CHECK_FALSE(FlatIndex().find("Kyiv"));
  CHECK(FlatIndex().entries().empty());
}

TEST_CASE("FlatIndex: blocks follow one another; each read says where the next begins") {
  std::string bytes;
  FlatIndex::write({{"Kyiv", {1, 0}}}, bytes);
  const std::size_t first = bytes.size();
  FlatIndex::write({{"Odesa", {2, 0}}, {"Lviv", {3, 0}}}, bytes);
  const auto a = FlatIndex::read(bytes);
  REQUIRE(a);
  CHECK(a->second == first);
  const auto b = FlatIndex::read(std::string_view(bytes).substr(first));
  REQUIRE(b);
  CHECK(a->first.find("Kyiv")->a == 1);
  CHECK_FALSE(a->first.find("Odesa"));
  CHECK(b->first.find("Odesa")->a == 2);
  CHECK(b->first.find("Lviv")->a == 3);
}

TEST_CASE("FlatIndex: damaged or cut bytes are refused, never read outside") {
  const std::string bytes = layout({{"Kharkiv", {1, 2}}, {"Mykolaiv", {3, 4}}});
  for (std::size_t cut = 0; cut < bytes.size(); ++cut) {
    CHECK_FALSE(FlatIndex::read(std::string_view(bytes).substr(0, cut)));
  }
  SUBCASE("wrong magic") {
    std::string bad = bytes;
    bad[0] ^= 1;
    CHECK_FALSE(FlatIndex::read(bad));
  }
  SUBCASE("a slot count that is no power of two") {
    std::string bad = bytes;
    bad[4] = 3;
    CHECK_FALSE(FlatIndex::read(bad));
  }
  SUBCASE("a key that runs past the pool") {
    std::string bad = bytes;
    // header (16) + 4 slots (32): the first record's key length
    bad[16 + 32 + 4] = 100;
    CHECK_FALSE(FlatIndex::read(bad));
  }
  SUBCASE("every slot full, so that a probe would never end") {
    std::string bad = bytes;
    for (std::size_t s = 0; s < 4; ++s) bad[16 + 8 * s] = 1;
    CHECK_FALSE(FlatIndex::read(bad));
  }
}

}  // namespace
}  // namespace mtlint
