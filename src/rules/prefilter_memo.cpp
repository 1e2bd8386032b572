#include "rules/prefilter_memo.h"

#include <sys/stat.h>
#include <unicode/uversion.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "core/atomic_file.h"
#include "lexicon/form_cache.h"

namespace mtlint {

namespace {

namespace fs = std::filesystem;

constexpr char kMagic[8] = {'M', 'T', 'L', 'P', 'F', 'I', 'L', '3'};

std::uint64_t fnv(std::string_view bytes, std::uint64_t h = 1469598103934665603ull) {
  for (const char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

class Writer {
 public:
  void u8(std::uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void u32(std::uint32_t v) { out_.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void u64(std::uint64_t v) { out_.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void bytes(std::string_view s) {
    u32(static_cast<std::uint32_t>(s.size()));
    out_.append(s);
  }
  void set(const ByteSet& s) {
    static const ByteSet low64(~std::uint64_t{0});
    for (std::size_t i = 0; i < 4; ++i) u64(((s >> (64 * i)) & low64).to_ullong());
  }
  std::string& out() { return out_; }

 private:
  std::string out_;
};

// Reads what Writer wrote; any read past the end fails it, and it stays failed.
class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool at_end() const { return at_ == in_.size(); }
  std::uint8_t u8() {
    if (!take(1)) return 0;
    return static_cast<std::uint8_t>(in_[at_ - 1]);
  }
  std::uint32_t u32() {
    std::uint32_t v = 0;
    if (take(sizeof v)) std::memcpy(&v, in_.data() + at_ - sizeof v, sizeof v);
    return v;
  }
  std::uint64_t u64() {
    std::uint64_t v = 0;
    if (take(sizeof v)) std::memcpy(&v, in_.data() + at_ - sizeof v, sizeof v);
    return v;
  }
  std::string_view bytes() {
    const std::uint32_t n = u32();
    if (!take(n)) return {};
    return in_.substr(at_ - n, n);
  }
  ByteSet set() {
    ByteSet s;
    for (std::size_t i = 0; i < 4; ++i) s |= ByteSet(u64()) << (64 * i);
    return s;
  }

 private:
  bool take(std::size_t n) {
    if (!ok_ || n > in_.size() - at_) {
      ok_ = false;
      return false;
    }
    at_ += n;
    return true;
  }
  std::string_view in_;
  std::size_t at_ = 0;
  bool ok_ = true;
};

}  // namespace

PrefilterMemo& PrefilterMemo::instance() {
  static PrefilterMemo* memo = new PrefilterMemo();  // outlives every engine
  return *memo;
}

std::uint64_t PrefilterMemo::build_stamp() {
  static const std::uint64_t stamp = [] {
    std::string parts = std::string(MTLINT_VERSION) + '\n' + U_ICU_VERSION + '\n';
    struct stat st {};
    if (::stat("/proc/self/exe", &st) == 0) {
      parts += std::to_string(st.st_size) + ' ' + std::to_string(st.st_mtim.tv_sec) + '.' +
               std::to_string(st.st_mtim.tv_nsec);
    } else {
      parts += "unknown build " + std::to_string(::getpid());  // no reuse across runs
    }
    return fnv(parts);
  }();
  return stamp;
}

std::string PrefilterMemo::file_name(std::uint64_t stamp) {
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(stamp));
  return std::string("prefilters-") + hex + ".bin";
}

std::string PrefilterMemo::key(std::string_view source, bool case_insensitive) {
  std::string k(1, case_insensitive ? 'i' : 's');
  k += source;
  return k;
}

bool PrefilterMemo::find(std::string_view source, bool case_insensitive, Prefilter& out) const {
  const std::string k = key(source, case_insensitive);
  std::lock_guard<std::mutex> lock(mutex_);
  const auto it = entries_.find(k);
  if (it == entries_.end()) return false;
  out = it->second;
  return true;
}

void PrefilterMemo::add(std::string_view source, bool case_insensitive,
                        const Prefilter& prefilter) {
  std::lock_guard<std::mutex> lock(mutex_);
  dirty_ = entries_.emplace(key(source, case_insensitive), prefilter).second || dirty_;
}

std::size_t PrefilterMemo::size() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return entries_.size();
}

void PrefilterMemo::clear() {
  std::lock_guard<std::mutex> lock(mutex_);
  entries_.clear();
  loaded_dir_.clear();
  path_.clear();
  dirty_ = false;
}

void PrefilterMemo::load(const std::string& cache_dir) {
  if (cache_dir.empty()) return;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (loaded_dir_ == cache_dir) return;
    loaded_dir_ = cache_dir;
    path_ = (fs::path(cache_dir) / file_name(build_stamp())).string();
  }
  if (read_file(path_, build_stamp())) mark_used(path_);
}

void PrefilterMemo::save() {
  std::string path;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!dirty_ || path_.empty()) return;
    path = path_;
  }
  std::error_code ec;
  const bool fresh = !fs::exists(path, ec);
  if (write_file(path, build_stamp())) {
    std::lock_guard<std::mutex> lock(mutex_);
    dirty_ = false;
  }
  // A new build's first file: the files of builds unused for a month go.
  if (fresh) prune_caches(fs::path(path).parent_path().string(), kUnusedCacheLife);
}

