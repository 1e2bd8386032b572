#include "rules/probe_text.h"

#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include <algorithm>

#include "core/utf8.h"

namespace mtlint {

namespace {

std::size_t utf8_length(char32_t c) { return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; }

}  // namespace

std::optional<char32_t> folded_in_place(char32_t c) {
  const char32_t f = single_case_fold(c);
  if (f == c) return c;
  if (f == 0 || utf8_length(f) != utf8_length(c)) return std::nullopt;
  return f;
}

std::string_view ProbeText::folded() const {
  if (!made_) {
    made_ = true;
    fold_for_probes(text_, folded_, &unsure_);
  }
  return folded_;
}

bool ProbeText::unsure(Span region) const {
  folded();
  const auto it = std::lower_bound(unsure_.begin(), unsure_.end(), region.begin);
  return it != unsure_.end() && *it < region.end;
}

char32_t single_case_fold(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
  const auto u = static_cast<UChar32>(c);
  // Not CHANGES_WHEN_CASEFOLDED: ICU leaves U+1FBE out of it, which folds to 'ι'.
  if (!u_hasBinaryProperty(u, UCHAR_CASE_SENSITIVE)) return c;
  UChar in[2];
  int32_t n = 0;
  U16_APPEND_UNSAFE(in, n, u);
  UChar out[8];
  UErrorCode status = U_ZERO_ERROR;
  const int32_t m = u_strFoldCase(out, 8, in, n, U_FOLD_CASE_DEFAULT, &status);
  if (U_FAILURE(status) || m <= 0 || m > 2) return 0;
  UChar32 f = 0;
  int32_t k = 0;
  U16_NEXT(out, k, m, f);
  return k == m ? static_cast<char32_t>(f) : 0;
}

void fold_for_probes(std::string_view text, std::string& out, std::vector<std::size_t>* unsure) {
  out.assign(text);
  for (std::size_t i = 0; i < out.size();) {
    const auto b = static_cast<unsigned char>(out[i]);
    if (b < 0x80) {
      if (b >= 'A' && b <= 'Z') out[i] = static_cast<char>(b - 'A' + 'a');
      ++i;
      continue;
    }
    const std::size_t start = i;
    const char32_t c = utf8::decode(text, i);
    if (i > text.size() || i <= start) {  // invalid UTF-8: documents are checked before
      i = start + 1;
      if (unsure) unsure->push_back(start);
      continue;
    }
    const auto written = folded_in_place(c);
    if (written == c) continue;
    if (written) {
      std::string bytes;
      utf8::append(bytes, *written);
      out.replace(start, bytes.size(), bytes);
    } else if (unsure) {
      unsure->push_back(start);
    }
  }
}

}  // namespace mtlint
