// The names rule kind on a small name table of its own: which words make one finding.
#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "rules/examples.h"
#include "rules/loader.h"
#include "rules/name_context.h"

using namespace mtlint;

namespace {

// Curated variants only (no native forms), so that nothing but this table decides.
constexpr const char* kTable =
    "canonical\tkind\tnative\tvariants\troles\ttests\n"
    "Joe Biden\tperson\t\tDzho Baiden (back-transliteration)\tPresident of the United States\t\n"
    "Sergei Shoigu\tperson\t\tSerguéi Shoigú (Spanish)\tSecretary of the Security Council\t\n"
    "Volodymyr Zelensky\tperson\t\tWolodymyr Selenskyj (German)\tPresident of Ukraine\t\n"
    "Kyiv\tplace\t\tKiew (German)\t\t\n"
    "Kharkiv\tplace\t\tCharkiw (German)\t\t\n"
    "Nizhny Novgorod\tplace\t\tNischni Nowgorod (German)\t\t\n"
    "Frankfurt am Main\tplace\t\tFrankfurth am Mayn (archaic)\t\t\n"
    "Cape Town\tplace\t\tCidade do Cabo (Portuguese exonym); Città del Capo (Italian exonym); "
    "Kapstadt (German exonym)\t\t\n"
    "Bashar al-Assad\tperson\t\tBachar al-Assad (French)\tPresident of Syria\t\n";

const Lexicon& lexicon() {
  static const std::unique_ptr<Lexicon> lex = [] {
    const std::string path =
        std::string(P_tmpdir) + "/mtlint_names_rule_test_" + std::to_string(::getpid()) + ".tsv";
    std::ofstream(path, std::ios::binary) << kTable;
    LexiconOptions options;
    options.name_tables = {path};
    auto made = Lexicon::create(options);
    REQUIRE_MESSAGE(made.ok(), (made.ok() ? "" : made.error().format()));
    return std::move(*made);
  }();
  return *lex;
}

struct Found {
  std::string text;  // the flagged bytes
  std::string fix;   // the only fix, or "" when there is none or several
  std::string message;
};

std::vector<Found> run(const std::string& check, const std::string& text) {
  auto rule =
      load_rule_text("kind = \"names\"\ncheck = \"" + check + "\"\n", "r.toml", "names." + check);
  REQUIRE_MESSAGE(rule.ok(), (rule.ok() ? "" : rule.error().format()));
  auto seg = Segmenter::create();
  REQUIRE(seg.ok());
  std::vector<Found> out;
  for (const Diagnostic& d : run_rule(**rule, lexicon(), **seg, text)) {
    REQUIRE(d.span.end <= text.size());
    out.push_back({text.substr(d.span.begin, d.span.size()),
                   d.fixes.size() == 1 ? d.fixes[0].replacement : "", d.message});
  }
  return out;
}

}  // namespace

