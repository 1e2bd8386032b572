#include "report/fixes.h"

#include <doctest/doctest.h>

using namespace mtlint;

namespace {

Diagnostic with_fixes(std::size_t begin, std::size_t end, std::vector<std::string> replacements) {
  Diagnostic d;
  d.span = Span{begin, end};
  for (auto& r : replacements) d.fixes.push_back(Fix{d.span, r});
  return d;
}

}  // namespace

TEST_CASE("plan_fixes keeps single fixes, drops alternatives, overlaps and no-ops") {
  const std::string text = "Teh cat sat on teh mat";
  std::vector<Diagnostic> found = {
      with_fixes(0, 3, {"The"}),         // applied
      with_fixes(4, 7, {"cut", "cot"}),  // two suggestions: never applied
      with_fixes(8, 11, {"sat"}),        // changes nothing
      with_fixes(15, 18, {"the"}),       // overlaps the next one: both dropped
      with_fixes(15, 22, {"the rug"}),
  };
  const FixPlan plan = plan_fixes(text, found);
  REQUIRE(plan.edits.size() == 1);
  CHECK(plan.applied == std::vector<std::size_t>{0});
  CHECK(apply_edits(text, plan.edits) == "The cat sat on teh mat");
}

TEST_CASE("plan_fixes: two insertions at one place conflict; adjacent edits do not") {
  const std::string text = "abcd";
  std::vector<Diagnostic> found = {with_fixes(0, 0, {"x"}), with_fixes(0, 0, {"y"}),
                                   with_fixes(1, 2, {"B"}), with_fixes(2, 3, {"C"})};
  const FixPlan plan = plan_fixes(text, found);
  CHECK(plan.applied == std::vector<std::size_t>{2, 3});
  CHECK(apply_edits(text, plan.edits) == "aBCd");
}

TEST_CASE("unified diff: one change with three lines of context and a missing final newline") {
  const std::string text = "1\n2\n3\n4\n5\n6\n7 teh\n8\n9";
  const auto at = text.find("teh");
  const std::string diff = unified_diff("./dir/a.txt", text, {Fix{Span{at, at + 3}, "the"}});
  CHECK(diff ==
        "--- a/dir/a.txt\n+++ b/dir/a.txt\n"
        "@@ -4,6 +4,6 @@\n"
        " 4\n 5\n 6\n-7 teh\n+7 the\n 8\n 9\n\\ No newline at end of file\n");
}

TEST_CASE("unified diff: nearby changes share a hunk, distant ones do not; CRLF kept") {
  std::string text;
  for (int i = 1; i <= 20; ++i) text += "line " + std::to_string(i) + "\r\n";
  auto edit = [&](const std::string& what, const std::string& with) {
    const auto at = text.find(what);
    return Fix{Span{at, at + what.size()}, with};
  };
  const std::string diff = unified_diff(
      "a.txt", text,
      {edit("line 2\r", "LINE 2\r"), edit("line 5\r", "LINE 5\r"), edit("line 18\r", "LINE 18\r")});
  CHECK(diff ==
        "--- a/a.txt\n+++ b/a.txt\n"
        "@@ -1,8 +1,8 @@\n"
        " line 1\r\n-line 2\r\n+LINE 2\r\n line 3\r\n line 4\r\n-line 5\r\n+LINE 5\r\n"
        " line 6\r\n line 7\r\n line 8\r\n"
        "@@ -15,6 +15,6 @@\n"
        " line 15\r\n line 16\r\n line 17\r\n-line 18\r\n+LINE 18\r\n line 19\r\n line 20\r\n");
}

TEST_CASE("unified diff: deleting a whole line and joining two lines") {
  const std::string text = "a\nSee also: x\nb\nc\n";
  const auto see = text.find("See");
  const std::string removed = unified_diff("t", text, {Fix{Span{see, see + 12}, ""}});
  CHECK(removed == "--- a/t\n+++ b/t\n@@ -1,4 +1,3 @@\n a\n-See also: x\n b\n c\n");
  const auto nl = text.find('\n', text.find("b"));
  const std::string joined = unified_diff("t", text, {Fix{Span{nl, nl + 1}, " "}}, 0);
  CHECK(joined == "--- a/t\n+++ b/t\n@@ -3,2 +3 @@\n-b\n-c\n+b c\n");
}

TEST_CASE("unified diff: nothing to change gives nothing") {
  CHECK(unified_diff("t", "abc\n", {}).empty());
  CHECK(diff_path("./x/y.txt") == "x/y.txt");
}

namespace {

// The text after applying the plan of one deletion per listed piece of `text`.
std::string after_deleting(const std::string& text, const std::vector<std::string>& pieces) {
  std::vector<Diagnostic> found;
  for (const auto& piece : pieces) {
    const auto at = text.find(piece);
    REQUIRE(at != std::string::npos);
    found.push_back(with_fixes(at, at + piece.size(), {""}));
  }
  const FixPlan plan = plan_fixes(text, found);
  CHECK(plan.applied.size() == pieces.size());
  return apply_edits(text, plan.edits);
}

}  // namespace

TEST_CASE("plan_fixes: deleting all of a line's text removes the line, not leaving it empty") {
  CHECK(after_deleting("a\nSee also: x\nb\n", {"See also: x"}) == "a\nb\n");
  // Leading and trailing spaces of the line go with it; CRLF terminators too.
  CHECK(after_deleting("a\r\n  Share this  \r\nb\r\n", {"Share this"}) == "a\r\nb\r\n");
  // Between blank lines, one blank line goes with it, so the paragraphs stay one blank apart.
  CHECK(after_deleting("a\n\nRead more\n\nb\n", {"Read more"}) == "a\n\nb\n");
  CHECK(after_deleting("a\n\n\nX\n\n\nb\n", {"X"}) == "a\n\n\n\nb\n");
  // A block of debris lines, blank-separated, at the end: nothing trails the last kept line.
  CHECK(after_deleting("a\n\n\nLeave a Reply\n\nYour email\n", {"Leave a Reply", "Your email"}) ==
        "a\n");
  CHECK(after_deleting("a\n\nLeave a Reply\n\nYour email", {"Leave a Reply", "Your email"}) ==
        "a\n");
  // The only line of a file.
  CHECK(after_deleting("Subscribe\n", {"Subscribe"}).empty());
  // First line, then a blank one: the blank goes too.
  CHECK(after_deleting("Menu\n\na\n", {"Menu"}) == "a\n");
}

TEST_CASE("plan_fixes: a deletion that leaves other text on its line keeps the line") {
  CHECK(after_deleting("a\nHello See also: x\nb\n", {" See also: x"}) == "a\nHello\nb\n");
  // Deleting only spaces never removes the line they are on.
  CHECK(after_deleting("a\n   \nb\n", {"   "}) == "a\n\nb\n");
}

TEST_CASE("unified diff of a planned whole-line deletion removes the line") {
  const std::string text = "a\n\nSee also: x\n\nb\n";
  const auto see = text.find("See");
  const FixPlan plan = plan_fixes(text, {with_fixes(see, see + 11, {""})});
  CHECK(unified_diff("t", text, plan.edits) ==
        "--- a/t\n+++ b/t\n@@ -1,5 +1,3 @@\n a\n \n-See also: x\n-\n b\n");
}
