#pragma once

#include <bitset>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"

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

/// The case folding of `c` when it is one character (U+0000 when it is several: 'ß' "ss").
char32_t single_case_fold(char32_t c);

/// `text` case-folded in place, for folded probes: each character whose case folding is one
/// character of the same UTF-8 length is replaced by it, so offsets stay those of the text. The
/// offsets of the characters whose folding cannot be written in place ('ß' "ss", 'ſ' 's', the
/// Kelvin sign 'k', 'İ' "i̇") go to `unsure`.
void fold_for_probes(std::string_view text, std::string& out, std::vector<std::size_t>* unsure);

/// A text as prefilters read it: as written, and case-folded (made on first use). Folded probes
/// pass any region that holds a character whose folding could not be written in place.
class ProbeText {
 public:
  explicit ProbeText(std::string_view text) : text_(text) {}
  std::string_view text() const { return text_; }
  /// The text as fold_for_probes() writes it: the same length, the same offsets.
  std::string_view folded() const;
  /// True when `region` holds a character whose case folding could not be written in place.
  bool unsure(Span region) const;

 private:
  std::string_view text_;
  mutable bool made_ = false;
  mutable std::string folded_;
  mutable std::vector<std::size_t> unsure_;
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

/// The probes of many prefilters, to tell at once which of them pass a region: one pass over the
/// region finds every folded probe, where asking each prefilter would search the region once per
/// probe. Prefilters with probes that are not folded, or of one byte, are asked themselves.
class ProbeIndex {
 public:
  ProbeIndex() = default;
  explicit ProbeIndex(const std::vector<const Prefilter*>& prefilters);
  /// Sets out[i] to whether prefilter i (in the constructor's order) passes `region`.
  void passes(const ProbeText& text, Span region, std::vector<char>& out) const;

 private:
  struct Entry {
    std::string core;
    ByteSet before, after;
    std::uint32_t owner;  // the prefilter's index
    std::uint32_t key;    // the offset in core of the bytes it is found by
  };
  // Entries found by `key_bytes` bytes of their core: one table for cores of two bytes, one
  // (hashed) for longer ones.
  struct Table {
    std::size_t key_bytes = 0;
    std::vector<Entry> entries;        // sorted by bucket
    std::vector<std::uint32_t> first;  // where each bucket of entries begins (and the end)
    std::vector<std::uint64_t> keys;   // one bit per bucket: whether it holds entries
  };
  std::vector<const Prefilter*> prefilters_;
  std::vector<std::uint32_t> indexed_;       // prefilters whose probes are all in tables_
  std::vector<std::uint32_t> on_their_own_;  // prefilters with probes that are asked themselves
  std::vector<std::uint32_t> open_;          // prefilters without probes: they pass everything
  Table tables_[2];
};

}  // namespace mtlint
