#include "rules/probe_index.h"

#include <algorithm>
#include <bit>

#include "rules/byte_frequency.h"

namespace mtlint {

namespace {

// Entries are found by two bytes of their core (cores of two bytes) or three, hashed.
constexpr std::size_t kBuckets = 65536;
std::size_t bucket(const unsigned char* at, std::size_t key_bytes) {
  if (key_bytes == 2) return std::size_t{at[0]} << 8 | at[1];
  const std::uint32_t bytes = std::uint32_t{at[0]} << 16 | std::uint32_t{at[1]} << 8 | at[2];
  return (bytes * 0x9E3779B1u) >> 16;
}

// The offset of a core's `n` bytes least likely to occur together in folded text.
std::size_t rarest_key(std::string_view core, std::size_t n) {
  std::size_t best = 0;
  double lowest = 2;
  for (std::size_t i = 0; i + n <= core.size(); ++i) {
    double f = 1;
    for (std::size_t k = 0; k < n; ++k) {
      const auto b = static_cast<unsigned char>(core[i + k]);
      f *= folded_frequency(b);
      if (k > 0) f *= pair_factor(static_cast<unsigned char>(core[i + k - 1]), b);
    }
    if (f < lowest) {
      lowest = f;
      best = i;
    }
  }
  return best;
}

}  // namespace

std::uint32_t ProbeIndex::rank(const Table& table, std::size_t k) {
  const std::uint64_t below = table.keys[k / 64] & ((std::uint64_t{1} << (k % 64)) - 1);
  return table.before[k / 64] + static_cast<std::uint32_t>(std::popcount(below));
}

ProbeIndex::ProbeIndex(const std::vector<const Prefilter*>& prefilters) : prefilters_(prefilters) {
  tables_[0].key_bytes = 2;
  tables_[1].key_bytes = 3;
  for (std::uint32_t i = 0; i < prefilters.size(); ++i) {
    const auto& probes = prefilters[i]->probes();
    if (probes.empty()) {
      open_.push_back(i);
    } else if (std::all_of(probes.begin(), probes.end(),
                           [](const Probe& p) { return p.folded && p.core.size() >= 2; })) {
      indexed_.push_back(i);
      for (const Probe& p : probes) {
        Table& table = tables_[p.core.size() == 2 ? 0 : 1];
        const auto key = static_cast<std::uint32_t>(rarest_key(p.core, table.key_bytes));
        table.entries.push_back(Entry{p.core, p.before, p.after, i, key});
      }
    } else {
      on_their_own_.push_back(i);
    }
  }
  for (Table& table : tables_) {
    if (table.entries.empty()) continue;
    auto key = [&](const Entry& e) {
      return bucket(reinterpret_cast<const unsigned char*>(e.core.data()) + e.key, table.key_bytes);
    };
    std::stable_sort(table.entries.begin(), table.entries.end(),
                     [&](const Entry& a, const Entry& b) { return key(a) < key(b); });
    table.keys.assign(kBuckets / 64, 0);
    for (const Entry& e : table.entries)
      table.keys[key(e) / 64] |= std::uint64_t{1} << (key(e) % 64);
    table.before.assign(table.keys.size(), 0);
    std::uint32_t set = 0;
    for (std::size_t w = 0; w < table.keys.size(); ++w) {
      table.before[w] = set;
      set += static_cast<std::uint32_t>(std::popcount(table.keys[w]));
    }
    table.first.assign(set + 1, 0);
    for (const Entry& e : table.entries) ++table.first[rank(table, key(e)) + 1];
    for (std::size_t k = 1; k < table.first.size(); ++k) table.first[k] += table.first[k - 1];
  }
}

void ProbeIndex::passes(const ProbeText& text, Span region, std::vector<char>& out) const {
  out.assign(prefilters_.size(), 0);
  for (const std::uint32_t i : open_) out[i] = 1;
  for (const std::uint32_t i : on_their_own_) out[i] = prefilters_[i]->passes(text, region) ? 1 : 0;
  if (indexed_.empty()) return;
  if (text.unsure(region)) {
    for (const std::uint32_t i : indexed_) out[i] = 1;
    return;
  }
  const std::string_view folded = text.folded();
  const std::string_view raw = text.text();
  if (region.end > folded.size()) return;
  const auto* f = reinterpret_cast<const unsigned char*>(folded.data());
  for (const Table& table : tables_) {
    if (table.entries.empty()) continue;
    for (std::size_t at = region.begin; at + table.key_bytes <= region.end; ++at) {
      const std::size_t k = bucket(f + at, table.key_bytes);
      if (!(table.keys[k / 64] >> (k % 64) & 1)) continue;
      const std::uint32_t r = rank(table, k);
      for (std::uint32_t e = table.first[r]; e < table.first[r + 1]; ++e) {
        const Entry& entry = table.entries[e];
        if (out[entry.owner] || at < region.begin + entry.key) continue;
        const std::size_t begin = at - entry.key;  // where the core would begin
        const std::size_t n = entry.core.size();
        const bool nb = !entry.before.all(), na = !entry.after.all();
        if (begin < region.begin + (nb ? 1 : 0) || begin + n + (na ? 1 : 0) > region.end) {
          continue;
        }
        if (folded.compare(begin, n, entry.core) != 0) continue;
        if (nb && !entry.before[static_cast<unsigned char>(raw[begin - 1])]) continue;
        if (na && !entry.after[static_cast<unsigned char>(raw[begin + n])]) continue;
        out[entry.owner] = 1;
      }
    }
  }
}

}  // namespace mtlint
