#include <doctest/doctest.h>

#include "eval/baseline.h"
#include "eval/gold.h"
#include "eval/score.h"

using namespace mtlint;

namespace {

Article article_with(std::vector<GoldRow> gold, bool clean = false) {
  Article a;
  a.id = "t";
  a.text_path = "t.txt";
  a.gold_path = "t.gold.tsv";
  a.gold = std::move(gold);
  a.clean = clean;
  return a;
}

EvalFinding at(std::string_view text, std::string_view flagged, std::string kind,
               std::optional<std::string> fix = std::nullopt) {
  const std::size_t b = text.find(flagged);
  REQUIRE(b != std::string_view::npos);
  EvalFinding f{Span{b, b + flagged.size()}, std::move(kind), std::nullopt, "r"};
  if (fix) f.fix = std::make_pair(f.span, *fix);
  return f;
}

}  // namespace

TEST_CASE("parse_gold reads rows and rejects malformed ones") {
  auto rows = parse_gold(
      "line\ttext\tkind\tfix\n3\tKouleba\tname\tKuleba\n5\tSource link\tboilerplate\t\n", "g");
  REQUIRE(rows);
  REQUIRE(rows->size() == 2);
  CHECK((*rows)[0].line == 3);
  CHECK((*rows)[0].text == "Kouleba");
  CHECK((*rows)[1].fix.empty());
  CHECK((*rows)[1].file_line == 3);

  CHECK(parse_gold("line\ttext\tkind\n", "g").error().format() ==
        "g:1:1: error: the first line must be the header 'line<TAB>text<TAB>kind<TAB>fix'");
  CHECK(parse_gold("line\ttext\tkind\tfix\nx\tA\tname\tB\n", "g").error().format() ==
        "g:2:1: error: 'x' is not a line number");
  CHECK(parse_gold("line\ttext\tkind\tfix\n1\tA\tstyle\tB\n", "g").error().format() ==
        "g:2:1: error: unknown kind 'style'");
  CHECK(parse_gold("line\ttext\tkind\tfix\n1\tA\tname\n", "g").error().format() ==
        "g:2:1: error: a gold row needs exactly 4 tab-separated fields");
}

TEST_CASE("count_words counts tokens with a letter or digit") {
  CHECK(count_words("") == 0);
  CHECK(count_words("Kyiv – 3,5 % of the“ vote") == 6);
  CHECK(count_words("Zełenski\n\nsaid.") == 2);
}

TEST_CASE("score_article matches findings to gold rows by line and overlap") {
  const std::string text = "Headline\n\nMr Kouleba said: the the talks\nKouleba left.\n";
  const Article a = article_with(
      {GoldRow{3, "Kouleba", "name", "Kuleba", 2}, GoldRow{3, "the the", "grammar", "the", 3}});
  std::vector<EvalFinding> findings{
      at(text, "Kouleba", "name", "Kuleba"),  // right, with the right fix
      at(text, "said", "spelling", "sad"),    // a false alarm
  };
  // The same word on another line is not the gold row.
  const std::size_t later = text.rfind("Kouleba");
  findings.push_back(EvalFinding{Span{later, later + 7}, "name", std::nullopt, "r"});
  Scores s;
  REQUIRE(score_article(a, text, findings, s));
  CHECK(s.by_kind["name"].gold == 1);
  CHECK(s.by_kind["name"].gold_found == 1);
  CHECK(s.by_kind["name"].findings == 2);
  CHECK(s.by_kind["name"].findings_correct == 1);
  CHECK(s.by_kind["name"].fixes_right == 1);
  CHECK(s.by_kind["grammar"].gold_found == 0);
  CHECK(s.by_kind["spelling"].findings_correct == 0);
  const Tally all = s.overall();
  CHECK(all.precision() == doctest::Approx(1.0 / 3));
  CHECK(all.recall() == doctest::Approx(0.5));
  REQUIRE(s.missed.size() == 1);
  CHECK(s.missed[0].text == "the the");
  CHECK(s.false_alarms.size() == 2);
}

