#pragma once

#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/error.h"
#include "rules/rule.h"

namespace mtlint {

/// The rule file texts whose regexes compiled before, kept in a file of the cache directory
/// (one hash of text, mtlint and ICU version a line): a file loaded again unchanged skips the
/// compile that only checks its syntax. Not thread-safe; an unreadable or foreign file is empty.
class SyntaxMemo {
 public:
  /// Reads `path` ("" keeps nothing).
  explicit SyntaxMemo(std::string path);
  bool known(std::uint64_t hash) const;
  void add(std::uint64_t hash);
  /// Writes the file (atomically) when hashes were added; errors are ignored.
  void save() const;
  /// The hash of a rule file's text, with this build's mtlint and ICU versions.
  static std::uint64_t hash_of(std::string_view text);

 private:
  std::string path_;
  std::set<std::uint64_t> hashes_;
  bool dirty_ = false;
};

/// Loads one rule file; `id` is derived from its path by the caller ("mt.drop-cap").
Result<std::unique_ptr<Rule>> load_rule_file(const std::string& path, const std::string& id,
                                             SyntaxMemo* memo = nullptr);
/// Loads rule text (for tests and user rules given inline).
Result<std::unique_ptr<Rule>> load_rule_text(std::string_view toml_text, const std::string& path,
                                             const std::string& id);
/// Loads every `<pack>/<name>.toml` under `dir`, sorted by id; the first bad file is the error.
Result<std::vector<std::unique_ptr<Rule>>> load_rule_dir(const std::string& dir,
                                                         SyntaxMemo* memo = nullptr);

}  // namespace mtlint
