// Behaviour of the rule kinds beyond what the shipped rules' examples show.
#include <doctest/doctest.h>

#include <string>

#include "rules/examples.h"
#include "rules/loader.h"
#include "rules/phrases.h"
#include "rules/regex.h"

using namespace mtlint;

namespace {

const Lexicon& lexicon() {
  static const std::unique_ptr<Lexicon> lex = [] {
    auto made = Lexicon::create(LexiconOptions{});
    REQUIRE(made.ok());
    return std::move(*made);
  }();
  return *lex;
}

std::vector<Diagnostic> run(const std::string& rule_text, const std::string& text) {
  auto rule = load_rule_text(rule_text, "r.toml", "t.r");
  REQUIRE_MESSAGE(rule.ok(), (rule.ok() ? "" : rule.error().format()));
  auto seg = Segmenter::create();
  REQUIRE(seg.ok());
  return run_rule(**rule, lexicon(), **seg, text);
}

// The text a finding flags.
std::string flagged(std::string_view text, const Diagnostic& d) {
  return std::string(text.substr(d.span.begin, d.span.size()));
}

}  // namespace

TEST_CASE("pattern: a bad regex names ICU's reason and points into the TOML string") {
  auto bad = load_rule_text("kind = \"pattern\"\nmessage = \"m\"\npatterns = ['ok', 'a(b']\n",
                            "r.toml", "t.r");
  REQUIRE_FALSE(bad.ok());
  // The string starts at column 19; ICU stops at offset 3 of the pattern.
  CHECK(bad.error().format() ==
        "r.toml:3:23: error: bad regular expression 'a(b': U_REGEX_MISMATCHED_PAREN at offset 3 "
        "of the pattern");
  auto group = load_rule_text("kind = \"pattern\"\nmessage = \"m\"\npatterns = 'a(b)'\nmark = 2\n",
                              "r.toml", "t.r");
  REQUIRE_FALSE(group.ok());
  CHECK(group.error().message == "group 2 does not exist in 'a(b)'");
  auto scope = load_rule_text(
      "kind = \"pattern\"\nmessage = \"m\"\npatterns = 'a'\nscope = 'page'\n", "r.toml", "t.r");
  REQUIRE_FALSE(scope.ok());
  CHECK(scope.error().format() ==
        "r.toml:4:9: error: 'scope' must be line, sentence, paragraph or document");
}

TEST_CASE("pattern: captures fill message and fix; antipatterns excuse; URLs are skipped") {
  const std::string rule =
      "kind = \"pattern\"\nmessage = \"'{1}' then '{2|none}' -> {fix}\"\n"
      "patterns = '(\\p{L}+)-(\\d+)?x'\nfix = '{^1}{2|0}'\nantipatterns = 'skip-x'\n";
  auto found = run(rule, "abc-12x and def-x and skip-x and https://e.org/ghi-x");
  REQUIRE(found.size() == 2);
  CHECK(found[0].message == "'abc' then '12' -> Abc12");
  CHECK(found[1].message == "'def' then 'none' -> Def0");
  CHECK(found[1].fixes.at(0).replacement == "Def0");
}

TEST_CASE("pattern: {N:map} in a fix looks group N up in the map; no fix when it is not there") {
  const std::string rule =
      "kind = \"pattern\"\nmessage = \"'{0}' -> '{fix}'\"\n"
      "patterns = '(\\d+) (?:de )?(\\p{L}+)'\nfix = '{1} {2:map}'\n"
      "[map]\nenero = 'January'\n";
  auto found = run(rule, "on 12 de enero and on 3 nada");
  REQUIRE(found.size() == 2);
  CHECK(found[0].message == "'12 de enero' -> '12 January'");
  CHECK(found[0].fixes.at(0).replacement == "12 January");
  CHECK(found[1].fixes.empty());
  // The group must exist.
  auto bad = load_rule_text(
      "kind = \"pattern\"\nmessage = \"m\"\npatterns = '(a)'\nfix = '{2:map}'\n[map]\na = 'b'\n",
      "r.toml", "t.r");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().message == "group 2 of '{2:map}' does not exist in '(a)'");
  // A group number too long for any regex is no op: the rule loads, the text stays as written.
  auto huge = load_rule_text(
      "kind = \"pattern\"\nmessage = \"m\"\npatterns = '(a)'\nfix = '{99999999999999:map}'\n"
      "[map]\na = 'b'\n",
      "r.toml", "t.r");
  CHECK(huge.ok());
}

