#include "lexicon/flat_index.h"

#include <cstring>

namespace mtlint {

namespace {

constexpr std::uint32_t kMagic = 0x31584946;                // "FIX1"
constexpr std::size_t kHeader = 4 * sizeof(std::uint32_t);  // magic, slots, entries, pool size
constexpr std::size_t kRecord = 4 * sizeof(std::uint32_t);

std::uint32_t hash32(std::string_view key) {
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a
  for (const char c : key) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return static_cast<std::uint32_t>(h ^ (h >> 32));
}

template <class T>
T load(const char* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

template <class T>
void store(std::string& out, std::size_t at, T v) {
  std::memcpy(out.data() + at, &v, sizeof v);
}

}  // namespace

void FlatIndex::write(const std::vector<Entry>& entries, std::string& out) {
  std::uint32_t slots = 2;
  while (slots < 2 * entries.size()) slots *= 2;  // at most half full
  std::size_t pool = 0;
  for (const auto& [key, value] : entries) pool += key.size();
  const std::size_t start = out.size();
  const std::size_t slots_at = start + kHeader;
  const std::size_t records_at = slots_at + std::size_t{slots} * sizeof(std::uint64_t);
  const std::size_t pool_at = records_at + entries.size() * kRecord;
  const std::size_t end = pool_at + pool;
  out.resize(end + (8 - (end - start) % 8) % 8, '\0');
  store(out, start, kMagic);
  store(out, start + 4, slots);
  store(out, start + 8, static_cast<std::uint32_t>(entries.size()));
  store(out, start + 12, static_cast<std::uint32_t>(pool));
  std::size_t key_at = 0;
  for (std::uint32_t i = 0; i < entries.size(); ++i) {
    const auto& [key, value] = entries[i];
    const std::size_t record = records_at + std::size_t{i} * kRecord;
    store(out, record, static_cast<std::uint32_t>(key_at));
    store(out, record + 4, static_cast<std::uint32_t>(key.size()));
    store(out, record + 8, value.a);
    store(out, record + 12, value.b);
    std::memcpy(out.data() + pool_at + key_at, key.data(), key.size());
    key_at += key.size();
    const std::uint32_t h = hash32(key);
    for (std::uint32_t k = h;; ++k) {
      const std::size_t slot = slots_at + std::size_t{k & (slots - 1)} * sizeof(std::uint64_t);
      if (load<std::uint64_t>(out.data() + slot) == 0) {
        store(out, slot, std::uint64_t{h} << 32 | (i + 1));
        break;
      }
    }
  }
}

std::optional<std::pair<FlatIndex, std::size_t>> FlatIndex::read(std::string_view bytes) {
  if (bytes.size() < kHeader || load<std::uint32_t>(bytes.data()) != kMagic) return std::nullopt;
  const auto slots = load<std::uint32_t>(bytes.data() + 4);
  const auto entries = load<std::uint32_t>(bytes.data() + 8);
  const auto pool = load<std::uint32_t>(bytes.data() + 12);
  if (slots < 2 || (slots & (slots - 1)) != 0 || entries > slots / 2) return std::nullopt;
  const std::size_t records_at = kHeader + std::size_t{slots} * sizeof(std::uint64_t);
  const std::size_t pool_at = records_at + std::size_t{entries} * kRecord;
  const std::size_t end = pool_at + pool;
  const std::size_t size = end + (8 - end % 8) % 8;
  if (size > bytes.size()) return std::nullopt;
  FlatIndex index;
  index.slots_ = bytes.data() + kHeader;
  index.records_ = bytes.data() + records_at;
  index.pool_ = bytes.data() + pool_at;
  index.mask_ = slots - 1;
  index.entries_ = entries;
  // Each entry in one slot, so that the other half stays empty and ends every probe.
  std::uint32_t full = 0;
  for (std::uint32_t s = 0; s < slots; ++s) {
    const auto slot = load<std::uint64_t>(index.slots_ + std::size_t{s} * sizeof(std::uint64_t));
    if (slot == 0) continue;
    if ((slot & 0xFFFFFFFF) > entries) return std::nullopt;
    ++full;
  }
  if (full != entries) return std::nullopt;
  for (std::uint32_t i = 0; i < entries; ++i) {
    const char* record = index.records_ + std::size_t{i} * kRecord;
    const auto offset = load<std::uint32_t>(record), length = load<std::uint32_t>(record + 4);
    if (std::size_t{offset} + length > pool) return std::nullopt;
  }
  return std::pair{index, size};
}

std::optional<FlatIndex::Value> FlatIndex::find(std::string_view key) const {
  if (entries_ == 0) return std::nullopt;
  const std::uint32_t h = hash32(key);
  // At most half the slots are full: the probe meets an empty one.
  for (std::uint32_t k = h;; ++k) {
    const auto slot = load<std::uint64_t>(slots_ + std::size_t{k & mask_} * sizeof(std::uint64_t));
    if (slot == 0) return std::nullopt;
    if ((slot >> 32) != h) continue;
    const char* record = records_ + ((slot & 0xFFFFFFFF) - 1) * kRecord;
    const auto length = load<std::uint32_t>(record + 4);
    if (length == key.size() &&
        std::memcmp(pool_ + load<std::uint32_t>(record), key.data(), length) == 0) {
      return Value{load<std::uint32_t>(record + 8), load<std::uint32_t>(record + 12)};
    }
  }
}

std::vector<FlatIndex::Entry> FlatIndex::entries() const {
  std::vector<Entry> out;
  out.reserve(entries_);
  for (std::uint32_t i = 0; i < entries_; ++i) {
    const char* record = records_ + std::size_t{i} * kRecord;
    out.emplace_back(
        std::string_view(pool_ + load<std::uint32_t>(record), load<std::uint32_t>(record + 4)),
        Value{load<std::uint32_t>(record + 8), load<std::uint32_t>(record + 12)});
  }
  return out;
}

}  // namespace mtlint