TEST_CASE("a finding of another kind still detects the gold row; its fix is compared by result") {
  const std::string text = "Read also: more news\nlThe war went on , said he.\n";
  const Article a = article_with({GoldRow{1, "Read also: more news", "boilerplate", "", 2},
                                  GoldRow{2, "lThe", "artefact", "The", 3},
                                  GoldRow{2, " ,", "typography", ",", 4}});
  // Deleting the debris line with its newline is the same edit as deleting its text.
  EvalFinding line{Span{0, 21}, "boilerplate", std::make_pair(Span{0, 21}, std::string()), "r"};
  // A spelling finding on "lThe" detects the artefact but proposes the wrong fix.
  EvalFinding drop = at(text, "lThe", "spelling", "Lathe");
  // Deleting only the space fixes " ," exactly as the gold row does.
  EvalFinding space = at(text, " ,", "typography");
  space.fix = std::make_pair(Span{space.span.begin, space.span.begin + 1}, std::string());
  Scores s;
  REQUIRE(score_article(a, text, {line, drop, space}, s));
  CHECK(s.overall().gold_found == 3);
  CHECK(s.overall().findings_correct == 3);
  CHECK(s.by_kind["boilerplate"].fixes_right == 1);
  CHECK(s.by_kind["spelling"].fixes_right == 0);
  CHECK(s.by_kind["spelling"].fixes_checked == 1);
  CHECK(s.by_kind["typography"].fixes_right == 1);
  REQUIRE(s.wrong_fixes.size() == 1);
  CHECK(s.wrong_fixes[0].text == "lThe");
}

TEST_CASE("findings on clean articles are false alarms per 1,000 words") {
  const std::string text = "Recep Tayyip Erdoğan met Nicușor Dan in Ankara.\n";
  Scores s;
  REQUIRE(score_article(article_with({}, true), text, {at(text, "Nicușor", "name")}, s));
  CHECK(s.clean_words == 8);
  CHECK(s.clean_findings == 1);
  CHECK(s.false_alarms_per_kilo_word() == doctest::Approx(125.0));
  CHECK(s.overall().precision() == 0.0);
  CHECK(s.overall().recall() == 1.0);
}

TEST_CASE("a gold text missing from its line is an error naming the gold row") {
  Scores s;
  const auto status =
      score_article(article_with({GoldRow{1, "Kiew", "name", "Kyiv", 2}}), "Kyiv\n", {}, s);
  REQUIRE_FALSE(status);
  CHECK(status.error().format() == "t.gold.tsv:2:1: error: 'Kiew' does not occur on line 1");
}

TEST_CASE("locate_words maps hunspell -l output to whole-word occurrences in order") {
  const std::string text = "The tehnology of teh day, teh end; Kouleba’s trip.";
  const auto found = locate_words(text, {"teh", "teh", "Kouleba’s", "absent"}, "hunspell");
  REQUIRE(found.size() == 3);
  CHECK(found[0].span.begin == text.find("teh "));
  CHECK(found[1].span.begin == text.find("teh end"));
  CHECK(found[0].kind == "spelling");
  CHECK(found[2].kind == "name");
  CHECK_FALSE(found[2].fix.has_value());
}

TEST_CASE("fixes are judged together with the findings that share their gold rows") {
  const std::string text = "Then Dzho Baiden met Olaf Sholts.\nLater Dzho Baiden left.\n";
  SUBCASE("two findings, one gold row for the whole name") {
    const Article a = article_with({GoldRow{1, "Dzho Baiden", "name", "Joe Biden", 2}});
    Scores s;
    REQUIRE(score_article(
        a, text, {at(text, "Dzho", "name", "Joe"), at(text, "Baiden", "name", "Biden")}, s));
    CHECK(s.by_kind["name"].fixes_checked == 2);
    CHECK(s.by_kind["name"].fixes_right == 2);
  }
  SUBCASE("one finding over the whole name, one gold row per word") {
    const Article a = article_with(
        {GoldRow{1, "Dzho", "name", "Joe", 2}, GoldRow{1, "Baiden", "name", "Biden", 3}});
    Scores s;
    REQUIRE(score_article(a, text, {at(text, "Dzho Baiden", "name", "Joe Biden")}, s));
    CHECK(s.by_kind["name"].gold_found == 2);
    CHECK(s.by_kind["name"].fixes_right == 1);
  }
  SUBCASE("a wrong half makes the pair wrong") {
    const Article a = article_with({GoldRow{1, "Dzho Baiden", "name", "Joe Biden", 2}});
    Scores s;
    REQUIRE(score_article(
        a, text, {at(text, "Dzho", "name", "Joe"), at(text, "Baiden", "name", "Baden")}, s));
    CHECK(s.by_kind["name"].fixes_right == 0);
    CHECK(s.wrong_fixes.size() == 2);
  }
  SUBCASE("a name fixed inside a line another finding deletes is judged on its own") {
    const std::string page = "Related\nSholts visits Kyiv\n";
    const Article a = article_with({GoldRow{2, "Sholts visits Kyiv", "boilerplate", "", 2}});
    EvalFinding line = at(page, "Sholts visits Kyiv", "boilerplate", "");
    Scores s;
    REQUIRE(score_article(a, page, {line, at(page, "Sholts", "name", "Scholz")}, s));
    CHECK(s.by_kind["boilerplate"].fixes_right == 1);
    CHECK(s.by_kind["name"].fixes_right == 0);
  }
}