TEST_CASE("pattern: antipatterns of one line excuse each match they overlap, line by line") {
  // Many matches on one long line and on the lines around it: the antipatterns are found once
  // per line, and each match is excused only by those of its own line.
  const std::string rule =
      "kind = \"pattern\"\nmessage = \"m\"\npatterns = '\\bx\\d+'\n"
      "antipatterns = ['not x\\d+', 'x7$']\n";
  std::string text = "x1 not x2\n";
  std::string expected = "x1,";
  for (int i = 0; i < 2000; ++i) {
    const int n = 10 + i;
    text += (i % 3 == 0 ? "not x" : "x") + std::to_string(n) + " ";
    if (i % 3 != 0) expected += "x" + std::to_string(n) + ",";
  }
  text += "x7\nx7 and x8 not x9 x7\n\nx5";
  expected += "x7,x8,x5,";
  std::string got;
  for (const Diagnostic& d : run(rule, text)) got += text.substr(d.span.begin, d.span.size()) + ",";
  CHECK(got == expected);
}

TEST_CASE("pattern: scope anchors ^ and $ to lines, sentences or the document") {
  const std::string text = "One two. Three four.\nFive six.";
  auto count = [&](const std::string& scope) {
    return run("kind = \"pattern\"\nmessage = \"m\"\npatterns = '^\\p{Lu}\\p{Ll}+'\nscope = '" +
                   scope + "'\n",
               text)
        .size();
  };
  CHECK(count("line") == 2);
  CHECK(count("sentence") == 3);
  CHECK(count("document") == 1);
}

TEST_CASE("phrases: word-bounded, case-aware, longest match, several suggestions") {
  const std::string rule =
      "kind = \"phrases\"\n[phrases]\n\"study time\" = \"reading time\"\n\"time\" = \"hour\"\n"
      "\"colour\" = [\"color\", \"hue\"]\n";
  auto found = run(rule, "Study time. STUDY TIME. study  time. overtime. colour.");
  REQUIRE(found.size() == 4);
  CHECK(found[0].fixes.at(0).replacement == "Reading time");
  CHECK(found[0].message == "write 'Reading time' for 'Study time'");
  CHECK(found[1].fixes.at(0).replacement == "READING TIME");
  CHECK(found[2].fixes.at(0).replacement == "reading time");
  CHECK(found[3].fixes.size() == 2);
  CHECK(match_case("Kyiv", "kyiv") == "Kyiv");

  auto sensitive = run("kind = \"phrases\"\ncase_sensitive = true\n[phrases]\nRusia = \"Russia\"\n",
                       "Rusia and RUSIA and rusia");
  CHECK(sensitive.size() == 1);
  auto empty = load_rule_text("kind = \"phrases\"\n", "r.toml", "t.r");
  REQUIRE_FALSE(empty.ok());
  CHECK(empty.error().message == "a phrases rule needs a '[phrases]' table");
}

