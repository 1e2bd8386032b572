#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mtlint {

/// A read-only hash index from byte strings to a pair of 32-bit numbers, laid out in one block
/// of bytes that is used where it lies: written once into a cache file, then read in place from
/// the mapped file, with no work at load (the name table's indexes, which took milliseconds to
/// rebuild as hash maps at every start). The block: a header, open-addressing slots (a key's
/// hash and its entry), entries (key offset and length, the two numbers) and the keys' bytes.
/// Reads copy bytes out, so the block needs no alignment.
class FlatIndex {
 public:
  struct Value {
    std::uint32_t a = 0;
    std::uint32_t b = 0;
    friend bool operator==(const Value&, const Value&) = default;
  };
  using Entry = std::pair<std::string_view, Value>;

  /// An index with no keys.
  FlatIndex() = default;

  /// Lays out `entries` (distinct keys, any order; the block is the same for the same entries
  /// in the same order) and appends the block to `out`, padded to a multiple of 8 bytes.
  static void write(const std::vector<Entry>& entries, std::string& out);
  /// The index write() laid out at the start of `bytes`, and the length of its block; none when
  /// the bytes cannot be one. Every offset is checked here, so find() never reads outside.
  static std::optional<std::pair<FlatIndex, std::size_t>> read(std::string_view bytes);

  std::optional<Value> find(std::string_view key) const;
  bool contains(std::string_view key) const { return find(key).has_value(); }
  std::size_t size() const { return entries_; }
  /// The entries in the order they were written.
  std::vector<Entry> entries() const;

 private:
  const char* slots_ = nullptr;    // slot_count u64: hash << 32 | entry + 1 (0: empty)
  const char* records_ = nullptr;  // entries_ records of four u32: key offset, length, a, b
  const char* pool_ = nullptr;     // the keys' bytes
  std::uint32_t mask_ = 0;         // slot count - 1
  std::uint32_t entries_ = 0;
};

}  // namespace mtlint
