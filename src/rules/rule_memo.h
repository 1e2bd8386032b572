#pragma once

#include <toml++/toml.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/mapped_file.h"

namespace mtlint {

/// Rule files loaded before, kept in a file of the cache directory: for each file text (by a
/// hash of the text and of mtlint's and ICU's versions), its parsed TOML and the lines of its
/// examples. A file loaded again unchanged is not parsed again (TOML parsing is most of the
/// rules' start-up), nor are its regexes compiled only to check their syntax.
///
/// Only files that loaded without error are kept, so an error always comes from a fresh parse,
/// with its line and column. The file has a checksum: a damaged or foreign one is ignored (and
/// replaced). Not thread-safe.
class RuleMemo {
 public:
  struct Entry {
    toml::table table;
    std::vector<int> example_lines;  ///< the line of each [[examples]] entry, in order
  };

  /// Reads `path` ("" keeps nothing).
  explicit RuleMemo(std::string path);
  /// Whether a file of this hash loaded before.
  bool known(std::uint64_t hash) const { return entries_.contains(hash); }
  /// The parsed text of a file loaded before (and marks it used), or none.
  std::optional<Entry> find(std::uint64_t hash);
  /// Keeps a file that loaded without error. Tables holding dates or times are not kept.
  void add(std::uint64_t hash, const toml::table& table, const std::vector<int>& example_lines);
  /// Writes the file (atomically) when something was added, with the entries found or added
  /// since it was read (a file edited since is gone); errors are ignored.
  void save() const;
  /// The hash of a rule file's text, with this build's mtlint and ICU versions.
  static std::uint64_t hash_of(std::string_view text);

 private:
  struct Stored {
    std::string_view bytes;  // the serialised table and example lines (in file_ or owned)
    std::string owned;       // for entries added in this run
    bool used = false;
  };
  std::string path_;
  std::optional<MappedFile> file_;  // the file read, which entries point into
  std::map<std::uint64_t, Stored> entries_;
  bool dirty_ = false;
};

}  // namespace mtlint