TEST_CASE("phrases: a table of 20,000 rows loads and matches") {
  std::string rule = "kind = \"phrases\"\n[phrases]\n";
  for (int i = 0; i < 20000; ++i) {
    rule += "\"wrong" + std::to_string(i) + " phrase\" = \"right" + std::to_string(i) + "\"\n";
  }
  auto found = run(rule, "A wrong19999 phrase and a wrong7 phrase, not wrong7.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].fixes.at(0).replacement == "right19999");
}

TEST_CASE("repetition: doubled words, sentences and paragraphs") {
  auto words = run("kind = \"repetition\"\nallow = [\"had\"]\n",
                   "the the cat had had it, no no no, Bora Bora, the\nthe end");
  REQUIRE(words.size() == 1);
  CHECK(words[0].span == Span{0, 7});
  auto sentences = run("kind = \"repetition\"\nunit = \"sentence\"\nmin_words = 2\n",
                       "We met today. We met today. We left.");
  CHECK(sentences.size() == 1);
  auto paragraphs = run("kind = \"repetition\"\nunit = \"paragraph\"\nmin_words = 2\n",
                        "A long line\n\nOther text\n\nA  long line\n");
  REQUIRE(paragraphs.size() == 1);
  CHECK(paragraphs[0].fixes.at(0).replacement.empty());
}

TEST_CASE("boilerplate: whole lines only, word limit, links under a heading") {
  const std::string rule =
      "kind = \"boilerplate\"\nmax_words = 5\nlines = 'share( this)?'\n"
      "headers = 'related:'\nmax_links = 1\n";
  auto found = run(rule, "Share\nshare this now\nRelated:\nA headline here\nSecond headline\n");
  REQUIRE(found.size() == 3);
  CHECK(found[0].span == Span{0, 5});
  CHECK(found[2].message == "'A headline here' is web-page furniture; delete the line");
}

TEST_CASE("foreign: non-Latin runs, brackets deleted, Latin diacritics left alone") {
  auto found = run("kind = \"foreign\"\n", "the 拘留 of; [Росія] and Erdoğan, Đà Nẵng, 5 °C.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].message == "'拘留' is in the Han script; translate it");
  CHECK(found[0].fixes.empty());
  CHECK(found[1].fixes.at(0).replacement.empty());
  auto missing =
      load_rule_text("kind = \"foreign\"\ndictionaries = [\"xx_XX\"]\n", "r.toml", "t.r");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().line == 2);
}

TEST_CASE("fill_template: groups, capitals and fallbacks") {
  const std::string text = "ab";
  const std::vector<Span> groups = {{0, 2}, {0, 1}, {kNoGroup, kNoGroup}};
  CHECK(fill_template("{0}|{^1}|{2|z}|{match}|{9}|{x}", text, groups) == "ab|A|z|ab|{9}|{x}");
  // Replacement inside a group: every occurrence, longer and shorter, none, and malformed forms
  // left as written.
  const std::string number = "1.250.000";
  const std::vector<Span> whole{{0, number.size()}};
  CHECK(fill_template("{0/./,}", number, whole) == "1,250,000");
  CHECK(fill_template("{0/.//}", number, whole) == "{0/.//}");
  CHECK(fill_template("{0/./}", number, whole) == "1250000");
  CHECK(fill_template("{0/.0/#}", number, whole) == "1.250#00");
  CHECK(fill_template("{0/x/y}", number, whole) == "1.250.000");
  CHECK(fill_template("{0//,}", number, whole) == "{0//,}");
  CHECK(fill_template("{^0/1/one }", number, whole) == "One .250.000");
}

TEST_CASE("fill_template: a number as an English ordinal") {
  const std::string text = "1 2 3 4 11 12 13 21 22 23 101 111 x";
  std::vector<Span> groups{{0, text.size()}};
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = text.find(' ', at);
    if (end == std::string::npos) end = text.size();
    groups.push_back({at, end});
    at = end + 1;
  }
  std::string out;
  for (int g = 1; g <= 13; ++g) {
    out += fill_template("{" + std::to_string(g) + ":ordinal} ", text, groups);
  }
  CHECK(out == "1st 2nd 3rd 4th 11th 12th 13th 21st 22nd 23rd 101st 111th {13:ordinal} ");
}

TEST_CASE("fill_template: conditional text and numeral units") {
  const std::string text = "35\xE4\xB8\x87|2\xE4\xBA\xBF|x";  // "35万|2亿|x"
  // Groups: 1 "35", 2 "万", 3 "2", 4 "亿", 5 "x", 6 not taking part, 7 empty.
  const std::vector<Span> groups = {{0, text.size()},     {0, 2}, {2, 5}, {6, 7}, {7, 10}, {11, 12},
                                    {kNoGroup, kNoGroup}, {5, 5}};
  CHECK(fill_template("{1*2}", text, groups) == "350,000");
  CHECK(fill_template("{3*4}", text, groups) == "200 million");
  CHECK(fill_template("{1*5}|{1*9}|{5*2}", text, groups) == "{1*5}|{1*9}|{5*2}");
  CHECK(fill_template("{1*2}{6? yuan}{7? yuan}{5? yuan}", text, groups) == "350,000 yuan");
  CHECK(fill_template("{9?x}{a?x}{6?}", text, groups) == "{9?x}{a?x}");
}

