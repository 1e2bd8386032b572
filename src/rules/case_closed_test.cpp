// Wrapping case-closed sets must never change what a case-insensitive regex matches.
#include "rules/case_closed.h"

#include <doctest/doctest.h>
#include <unicode/regex.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "core/utf8.h"
#include "rules/params.h"
#include "rules/regex.h"
#include "rules/scope.h"
#include "rules/shipped_regexes_test.h"

using namespace mtlint;

TEST_CASE("case-closed sets are wrapped; others, and patterns not followed, are left") {
  CHECK(wrap_case_closed_sets("[^.!?]{0,40}©") == "(?-i:[^.!?]){0,40}©");
  CHECK(wrap_case_closed_sets("\\p{L}+ time") == "(?-i:[\\x{345}\\p{L}])+ time");
  CHECK(wrap_case_closed_sets("\\w+:\\s*\\d") == "(?-i:\\w)+:(?-i:\\s)*(?-i:\\d)");
  CHECK(wrap_case_closed_sets("[\\p{L}.’\\x27 -]{1,40}") ==
        "(?-i:[\\x{345}\\p{L}.’\\x27 -]){1,40}");
  CHECK(wrap_case_closed_sets("[^\\p{L}]") == "[^\\p{L}]");  // its complement is not closed
  CHECK(wrap_case_closed_sets("[^“”\"«»„]+") == "(?-i:[^“”\"«»„])+");
  // Sets with letters of their own, or upper case only, would match more without regard to
  // case: left as written.
  CHECK(wrap_case_closed_sets("\\p{Lu}[a-z]+") == "\\p{Lu}[a-z]+");
  CHECK(wrap_case_closed_sets("[^a-z]") == "[^a-z]");
  CHECK(wrap_case_closed_sets("[:h]") == "[:h]");
  CHECK(wrap_case_closed_sets("[:：]") == "(?-i:[:：])");
  // Not followed: the pattern stays as it is.
  CHECK(wrap_case_closed_sets("\\Q[^.]\\E") == "\\Q[^.]\\E");
  CHECK(wrap_case_closed_sets("(?x) [^.] ") == "(?x) [^.] ");
  CHECK(wrap_case_closed_sets("[[a]\\p{L}]") == "[[a]\\p{L}]");
  CHECK(wrap_case_closed_sets("[]x]") == "[]x]");
  CHECK(wrap_case_closed_sets("a[^.") == "a[^.");
}

TEST_CASE("each set the rewriting trusts matches the same code points with and without case") {
  const std::string text = testing::every_code_point();
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  auto matches = [&](const std::string& pattern) {
    UParseError parse{};
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexPattern> p(
        icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(pattern),
                                   UREGEX_CASE_INSENSITIVE | UREGEX_MULTILINE, parse, status));
    REQUIRE(U_SUCCESS(status));
    std::unique_ptr<icu::RegexMatcher> m(p->matcher(u, status));
    std::vector<int32_t> at;
    while (m->find(status)) at.push_back(m->start(status));
    return at;
  };
  for (const std::string set :
       {"\\p{L}", "\\p{Letter}", "\\p{N}", "\\p{Nd}", "\\p{P}", "\\p{Z}", "\\p{S}", "\\w", "\\W",
        "\\d", "\\s", "\\S", "[^.!?]", "[\\p{L}.’' -]"}) {
    CAPTURE(set);
    CHECK(matches("^" + set + "$") == matches("^" + wrap_case_closed_sets(set) + "$"));
    CHECK(wrap_case_closed_sets(set) != set);
  }
}

namespace {

// Turns the rewriting off for one scope.
struct RewriteOff {
  RewriteOff() { Regex::set_case_rewrite_enabled(false); }
  ~RewriteOff() { Regex::set_case_rewrite_enabled(true); }
};

std::string all_matches(const Regex& regex, std::string_view text) {
  std::string out;
  const Subject subject(text);
  for (const Span line : line_spans(text)) {
    regex.scan(subject, line, [&](const std::vector<Span>& groups) {
      for (const Span g : groups)
        out += std::to_string(g.begin) + "-" + std::to_string(g.end) + " ";
      out += "\n";
      return true;
    });
  }
  return out;
}

}  // namespace

TEST_CASE("the shipped case-insensitive regexes match the same with their sets wrapped") {
  std::string text;  // every corpus article, and lines made of the sets' edge characters
  for (const char* part : {"/corpus/dev", "/corpus/test"}) {
    const std::string dir = std::string(MTLINT_SOURCE_DATA_DIR) + part;
    for (const auto& file : std::filesystem::directory_iterator(dir)) {
      if (file.path().extension() != ".txt") continue;
      std::ifstream in(file.path(), std::ios::binary);
      text.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
      text += '\n';
    }
  }
  text += "Read also: ǅemal Bijedić\nSHARE ON FACEBOOK\nſhare\n\u212Aelvin | Photo: AFP\n";
  std::size_t compared = 0, matched = 0;
  for (const auto& shipped : testing::shipped_sources()) {
    if (!shipped.case_insensitive) continue;
    const std::string form = shipped.boilerplate ? "^(?:" + shipped.source + ")$" : shipped.source;
    auto wrapped = Regex::compile(form, true, nullptr);
    REQUIRE_MESSAGE(wrapped.ok(), form);
    std::string plain;
    {
      RewriteOff off;
      auto regex = Regex::compile(form, true, nullptr);
      REQUIRE(regex.ok());
      plain = all_matches(**regex, text);
    }
    CHECK_MESSAGE(all_matches(**wrapped, text) == plain, form);
    ++compared;
    matched += !plain.empty();
  }
  CHECK(compared > 100);
  CHECK(matched > 20);
}
