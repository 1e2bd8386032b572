#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"

namespace mtlint {

/// The case folding of `c` when it is one character (U+0000 when it is several: 'ß' "ss").
char32_t single_case_fold(char32_t c);

/// What the folded text holds where the text holds `c`: its single_case_fold() when that has
/// the same UTF-8 length, `c` itself when it has no other folding; none (the place is unsure)
/// else.
std::optional<char32_t> folded_in_place(char32_t c);

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

}  // namespace mtlint