TEST_CASE("fill_template: digits of other scripts written in ASCII") {
  // "٢٠|٣٫٥|۱۴۰۳|２０|x": Arabic-Indic, with the Arabic decimal separator, Persian, full-width.
  const std::string text =
      "\xD9\xA2\xD9\xA0|\xD9\xA3\xD9\xAB\xD9\xA5|\xDB\xB1\xDB\xB4\xDB\xB0\xDB\xB3|"
      "\xEF\xBC\x92\xEF\xBC\x90|x";
  const std::vector<Span> groups = {
      {0, text.size()}, {0, 4}, {5, 11}, {12, 20}, {21, 27}, {28, 29}, {kNoGroup, kNoGroup}};
  CHECK(fill_template("{1#}|{2#}|{3#}|{4#}|{5#}", text, groups) == "20|3.5|1403|20|x");
  CHECK(fill_template("{6#}{0/x/y}#", text, groups).find('#') == text.size());
  CHECK(fill_template("{9#}|{a#}|{#}", text, groups) == "{9#}|{a#}|{#}");
}

TEST_CASE("scaled_number: exact decimals, English separators and large-number words") {
  CHECK(scaled_number("35", 4) == "350,000");
  CHECK(scaled_number("3.5", 4) == "35,000");
  CHECK(scaled_number("1.23456", 4) == "12,345.6");
  CHECK(scaled_number("0.5", 4) == "5,000");
  CHECK(scaled_number("007", 3) == "7,000");
  CHECK(scaled_number("100", 4) == "1 million");
  CHECK(scaled_number("3456", 4) == "34.56 million");
  CHECK(scaled_number("2", 8) == "200 million");
  CHECK(scaled_number("1.25", 8) == "125 million");
  CHECK(scaled_number("15", 8) == "1.5 billion");
  CHECK(scaled_number("12000", 8) == "1.2 trillion");
  CHECK(scaled_number("2", 12) == "2 trillion");
  CHECK(scaled_number("2500000", 12) == "2,500,000 trillion");
  CHECK(scaled_number("0", 4) == "0");
  CHECK_FALSE(scaled_number("", 4));
  CHECK_FALSE(scaled_number("3,5", 4));
  CHECK_FALSE(scaled_number("3.5.1", 4));
  CHECK_FALSE(scaled_number(".5", 4));
  CHECK_FALSE(scaled_number("5", -1));
}

TEST_CASE("foreign: glossary terms get their English; a malformed glossary names its line") {
  const std::string rule =
      "kind = \"foreign\"\nscripts = true\n"
      "[glossary.Italian]\nsindaco = \"mayor\"\n\"Camera dei Deputati\" = \"Chamber of Deputies\"\n"
      "[glossary.Chinese]\n\"拘留\" = \"detention\"\n";
  auto found = run(rule,
                   "Sindaco Rossi spoke.\nThe sindaco and the Camera dei Deputati met; the 拘留 "
                   "ended. Mr Sindaco and the camera dei deputati left.\n");
  REQUIRE(found.size() == 4);
  CHECK(found[0].fixes.at(0).replacement == "Mayor");  // capitalised at a sentence start
  CHECK(found[1].fixes.at(0).replacement == "mayor");
  CHECK(found[2].fixes.at(0).replacement == "Chamber of Deputies");
  CHECK(found[3].fixes.at(0).replacement == "detention");
  CHECK(found[2].message == "'Camera dei Deputati' looks Italian; translate it");

  auto not_table =
      load_rule_text("kind = \"foreign\"\n[glossary]\nItalian = \"sindaco\"\n", "r.toml", "t.r");
  REQUIRE_FALSE(not_table.ok());
  CHECK(not_table.error().line == 3);
  auto not_string =
      load_rule_text("kind = \"foreign\"\n[glossary.Italian]\nsindaco = 3\n", "r.toml", "t.r");
  REQUIRE_FALSE(not_string.ok());
  CHECK(not_string.error().format() ==
        "r.toml:3:11: error: glossary term 'sindaco' needs its English as a string");
  auto no_word = load_rule_text("kind = \"foreign\"\n[glossary.Italian]\n\"  \" = \"blank\"\n",
                                "r.toml", "t.r");
  REQUIRE_FALSE(no_word.ok());
  CHECK(no_word.error().format() == "r.toml:3:8: error: glossary term '  ' has no word");
}

