#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/span.h"
#include "rules/prefilter.h"

namespace mtlint {

/// The probes of many prefilters, to tell at once which of them pass a region: one pass over the
/// region finds every folded probe, where asking each prefilter would search the region once per
/// probe. Prefilters with probes that are not folded, or of one byte, are asked themselves.
class ProbeIndex {
 public:
  ProbeIndex() = default;
  explicit ProbeIndex(const std::vector<const Prefilter*>& prefilters);
  /// Sets out[i] to whether prefilter i (in the constructor's order) passes `region`.
  void passes(const ProbeText& text, Span region, std::vector<char>& out) const;

 private:
  struct Entry {
    std::string core;
    ByteSet before, after;
    std::uint32_t owner;  // the prefilter's index
    std::uint32_t key;    // the offset in core of the bytes it is found by
  };
  // Entries found by `key_bytes` bytes of their core: one table for cores of two bytes, one
  // (hashed) for longer ones. Only the buckets that hold entries take room: a bucket's rank
  // among them (counted from `keys`) says where its entries begin.
  struct Table {
    std::size_t key_bytes = 0;
    std::vector<Entry> entries;         // sorted by bucket
    std::vector<std::uint64_t> keys;    // one bit per bucket: whether it holds entries
    std::vector<std::uint32_t> before;  // per word of `keys`: the set bits of the words before
    std::vector<std::uint32_t> first;   // per bucket that holds entries: its first (and the end)
  };
  // Among the buckets that hold entries, the index of bucket k (which holds some).
  static std::uint32_t rank(const Table& table, std::size_t k);
  std::vector<const Prefilter*> prefilters_;
  std::vector<std::uint32_t> indexed_;       // prefilters whose probes are all in tables_
  std::vector<std::uint32_t> on_their_own_;  // prefilters with probes that are asked themselves
  std::vector<std::uint32_t> open_;          // prefilters without probes: they pass everything
  Table tables_[2];
};

}  // namespace mtlint
