#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "rules/examples.h"
#include "rules/loader.h"
#include "rules/params.h"
#include "rules/regex.h"
#include "rules/shipped_regexes_test.h"
#include "rules/spelling.h"

using namespace mtlint;

namespace {

const Lexicon& test_lexicon() {
  static const std::unique_ptr<Lexicon> lexicon = [] {
    LexiconOptions options;
    options.word_lists = {
        std::string(MTLINT_SOURCE_DATA_DIR) + "/dictionaries/news-proper-nouns.txt",
        std::string(MTLINT_SOURCE_DATA_DIR) + "/dictionaries/news-words.txt"};
    options.name_tables = {std::string(MTLINT_SOURCE_DATA_DIR) + "/dictionaries/names.tsv"};
    options.translit_dir = std::string(MTLINT_SOURCE_DATA_DIR) + "/dictionaries/translit";
    auto made = Lexicon::create(options);
    REQUIRE(made.ok());
    return std::move(*made);
  }();
  return *lexicon;
}

std::unique_ptr<Segmenter> segmenter() {
  auto s = Segmenter::create();
  REQUIRE(s.ok());
  return std::move(*s);
}

}  // namespace

TEST_CASE("every shipped rule loads and its examples behave as declared") {
  auto rules = load_rule_dir(std::string(MTLINT_SOURCE_DATA_DIR) + "/rules");
  REQUIRE_MESSAGE(rules.ok(), (rules.ok() ? "" : rules.error().format()));
  REQUIRE_FALSE(rules->empty());
  auto seg = segmenter();
  for (const auto& rule : *rules) {
    CAPTURE(rule->info().id);
    int fire = 0, pass = 0;
    for (const Example& e : rule->info().examples) (e.fires ? fire : pass)++;
    CHECK_MESSAGE(fire >= 1, rule->info().id << " needs an example that fires");
    CHECK_MESSAGE(pass >= 1, rule->info().id << " needs an example that must not fire");
    for (const std::string& failure : verify_examples(*rule, test_lexicon(), *seg)) {
      FAIL_CHECK(failure);
    }
  }
}

TEST_CASE("rule files: unknown keys, wrong types and unknown kinds are located errors") {
  auto unknown_key = load_rule_text("kind = \"spelling\"\nsevrity = \"info\"\n", "r.toml", "x.y");
  REQUIRE_FALSE(unknown_key.ok());
  CHECK(unknown_key.error().format() == "r.toml:2:1: error: unknown key 'sevrity'");

  auto kind_key = load_rule_text("kind = \"spelling\"\nreport = \"typo\"\n", "r.toml", "x.y");
  REQUIRE_FALSE(kind_key.ok());
  CHECK(kind_key.error().message == "'report' must be \"typos\" or \"unknown-names\"");

  auto bad_kind = load_rule_text("kind = \"speling\"\n", "r.toml", "x.y");
  REQUIRE_FALSE(bad_kind.ok());
  CHECK(bad_kind.error().format().starts_with("r.toml:1:8: error: unknown rule kind 'speling'"));

  auto bad_type = load_rule_text("kind = \"spelling\"\nenabled = \"yes\"\n", "r.toml", "x.y");
  REQUIRE_FALSE(bad_type.ok());
  CHECK(bad_type.error().format() == "r.toml:2:11: error: 'enabled' must be true or false");

  auto syntax = load_rule_text("kind = \n", "r.toml", "x.y");
  REQUIRE_FALSE(syntax.ok());
  CHECK(syntax.error().line == 1);
}

TEST_CASE("spelling: typos, lower-case proper nouns, sentence-start capitals, names") {
  auto rule = load_rule_text("kind = \"spelling\"\n", "s.toml", "core.spelling");
  REQUIRE(rule.ok());
  auto seg = segmenter();
  auto run = [&](const std::string& text) { return run_rule(**rule, test_lexicon(), *seg, text); };

  auto typo = run("The goverment met.");
  REQUIRE(typo.size() == 1);
  CHECK(typo[0].message == "'goverment' is not in the dictionary; did you mean 'government'?");
  // One suggestion, not also its capitalised twin, so that --fix can apply it.
  REQUIRE(typo[0].fixes.size() == 1);
  CHECK(typo[0].fixes[0].replacement == "government");

  auto lower = run("In an interview at kyiv’s request.");
  REQUIRE(lower.size() == 1);
  CHECK(lower[0].message == "'kyiv' is a proper noun: write 'Kyiv'");
  REQUIRE(lower[0].fixes.size() == 1);
  CHECK(lower[0].fixes[0].replacement == "Kyiv");

  CHECK(run("Government officials met in Kyiv and Beijing.").empty());
  CHECK(run("https://exmaple.org/wrng and mail@exmaple.com 3,5 NATOO").empty());
  CHECK(run("He met Zelesnky.").size() == 1);
  CHECK(run("He met Troost and Magda in İstanbul.").empty());  // names, not typos
  CHECK(run("Lee Jae-yong left Côte d’Ivoire.").empty());
  auto drop_cap = run("BDuring a meeting.");
  REQUIRE(drop_cap.size() == 1);
  CHECK(drop_cap[0].fixes.at(0).replacement == "During");
  CHECK(run("He met Qworzanekova.").empty());  // unknown name: not a typo

  // No English word near: a word of another language, reported as a note without a fix.
  auto far = run("They met in the mudhif by the river.");
  REQUIRE(far.size() == 1);
  CHECK(far[0].severity == Severity::info);
  CHECK(far[0].fixes.empty());
  // A British form one edit away and two letters swapped across a third are typos with a fix.
  auto british = run("The maneouvres ended.");
  REQUIRE(british.size() == 1);
  CHECK(british[0].severity == Severity::warning);
  REQUIRE(british[0].fixes.size() == 1);
  CHECK(british[0].fixes[0].replacement == "manoeuvres");
  auto swapped = run("The secutiry council met.");
  REQUIRE(swapped.size() == 1);
  CHECK(swapped[0].severity == Severity::warning);
  REQUIRE(swapped[0].fixes.size() == 1);
  CHECK(swapped[0].fixes[0].replacement == "security");
  // An acronym of the article in lower case.
  auto acronym = run("The Festival (FESPACO) opened. Critics say the fespaco has grown.");
  REQUIRE(acronym.size() == 1);
  REQUIRE(acronym[0].fixes.size() == 1);
  CHECK(acronym[0].fixes[0].replacement == "FESPACO");
  auto short_acronym = run("The XQZ team met; the xqz said no.");  // three letters: no acronym
  REQUIRE(short_acronym.size() == 1);
  CHECK(short_acronym[0].fixes.empty());

  auto names =
      load_rule_text("kind = \"spelling\"\nreport = \"unknown-names\"\nseverity = \"info\"\n",
                     "n.toml", "core.unknown-name");
  REQUIRE(names.ok());
  auto unknown = run_rule(**names, test_lexicon(), *seg, "He met Qworzanekova.");
  REQUIRE(unknown.size() == 1);
  CHECK(unknown[0].severity == Severity::info);
}

