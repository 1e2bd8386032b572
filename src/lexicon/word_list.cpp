#include "lexicon/word_list.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

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

}  // namespace mtlint
