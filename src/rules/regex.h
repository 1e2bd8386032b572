#pragma once

#include <atomic>
#include <functional>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"
#include "rules/params.h"
#include "rules/prefilter.h"

namespace mtlint {

struct Utf16Text;
struct BoundMatchers;
class Regex;
class DocumentMemo;

/// The text regexes run on. ICU matches UTF-16 much faster than UTF-8, so the text is converted
/// on first use; with the check's DocumentMemo the conversion is made once per document and
/// shared by every regex rule that checks it. Each regex keeps one matcher bound to the subject
/// while it lives. Make one per check() call, and keep the regexes alive longer; not
/// thread-safe.
class Subject {
 public:
  explicit Subject(std::string_view text, DocumentMemo* memo = nullptr);
  ~Subject();
  Subject(const Subject&) = delete;
  Subject& operator=(const Subject&) = delete;
  std::string_view text() const { return text_; }
  /// The text as prefilters read it (once per document with a memo).
  const ProbeText& probe_text() const;

 private:
  friend class Regex;
  const Utf16Text& utf16() const;

  std::string_view text_;
  DocumentMemo* memo_;
  mutable const Utf16Text* utf16_ = nullptr;
  mutable std::unique_ptr<Utf16Text> own_;  // without a memo
  mutable const ProbeText* probe_text_ = nullptr;
  mutable std::unique_ptr<ProbeText> own_probe_text_;  // without a memo
  mutable std::unique_ptr<BoundMatchers> matchers_;
};

/// A compiled ICU regular expression. Immutable and safe to share between threads. The ICU
/// pattern is built on first use; compile() only checks the syntax, with the costly Unicode
/// property sets left out. A prefilter derived from the pattern skips regions without the bytes
/// every match needs.
class Regex {
 public:
  /// Checks `source`; a syntax error names ICU's reason and its offset inside the pattern.
  /// On error `error_offset` holds that offset in code points.
  static Result<std::shared_ptr<const Regex>> compile(const std::string& source,
                                                      bool case_insensitive, int* error_offset,
                                                      bool check_syntax = true);
  /// `regex` anchored to both ends of the scanned region (`^(?:source)$`), with its prefilter
  /// (anchoring only narrows the matches) and without checking the syntax again.
  static std::shared_ptr<const Regex> anchored(const Regex& regex);
  ~Regex();
  Regex(const Regex&) = delete;
  Regex& operator=(const Regex&) = delete;

  /// The pattern as written.
  const std::string& source() const { return source_; }
  /// Number of capture groups.
  int groups() const { return groups_; }
  /// Builds the ICU pattern now rather than at the first scan that needs it.
  void prepare() const;
  /// prepare() when the regex has probes and may match in one of the `lines` of `sample` (the
  /// prefilter passes it): a document like it will need the pattern.
  void prepare_for(const ProbeText& sample, const std::vector<Span>& lines) const;
  /// What a region must contain for the regex to match in it.
  const Prefilter& prefilter() const { return prefilter_; }
  /// The units of `units` in which the regex may match (in their order): those the prefilter
  /// passes, or all of them when prefilters are off.
  std::vector<Span> candidates(const Subject& subject, const std::vector<Span>& units) const;
  std::vector<Span> candidates(std::string_view text, const std::vector<Span>& units) const;

  /// Calls `on_match` for each match inside `region` of the subject (lookarounds see past the
  /// region, ^ and $ anchor to it). groups[0] is the whole match; a group that did not take part
  /// has begin == end == kNoGroup. Stops early when `on_match` returns false.
  /// With `probes_checked` the caller has already found that the prefilter's probes pass the
  /// region (with a ProbeIndex).
  void scan(const Subject& subject, Span region,
            const std::function<bool(const std::vector<Span>& groups)>& on_match,
            bool probes_checked = false) const;
  /// The same on a text of its own.
  void scan(std::string_view text, Span region,
            const std::function<bool(const std::vector<Span>& groups)>& on_match) const;
  /// True when the regex matches anywhere in `region`.
  bool search(std::string_view text, Span region) const;

  /// Turns prefilters off (or back on) for the whole process; tests compare both ways.
  static void set_prefilters_enabled(bool enabled);
  static bool prefilters_enabled();
  /// Tests only: compile case-insensitive patterns as written, without wrapping their
  /// case-closed sets (see wrap_case_closed_sets). Takes effect for regexes compiled after.
  static void set_case_rewrite_enabled(bool enabled);

 private:
  friend class Subject;
  friend struct BoundMatchers;
  struct Impl;
  Regex();
  std::string source_;
  int groups_ = 0;
  Prefilter prefilter_;
  bool whole_ = false;  // anchored(): a match covers the whole region
  std::unique_ptr<Impl> impl_;
};

/// Regex::prepare_for() on each regex of the `lists`, in order, until `stop` turns true.
void prepare_all_for(std::initializer_list<const std::vector<std::shared_ptr<const Regex>>*> lists,
                     const ProbeText& sample, const std::vector<Span>& lines,
                     const std::atomic<bool>& stop);

/// The number of capture groups of an ICU regex, counted from its source: "(" that is not
/// "(?" or is a named group "(?<name>"; escapes and character sets skipped. -1 for a source it
/// does not follow (\Q…\E, free spacing, comments).
int count_groups(std::string_view source);

/// The span value of a capture group that did not take part in a match.
inline constexpr std::size_t kNoGroup = static_cast<std::size_t>(-1);

/// Reads a regex-valued key (a string, or with `allow_array` an array of strings) of a rule or
/// config file. A bad regex is recorded in `params` at the string's line, with ICU's offset
/// added to its column, and an empty vector comes back.
std::vector<std::shared_ptr<const Regex>> read_regexes(Params& params, std::string_view key,
                                                       bool case_insensitive, bool allow_array);

/// Expands a fix or message template against a match: `{0}` (or `{match}`) the whole match,
/// `{N}` group N, `{^N}` group N with its first letter upper-cased, `{N|text}` group N or `text`
/// when the group did not take part, `{N/x/y}` group N with every `x` replaced by `y`
/// ("{0/./,}": '1.250.000' -> '1,250,000'), `{N?text}` text when group N took part and is not
/// empty, `{N*M}` the number of group N times the Chinese or Japanese numeral unit of group M,
/// written the English way ('35' and '万': '350,000'; '2' and '亿': '200 million'), `{N#}` group
/// N with the digits of other scripts written in ASCII ('٢٠' -> '20'), `{N:ordinal}` the number
/// of group N as an English ordinal ('23' -> '23rd'). Other `{...}` stay as
/// written (see fill_template.cpp).
std::string fill_template(std::string_view pattern, std::string_view text,
                          const std::vector<Span>& groups);

/// `number` (digits, an optional '.' and decimals) times ten to the `places`, written the
/// English way: thousands commas below a million, then millions, billions and trillions
/// ("35", 4 -> "350,000"; "1.25", 8 -> "125 million"). None for anything else.
std::optional<std::string> scaled_number(std::string_view number, int places);

/// `source` with each `\p{X}` / `\P{X}` naming a general category replaced by a one-character
/// class: the same syntax for ICU, without the cost of building the property's set. Exposed for
/// tests.
std::string without_property_sets(std::string_view source);

}  // namespace mtlint
