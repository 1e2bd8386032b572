#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"
#include "rules/params.h"

namespace mtlint {

/// A compiled ICU regular expression, matched directly on UTF-8 bytes. Immutable and safe to
/// share between threads (each scan makes its own matcher).
class Regex {
 public:
  /// Compiles `source`; a syntax error names ICU's reason and its offset inside the pattern.
  /// On error `error_offset` holds that offset in code points.
  static Result<std::shared_ptr<const Regex>> compile(const std::string& source,
                                                      bool case_insensitive, int* error_offset);
  ~Regex();
  Regex(const Regex&) = delete;
  Regex& operator=(const Regex&) = delete;

  /// The pattern as written.
  const std::string& source() const { return source_; }
  /// Number of capture groups.
  int groups() const { return groups_; }
  /// Calls `on_match` for each match inside `region` of `text` (lookarounds see past the region,
  /// ^ and $ anchor to it). groups[0] is the whole match; a group that did not take part has
  /// begin == end == Span{}.end == SIZE_MAX. Stops early when `on_match` returns false.
  void scan(std::string_view text, Span region,
            const std::function<bool(const std::vector<Span>& groups)>& on_match) const;
  /// True when the regex matches anywhere in `region`.
  bool search(std::string_view text, Span region) const;

 private:
  struct Impl;
  Regex();
  std::string source_;
  int groups_ = 0;
  std::unique_ptr<Impl> impl_;
};

/// The span value of a capture group that did not take part in a match.
inline constexpr std::size_t kNoGroup = static_cast<std::size_t>(-1);

/// Reads a regex-valued key (a string, or with `allow_array` an array of strings) of a rule or
/// config file. A bad regex is recorded in `params` at the string's line, with ICU's offset
/// added to its column, and an empty vector comes back.
std::vector<std::shared_ptr<const Regex>> read_regexes(Params& params, std::string_view key,
                                                       bool case_insensitive, bool allow_array);

/// Expands a fix or message template against a match: `{0}` (or `{match}`) the whole match,
/// `{N}` group N, `{^N}` group N with its first letter upper-cased, `{N|text}` group N or `text`
/// when the group did not take part. Other `{...}` stay as written.
std::string fill_template(std::string_view pattern, std::string_view text,
                          const std::vector<Span>& groups);

}  // namespace mtlint