bool PrefilterMemo::read_file(const std::string& path, std::uint64_t stamp) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  const std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (data.size() < sizeof kMagic + 3 * sizeof(std::uint64_t) ||
      std::memcmp(data.data(), kMagic, sizeof kMagic) != 0) {
    return false;
  }
  const std::string_view body(data.data(), data.size() - sizeof(std::uint64_t));
  std::uint64_t sum = 0;
  std::memcpy(&sum, data.data() + body.size(), sizeof sum);
  if (fnv(body) != sum) return false;
  Reader r(body.substr(sizeof kMagic));
  if (r.u64() != stamp) return false;
  const std::uint32_t count = r.u32();
  std::unordered_map<std::string, Prefilter> read;
  for (std::uint32_t i = 0; i < count && r.ok(); ++i) {
    std::string k(r.bytes());
    Prefilter p;
    p.starts_ = r.set();
    p.ends_ = r.set();
    const bool bounded = r.u8() != 0;
    const std::uint64_t max_bytes = r.u64();
    if (bounded) p.max_bytes_ = static_cast<std::size_t>(max_bytes);
    p.anchored_ = r.u8() != 0;
    const std::uint32_t probes = r.u32();
    for (std::uint32_t j = 0; j < probes && r.ok(); ++j) {
      Probe probe;
      probe.folded = r.u8() != 0;
      probe.core = std::string(r.bytes());
      probe.before = r.set();
      probe.after = r.set();
      if (probe.core.empty()) return false;
      p.probes_.push_back(std::move(probe));
    }
    read.emplace(std::move(k), std::move(p));
  }
  if (!r.ok() || !r.at_end()) return false;
  std::lock_guard<std::mutex> lock(mutex_);
  // Entries derived in this run before the file was read stay (they are the same).
  entries_.merge(read);
  return true;
}

bool PrefilterMemo::write_file(const std::string& path, std::uint64_t stamp) const {
  Writer w;
  w.out().append(kMagic, sizeof kMagic);
  w.u64(stamp);
  {
    std::lock_guard<std::mutex> lock(mutex_);
    w.u32(static_cast<std::uint32_t>(entries_.size()));
    for (const auto& [k, p] : entries_) {
      w.bytes(k);
      w.set(p.starts_);
      w.set(p.ends_);
      w.u8(p.max_bytes_ ? 1 : 0);
      w.u64(p.max_bytes_ ? static_cast<std::uint64_t>(*p.max_bytes_) : 0);
      w.u8(p.anchored_ ? 1 : 0);
      w.u32(static_cast<std::uint32_t>(p.probes_.size()));
      for (const Probe& probe : p.probes_) {
        w.u8(probe.folded ? 1 : 0);
        w.bytes(probe.core);
        w.set(probe.before);
        w.set(probe.after);
      }
    }
  }
  w.u64(fnv(w.out()));
  return write_atomically(path, w.out());
}

}  // namespace mtlint
