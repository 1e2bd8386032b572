#include "text/analysis.h"

#include <doctest/doctest.h>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <random>
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

TEST_CASE("sentences are ICU's on the UTF-8 text, whatever the characters") {
  // analyse() runs the sentence iterator on a UTF-16 copy and maps the boundaries back to bytes:
  // the same boundaries as ICU finds on the UTF-8 text itself, with characters outside the BMP,
  // combining marks, CR LF and ill-formed bytes.
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> icu_sentences(
      icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
  REQUIRE(U_SUCCESS(status));
  auto seg = Segmenter::create();
  REQUIRE(seg.ok());
  std::mt19937 random(29112026);
  const std::vector<std::string> pieces = {"Mr. Kouleba said so. ",
                                           "Then he left! ",
                                           "Wait? ",
                                           "😀 ",
                                           "𝒳y. ",
                                           "e\u0301té. ",
                                           "“Yes.” ",
                                           "\r\n",
                                           "\n",
                                           "U.S. ",
                                           "Ça va. ",
                                           "\xff",
                                           "\xe2\x80",
                                           "3.5% rose. ",
                                           "王毅说。",
                                           "ok ",
                                           "(ok.) ",
                                           "a.b "};
  for (int n = 0; n < 300; ++n) {
    std::string text;
    const int length = static_cast<int>(random() % 25);
    for (int i = 0; i < length; ++i) text += pieces[random() % pieces.size()];
    std::vector<Span> expected;
    UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    REQUIRE(U_SUCCESS(status));
    icu_sentences->setText(ut, status);
    for (int32_t b = icu_sentences->first(), e = icu_sentences->next();
         e != icu::BreakIterator::DONE; b = e, e = icu_sentences->next()) {
      expected.push_back(Span{static_cast<std::size_t>(b), static_cast<std::size_t>(e)});
    }
    utext_close(ut);
    const Analysis a = (*seg)->analyse(text);
    CHECK_MESSAGE(a.sentences == expected, text);
  }
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

namespace {

// Every word and its flags, for comparing two segmentations.
std::vector<std::string> described(const Analysis& a) {
  std::vector<std::string> out;
  for (const Word& w : a.words) {
    out.push_back(std::to_string(w.span.begin) + "-" + std::to_string(w.span.end) + "/" +
                  std::to_string(w.stem.end) + (w.sentence_start ? "S" : "") +
                  (w.has_digit ? "D" : "") + (w.has_inner_dot ? "." : "") +
                  (w.capitalised ? "C" : "") + (w.all_caps ? "A" : "") + (w.latin ? "L" : ""));
  }
  return out;
}

void check_same_as_icu(const std::string& text) {
  static auto fast = Segmenter::create();
  static auto icu = Segmenter::create();
  REQUIRE(fast.ok());
  REQUIRE(icu.ok());
  (*icu)->set_fast_words(false);
  const auto a = described((*fast)->analyse(text));
  const auto b = described((*icu)->analyse(text));
  std::string fast_words, icu_words;
  for (const auto& w : a) fast_words += w + " ";
  for (const auto& w : b) icu_words += w + " ";
  INFO("text: " << text.substr(0, 200));
  CHECK(fast_words == icu_words);
}

}  // namespace

TEST_CASE("the fast word segmentation gives ICU's words on every corpus article") {
  const char* root = std::getenv("MTLINT_DATA_DIR");
  REQUIRE(root);
  std::size_t files = 0;
  for (const char* split : {"dev", "test"}) {
    for (const auto& entry :
         std::filesystem::directory_iterator(std::string(root) + "/corpus/" + split)) {
      if (entry.path().extension() != ".txt") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      const std::string text((std::istreambuf_iterator<char>(in)),
                             std::istreambuf_iterator<char>());
      check_same_as_icu(text);
      ++files;
    }
  }
  CHECK(files > 60);
}

TEST_CASE("the fast word segmentation gives ICU's words on random text of its characters") {
  // Every character class the fast path knows, plus a few it must hand to ICU.
  const std::vector<std::string> alphabet = {
      "a",      "Z",      "é",  "Ł",    "ß", "7", "0",      ".", "'",  ":", ",", ";", "_",
      " ",      "\t",     "\n", "\r\n", "-", "!", "?",      "(", "\"", "/", "’", "‘", "“",
      "”",      "–",      "—",  "…",    "«", "»", "\u00A0", "°", "€",  "£", "×", "ÿ", "ſ",
      "\u0301", "\u00AD", "Я",  "中",   "@", "#", "%",      "$", "&",  "*", "+", "=", "<",
      ">",      "[",      "]",  "{",    "}", "|", "~",      "^", "`"};
  std::mt19937 random(12345);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const int length = 1 + static_cast<int>(random() % 24);
    for (int k = 0; k < length; ++k) {
      // Letters and digits more often, so that words form and meet every separator.
      const std::size_t pick = random() % 3 == 0 ? random() % 7 : random() % alphabet.size();
      text += alphabet[pick];
    }
    check_same_as_icu(text);
  }
}
