#include "report/text.h"

#include <doctest/doctest.h>

#include <sstream>

using namespace mtlint;

TEST_CASE("text report: gcc-style first line, excerpt, underline under wide characters") {
  auto doc = make_document("t.txt", "x\n中文\tKiev 😀\r\n");
  REQUIRE(doc.ok());
  const std::string& text = (*doc)->text();
  Diagnostic d;
  d.path = "t.txt";
  d.span = Span{text.find("Kiev"), text.find("Kiev") + 4};
  d.rule_id = "names.variant";
  d.severity = Severity::warning;
  d.message = "'Kiev' is the Russian-based spelling of 'Kyiv'";
  d.fixes = {Fix{d.span, "Kyiv"}};
  std::ostringstream out;
  TextReporter reporter(out, ReportOptions{});
  reporter.file(**doc, {d});
  CHECK(out.str() ==
        "t.txt:2:4: warning: 'Kiev' is the Russian-based spelling of 'Kyiv' [names.variant]\n"
        " 2 | 中文 Kiev 😀\n"
        "   |      ^~~~\n"
        "   = fix: 'Kyiv'\n");
}

TEST_CASE("summary line") {
  CHECK(summary_line(RunSummary{1, 0, 0, 3, 1}) == "3 warnings, 1 info in 1 file");
  CHECK(summary_line(RunSummary{2, 0, 0, 0, 0}) == "no findings in 2 files");
  CHECK(summary_line(RunSummary{2, 1, 1, 0, 0}) ==
        "1 error in 2 files (1 file could not be checked)");
}

TEST_CASE("display width") {
  CHECK(display_width("abc") == 3);
  CHECK(display_width("中文") == 4);
  CHECK(display_width("😀") == 2);
  CHECK(display_width("e\u0301") == 1);
}
