#include "lexicon/form_table.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>

#include "core/utf8.h"
#include "lexicon/word_list.h"

namespace mtlint {

namespace {

constexpr char kMagic[8] = {'M', 'T', 'L', 'F', 'O', 'R', 'M', 'S'};
// Bump whenever the layout, the expansion or the meaning of the bits changes.
constexpr std::uint32_t kFormatVersion = 3;

struct Header {
  char magic[8];
  std::uint32_t version;
  std::uint32_t identity_size;
  std::uint64_t file_size;
  std::uint64_t checksum;  // of every byte after the header
  std::uint32_t slot_count;
  std::uint32_t pool_size;
  std::uint32_t key_count;
  std::uint32_t reserved;
};
static_assert(sizeof(Header) == 48);

std::size_t padded(std::size_t n) { return (n + 7) & ~std::size_t{7}; }

std::uint64_t next_table_id() {
  static std::atomic<std::uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

std::uint64_t key_hash(std::string_view key) {
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a
  for (const char c : key) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h ^ (h >> 29);
}

// A slot holds its key's pool offset + 1 in the low `offset_bits` bits (0: empty) and, above
// them, bits of the key's hash: most other keys are told apart without reading the pool (a
// cache miss each).
unsigned offset_bits_for(std::uint32_t pool_size) {
  return static_cast<unsigned>(std::bit_width(std::uint64_t{pool_size} + 1));
}

std::uint32_t fingerprint(std::uint64_t hash, unsigned offset_bits) {
  if (offset_bits >= 32) return 0;
  return static_cast<std::uint32_t>(hash >> 40) & ((std::uint32_t{1} << (32 - offset_bits)) - 1);
}

// A Fletcher-style sum in four 64-bit lanes (each lane adds its words and the running sums of
// them), which the compiler vectorises: it checks a 100 MB table in a few milliseconds, and a
// changed, lost or reordered word changes it. It guards against damage, not against forgery.
// `done(n)` is called after every 4 MB with the bytes summed so far (a mapped file lets them go).
template <class Done>
std::uint64_t checksum(const unsigned char* data, std::size_t size, Done done) {
  // GCC and Clang vector extension: two SSE2 registers per step without -mavx2.
  using Lanes = std::uint64_t __attribute__((vector_size(32)));
  Lanes sum = {0, 0, 0, 0};
  Lanes sum_of_sums = {0, 0, 0, 0};
  std::size_t i = 0;
  constexpr std::size_t kBlock = std::size_t{1} << 22;
  while (i + 32 <= size) {
    const std::size_t block_end = std::min(size - (size - i) % 32, i + kBlock);
    for (; i < block_end; i += 32) {
      Lanes v;
      std::memcpy(&v, data + i, 32);
      sum += v;
      sum_of_sums += sum;
    }
    done(i);
  }
  std::uint64_t h = size * 0x9E3779B97F4A7C15ull;
  auto mix = [](std::uint64_t x, std::uint64_t v) {
    x ^= v + 0x9E3779B97F4A7C15ull + (x << 6) + (x >> 2);
    return x * 0xC2B2AE3D27D4EB4Full;
  };
  for (; i < size; ++i) h = mix(h, data[i]);
  for (int k = 0; k < 4; ++k) h = mix(mix(h, sum[k]), sum_of_sums[k]);
  return h;
}

bool ascii(std::string_view s) {
  for (const char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// True when `word` has no lower-case letter that upper-casing would change.
bool all_caps(std::string_view word) {
  if (ascii(word)) {
    return std::none_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  }
  return to_upper(word) == word;
}

bool is_capitalised_form_of(std::string_view word, std::string_view lower) {
  if (word.size() == lower.size() && ascii(word)) {
    return !word.empty() && word[0] >= 'A' && word[0] <= 'Z' && word[0] + 32 == lower[0] &&
           word.substr(1) == lower.substr(1);
  }
  return capitalise(lower) == word;
}

}  // namespace

std::string form_key(std::string_view text) {
  std::string out = normalise_quotes(text);
  if (ascii(out)) {
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    }
    return out;
  }
  return to_lower(out);
}

void FormTable::Builder::add(std::string_view form, std::uint16_t bits) {
  const std::string surface = normalise_quotes(form);
  const std::string key = form_key(surface);
  if (key.empty() || key.size() > 255 || surface.size() > 255) return;
  if (arena_.size() + key.size() + surface.size() + 4 > 0xFFFFFFF0u) return;
  offsets_.push_back(static_cast<std::uint32_t>(arena_.size()));
  arena_ += key;
  arena_ += '\0';
  if (surface != key) arena_ += surface;
  arena_ += '\0';
  arena_ += static_cast<char>(bits & 0xFF);
  arena_ += static_cast<char>(bits >> 8);
}

void FormTable::Builder::truncate(std::size_t size) {
  if (size >= offsets_.size()) return;
  arena_.resize(offsets_[size]);
  offsets_.resize(size);
}

FormTable FormTable::Builder::finish(std::string_view identity) {
  auto key_at = [&](std::uint32_t off) {
    return std::string_view(arena_.data() + off, std::strlen(arena_.data() + off));
  };
  std::sort(offsets_.begin(), offsets_.end(), [&](std::uint32_t a, std::uint32_t b) {
    const int c = key_at(a).compare(key_at(b));
    return c != 0 ? c < 0 : a < b;  // insertion order among a key's variants
  });
  std::string pool;
  std::vector<std::pair<std::string_view, std::uint32_t>> records;  // key, pool offset
  struct Var {
    std::string_view surface;  // empty: same as the key
    std::uint16_t bits;
  };
  std::vector<Var> vars;
  for (std::size_t i = 0; i < offsets_.size();) {
    const std::string_view key = key_at(offsets_[i]);
    vars.clear();
    std::size_t j = i;
    for (; j < offsets_.size() && key_at(offsets_[j]) == key; ++j) {
      const char* p = arena_.data() + offsets_[j] + key.size() + 1;
      const std::string_view surface(p, std::strlen(p));
      p += surface.size() + 1;
      const auto bits = static_cast<std::uint16_t>(static_cast<unsigned char>(p[0]) |
                                                   (static_cast<unsigned char>(p[1]) << 8));
      auto same = std::find_if(vars.begin(), vars.end(),
                               [&](const Var& v) { return v.surface == surface; });
      if (same != vars.end()) {
        same->bits |= bits;
      } else if (vars.size() < 255) {
        vars.push_back({surface, bits});
      }
    }
    records.emplace_back(key, static_cast<std::uint32_t>(pool.size()));
    pool += static_cast<char>(key.size());
    pool += key;
    pool += static_cast<char>(vars.size());
    for (const Var& v : vars) {
      pool += static_cast<char>(v.bits & 0xFF);
      pool += static_cast<char>(v.bits >> 8);
      pool += static_cast<char>(v.surface.size());
      pool += v.surface;
    }
    i = j;
  }
  std::uint32_t slots = 16;
  while (slots < records.size() * 2) slots *= 2;

  const std::size_t identity_at = sizeof(Header);
  const std::size_t slots_at = identity_at + padded(identity.size());
  const std::size_t pool_at = slots_at + std::size_t{slots} * 4;
  const std::size_t total = pool_at + pool.size();
  auto buffer = std::make_shared<std::vector<unsigned char>>(total, 0);
  unsigned char* base = buffer->data();
  std::memcpy(base + identity_at, identity.data(), identity.size());
  auto* slot = reinterpret_cast<std::uint32_t*>(base + slots_at);
  const unsigned bits = offset_bits_for(static_cast<std::uint32_t>(pool.size()));
  for (const auto& [key, offset] : records) {
    const std::uint64_t h = key_hash(key);
    for (std::uint64_t k = h;; ++k) {
      std::uint32_t& s = slot[k & (slots - 1)];
      if (s == 0) {
        s = static_cast<std::uint32_t>(std::uint64_t{fingerprint(h, bits)} << bits | (offset + 1));
        break;
      }
    }
  }
  std::memcpy(base + pool_at, pool.data(), pool.size());
  Header header{};
  std::memcpy(header.magic, kMagic, 8);
  header.version = kFormatVersion;
  header.identity_size = static_cast<std::uint32_t>(identity.size());
  header.file_size = total;
  header.slot_count = slots;
  header.pool_size = static_cast<std::uint32_t>(pool.size());
  header.key_count = static_cast<std::uint32_t>(records.size());
  header.checksum = checksum(base + sizeof(Header), total - sizeof(Header), [](std::size_t) {});
  std::memcpy(base, &header, sizeof header);

  FormTable table;
  table.id_ = next_table_id();
  table.data_ = base;
  table.size_ = total;
  table.slots_ = reinterpret_cast<const std::uint32_t*>(base + slots_at);
  table.mask_ = slots - 1;
  table.pool_ = base + pool_at;
  table.pool_size_ = header.pool_size;
  table.offset_bits_ = bits;
  table.key_count_ = header.key_count;
  table.storage_ = std::move(buffer);
  arena_.clear();
  arena_.shrink_to_fit();
  offsets_.clear();
  offsets_.shrink_to_fit();
  return table;
}

std::uint32_t FormTable::format_version() { return kFormatVersion; }

namespace {

// The file read whole into fresh memory on transparent huge pages (where the system grants
// them to memory that asks): the owner of that memory, or null when the file cannot be read.
std::shared_ptr<const void> read_onto_huge_pages(int fd, std::size_t size) {
  constexpr std::size_t kHuge = std::size_t{2} << 20;
  const std::size_t rounded = (size + kHuge - 1) / kHuge * kHuge;
  const std::size_t reserved = rounded + kHuge;  // room to start on a huge-page boundary
  void* raw = ::mmap(nullptr, reserved, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (raw == MAP_FAILED) return nullptr;
  std::shared_ptr<void> owner(raw, [reserved](void* p) { ::munmap(p, reserved); });
  const std::uintptr_t at = (reinterpret_cast<std::uintptr_t>(raw) + kHuge - 1) & ~(kHuge - 1);
  auto* data = reinterpret_cast<char*>(at);
  ::madvise(data, rounded, MADV_HUGEPAGE);
  for (std::size_t done = 0; done < size;) {
    const ssize_t n = ::pread(fd, data + done, size - done, static_cast<off_t>(done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return nullptr;
    done += static_cast<std::size_t>(n);
  }
  return std::shared_ptr<const void>(std::move(owner), data);
}

}  // namespace

Result<FormTable> FormTable::open(const std::string& path, std::string_view identity, bool verify,
                                  bool resident) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Error{"cannot open word-form cache", path};
  struct stat st {};
  if (::fstat(fd, &st) != 0 || st.st_size < static_cast<off_t>(sizeof(Header))) {
    ::close(fd);
    return Error{"word-form cache is truncated", path};
  }
  const auto size = static_cast<std::size_t>(st.st_size);
  std::shared_ptr<const void> storage;
  if (resident) {
    storage = read_onto_huge_pages(fd, size);
    ::close(fd);
    if (!storage) return Error{"cannot read word-form cache", path};
  } else {
    void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    ::close(fd);
    if (map == MAP_FAILED) return Error{"cannot map word-form cache", path};
    // Lookups land anywhere in the table: without this hint each page fault maps the pages
    // around it too (up to a whole large folio of the page cache), which only swells the
    // process's memory.
    ::madvise(map, size, MADV_RANDOM);
    storage = std::shared_ptr<const void>(
        map, [size](const void* p) { ::munmap(const_cast<void*>(p), size); });
  }
  void* map = const_cast<void*>(storage.get());
  const auto* base = static_cast<const unsigned char*>(map);
  Header header;
  std::memcpy(&header, base, sizeof header);
  if (std::memcmp(header.magic, kMagic, 8) != 0 || header.version != kFormatVersion) {
    return Error{"word-form cache has another format version", path};
  }
  if (header.file_size != size) return Error{"word-form cache is truncated", path};
  const std::size_t slots_at = sizeof(Header) + padded(header.identity_size);
  const std::size_t pool_at = slots_at + std::size_t{header.slot_count} * 4;
  if (header.slot_count == 0 || (header.slot_count & (header.slot_count - 1)) != 0 ||
      pool_at + header.pool_size != size) {
    return Error{"word-form cache is corrupt", path};
  }
  if (std::string_view(reinterpret_cast<const char*>(base + sizeof(Header)),
                       header.identity_size) != identity) {
    return Error{"word-form cache was built from other dictionaries", path};
  }
  // Summing reads every page: each 4 MB read is let go at once, or a 100 MB table would count
  // in the process's memory. Lookups fault the few pages they need back in from the page cache.
  const std::size_t page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
  const auto release = [&](std::size_t summed) {
    const std::size_t upto = (sizeof(Header) + summed) / page * page;
    if (upto > 0 && !resident) ::madvise(map, upto, MADV_DONTNEED);
  };
  if (verify) {
    if (checksum(base + sizeof(Header), size - sizeof(Header), release) != header.checksum) {
      return Error{"word-form cache is corrupt (checksum)", path};
    }
    if (!resident) ::madvise(map, size, MADV_DONTNEED);
  }
  FormTable table;
  table.id_ = next_table_id();
  table.storage_ = std::move(storage);
  table.mapped_ = !resident;
  if (!resident) table.finds_ = std::make_shared<std::atomic<std::uint32_t>>(0);
  table.data_ = base;
  table.size_ = size;
  table.slots_ = reinterpret_cast<const std::uint32_t*>(base + slots_at);
  table.mask_ = header.slot_count - 1;
  table.pool_ = base + pool_at;
  table.pool_size_ = header.pool_size;
  table.offset_bits_ = offset_bits_for(header.pool_size);
  table.key_count_ = header.key_count;
  return table;
}

Status FormTable::save(const std::string& path) const {
  std::error_code ec;
  const std::filesystem::path target(path);
  if (target.has_parent_path()) std::filesystem::create_directories(target.parent_path(), ec);
  // A name of our own, so that processes building the same cache at once never share a file.
  std::random_device random;
  const std::string temp =
      path + ".tmp." + std::to_string(::getpid()) + "." + std::to_string(random());
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) return Error{"cannot write word-form cache", temp};
    out.write(reinterpret_cast<const char*>(data_), static_cast<std::streamsize>(size_));
    out.flush();
    if (!out) {
      std::filesystem::remove(temp, ec);
      return Error{"cannot write word-form cache", temp};
    }
  }
  // The written pages would stay in the page cache as large blocks, and every later lookup that
  // faults one in would map the whole block into the process (tens of MB for the source-language
  // tables): written out and dropped, they come back a page at a time (MADV_RANDOM in open()).
  if (const int fd = ::open(temp.c_str(), O_RDONLY | O_CLOEXEC); fd >= 0) {
    ::fdatasync(fd);
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    ::close(fd);
  }
  std::filesystem::rename(temp, target, ec);
  if (ec) {
    std::filesystem::remove(temp, ec);
    return Error{"cannot write word-form cache", path};
  }
  return ok_status();
}

void FormTable::release_pages() const {
  if (mapped_ && data_) {
    ::madvise(const_cast<unsigned char*>(data_), size_, MADV_DONTNEED);
  }
}

std::string normalise_quotes(std::string_view word) {
  if (word.find("\xE2\x80\x99") == std::string_view::npos) return std::string(word);
  std::string out;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (word.compare(i, 3, "\xE2\x80\x99") == 0) {
      out += '\'';
      i += 2;
    } else {
      out += word[i];
    }
  }
  return out;
}

void FormTable::count_find() const {
  // Each lookup reads a page or two of a table of up to 100 MB: at most some MB of it stay in
  // the process's memory between releases. Each page comes back with a fault from the page
  // cache, which costs article-sized files about 5% at 1024 lookups (none at 8192, but then two
  // threads on 10 MB files peak over 150 MB); the accept cache keeps most lookups away.
  if (finds_ && finds_->fetch_add(1, std::memory_order_relaxed) + 1 == kFindsBeforeRelease) {
    finds_->store(0, std::memory_order_relaxed);
    release_pages();
  }
}

const unsigned char* FormTable::find(std::string_view key) const {
  if (!slots_ || key.empty() || key.size() > 255) return nullptr;
  if (mapped_) count_find();
  const std::uint64_t h = key_hash(key);
  const std::uint32_t fp = fingerprint(h, offset_bits_);
  const std::uint64_t offset_mask = (std::uint64_t{1} << offset_bits_) - 1;
  for (std::uint64_t k = h;; ++k) {
    const std::uint32_t s = slots_[k & mask_];
    if (s == 0) return nullptr;
    if ((std::uint64_t{s} >> offset_bits_) != fp) continue;
    const auto off = static_cast<std::uint32_t>((s & offset_mask) - 1);
    if (off >= pool_size_ || std::size_t{off} + 1 + pool_[off] > pool_size_) return nullptr;
    if (pool_[off] == key.size() && std::memcmp(pool_ + off + 1, key.data(), key.size()) == 0) {
      return pool_ + off;
    }
  }
}

namespace {

// The last answers of accepts(), per thread: a few thousand words make up most of any text, and
// the table itself is too large to stay in the processor's caches. On a long run of varied text
// (the bench input, 5 MB: 2.6 million lookups) 16K slots missed 575,000 times, 64K slots
// 276,000; 32K slots (1.5 MB per thread) sit between, at half 64K's memory.
struct AcceptCache {
  static constexpr std::size_t kSlots = 32768;
  // A short run uses the first slots only, so that it touches a few pages of the cache, not
  // all 1.5 MB; after this many lookups the whole cache is used.
  static constexpr std::size_t kFirstSlots = 1024;
  static constexpr std::uint64_t kWholeAfter = 1 << 15;
  static constexpr std::size_t kMaxWord = 30;
  struct Slot {
    std::uint64_t table;
    std::uint16_t need;
    std::uint8_t size;
    bool accepted;
    char word[kMaxWord];
  };
  std::array<Slot, kSlots> slots;
  std::uint64_t lookups;
};

struct FreeCache {
  void operator()(AcceptCache* cache) const { std::free(cache); }
};

// This thread's cache, made on its first lookup (none if memory is short). calloc() takes it
// from the system already zeroed (an empty slot is all zeros), so pages never used cost
// nothing, and threads that look nothing up have none.
AcceptCache* accept_cache() {
  thread_local std::unique_ptr<AcceptCache, FreeCache> cache(
      static_cast<AcceptCache*>(std::calloc(1, sizeof(AcceptCache))));
  return cache.get();
}

// One slot per word whatever the table and bits: the slot tells them apart.
std::uint64_t word_hash(std::string_view word) {
  std::uint64_t h = 1469598103934665603ull;
  for (const char c : word) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h ^ (h >> 32);
}

}  // namespace

bool FormTable::accepts(std::string_view word, std::uint16_t need) const {
  if (id_ == 0 || word.size() > AcceptCache::kMaxWord) return accepts_uncached(word, need);
  AcceptCache* cache = accept_cache();
  if (!cache) return accepts_uncached(word, need);
  const std::size_t slots =
      ++cache->lookups > AcceptCache::kWholeAfter ? AcceptCache::kSlots : AcceptCache::kFirstSlots;
  AcceptCache::Slot& slot = cache->slots[word_hash(word) & (slots - 1)];
  if (slot.table == id_ && slot.need == need && slot.size == word.size() &&
      std::memcmp(slot.word, word.data(), word.size()) == 0) {
    return slot.accepted;
  }
  const bool accepted = accepts_uncached(word, need);
  slot.table = id_;
  slot.need = need;
  slot.size = static_cast<std::uint8_t>(word.size());
  slot.accepted = accepted;
  std::memcpy(slot.word, word.data(), word.size());
  return accepted;
}

bool FormTable::accepts_uncached(std::string_view word, std::uint16_t need) const {
  const std::string written = normalise_quotes(word);
  const std::string key = form_key(written);
  bool forbidden = false;
  bool ok = false;
  visit(key, [&](const Variant& v) {
    if (v.surface == written && (v.bits & kFormForbidden)) forbidden = true;
    if (!(v.bits & kFormStandalone) || (v.bits & kFormForbidden) || (v.bits & need) != need) {
      return false;
    }
    if (v.surface == written) {
      ok = true;
    } else if (!(v.bits & kFormKeepCase)) {
      if (v.surface == key && is_capitalised_form_of(written, key)) ok = true;
      if (all_caps(written)) ok = true;
    }
    return false;  // look at every variant: a forbidden one vetoes
  });
  return ok && !forbidden;
}

bool FormTable::has_key(std::string_view key, std::uint16_t bits) const {
  return visit(
      key, [&](const Variant& v) { return (v.bits & bits) == bits && !(v.bits & kFormForbidden); });
}

bool FormTable::has_keys(const std::vector<std::string_view>& keys, std::uint16_t bits,
                         const std::function<bool(std::size_t)>& found) const {
  // Slots are fetched kAhead keys ahead, and the entry a slot points to half as far ahead.
  constexpr std::size_t kAhead = 16;
  const std::size_t n = keys.size();
  if (mapped_) {
    for (std::size_t i = 0; i < n; ++i) count_find();
  }
  std::vector<const std::uint32_t*> slot(n, nullptr);
  if (slots_) {
    for (std::size_t i = 0; i < n; ++i) slot[i] = &slots_[key_hash(keys[i]) & mask_];
  }
  auto fetch_slot = [&](std::size_t i) {
    if (i < n && slot[i]) __builtin_prefetch(slot[i]);
  };
  auto fetch_entry = [&](std::size_t i) {
    if (i >= n || !slot[i]) return;
    const std::uint64_t off = (*slot[i] & ((std::uint64_t{1} << offset_bits_) - 1));
    if (off != 0 && off - 1 < pool_size_) __builtin_prefetch(pool_ + (off - 1));
  };
  for (std::size_t i = 0; i < kAhead; ++i) fetch_slot(i);
  for (std::size_t i = 0; i < kAhead / 2; ++i) fetch_entry(i);
  for (std::size_t i = 0; i < n; ++i) {
    fetch_slot(i + kAhead);
    fetch_entry(i + kAhead / 2);
    if (has_key(keys[i], bits) && found(i)) return true;
  }
  return false;
}

std::optional<std::string> FormTable::proper_form(std::string_view key, std::uint16_t bits) const {
  std::optional<std::string> out;
  visit(key, [&](const Variant& v) {
    if ((v.bits & bits) != bits || v.surface == key) return false;
    out = std::string(v.surface);
    return true;
  });
  return out;
}

bool FormTable::is_compound(std::string_view word, std::size_t min_letters) const {
  const std::string key = form_key(word);
  std::vector<std::size_t> starts;  // code point boundaries
  for (std::size_t i = 0; i <= key.size(); ++i) {
    if (i == key.size() || utf8::is_lead(static_cast<unsigned char>(key[i]))) starts.push_back(i);
  }
  const std::size_t n = starts.size() - 1;
  if (n < 2 * min_letters) return false;
  // reach[k]: the first k code points are a compound beginning (a begin part, then middles).
  std::vector<char> reach(n + 1, 0);
  for (std::size_t i = 0; i < n; ++i) {
    if (i != 0 && !reach[i]) continue;
    for (std::size_t j = i + min_letters; j <= n; ++j) {
      const std::string_view part(key.data() + starts[i], starts[j] - starts[i]);
      if (j == n) {
        if (i != 0 && has_key(part, kFormCompoundEnd)) return true;
      } else if (!reach[j] && has_key(part, i == 0 ? kFormCompoundBegin : kFormCompoundMiddle)) {
        reach[j] = 1;
      }
    }
  }
  return false;
}

}  // namespace mtlint