TEST_CASE("names.variant: two wrong words of one name are one finding with one fix") {
  const auto found = run("variant", "The US President Dzho Baiden met the press.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].text == "Dzho Baiden");
  CHECK(found[0].fix == "Joe Biden");
  CHECK(found[0].message ==
        "'Dzho Baiden' is the back-transliteration spelling of 'Joe Biden'; write 'Joe Biden'");

  const auto german = run("variant", "Wolodymyr Selenskyj sprach in Kyiv.");
  REQUIRE(german.size() == 1);
  CHECK(german[0].text == "Wolodymyr Selenskyj");
  CHECK(german[0].fix == "Volodymyr Zelensky");

  // Each word found on its own (no whole variant form), joined by a hyphen.
  const auto hyphen = run("variant", "The Nischni-Nowgorod plant was hit.");
  REQUIRE(hyphen.size() == 1);
  CHECK(hyphen[0].text == "Nischni-Nowgorod");
  CHECK(hyphen[0].fix == "Nizhny Novgorod");
}

TEST_CASE("names.variant: a canonical word between two wrong ones joins them") {
  const auto found = run("variant", "Banks in Frankfurth am Mayn closed.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].text == "Frankfurth am Mayn");
  CHECK(found[0].fix == "Frankfurt am Main");
  CHECK(found[0].message ==
        "'Frankfurth am Mayn' is the archaic spelling of 'Frankfurt am Main'; write 'Frankfurt am "
        "Main'");
}

TEST_CASE("names.variant: one wrong word beside a right one keeps its own, minimal finding") {
  const auto found = run("variant", "Defence chief Serguéi Shoigu arrived.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].text == "Serguéi");
  CHECK(found[0].fix == "Sergei");
  CHECK(found[0].message ==
        "'Serguéi' is the Spanish spelling of 'Sergei' (Sergei Shoigu); write 'Sergei'");

  const auto surname = run("variant", "President Volodymyr Selenskyj spoke.");
  REQUIRE(surname.size() == 1);
  CHECK(surname[0].text == "Selenskyj");
  CHECK(surname[0].fix == "Zelensky");
}

TEST_CASE("names.variant: names of two entities side by side stay two findings") {
  const auto space = run("variant", "In Kiew Selenskyj said the talks go on.");
  REQUIRE(space.size() == 2);
  CHECK(space[0].text == "Kiew");
  CHECK(space[0].fix == "Kyiv");
  CHECK(space[1].text == "Selenskyj");
  CHECK(space[1].fix == "Zelensky");

  const auto hyphen = run("variant", "The Kiew-Charkiw road reopened.");
  REQUIRE(hyphen.size() == 2);
  CHECK(hyphen[0].text == "Kiew");
  CHECK(hyphen[1].text == "Charkiw");
  CHECK(hyphen[1].fix == "Kharkiv");
}

TEST_CASE("names.variant: words of one name across a line break or punctuation stay apart") {
  const auto line_break = run("variant", "Drones struck Nischni\nNowgorod overnight.");
  REQUIRE(line_break.size() == 2);
  CHECK(line_break[0].text == "Nischni");
  CHECK(line_break[0].fix == "Nizhny");
  CHECK(line_break[1].text == "Nowgorod");
  CHECK(line_break[1].fix == "Novgorod");

  CHECK(run("variant", "Drones struck Nischni, Nowgorod and Kyiv.").size() == 2);
  CHECK(run("variant", "Drones struck Nischni  Nowgorod.").size() == 2);
  // Out of order, the canonical text of the span is not the name: no merged fix.
  CHECK(run("variant", "Drones struck Nowgorod Nischni.").size() == 2);
}

TEST_CASE("names.variant: a variant of three or four words is one finding with the whole name") {
  const auto found =
      run("variant", "They flew from Cidade do Cabo to Kapstadt, not Città del Capo.\n");
  REQUIRE(found.size() == 3);
  CHECK(found[0].text == "Cidade do Cabo");
  CHECK(found[0].fix == "Cape Town");
  CHECK(found[0].message ==
        "'Cidade do Cabo' is the Portuguese exonym of 'Cape Town'; write 'Cape Town'");
  CHECK(found[1].text == "Kapstadt");
  CHECK(found[2].text == "Città del Capo");
  // Only the known form: the same words otherwise arranged, or split by a line, are not it.
  CHECK(run("variant", "Cidade do Rio and the Cabo.\n").empty());
  CHECK(run("variant", "Cidade do\nCabo\n").empty());
}

TEST_CASE("names.variant: a given name before a hyphenated surname") {
  const auto found = run("variant", "Bachar al-Assad fled.\n");
  REQUIRE(found.size() == 1);
  CHECK(found[0].text == "Bachar");
  CHECK(found[0].fix == "Bashar");
  CHECK(run("variant", "Bashar al-Assad fled.\n").empty());
  CHECK(run("variant", "Bachar Mansour spoke.\n").empty());  // a given name alone is no one's
}

TEST_CASE("names: the article's lower-case text lowers ASCII directly and other pieces by ICU") {
  CHECK(lower_by_piece("") == "");
  CHECK(lower_by_piece("The US Secretary of State\n") == "the us secretary of state\n");
  // Pieces with other characters go through to_lower(), whatever surrounds them.
  const std::string mixed = "ÉLYSÉE said:\tKULEBA and İSTANBUL, then ŒUVRE @[A-Z]\n";
  std::string expected;
  std::size_t at = 0;
  while (at < mixed.size()) {
    std::size_t end = at;
    const bool space = mixed[at] == ' ' || mixed[at] == '\t' || mixed[at] == '\n';
    while (end < mixed.size() &&
           (mixed[end] == ' ' || mixed[end] == '\t' || mixed[end] == '\n') == space) {
      ++end;
    }
    expected += to_lower(mixed.substr(at, end - at));
    at = end;
  }
  CHECK(lower_by_piece(mixed) == expected);
  CHECK(lower_by_piece("ABC ÉTÉ") == "abc été");
  // Every ASCII byte: only A-Z change.
  std::string ascii;
  for (int c = 1; c < 0x80; ++c) ascii += static_cast<char>(c);
  std::string lowered = ascii;
  for (char& c : lowered) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  CHECK(lower_by_piece(ascii) == lowered);
}

TEST_CASE("names.consistency: each spelling meets the 1,000 spellings of its letter after it") {
  // Thousands of made-up names of one letter (a name index, not an article): a pair of
  // near spellings is still found when few names sort between them, and the pairs compared
  // stay linear in the number of names.
  auto filler = [](char first, int count) {
    std::string text;
    for (int i = 0; i < count; ++i) {
      std::string name(1, first);
      for (int n = i + 26 * 26 * 26; n > 0; n /= 26) name += static_cast<char>('a' + n % 26);
      text += name + (i % 8 == 7 ? " came.\n\n" : ", ");
    }
    return text + "and others came.\n\n";
  };
  const std::string pair =
      "Tsikhanouskaya spoke first. Later Tikhanovskaya left, and Tsikhanouskaya returned.\n\n";
  // 'Tsikhanouskaya' and 'Tikhanovskaya' sort apart by the T-names between 'Ti' and 'Ts'.
  const auto near = run("consistency", filler('Q', 3000) + pair);
  REQUIRE(near.size() == 1);
  CHECK(near[0].text == "Tikhanovskaya");
  const auto far = run("consistency", filler('T', 3000) + pair);
  CHECK(far.empty());
}

TEST_CASE("names.garbled: a malformed surname_words table is an error with its place") {
  auto not_table = load_rule_text(
      "kind = \"names\"\ncheck = \"garbled\"\n[surname_words]\nItalian = \"conte\"\n", "r.toml",
      "t.r");
  REQUIRE_FALSE(not_table.ok());
  CHECK(not_table.error().line == 4);
  auto not_string =
      load_rule_text("kind = \"names\"\ncheck = \"garbled\"\n[surname_words.Italian]\nConte = 3\n",
                     "r.toml", "t.r");
  REQUIRE_FALSE(not_string.ok());
  CHECK(not_string.error().format() ==
        "r.toml:4:9: error: surname 'Conte' needs its English as a string");
}
