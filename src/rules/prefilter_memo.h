#pragma once

#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "rules/prefilter.h"

namespace mtlint {

/// Prefilters derived before, kept across runs in a cache file: deriving those of the shipped
/// rules costs more than checking a short article. Prefilter::derive() looks in the process's
/// memo first and records what it derives there.
///
/// The file ("<cache dir>/prefilters-<stamp>.bin") belongs to one build: its stamp covers the
/// mtlint and ICU versions and the running program's size and modification time, so that a
/// rebuilt analysis never reads prefilters an older one derived. Each entry keeps its regex's
/// source, and the file a checksum: a damaged or foreign file is ignored (and replaced).
class PrefilterMemo {
 public:
  /// The process's memo, used by Prefilter::derive().
  static PrefilterMemo& instance();

  /// Reads this build's file under `cache_dir` (once: later calls with the same folder do
  /// nothing); "" reads nothing.
  void load(const std::string& cache_dir);
  /// Writes the file (atomically) when derive() added entries since it was read; errors are
  /// ignored: a cache is only a cache.
  void save();

  bool find(std::string_view source, bool case_insensitive, Prefilter& out) const;
  void add(std::string_view source, bool case_insensitive, const Prefilter& prefilter);

  /// For tests: the file of a given stamp, its entries, and reading it into an empty memo.
  static std::string file_name(std::uint64_t stamp);
  std::size_t size() const;
  bool read_file(const std::string& path, std::uint64_t stamp);
  bool write_file(const std::string& path, std::uint64_t stamp) const;
  void clear();
  /// This build's stamp.
  static std::uint64_t build_stamp();

 private:
  static std::string key(std::string_view source, bool case_insensitive);

  mutable std::mutex mutex_;
  std::unordered_map<std::string, Prefilter> entries_;
  std::string loaded_dir_;
  std::string path_;
  bool dirty_ = false;
};

}  // namespace mtlint
