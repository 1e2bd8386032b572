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

TEST_CASE("speller: a word longer than any dictionary word has no near word and no suggestion") {
  LexiconOptions options;
  auto lexicon = Lexicon::create(options);
  REQUIRE(lexicon.ok());
  // Its one-edit candidates would grow with the square of its length (a one-word megabyte
  // line hung here).
  const std::string endless(200000, 'a');
  CHECK_FALSE((*lexicon)->has_near_word(endless));
  CHECK((*lexicon)->suggest(endless).empty());
  const std::string at_limit = "government" + std::string(Lexicon::kMaxNearBytes - 10, 's');
  CHECK((*lexicon)->suggest(at_limit).empty());  // no dictionary word is near it either
  CHECK((*lexicon)->has_near_word("goverment"));
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

TEST_CASE(
    "typo model: omissions (above all of a double) and swaps beat near keys, near keys far ones") {
  // An omitted letter of a double is the likeliest slip, then any omitted letter or two swapped
  // neighbours, then a neighbouring key; a distant key is the least likely.
  CHECK(typo_cost("ocurred", "occurred") < typo_cost("goverment", "government"));
  CHECK(typo_cost("goverment", "government") == typo_cost("recieved", "received"));
  CHECK(typo_cost("recieved", "received") < typo_cost("maior", "major"));  // i and j are near
  CHECK(typo_cost("maior", "major") < typo_cost("maior", "mayor"));        // i and y are not
  CHECK(typo_cost("gaurd", "gourd") == typo_cost("maior", "mayor"));       // both distant
  // An extra copy of a letter is as likely as a swap; another extra letter less so, as likely
  // as a near key.
  CHECK(typo_cost("untill", "until") == typo_cost("recieved", "received"));
  CHECK(typo_cost("untill", "until") < typo_cost("fourty", "forty"));
  // The vowel of an unstressed suffix is the likeliest slip of all.
  CHECK(typo_cost("insurence", "insurance") < typo_cost("insurence", "insurgence"));
  CHECK(typo_cost("independant", "independent") == typo_cost("ocurred", "occurred"));
  CHECK(typo_cost("fourty", "forty") == typo_cost("fourty", "fourth"));
  CHECK(typo_cost("goverment", "garment") == 5);  // not one edit
  // Code points, not bytes: an accented letter is one letter.
  CHECK(typo_cost("cafe", "café") == typo_cost("goverment", "government"));
}

TEST_CASE("suggestions: one when a candidate is clearly likelier, all of them on a tie") {
  auto lexicon = Lexicon::create(LexiconOptions{});
  REQUIRE(lexicon.ok());
  const Lexicon& lex = **lexicon;
  // address (omitted letter of a double) / dress (an extra a)
  CHECK(lex.suggest("adress") == std::vector<std::string>{"address"});
  // guard (swapped neighbours) / gourd (a for o, distant keys)
  CHECK(lex.suggest("gaurd") == std::vector<std::string>{"guard"});
  // received (swapped neighbours) / relieved (c for l, distant keys)
  CHECK(lex.suggest("recieved") == std::vector<std::string>{"received"});
  // Capitalised, the candidates keep the capital.
  CHECK(lex.suggest("Adress") == std::vector<std::string>{"Address"});
  // weird and wired: each two swapped neighbours, a real tie.
  const auto wierd = lex.suggest("wierd");
  CHECK(std::find(wierd.begin(), wierd.end(), "weird") != wierd.end());
  CHECK(std::find(wierd.begin(), wierd.end(), "wired") != wierd.end());
  // forty (an extra u) and fourth (y for h, neighbouring keys): no single fix.
  CHECK(lex.suggest("fourty").size() > 1);
  // the (swapped) and tech (omitted c) are equally likely slips for "teh".
  const auto teh = lex.suggest("teh");
  CHECK(std::find(teh.begin(), teh.end(), "the") != teh.end());
  CHECK(teh.size() > 1);
}

TEST_CASE("near words: every letter dropped from a dictionary word leaves a word one edit away") {
  auto lexicon = Lexicon::create(LexiconOptions{});
  REQUIRE(lexicon.ok());
  // Candidates are looked up in batches: the word one edit away may be any of them, the first of
  // a batch included ('licor' -> 'lictor').
  CHECK((*lexicon)->has_near_word("licor"));
  std::size_t typos = 0;
  for (const std::string word :
       {"government",   "minister",  "agreement", "parliament", "election",
        "negotiations", "ceasefire", "statement", "president",  "economy",
        "inflation",    "reporters", "military",  "shipping",   "harvest",
        "diplomacy",    "ministry",  "spokesman", "governor",   "territory"}) {
    for (std::size_t at = 0; at < word.size(); ++at) {
      std::string typo = word;
      typo.erase(at, 1);
      if ((*lexicon)->is_known(typo)) continue;
      ++typos;
      CHECK_MESSAGE((*lexicon)->has_near_word(typo), typo);
    }
  }
  CHECK(typos > 100);
  CHECK_FALSE((*lexicon)->has_near_word("qxzvkwj"));
}

TEST_CASE("distant suggestions: British forms one edit away, two letters swapped across others") {
  LexiconOptions options;
  auto lexicon = Lexicon::create(options);
  REQUIRE(lexicon.ok());
  const Lexicon& lex = **lexicon;
  CHECK(lex.suggest("maneouvres").empty());  // only American forms are suggested
  CHECK(lex.distant_suggestions("maneouvres") == std::vector<std::string>{"manoeuvres"});
  CHECK(lex.distant_suggestions("secutiry") == std::vector<std::string>{"security"});
  CHECK(lex.distant_suggestions("Secutiry").front() == "security");  // looked up in lower case
  // A doubled letter in the wrong place.
  CHECK(lex.distant_suggestions("dissapointment") == std::vector<std::string>{"disappointment"});
  CHECK(lex.distant_suggestions("tommorow") == std::vector<std::string>{"tomorrow"});
  CHECK(lex.distant_suggestions("mudhif").empty());
  CHECK(lex.distant_suggestions("kettős").empty());  // not ASCII: not searched
}
