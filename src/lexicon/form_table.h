#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "lexicon/affix_expander.h"

namespace mtlint {

/// A read-only table of word forms keyed by their lower-case spelling: one lookup finds every
/// cased variant of a word ("us": "us", "US") with its FormBits. It lives in one flat buffer (a
/// header, an open-addressing table of record offsets and a record pool) that is written to a
/// cache file once and later mapped and used as it is. Lookups take no lock: share it freely.
class FormTable {
 public:
  /// Collects forms, then lays them out. Equal (key, surface) pairs merge their bits.
  class Builder {
   public:
    /// Adds `form` (UTF-8, any case; ’ is read as ') with FormBits `bits`.
    void add(std::string_view form, std::uint16_t bits);
    /// The table; `identity` is kept in the header (see open()).
    FormTable finish(std::string_view identity);
    std::size_t size() const { return offsets_.size(); }
    /// Forgets every form added after the first `size` (see size()).
    void truncate(std::size_t size);

   private:
    std::string arena_;  // per form: key '\0' surface '\0' bits(2)
    std::vector<std::uint32_t> offsets_;
  };

  FormTable() = default;

  /// Maps a cache file; an error when it is missing, truncated, corrupt (checksum), of another
  /// format version or built from other inputs than `identity` says. Without `verify` the
  /// checksum is not computed (reading every page of a 100 MB table costs tens of ms): for a
  /// file the caller knows was verified unchanged (see load_table). A `resident` table is read
  /// whole into memory on huge pages instead of mapped: a few ms for 10 MB, after which no
  /// lookup waits for a page fault or a TLB miss (for the table every word is looked up in).
  static Result<FormTable> open(const std::string& path, std::string_view identity,
                                bool verify = true, bool resident = false);
  /// Writes the table to `path` atomically (a temporary file renamed over it).
  Status save(const std::string& path) const;

  /// True when `word` is accepted as written: an entry itself, the capitalised form of a
  /// lower-case entry, or the all-caps form of any entry (KEEPCASE entries only as written);
  /// ’ reads as '. With `need`, only variants carrying all those FormBits count.
  bool accepts(std::string_view word, std::uint16_t need = 0) const;
  /// True when some variant of the lower-case `key` carries all of `bits`.
  bool has_key(std::string_view key, std::uint16_t bits = 0) const;
  /// has_key() of many keys, in order, with the table's memory fetched a few keys ahead (the
  /// candidates of a spelling suggestion are hundreds of lookups spread over the whole table):
  /// calls `found(i)` for each key that has_key(keys[i], bits) until it returns true; true when
  /// it did.
  bool has_keys(const std::vector<std::string_view>& keys, std::uint16_t bits,
                const std::function<bool(std::size_t)>& found) const;
  /// The first variant of lower-case `key` carrying `bits` that is spelt with capitals.
  std::optional<std::string> proper_form(std::string_view key, std::uint16_t bits) const;
  /// True when `word` splits into compound parts (COMPOUNDBEGIN, MIDDLE..., END forms) of at
  /// least `min_letters` code points each.
  bool is_compound(std::string_view word, std::size_t min_letters = 2) const;
  /// The layout version of saved tables.
  static std::uint32_t format_version();
  /// Number of distinct keys.
  std::size_t size() const { return key_count_; }
  /// Bytes of the laid-out table.
  std::size_t bytes() const { return size_; }
  bool empty() const { return key_count_ == 0; }
  /// For a mapped (not resident) table: drops the pages lookups have read from the process's memory
  /// (they stay in the page cache and come back on the next lookup that needs them). The
  /// source-language tables are up to 100 MB, and a long run reads pages all over them: a mapped
  /// table does this itself every kFindsBeforeRelease lookups, whoever looks up.
  void release_pages() const;
  static constexpr std::uint32_t kFindsBeforeRelease = 1024;

  /// A visited variant.
  struct Variant {
    std::string_view surface;
    std::uint16_t bits;
  };
  /// Calls `visit(Variant)` for every variant of lower-case `key` until it returns true;
  /// true when one did.
  template <class F>
  bool visit(std::string_view key, F&& visit) const;

 private:
  const unsigned char* find(std::string_view key) const;
  bool accepts_uncached(std::string_view word, std::uint16_t need) const;
  void count_find() const;
  std::uint64_t id_ = 0;  // tells tables apart in the per-thread answer cache (0: empty)
  std::shared_ptr<const void> storage_;  // owns the buffer (a vector or a mapping)
  bool mapped_ = false;
  // Lookups in a mapped table since its pages were last released; shared by the copies of the
  // table, which share its mapping.
  std::shared_ptr<std::atomic<std::uint32_t>> finds_;
  const unsigned char* data_ = nullptr;
  std::size_t size_ = 0;
  const std::uint32_t* slots_ = nullptr;
  std::uint32_t mask_ = 0;
  const unsigned char* pool_ = nullptr;
  std::uint32_t pool_size_ = 0;
  unsigned offset_bits_ = 32;  // slots: pool offset + 1 below, hash bits above (see find)
  std::uint32_t key_count_ = 0;
};

/// `text` lower-cased (ASCII quickly, the rest through ICU) with ’ read as '.
std::string form_key(std::string_view text);
/// `word` with ’ written as ' (Hunspell dictionaries spell apostrophes in ASCII).
std::string normalise_quotes(std::string_view word);

template <class F>
bool FormTable::visit(std::string_view key, F&& visit) const {
  const unsigned char* p = find(key);
  if (!p) return false;
  const unsigned char* end = pool_ + pool_size_;
  p += 1 + p[0];
  if (p >= end) return false;
  const unsigned n = *p++;
  for (unsigned i = 0; i < n; ++i) {
    if (p + 3 > end) return false;
    const std::uint16_t bits = static_cast<std::uint16_t>(p[0] | (p[1] << 8));
    const unsigned len = p[2];
    p += 3;
    if (p + len > end) return false;
    const std::string_view surface =
        len == 0 ? key : std::string_view(reinterpret_cast<const char*>(p), len);
    p += len;
    if (visit(Variant{surface, bits})) return true;
  }
  return false;
}

}  // namespace mtlint
