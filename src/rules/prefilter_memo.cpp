#include "rules/prefilter_memo.h"

#include <atomic>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "core/atomic_file.h"
#include "core/build_stamp.h"
#include "core/byte_io.h"
#include "core/mapped_file.h"
#include "lexicon/form_cache.h"

namespace mtlint {

namespace {

namespace fs = std::filesystem;

constexpr char kMagic[8] = {'M', 'T', 'L', 'P', 'F', 'I', 'L', '4'};

void write_set(ByteWriter& w, const ByteSet& s) {
  static const ByteSet low64(~std::uint64_t{0});
  for (std::size_t i = 0; i < 4; ++i) w.u64(((s >> (64 * i)) & low64).to_ullong());
}

ByteSet read_set(ByteReader& r) {
  ByteSet s;
  for (std::size_t i = 0; i < 4; ++i) s |= ByteSet(r.u64()) << (64 * i);
  return s;
}

}  // namespace

PrefilterMemo& PrefilterMemo::instance() {
  static PrefilterMemo* memo = new PrefilterMemo();  // outlives every engine
  return *memo;
}

std::uint64_t PrefilterMemo::build_stamp() { return mtlint::build_stamp(); }

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
  const auto file = MappedFile::open(path);
  if (!file) return false;
  const std::string_view data = file->bytes();
  if (data.size() < sizeof kMagic + 3 * sizeof(std::uint64_t) ||
      std::memcmp(data.data(), kMagic, sizeof kMagic) != 0) {
    return false;
  }
  const std::string_view body(data.data(), data.size() - sizeof(std::uint64_t));
  std::uint64_t sum = 0;
  std::memcpy(&sum, data.data() + body.size(), sizeof sum);
  if (checksum64(body) != sum) return false;
  ByteReader r(body.substr(sizeof kMagic));
  if (r.u64() != stamp) return false;
  const std::uint32_t count = r.u32();
  std::unordered_map<std::string, Prefilter> read;
  for (std::uint32_t i = 0; i < count && r.ok(); ++i) {
    std::string k(r.bytes());
    Prefilter p;
    p.starts_ = read_set(r);
    p.ends_ = read_set(r);
    const bool bounded = r.u8() != 0;
    const std::uint64_t max_bytes = r.u64();
    if (bounded) p.max_bytes_ = static_cast<std::size_t>(max_bytes);
    p.anchored_ = r.u8() != 0;
    const std::uint32_t probes = r.u32();
    for (std::uint32_t j = 0; j < probes && r.ok(); ++j) {
      Probe probe;
      probe.folded = r.u8() != 0;
      probe.core = std::string(r.bytes());
      probe.before = read_set(r);
      probe.after = read_set(r);
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
  ByteWriter w;
  w.out().append(kMagic, sizeof kMagic);
  w.u64(stamp);
  {
    std::lock_guard<std::mutex> lock(mutex_);
    w.u32(static_cast<std::uint32_t>(entries_.size()));
    for (const auto& [k, p] : entries_) {
      w.bytes(k);
      write_set(w, p.starts_);
      write_set(w, p.ends_);
      w.u8(p.max_bytes_ ? 1 : 0);
      w.u64(p.max_bytes_ ? static_cast<std::uint64_t>(*p.max_bytes_) : 0);
      w.u8(p.anchored_ ? 1 : 0);
      w.u32(static_cast<std::uint32_t>(p.probes_.size()));
      for (const Probe& probe : p.probes_) {
        w.u8(probe.folded ? 1 : 0);
        w.bytes(probe.core);
        write_set(w, probe.before);
        write_set(w, probe.after);
      }
    }
  }
  w.u64(checksum64(w.out()));
  return write_atomically(path, w.out());
}

}  // namespace mtlint
