#include "text/document.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>

using namespace mtlint;

TEST_CASE("invalid UTF-8 is an error naming line and column") {
  auto doc = make_document("a.txt", "first line\ncaf\xe9 au lait\n");
  REQUIRE_FALSE(doc.ok());
  CHECK(doc.error().format() ==
        "a.txt:2:4: error: invalid UTF-8 (byte 0xE9); convert the file to UTF-8 first");
}

TEST_CASE("NUL bytes mean a binary file") {
  auto doc = make_document("b.bin", std::string("ab\0cd", 5));
  REQUIRE_FALSE(doc.ok());
  CHECK(doc.error().format() ==
        "b.bin:1:3: error: binary file (NUL byte); only UTF-8 text can be checked");
}

TEST_CASE("a BOM is dropped and remembered") {
  auto doc = make_document("c.txt", "\xEF\xBB\xBFKyiv\r\n");
  REQUIRE(doc.ok());
  CHECK((*doc)->text() == "Kyiv\r\n");
  CHECK((*doc)->had_bom());
  CHECK((*doc)->lines().line_text(0) == "Kyiv");
}

TEST_CASE("load_document: stdin, missing file, directory, empty file") {
  std::istringstream in("from stdin\n");
  auto doc = load_document("-", in);
  REQUIRE(doc.ok());
  CHECK((*doc)->path() == "<stdin>");
  CHECK((*doc)->text() == "from stdin\n");

  auto missing = load_document("/nonexistent/mtlint/file.txt", in);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().format() ==
        "/nonexistent/mtlint/file.txt: error: cannot open: No such file or directory");

  auto dir = load_document(".", in);
  REQUIRE_FALSE(dir.ok());
  CHECK(dir.error().message == "is a directory");

  auto empty = make_document("e.txt", "");
  REQUIRE(empty.ok());
  CHECK((*empty)->text().empty());
}
