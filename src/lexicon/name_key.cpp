#include "lexicon/name_key.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <memory>
#include <mutex>
#include <vector>

#include "lexicon/word_list.h"

namespace mtlint {

namespace {

// Latin-ASCII is created once; ICU transliterators are not thread-safe, so calls are serialised.
std::string icu_fold(std::string_view text) {
  static std::mutex mutex;
  static std::unique_ptr<icu::Transliterator> fold = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
    return U_SUCCESS(status) ? std::move(t) : nullptr;
  }();
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  if (fold) {
    std::lock_guard lock(mutex);
    fold->transliterate(s);
  }
  std::string out;
  s.toUTF8String(out);
  return out;
}

bool is_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// Letter groups rewritten in order; longer groups first so "tch" wins over "ch".
constexpr std::array<std::pair<std::string_view, std::string_view>, 21> kGroups = {{
    {"shch", "sh"}, {"chtch", "sh"}, {"tsch", "ch"}, {"tch", "ch"}, {"sch", "sh"}, {"sz", "sh"},
    {"cz", "ch"},   {"tsj", "ch"},   {"kh", "h"},    {"ch", "h"},   {"zh", "j"},   {"ou", "u"},
    {"ph", "f"},    {"ck", "k"},     {"yy", "i"},    {"iy", "i"},   {"ij", "i"},   {"yj", "i"},
    {"ye", "e"},    {"ts", "c"},     {"tz", "c"},
}};

}  // namespace

std::string fold_to_ascii(std::string_view text) {
  if (is_ascii(text)) return std::string(text);
  return icu_fold(text);
}

std::string name_key(std::string_view token) {
  std::string s = to_lower(fold_to_ascii(token));
  std::string letters;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') letters += c;
  }
  for (const auto& [from, to] : kGroups) {
    std::string out;
    for (std::size_t i = 0; i < letters.size();) {
      if (letters.compare(i, from.size(), from) == 0) {
        out += to;
        i += from.size();
      } else {
        out += letters[i++];
      }
    }
    letters = std::move(out);
  }
  std::string key;
  for (char c : letters) {
    switch (c) {
      case 'y':
      case 'j':
        c = 'i';
        break;
      case 'w':
        c = 'v';
        break;
      case 'q':
        c = 'k';
        break;
      case 'x':
        c = 'h';
        break;
      default:
        break;
    }
    if (!key.empty() && key.back() == c) continue;  // doubled letters
    key += c;
  }
  return key;
}

int key_distance(std::string_view a, std::string_view b, int limit) {
  const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  if (std::abs(n - m) > limit) return limit + 1;
  std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1));
  for (int i = 0; i <= n; ++i) d[i][0] = i;
  for (int j = 0; j <= m; ++j) d[0][j] = j;
  for (int i = 1; i <= n; ++i) {
    int row_min = limit + 1;
    for (int j = 1; j <= m; ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
      row_min = std::min(row_min, d[i][j]);
    }
    if (row_min > limit) return limit + 1;
  }
  return std::min(d[n][m], limit + 1);
}

int allowed_distance(std::size_t length_a, std::size_t length_b) {
  const std::size_t shorter = std::min(length_a, length_b);
  if (shorter < 6) return 0;
  if (shorter < 9) return 1;
  return 2;
}

}  // namespace mtlint
