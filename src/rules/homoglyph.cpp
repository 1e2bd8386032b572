#include "rules/homoglyph.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "core/utf8.h"

namespace mtlint {

char latin_lookalike(char32_t c) {
  switch (c) {
    // Cyrillic
    case 0x0430:
      return 'a';
    case 0x0435:
      return 'e';
    case 0x043E:
      return 'o';
    case 0x0440:
      return 'p';
    case 0x0441:
      return 'c';
    case 0x0443:
      return 'y';
    case 0x0445:
      return 'x';
    case 0x0456:
      return 'i';
    case 0x0458:
      return 'j';
    case 0x0455:
      return 's';
    case 0x0501:
      return 'd';
    case 0x04BB:
      return 'h';
    case 0x0410:
      return 'A';
    case 0x0412:
      return 'B';
    case 0x0415:
      return 'E';
    case 0x041A:
      return 'K';
    case 0x041C:
      return 'M';
    case 0x041D:
      return 'H';
    case 0x041E:
      return 'O';
    case 0x0420:
      return 'P';
    case 0x0421:
      return 'C';
    case 0x0422:
      return 'T';
    case 0x0425:
      return 'X';
    case 0x0406:
      return 'I';
    case 0x0408:
      return 'J';
    case 0x0405:
      return 'S';
    case 0x04AE:
      return 'Y';
    // Greek
    case 0x03BF:
      return 'o';
    case 0x03B9:
      return 'i';
    case 0x03BD:
      return 'v';
    case 0x0391:
      return 'A';
    case 0x0392:
      return 'B';
    case 0x0395:
      return 'E';
    case 0x0396:
      return 'Z';
    case 0x0397:
      return 'H';
    case 0x0399:
      return 'I';
    case 0x039A:
      return 'K';
    case 0x039C:
      return 'M';
    case 0x039D:
      return 'N';
    case 0x039F:
      return 'O';
    case 0x03A1:
      return 'P';
    case 0x03A4:
      return 'T';
    case 0x03A5:
      return 'Y';
    case 0x03A7:
      return 'X';
    default:
      return 0;
  }
}

std::optional<Homoglyphs> read_homoglyphs(std::string_view word) {
  Homoglyphs out;
  bool latin = false, cyrillic = false, greek = false;
  for (std::size_t at = 0; at < word.size();) {
    const std::size_t from = at;
    const char32_t c = utf8::decode(word, at);
    if (!u_isalpha(static_cast<UChar32>(c))) {
      out.latin.append(word.substr(from, at - from));
      continue;
    }
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
    if (U_SUCCESS(status) && script == USCRIPT_LATIN) {
      latin = true;
      out.latin.append(word.substr(from, at - from));
      continue;
    }
    const char lookalike = latin_lookalike(c);
    if (!lookalike) return std::nullopt;
    (script == USCRIPT_GREEK ? greek : cyrillic) = true;
    out.latin += lookalike;
  }
  if (!latin || (!cyrillic && !greek)) return std::nullopt;
  out.script = cyrillic && greek ? "Cyrillic and Greek" : cyrillic ? "Cyrillic" : "Greek";
  return out;
}

}  // namespace mtlint
