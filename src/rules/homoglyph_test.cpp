#include "rules/homoglyph.h"

#include <doctest/doctest.h>

using namespace mtlint;

TEST_CASE("homoglyphs: Latin words with Cyrillic or Greek look-alikes read as Latin") {
  auto read = read_homoglyphs("Kuleb\xD0\xB0");  // Cyrillic а
  REQUIRE(read);
  CHECK(read->latin == "Kuleba");
  CHECK(read->script == "Cyrillic");
  read = read_homoglyphs(
      "\xCE\x9F"
      "ECD");  // Greek Ο
  REQUIRE(read);
  CHECK(read->latin == "OECD");
  CHECK(read->script == "Greek");
  // Both scripts, and characters that are not letters, kept as they are.
  read = read_homoglyphs("\xD0\xA0\xCE\xBF-land\xE2\x80\x99s");  // Cyrillic Р, Greek ο
  REQUIRE(read);
  CHECK(read->latin == "Po-land\xE2\x80\x99s");
  CHECK(read->script == "Cyrillic and Greek");
}

TEST_CASE("homoglyphs: words in one script, and letters with no Latin twin, are not mixed") {
  CHECK_FALSE(read_homoglyphs("Kyiv"));                                      // all Latin
  CHECK_FALSE(read_homoglyphs("\xD0\xA0\xD0\xBE\xD1\x81\xD1\x96\xD1\x8F"));  // Росія: no Latin
  CHECK_FALSE(read_homoglyphs("\xD0\xB0\xD1\x80"));  // ар: look-alikes only
  CHECK_FALSE(read_homoglyphs("Kuleb\xD0\xB4"));     // д: no Latin twin
  CHECK_FALSE(
      read_homoglyphs("Erdo\xC4\x9F"
                      "an"));  // ğ is Latin
  CHECK_FALSE(read_homoglyphs(""));
}

TEST_CASE("homoglyphs: every look-alike maps to an ASCII letter; unrelated letters to none") {
  for (char32_t c : {U'а', U'е', U'о', U'р', U'с', U'у', U'х', U'і', U'ј', U'ѕ', U'А', U'В', U'Е',
                     U'К', U'М', U'Н', U'О', U'Р', U'С', U'Т', U'Х', U'І', U'Ο', U'Α', U'ο'}) {
    const char l = latin_lookalike(c);
    CHECK(((l >= 'a' && l <= 'z') || (l >= 'A' && l <= 'Z')));
  }
  for (char32_t c : {U'д', U'ж', U'Я', U'λ', U'Ω', U'a', U'中', U'1'})
    CHECK(latin_lookalike(c) == 0);
}
