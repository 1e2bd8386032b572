#include "lexicon/word_list.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <fstream>

namespace mtlint {

namespace {

bool ascii_only(std::string_view text) {
  for (const char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// Most words are ASCII: their case maps without a round trip through UTF-16.
std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

std::string to_lower(std::string_view text) {
  if (ascii_only(text)) return ascii_lower(text);
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())))
      .toLower(icu::Locale::getRoot())
      .toUTF8String(out);
  return out;
}

std::string to_upper(std::string_view text) {
  if (ascii_only(text)) {
    std::string out(text);
    for (char& c : out) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    return out;
  }
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())))
      .toUpper(icu::Locale::getRoot())
      .toUTF8String(out);
  return out;
}

std::string fold_diacritics(std::string_view text) {
  if (ascii_only(text)) return ascii_lower(text);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  u.toLower(icu::Locale::getRoot());
  icu::UnicodeString decomposed = U_SUCCESS(status) ? nfd->normalize(u, status) : u;
  icu::UnicodeString out;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK) continue;
    switch (c) {
      case 0x0142:  // ł
        out.append(u'l');
        break;
      case 0x00F8:  // ø
        out.append(u'o');
        break;
      case 0x0111:  // đ
        out.append(u'd');
        break;
      case 0x0131:  // dotless ı
        out.append(u'i');
        break;
      case 0x00DF:  // ß
        out.append(u"ss");
        break;
      case 0x00E6:  // æ
        out.append(u"ae");
        break;
      case 0x0153:  // œ
        out.append(u"oe");
        break;
      default:
        out.append(c);
    }
  }
  std::string result;
  out.toUTF8String(result);
  return result;
}

std::string capitalise(std::string_view text) {
  if (!text.empty() && static_cast<unsigned char>(text[0]) < 0x80) {
    std::string out(text);
    if (out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
  }
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  if (u.isEmpty()) return std::string(text);
  const int32_t first_len = U16_LENGTH(u.char32At(0));
  icu::UnicodeString head = u.tempSubString(0, first_len);
  head.toUpper(icu::Locale::getRoot());
  std::string out;
  head.append(u.tempSubString(first_len)).toUTF8String(out);
  return out;
}

Result<WordList> WordList::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{"cannot open word list", path};
  WordList list;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (number == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
    const auto first = line.find_first_not_of(" \t");
    if (first == std::string::npos || line[first] == '#') continue;
    const auto last = line.find_last_not_of(" \t");
    const std::string word = line.substr(first, last - first + 1);
    if (auto space = word.find_first_of(" \t"); space != std::string::npos) {
      return Error{"a word list entry is one word; split '" + word + "' into separate lines", path,
                   number, static_cast<int>(first + space + 1)};
    }
    list.add(word);
  }
  return list;
}

void WordList::add(std::string_view word) {
  std::string entry(word);
  if (accepted_.contains(entry) && by_lower_.contains(to_lower(entry))) return;
  entries_.push_back(entry);
  const std::string lower = to_lower(entry);
  accepted_.insert(entry);
  accepted_.insert(to_upper(entry));
  if (lower == entry) {
    accepted_.insert(capitalise(entry));
  } else {
    by_lower_.emplace(lower, entry);
  }
}

void WordList::merge(const WordList& other) {
  for (const auto& e : other.entries_) add(e);
}

bool WordList::contains(std::string_view word) const {
  return accepted_.contains(std::string(word));
}

const std::string* WordList::proper_form(std::string_view lower) const {
  auto it = by_lower_.find(std::string(lower));
  return it == by_lower_.end() ? nullptr : &it->second;
}

}  // namespace mtlint
