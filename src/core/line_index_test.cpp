#include "core/line_index.h"

#include <doctest/doctest.h>

#include <string>

using mtlint::LineIndex;
using mtlint::Position;

TEST_CASE("line index counts columns in code points across CJK, emoji and tabs") {
  // "中文" is 6 bytes, "😀" 4 bytes, a tab is one column.
  const std::string text = "a\t中文 😀 Kiev\nsecond";
  LineIndex index(text);
  CHECK(index.line_count() == 2);
  const auto kiev = text.find("Kiev");
  CHECK(index.position(kiev) == Position{1, 8});
  CHECK(index.position(text.find("second")) == Position{2, 1});
  CHECK(index.position(0) == Position{1, 1});
}

TEST_CASE("line index handles CRLF: the CR belongs to no line") {
  const std::string text = "one\r\ntwo 中\r\nthree";
  LineIndex index(text);
  REQUIRE(index.line_count() == 3);
  CHECK(index.line_text(0) == "one");
  CHECK(index.line_text(1) == "two 中");
  CHECK(index.line_text(2) == "three");
  CHECK(index.position(text.find("three")) == Position{3, 1});
  CHECK(index.position(text.find("中")) == Position{2, 5});
}

TEST_CASE("line index on empty text and trailing newline") {
  LineIndex empty("");
  CHECK(empty.line_count() == 1);
  CHECK(empty.position(0) == Position{1, 1});
  LineIndex trailing("x\n");
  CHECK(trailing.line_count() == 2);
  CHECK(trailing.line_text(1).empty());
  CHECK(trailing.position(1) == Position{1, 2});
}

TEST_CASE("line index columns stay right across checkpoint strides on a long line") {
  std::string text = "start\n";
  for (int i = 0; i < 3000; ++i) text += "é中a";  // 2 + 3 + 1 bytes, 3 code points
  text += "END";
  LineIndex index(text);
  CHECK(index.position(text.find("END")) == Position{2, 9001});
  CHECK(index.position(text.size()) == Position{2, 9004});
}

TEST_CASE("line index columns on lines much longer than its checkpoints match a plain count") {
  std::string text = "short\n";
  for (int i = 0; i < 3000; ++i) text += i % 3 == 0 ? "é中 " : "ab😀 ";  // mixed widths
  text += "\nend é\n";
  LineIndex index(text);
  for (std::size_t offset = 0; offset < text.size(); offset += 37) {
    if ((static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) continue;
    const std::size_t line = index.line_of(offset);
    int column = 1;
    for (std::size_t k = index.line_start(line); k < offset; ++k) {
      if ((static_cast<unsigned char>(text[k]) & 0xC0) != 0x80) ++column;
    }
    CAPTURE(offset);
    CHECK(index.position(offset) == Position{static_cast<int>(line + 1), column});
  }
  CHECK(index.position(text.find("end")) == Position{3, 1});
}
