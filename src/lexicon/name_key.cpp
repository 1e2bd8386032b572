#include "lexicon/name_key.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <vector>

#include "core/utf8.h"
#include "lexicon/word_list.h"

namespace mtlint {

namespace {

// Decomposes (NFD) and drops combining marks, then spells out the Latin letters that have no
// decomposition. Cheaper than ICU's Latin-ASCII transliterator, whose creation costs ~40 ms.
std::string strip_marks(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  if (U_SUCCESS(status)) s = nfd->normalize(s, status);
  std::string out;
  for (int32_t i = 0; i < s.length();) {
    const UChar32 c = s.char32At(i);
    i += U16_LENGTH(c);
    if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK) continue;
    switch (c) {
      case 0x0142:  // ł
        out += 'l';
        break;
      case 0x0141:
        out += 'L';
        break;
      case 0x00F8:  // ø
        out += 'o';
        break;
      case 0x00D8:
        out += 'O';
        break;
      case 0x00DF:  // ß
        out += "ss";
        break;
      case 0x0111:  // đ
        out += 'd';
        break;
      case 0x0110:
        out += 'D';
        break;
      case 0x0131:  // dotless ı
        out += 'i';
        break;
      case 0x00E6:
        out += "ae";
        break;
      case 0x0153:
        out += "oe";
        break;
      default:
        icu::UnicodeString(c).toUTF8String(out);
    }
  }
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
  // The Latin letters of names (below U+0250) one by one from a table that strip_marks() filled
  // once: the same result, since decomposing and dropping marks works letter by letter, without
  // ICU's normaliser per call. Other scripts and combining marks go through strip_marks().
  static const std::array<std::string, 0x250> kLatin = [] {
    std::array<std::string, 0x250> table;
    for (char32_t c = 0x80; c < 0x250; ++c) {
      std::string letter;
      utf8::append(letter, c);
      table[c] = strip_marks(letter);
    }
    return table;
  }();
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      out += static_cast<char>(byte);
      ++i;
      continue;
    }
    const char32_t c = utf8::decode(text, i);
    if (c >= kLatin.size()) return strip_marks(text);
    out += kLatin[c];
  }
  return out;
}

std::string name_key(std::string_view token) {
  std::string s = to_lower(fold_to_ascii(token));
  std::string letters;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') letters += c;
  }
  for (const auto& [from, to] : kGroups) {
    std::size_t found = letters.find(from);
    if (found == std::string::npos) continue;  // most groups are absent from a given name
    std::string out(letters, 0, found);
    for (std::size_t i = found; i < letters.size();) {
      if (letters[i] == from[0] && letters.compare(i, from.size(), from) == 0) {
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

std::string arabic_skeleton(std::string_view token) {
  // (Built for every word of the table on first use: ASCII words skip the folding.)
  std::string letters;
  letters.reserve(token.size());
  const auto keep = [&](char c) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c >= 'a' && c <= 'z') letters += c;
  };
  if (is_ascii(token)) {
    for (const char c : token) keep(c);
  } else {
    for (const char c : fold_to_ascii(token)) keep(c);
  }
  std::string out;
  out.reserve(letters.size());
  bool vowel = false;  // since the last consonant: 'Cécile' keeps both its s sounds
  const auto put = [&](char c) {
    if (out.empty() || out.back() != c || vowel) out += c;
    vowel = false;
  };
  for (std::size_t i = 0; i < letters.size(); ++i) {
    const char c = letters[i];
    const char next = i + 1 < letters.size() ? letters[i + 1] : '\0';
    const auto pair = [&](char second) { return next == second; };
    // A word's first w is the consonant waw, written v in Persian ('Vadfol' for Wadephul); inside
    // a word it is as often a vowel ('Buwing' for Boeing).
    if ((c == 'p' && pair('h')) || c == 'f' || c == 'v' || (c == 'w' && i == 0)) {
      put('f');
      if (c == 'p') ++i;
    } else if ((c == 's' || c == 'c') && pair('h')) {
      put('S');  // one letter, sh, for French ch and English sh
      ++i;
    } else if (c == 's' && letters.compare(i, 3, "sch") == 0) {
      put('S');
      i += 2;
    } else if ((c == 'g' || c == 'k' || c == 't' || c == 'd') && pair('h')) {
      put(c);  // gh, kh, th, dh: the letter Arabic writes for them
      ++i;
    } else if (c == 'd' && pair('j')) {
      put('j');  // French 'Djibouti', Arabic 'Jibuti'
      ++i;
    } else if (c == 'c') {
      put(next == 'e' || next == 'i' || next == 'y' ? 's' : 'k');
      if (next == 'k') ++i;
    } else if (c == 'q') {
      put('k');
    } else if (c == 'p' || c == 'b') {
      put('b');
    } else if (c == 's' || c == 'z') {
      put('s');
    } else if (c == 'x') {
      put('k');
      put('s');
    } else if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'w' ||
               c == 'h') {
      vowel = vowel || c != 'h';
      continue;
    } else {
      put(c);
    }
  }
  return out;
}

namespace {

// key_distance with a limit of one, without the table: equal, or one substitution, insertion,
// deletion or swap of neighbours apart (2 otherwise).
int distance_up_to_one(std::string_view a, std::string_view b) {
  if (a.size() < b.size()) std::swap(a, b);
  std::size_t i = 0;
  while (i < b.size() && a[i] == b[i]) ++i;
  if (i == b.size()) return a.size() == b.size() ? 0 : (a.size() == b.size() + 1 ? 1 : 2);
  if (a.size() == b.size()) {
    if (a.substr(i + 1) == b.substr(i + 1)) return 1;  // one substitution
    const bool swapped = i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
                         a.substr(i + 2) == b.substr(i + 2);
    return swapped ? 1 : 2;
  }
  if (a.size() != b.size() + 1) return 2;
  return a.substr(i + 1) == b.substr(i) ? 1 : 2;  // one letter more in a
}

}  // namespace

int key_distance(std::string_view a, std::string_view b, int limit) {
  const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  if (std::abs(n - m) > limit) return limit + 1;
  if (limit <= 0) return a == b ? 0 : limit + 1;
  if (limit == 1) return distance_up_to_one(a, b);
  // Three rolling rows of the (restricted) Damerau table: names are short, so they live on the
  // stack; pairs of spellings are compared by the thousand in a long article.
  constexpr int kStack = 64;
  std::array<int, 3 * kStack> stack_rows;
  std::vector<int> heap_rows;
  int* rows = stack_rows.data();
  if (m + 1 > kStack) {
    heap_rows.resize(3 * static_cast<std::size_t>(m + 1));
    rows = heap_rows.data();
  }
  const int width = m + 1 > kStack ? m + 1 : kStack;
  int* before = rows;               // row i - 2
  int* previous = rows + width;     // row i - 1
  int* current = rows + 2 * width;  // row i
  for (int j = 0; j <= m; ++j) previous[j] = j;
  for (int i = 1; i <= n; ++i) {
    current[0] = i;
    int row_min = i;
    for (int j = 1; j <= m; ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      int d = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d = std::min(d, before[j - 2] + 1);
      }
      current[j] = d;
      row_min = std::min(row_min, d);
    }
    if (row_min > limit) return limit + 1;
    int* spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  return std::min(previous[m], limit + 1);
}

int allowed_distance(std::size_t length_a, std::size_t length_b) {
  const std::size_t shorter = std::min(length_a, length_b);
  if (shorter < 6) return 0;
  if (shorter < 9) return 1;
  return 2;
}

}  // namespace mtlint
