#include "engine/baseline.h"

#include <doctest/doctest.h>

using namespace mtlint;

namespace {

Diagnostic at(const Document& doc, std::string_view word, std::size_t from = 0) {
  Diagnostic d;
  d.span.begin = doc.text().find(word, from);
  d.span.end = d.span.begin + word.size();
  d.rule_id = "core.spelling";
  return d;
}

}  // namespace

TEST_CASE("fingerprints ignore line numbers but not the neighbourhood") {
  auto one = make_document("./a.txt", "Headline\n\nThe goverment said.\n\nOther text.\n");
  auto moved = make_document("a.txt", "Headline\n\nOther text.\n\nThe goverment said.\n");
  auto other = make_document("a.txt", "Headline\n\nA goverment fell.\n");
  REQUIRE((one.ok() && moved.ok() && other.ok()));
  CHECK(fingerprint(**one, at(**one, "goverment")) ==
        fingerprint(**moved, at(**moved, "goverment")));
  CHECK(fingerprint(**one, at(**one, "goverment")) !=
        fingerprint(**other, at(**other, "goverment")));
  Diagnostic other_rule = at(**one, "goverment");
  other_rule.rule_id = "core.other";
  CHECK(fingerprint(**one, at(**one, "goverment")) != fingerprint(**one, other_rule));
}

TEST_CASE("baseline: each recorded occurrence hides one finding; round trip through JSON") {
  auto doc = make_document("a.txt", "Teh cat.\nTeh cat.\n");
  REQUIRE(doc.ok());
  Baseline written;
  written.add(**doc, at(**doc, "Teh"));
  auto read = Baseline::parse(written.to_json(), "b.json");
  REQUIRE(read.ok());
  CHECK(read->size() == 1);
  CHECK(read->consume(**doc, at(**doc, "Teh")));
  CHECK_FALSE(read->consume(**doc, at(**doc, "Teh", 4)));  // the second, identical occurrence
  auto elsewhere = make_document("b.txt", "Teh cat.\n");
  REQUIRE(elsewhere.ok());
  auto again = Baseline::parse(written.to_json(), "b.json");
  REQUIRE(again.ok());
  CHECK_FALSE(again->consume(**elsewhere, at(**elsewhere, "Teh")));
}

TEST_CASE("baseline: malformed files are errors naming the file") {
  auto bad = Baseline::parse("{\"findings\": []}", "b.json");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().format() ==
        "b.json: error: not an mtlint baseline (no mtlint_baseline key); write one with "
        "--write-baseline");
  CHECK_FALSE(Baseline::parse("not json", "b.json").ok());
  CHECK_FALSE(Baseline::parse("{\"mtlint_baseline\": 99, \"findings\": []}", "b.json").ok());
  CHECK_FALSE(Baseline::load("/nonexistent/baseline.json").ok());
}
