#include "text/analysis.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace mtlint;

namespace {

std::vector<std::string> words_of(const std::string& text, bool stems = false) {
  auto seg = Segmenter::create();
  REQUIRE(seg.ok());
  const Analysis a = (*seg)->analyse(text);
  std::vector<std::string> out;
  for (const Word& w : a.words) {
    const Span s = stems ? w.stem : w.span;
    out.push_back(text.substr(s.begin, s.size()));
  }
  return out;
}

}  // namespace

TEST_CASE("curly and straight apostrophes give the same words and stems") {
  CHECK(words_of("at kyiv’s request") == std::vector<std::string>{"at", "kyiv’s", "request"});
  CHECK(words_of("at kyiv’s request", true) == std::vector<std::string>{"at", "kyiv", "request"});
  CHECK(words_of("at kyiv's request", true) == std::vector<std::string>{"at", "kyiv", "request"});
  CHECK(words_of("don’t", true) == std::vector<std::string>{"don’t"});
}

TEST_CASE("hyphens split words; numbers are flagged") {
  CHECK(words_of("well-known Nagorno-Karabakh") ==
        std::vector<std::string>{"well", "known", "Nagorno", "Karabakh"});
  auto seg = Segmenter::create();
  REQUIRE(seg.ok());
  const std::string text = "F-16 jets cost 3,5 million";
  const Analysis a = (*seg)->analyse(text);
  REQUIRE(a.words.size() == 6);
  CHECK_FALSE(a.words[0].has_digit);  // "F"
  CHECK(a.words[1].has_digit);        // "16"
  CHECK(a.words[4].has_digit);        // "3,5"
}

TEST_CASE("URLs and e-mail addresses are skipped") {
  CHECK(words_of("see https://exmaple.org/wrng/pth now") == std::vector<std::string>{"see", "now"});
  CHECK(words_of("mail jon.doe@exmaple.com today") == std::vector<std::string>{"mail", "today"});
  CHECK(words_of("visit www.exmaple.com.") == std::vector<std::string>{"visit"});
  CHECK(words_of("at 5 @ noon") == std::vector<std::string>{"at", "5", "noon"});
}

TEST_CASE("sentence starts: after a full stop, at each line, not after Mr.") {
  auto seg = Segmenter::create();
  REQUIRE(seg.ok());
  const std::string text = "Headline here\nFor his part, Mr. Kouleba said so. Then he left.";
  const Analysis a = (*seg)->analyse(text);
  std::vector<std::string> starts;
  for (const Word& w : a.words) {
    if (w.sentence_start) starts.push_back(text.substr(w.span.begin, w.span.size()));
  }
  CHECK(starts == std::vector<std::string>{"Headline", "For", "Then"});
  CHECK(a.paragraphs.size() == 2);
}

TEST_CASE("word flags: script, case") {
  auto seg = Segmenter::create();
  REQUIRE(seg.ok());
  const std::string text = "NATO Kyiv Украины 拘留 kyiv";
  const Analysis a = (*seg)->analyse(text);
  REQUIRE(a.words.size() >= 5);
  CHECK(a.words[0].all_caps);
  CHECK(a.words[1].capitalised);
  CHECK_FALSE(a.words[1].all_caps);
  CHECK_FALSE(a.words[2].latin);
  CHECK_FALSE(a.words[3].latin);
  CHECK_FALSE(a.words.back().capitalised);
}

TEST_CASE("words inside HTML comments and Markdown code are skipped") {
  auto seg = Segmenter::create();
  REQUIRE(seg.ok());
  const std::string text = "Kyiv <!-- mtlint-disable --> `codde` end";
  std::vector<std::string> plain, md;
  for (const Word& w : (*seg)->analyse(text).words)
    plain.push_back(text.substr(w.span.begin, w.span.size()));
  for (const Word& w : (*seg)->analyse(text, Markup::markdown).words)
    md.push_back(text.substr(w.span.begin, w.span.size()));
  CHECK(plain == std::vector<std::string>{"Kyiv", "codde", "end"});
  CHECK(md == std::vector<std::string>{"Kyiv", "end"});
  const Analysis a = (*seg)->analyse(text);
  CHECK(a.is_skipped(Span{6, 8}));
  CHECK_FALSE(a.is_skipped(Span{0, 4}));
}