TEST_CASE("edit distance counts transpositions once") {
  CHECK(edit_distance("zelensky", "zelesnky") == 1);
  CHECK(edit_distance("kuleba", "kouleba") == 1);
  CHECK(edit_distance("kyiv", "kiev") == 2);
  CHECK(edit_distance("é", "e") == 1);
}

TEST_CASE("count_groups counts what ICU counts, on every shipped regex") {
  CHECK(count_groups("a(b)(?:c)(?<name>d)(?<=e)(?<!f)(?=g)") == 2);
  CHECK(count_groups("\\(x\\)[(](y)") == 1);
  CHECK(count_groups("[[a](]") == 0);
  CHECK(count_groups("\\Q(\\E") == -1);
  CHECK(count_groups("(?x) ( a ) # (b)") == -1);
  CHECK(count_groups("(?ix)(a)") == -1);
  std::size_t compared = 0;
  for (const auto& shipped : testing::shipped_sources()) {
    auto regex = Regex::compile(shipped.source, false, nullptr);  // groups as ICU counts them
    REQUIRE_MESSAGE(regex.ok(), shipped.source);
    CHECK_MESSAGE(count_groups(shipped.source) == (*regex)->groups(), shipped.source);
    ++compared;
  }
  CHECK(compared > 100);
}

TEST_CASE("a rule file loaded before unchanged is read from the memo; an edited one is parsed") {
  const auto root =
      std::filesystem::temp_directory_path() / ("mtlint_memo_" + std::to_string(::getpid()));
  std::filesystem::remove_all(root);
  std::filesystem::create_directories(root / "pack");
  const std::string good =
      "kind = \"pattern\"\nmessage = \"m\"\npatterns = '(t)he'\n"
      "[[examples]]\ntext = \"the\"\nfires = true\n[[examples]]\ntext = \"a\"\nfires = false\n";
  std::ofstream(root / "pack" / "r.toml") << good;
  const std::string memo_path = (root / "checked.txt").string();
  {
    RuleMemo memo(memo_path);
    auto rules = load_rule_dir(root.string(), &memo);
    REQUIRE(rules.ok());
    memo.save();
  }
  RuleMemo memo(memo_path);
  CHECK(memo.known(RuleMemo::hash_of(good)));
  auto again = load_rule_dir(root.string(), &memo);
  REQUIRE(again.ok());
  // Read from the memo (not parsed), the examples keep their lines.
  auto fresh = load_rule_dir(root.string());
  REQUIRE(fresh.ok());
  const auto& examples = (*again)[0]->info().examples;
  REQUIRE(examples.size() == 2);
  CHECK(examples[0].line > 0);
  CHECK(examples[1].line > examples[0].line);
  CHECK(examples[1].line == (*fresh)[0]->info().examples[1].line);
  CHECK(examples[1].text == "a");
  CHECK_FALSE(examples[1].fires);
  // Run from the memo, the regex still works, with its group.
  auto seg = Segmenter::create();
  REQUIRE(seg.ok());
  CHECK(run_rule(*(*again)[0], test_lexicon(), **seg, "the end").size() == 1);
  // An edited file is checked again: its error is reported with its place.
  std::ofstream(root / "pack" / "r.toml", std::ios::trunc)
      << "kind = \"pattern\"\nmessage = \"m\"\npatterns = 'a(b'\n";
  auto edited = load_rule_dir(root.string(), &memo);
  REQUIRE_FALSE(edited.ok());
  CHECK(edited.error().line == 3);
  // A memo file that is not one, or damaged, is empty.
  std::ofstream(memo_path, std::ios::trunc) << "garbage\n\xFF\xFE\n";
  CHECK_FALSE(RuleMemo(memo_path).known(RuleMemo::hash_of(good)));
  std::ofstream(root / "pack" / "r.toml", std::ios::trunc) << good;
  {
    RuleMemo fresh_memo(memo_path);
    REQUIRE(load_rule_dir(root.string(), &fresh_memo).ok());
    fresh_memo.save();
  }
  REQUIRE(RuleMemo(memo_path).known(RuleMemo::hash_of(good)));
  std::string bytes;
  {
    std::ifstream in(memo_path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  bytes[bytes.size() / 2] ^= 0x20;
  std::ofstream(memo_path, std::ios::binary | std::ios::trunc) << bytes;
  CHECK_FALSE(RuleMemo(memo_path).known(RuleMemo::hash_of(good)));
  std::filesystem::remove_all(root);
}
