#include "lexicon/lexicon.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <fstream>

#include "lexicon/form_cache.h"
#include "lexicon/near_words.h"

using namespace mtlint;

namespace {

std::string write_temp(const std::string& name, const std::string& content) {
  const std::string path = std::string(P_tmpdir) + "/mtlint_test_" + name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

}  // namespace

TEST_CASE("speller accepts dictionary words and memoises suggestions") {
  LexiconOptions options;
  auto lexicon = Lexicon::create(options);
  REQUIRE(lexicon.ok());
  CHECK((*lexicon)->is_known("government"));
  CHECK((*lexicon)->is_known("don’t"));  // curly apostrophe normalised
  CHECK_FALSE((*lexicon)->is_known("goverment"));
  const auto suggestions = (*lexicon)->suggest("goverment");
  REQUIRE_FALSE(suggestions.empty());
  CHECK(suggestions.front() == "government");
  CHECK((*lexicon)->suggest("goverment") == suggestions);
}

TEST_CASE("word lists: case forms, proper forms, no substring matches") {
  const std::string path = write_temp("names.txt", "# proper nouns\nKyiv\nJinping\n\ncolour\n");
  LexiconOptions options;
  options.word_lists = {path};
  options.accept_words = {"Zaporizhzhia"};
  auto lexicon = Lexicon::create(options);
  REQUIRE(lexicon.ok());
  const Lexicon& lex = **lexicon;
  CHECK(lex.is_known("Kyiv"));
  CHECK(lex.is_known("KYIV"));
  CHECK_FALSE(lex.is_known("kyiv"));
  CHECK_FALSE(lex.is_known("Kyi"));  // never by substring
  CHECK_FALSE(lex.is_known("Kyivv"));
  CHECK(lex.is_known("Zaporizhzhia"));
  REQUIRE(lex.proper_form("kyiv"));
  CHECK(*lex.proper_form("kyiv") == "Kyiv");
  CHECK_FALSE(lex.proper_form("colour"));
  const auto s = lex.suggest("Kyvi");
  CHECK(std::find(s.begin(), s.end(), "Kyiv") != s.end());
}

TEST_CASE("word list errors name file, line and column") {
  const std::string path = write_temp("bad.txt", "Kyiv\nWang Yi\n");
  auto list = read_word_list(path);
  REQUIRE_FALSE(list.ok());
  CHECK(list.error().line == 2);
  CHECK(list.error().column == 5);
  auto missing = Lexicon::create(LexiconOptions{"en-US", "/nonexistent", {}, {}, {}, {}, {}, {}});
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().path == "/nonexistent/en_US.aff");
  auto bad_lang =
      Lexicon::create(LexiconOptions{"fr-FR", "/usr/share/hunspell", {}, {}, {}, {}, {}, {}});
  REQUIRE_FALSE(bad_lang.ok());
}

TEST_CASE("one_edit_candidates covers every kind of edit and keeps UTF-8 whole") {
  const auto c = mtlint::one_edit_candidates("bé");
  auto has = [&](const std::string& s) { return std::find(c.begin(), c.end(), s) != c.end(); };
  CHECK(has("é"));    // deletion
  CHECK(has("éb"));   // transposition
  CHECK(has("be"));   // substitution of the accented letter
  CHECK(has("b-é"));  // a hyphen inside
  CHECK_FALSE(has("bé-"));
  CHECK(has("abé"));  // insertion at the start
  for (const auto& s : c) CHECK(s.find("\xC3\xC3") == std::string::npos);
}
