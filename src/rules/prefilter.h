#pragma once

#include <bitset>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"
#include "rules/probe_text.h"

namespace mtlint {

/// A set of bytes (one bit per byte value).
using ByteSet = std::bitset<256>;

/// Bytes that every match of a regex contains: `core`, with the byte right before it (inside the
/// match) one of `before` and the byte right after it one of `after`. A full set is no constraint.
/// A `folded` probe comes from a case-insensitive part of the regex: its core is case-folded and
/// is looked for in the case-folded text (ProbeText::folded()).
struct Probe {
  std::string core;
  ByteSet before;
  ByteSet after;
  bool folded = false;
  bool operator==(const Probe&) const = default;
};

/// A cheap test that a stretch of text must pass before a regex can match inside it: one of the
/// probes occurs there. Derived from the regex's source; an empty prefilter passes everything.
class Prefilter {
 public:
  /// Derives the probes of an ICU regex from its source. Conservative: syntax the analysis does not
  /// understand (inline flags, \Q…\E, nested classes, …) gives no probes, so a prefilter never
  /// rejects text in which the regex matches. Case-insensitive parts give folded probes.
  static Prefilter derive(std::string_view source, bool case_insensitive);

  /// True when the prefilter passes everything.
  bool empty() const { return probes_.empty(); }
  const std::vector<Probe>& probes() const { return probes_; }
  /// True when a probe occurs entirely inside `region` of `text`.
  bool passes(const ProbeText& text, Span region) const;
  bool passes(std::string_view text, Span region) const { return passes(ProbeText(text), region); }
  /// The units (in their order) inside which a probe occurs; all of them when empty().
  std::vector<Span> filter(const ProbeText& text, const std::vector<Span>& units) const;
  std::vector<Span> filter(std::string_view text, const std::vector<Span>& units) const {
    return filter(ProbeText(text), units);
  }
  /// False when no match can cover exactly `region` of `text`: its first byte cannot start a
  /// match or its last byte cannot end one, or it is longer than any match can be. A last byte that
  /// may be a line terminator is not judged ($ also matches before a final line break).
  bool may_match_whole(std::string_view text, Span region) const;
  /// False when every match begins where the region does (a leading ^) and the region's first
  /// byte cannot begin one.
  bool may_start(std::string_view text, Span region) const;

  bool operator==(const Prefilter&) const = default;

 private:
  friend class PrefilterMemo;  // keeps prefilters across runs
  static Prefilter derive_afresh(std::string_view source, bool case_insensitive);

  std::vector<Probe> probes_;
  ByteSet starts_ = ByteSet().set();      // bytes a match may start with; all when unknown
  ByteSet ends_ = ByteSet().set();        // bytes a match may end with
  std::optional<std::size_t> max_bytes_;  // the longest a match can be; none when unbounded
  bool anchored_ = false;                 // every match begins where the region does
};

}  // namespace mtlint
