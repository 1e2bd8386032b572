#pragma once

#include <toml++/toml.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace mtlint {

/// Typed, checked access to a TOML table (a rule file or a config file). Getters record the
/// first error (wrong type) instead of failing, and finish() also reports keys nobody asked for,
/// so every mistake in a file comes back as one Error with its file, line and column.
class Params {
 public:
  Params(const toml::table& table, std::string path) : table_(table), path_(std::move(path)) {}

  std::string string(std::string_view key, std::string fallback = "");
  std::optional<std::string> optional_string(std::string_view key);
  bool boolean(std::string_view key, bool fallback);
  std::int64_t integer(std::string_view key, std::int64_t fallback);
  double number(std::string_view key, double fallback);
  /// An array of strings (a single string is accepted as a one-element array).
  std::vector<std::string> strings(std::string_view key);
  /// A sub-table, or nullptr when absent (wrong type is an error).
  const toml::table* table(std::string_view key);
  /// An array, or nullptr when absent (wrong type is an error).
  const toml::array* array(std::string_view key);
  /// Tables of strings under `key`, one per group ('[glossary.Italian]', '"sindaco" =
  /// "mayor"'): calls `take(group, entry, value)` for each, which returns an error message
  /// (empty when the entry is fine). A group that is no table, a value that is no non-empty
  /// string (naming `entries`, "terms", or `entry_name`, "glossary term") or a message from
  /// `take` is an error at the entry.
  void string_tables(std::string_view key, std::string_view entries, std::string_view entry_name,
                     const std::function<std::string(std::string_view, std::string_view,
                                                     const std::string&)>& take);
  /// Whether the key is present (marks it as used).
  bool has(std::string_view key);
  /// The raw node of a key, or nullptr when absent (marks it as used).
  const toml::node* node(std::string_view key) { return get(key); }

  /// Records a validation error at a node of this file (first one wins).
  void fail(std::string message, const toml::node* where = nullptr, int column_offset = 0);
  /// Error at a node of this file.
  Error error_at(std::string message, const toml::node* where, int column_offset = 0) const;
  /// The first recorded error, without checking for unknown keys.
  const std::optional<Error>& first_error() const { return error_; }
  /// The first recorded error, or one for the first unknown key.
  std::optional<Error> finish();
  const std::string& path() const { return path_; }
  /// Set when this very file text was checked before (RuleMemo): its regexes need not be
  /// compiled again just to check their syntax.
  void set_syntax_checked(bool checked) { syntax_checked_ = checked; }
  bool syntax_checked() const { return syntax_checked_; }

 private:
  const toml::node* get(std::string_view key);
  void wrong_type(std::string_view key, std::string_view expected, const toml::node* node);

  const toml::table& table_;
  std::string path_;
  bool syntax_checked_ = false;
  std::set<std::string, std::less<>> used_;
  std::optional<Error> error_;
};

/// Parses a TOML file; a syntax error comes back with the file's line and column.
Result<toml::table> parse_toml_file(const std::string& path);
/// Parses TOML text (`path` names it in errors).
Result<toml::table> parse_toml(std::string_view text, const std::string& path);

}  // namespace mtlint
