#include "engine/suppress.h"

#include <doctest/doctest.h>

using namespace mtlint;

namespace {

Diagnostic at(std::string_view text, std::string_view what, std::string rule) {
  Diagnostic d;
  d.span.begin = text.find(what);
  d.span.end = d.span.begin + what.size();
  d.rule_id = std::move(rule);
  return d;
}

std::vector<std::string> ids(const std::vector<Diagnostic>& found) {
  std::vector<std::string> out;
  for (const auto& d : found) out.push_back(d.rule_id);
  return out;
}

}  // namespace

TEST_CASE("suppress: directives are read from HTML comments only") {
  const auto d = find_directives(
      "a <!-- mtlint-disable mt.a, mt.b --> b <!-- note --> <!--mtlint-enable-->\n"
      "<!-- mtlint-disable-next-line -->\n<!-- mtlint-disabled x -->");
  REQUIRE(d.size() == 3);
  CHECK(d[0].kind == Directive::Kind::disable);
  CHECK(d[0].rules == std::vector<std::string>{"mt.a", "mt.b"});
  CHECK(d[1].kind == Directive::Kind::enable);
  CHECK(d[1].rules.empty());
  CHECK(d[2].kind == Directive::Kind::disable_next_line);
}

TEST_CASE("suppress: selectors match ids, packs and star prefixes") {
  CHECK(selector_matches("mt.drop-cap", "mt.drop-cap"));
  CHECK(selector_matches("mt", "mt.drop-cap"));
  CHECK(selector_matches("mt.foreign-*", "mt.foreign-words"));
  CHECK(selector_matches("", "mt.drop-cap"));
  CHECK_FALSE(selector_matches("mt.drop", "mt.drop-cap"));
  CHECK_FALSE(selector_matches("m", "mt.drop-cap"));
}

TEST_CASE("suppress: block, next-line, unused, and findings inside a directive") {
  const std::string text =
      "bad one\n"
      "<!-- mtlint-disable mt.x -->\n"
      "bad two\n"
      "<!-- mtlint-enable mt.x -->\n"
      "bad three\n"
      "<!-- mtlint-disable-next-line mt.y -->\n"
      "bad four\n"
      "<!-- mtlint-disable-next-line mt.z -->\n"
      "bad five\n";
  auto doc = make_document("t.md", text);
  REQUIRE(doc.ok());
  std::vector<Diagnostic> found = {
      at(text, "bad one", "mt.x"),  at(text, "bad two", "mt.x"),
      at(text, "bad two", "mt.y"),  at(text, "bad three", "mt.x"),
      at(text, "bad four", "mt.y"), at(text, "mtlint-enable", "core.spelling"),
      at(text, "bad five", "mt.x")};
  apply_suppressions(**doc, found);
  // mt.x on "bad two" and mt.y on "bad four" go, so does the finding inside a directive; the
  // next-line directive for mt.z suppressed nothing and is reported.
  CHECK(ids(found) ==
        std::vector<std::string>{"mt.x", "mt.y", "mt.x", "suppression.unused", "mt.x"});
  CHECK(found[3].severity == Severity::info);
  CHECK(found[3].message ==
        "'<!-- mtlint-disable-next-line mt.z -->' suppresses no finding; "
        "remove it");
}

TEST_CASE("suppress: a disable without rules and without enable covers the rest") {
  const std::string text = "ok\n<!-- mtlint-disable -->\nbad\n";
  auto doc = make_document("t.txt", text);
  REQUIRE(doc.ok());
  std::vector<Diagnostic> found = {at(text, "ok", "mt.a"), at(text, "bad", "mt.b")};
  apply_suppressions(**doc, found);
  CHECK(ids(found) == std::vector<std::string>{"mt.a"});
}