TEST_CASE("foreign: a sentence the source language reads whole is one finding, to its full stop") {
  const std::string rule =
      "kind = \"foreign\"\nscripts = false\ndictionaries = [\"de_DE\", \"fr\"]\n";
  const std::string text =
      "The company reported results. Die Aktie schloss am Freitag mit einem Minus von rund zwei "
      "Prozent. Analysts were calm.";
  auto found = run(rule, text);
  REQUIRE(found.size() == 1);
  CHECK(flagged(text, found[0]) ==
        "Die Aktie schloss am Freitag mit einem Minus von rund zwei Prozent.");
  // A clause inside an English sentence stays a clause.
  const std::string clause =
      "Several capitals doubt it, selon un diplomate balte, because the question will return.";
  auto inside = run(rule, clause);
  REQUIRE(inside.size() == 1);
  CHECK(flagged(clause, inside[0]) == "selon un diplomate balte");
  // An acronym is every language's, like a number.
  const std::string acronym =
      "The ministry agreed. A vacina será oferecida gratuitamente pelo SUS. Clinics opened.";
  auto pt = run("kind = \"foreign\"\nscripts = false\ndictionaries = [\"pt_PT\"]\n", acronym);
  REQUIRE(pt.size() == 1);
  CHECK(flagged(acronym, pt[0]) == "A vacina será oferecida gratuitamente pelo SUS.");
}

TEST_CASE("foreign: a sentence in a language without a dictionary, by its letters and words") {
  const std::string rule = "kind = \"foreign\"\nscripts = false\nsentences = true\n";
  const std::string text =
      "Talks went on. Konuya ilişkin resmi bir açıklama henüz yapılmadı. Analiștii se așteaptă "
      "la tensiuni între președinte și guvern. Officials met.";
  auto found = run(rule, text);
  REQUIRE(found.size() == 2);
  CHECK(flagged(text, found[0]) == "Konuya ilişkin resmi bir açıklama henüz yapılmadı.");
  CHECK(found[0].message ==
        "'Konuya ilişkin resmi bir açıklama henüz yapılmadı.' looks "
        "Turkish; translate it");
  CHECK(found[1].message.ends_with("looks Romanian; translate it"));
  // English with a few accented loans and names is English.
  CHECK(run(rule,
            "The café owner in Besiktaş, a naïve fan of Fenerbahçe, said the façade of the "
            "İstanbul stadium needed work.")
            .empty());
}

TEST_CASE("foreign: many single words of one language are the article's subject, kept as notes") {
  const std::string rule = "kind = \"foreign\"\nscripts = false\ndictionaries = [\"es_ES\"]\n";
  const std::string few = "The chef served lenguado with rice and a glass of chicha at noon.";
  auto one = run(rule, few);
  REQUIRE_FALSE(one.empty());
  for (const Diagnostic& d : one) CHECK(d.severity == Severity::warning);
  const std::string menu =
      "Lunch brought lenguado with rice, then chirimoya for dessert. Guests drank pisco, ate "
      "picarones and pachamanca, and praised the suspiro and the arroz of the house, with "
      "mazamorra to finish.";
  auto many = run(rule, menu);
  REQUIRE(many.size() >= 6);
  for (const Diagnostic& d : many) CHECK(d.severity == Severity::info);
}
