#include "engine/changed_lines.h"

#include <doctest/doctest.h>

using namespace mtlint;

TEST_CASE("git diff -U0 hunk headers give the new and changed lines") {
  const auto ranges = parse_changed_lines(
      "diff --git a/f.txt b/f.txt\n--- a/f.txt\n+++ b/f.txt\n"
      "@@ -2 +2 @@ a\n-b\n+B\n@@ -3,0 +4,3 @@ c\n+d\n+e\n+f\n@@ -9,2 +11,0 @@\n-x\n-y\n");
  REQUIRE(ranges.ok());
  CHECK(*ranges == std::vector<LineRange>{{2, 2}, {4, 6}});
  CHECK_FALSE(parse_changed_lines("@@ -a +1 @@\n").ok());
  CHECK_FALSE(parse_changed_lines("@@ -1 +2147483647,2147483647 @@\n").ok());
  CHECK_FALSE(parse_changed_lines("@@ -1 +-3,2 @@\n").ok());
  CHECK(parse_changed_lines("").value().empty());
}

TEST_CASE("changed lines: a span is kept when any of its lines changed") {
  auto doc = make_document("f.txt", "one\ntwo\nthree\n");
  REQUIRE(doc.ok());
  ChangedLines changed;
  changed.ranges = {{2, 2}};
  CHECK(changed.touches(**doc, Span{4, 7}));
  CHECK_FALSE(changed.touches(**doc, Span{0, 3}));
  CHECK(changed.touches(**doc, Span{0, 6}));  // lines 1-2
  changed.all = true;
  CHECK(changed.touches(**doc, Span{0, 3}));
}

TEST_CASE("run_process passes arguments verbatim, without a shell") {
  const auto r = run_process({"printf", "%s|", "a b", "$(echo x)", ";rm"});
  CHECK(r.status == 0);
  CHECK(r.out == "a b|$(echo x)|;rm|");
  CHECK(run_process({"/nonexistent/program"}).status != 0);
}
