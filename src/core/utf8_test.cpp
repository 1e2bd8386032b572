#include "core/utf8.h"

#include <doctest/doctest.h>

#include <string>

namespace utf8 = mtlint::utf8;

TEST_CASE("find_invalid accepts valid UTF-8 and pinpoints the first bad byte") {
  CHECK_FALSE(utf8::find_invalid("Kyiv’s 中文 😀").has_value());
  CHECK(utf8::find_invalid("caf\xe9\n").value() == 3);
  CHECK(utf8::find_invalid("\xc0\xaf").value() == 0);          // overlong
  CHECK(utf8::find_invalid("ab\xed\xa0\x80").value() == 2);    // surrogate
  CHECK(utf8::find_invalid("\xf4\x90\x80\x80").value() == 0);  // above U+10FFFF
  CHECK(utf8::find_invalid("ok\xe2\x80").value() == 2);        // truncated
}

TEST_CASE("decode and append round-trip") {
  const std::string text = "aé中😀";
  std::size_t offset = 0;
  std::string out;
  while (offset < text.size()) utf8::append(out, utf8::decode(text, offset));
  CHECK(out == text);
  CHECK(utf8::count_code_points(text) == 4);
}

TEST_CASE("utf8: code points are counted eight bytes at a time as one at a time") {
  const std::string text = "Kyiv’s Zelensky: «Ça va», 王毅 said — 𝒳y\nend";
  for (std::size_t from = 0; from <= text.size(); ++from) {
    for (std::size_t to = from; to <= text.size(); ++to) {
      const std::string_view part = std::string_view(text).substr(from, to - from);
      std::size_t expected = 0;
      for (const unsigned char b : part) expected += (b & 0xC0) != 0x80 ? 1 : 0;
      REQUIRE(mtlint::utf8::count_code_points(part) == expected);
    }
  }
}

TEST_CASE("utf8: has_non_ascii tells letters English lacks from plain ASCII") {
  CHECK_FALSE(utf8::has_non_ascii(""));
  CHECK_FALSE(utf8::has_non_ascii("Kyiv, 2.4%"));
  CHECK(utf8::has_non_ascii("złoty"));
  CHECK(utf8::has_non_ascii("Česká"));
  CHECK(
      utf8::has_non_ascii("a\xC2\xA0"
                          "b"));  // a no-break space
}
