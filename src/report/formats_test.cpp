// Unit tests of the machine-readable formats; whole-output checks are golden CLI cases.
#include <doctest/doctest.h>

#include <sstream>

#include "report/checkstyle.h"
#include "report/escape.h"
#include "report/github.h"
#include "report/html.h"
#include "report/json.h"
#include "report/location.h"
#include "report/sarif.h"

using namespace mtlint;

namespace {

Diagnostic kiev(const Document& doc) {
  const std::string& text = doc.text();
  Diagnostic d;
  d.path = doc.path();
  d.span = Span{text.find("Kiev"), text.find("Kiev") + 4};
  d.rule_id = "names.variant";
  d.message = "'Kiev' is the Russian-based spelling of 'Kyiv'";
  d.fixes = {Fix{d.span, "Kyiv"}};
  return d;
}

}  // namespace

TEST_CASE("locations: code-point columns, exclusive end, offsets into the stored file") {
  auto doc = make_document("t.txt", "\xEF\xBB\xBFx\r\n中\t😀 Kiev\r\n");
  REQUIRE(doc.ok());
  const Location at = locate(**doc, kiev(**doc).span);
  CHECK(at.start == Position{2, 5});
  CHECK(at.end == Position{2, 9});
  CHECK(at.offset == 3 + 3 + 3 + 1 + 4 + 1);
  CHECK(at.end_offset == at.offset + 4);
  CHECK(file_bytes(**doc).starts_with("\xEF\xBB\xBF"));
}

TEST_CASE("json finding carries positions, text, line text and fixes") {
  auto doc = make_document("t.txt", "x\n中\t😀 Kiev\n");
  REQUIRE(doc.ok());
  const auto j = finding_json(**doc, kiev(**doc));
  CHECK(j["line"] == 2);
  CHECK(j["column"] == 5);
  CHECK(j["end_column"] == 9);
  CHECK(j["text"] == "Kiev");
  CHECK(j["line_text"] == "中\t😀 Kiev");
  CHECK(j["fixes"][0]["replacement"] == "Kyiv");
  CHECK(j["fixes"][0]["column"] == 5);
}

TEST_CASE("github workflow commands escape data and properties") {
  CHECK(github_escape_data("50% a:b,c\r\n") == "50%25 a:b,c%0D%0A");
  CHECK(github_escape_property("a:b,c%") == "a%3Ab%2Cc%25");
  auto doc = make_document("dir/a,b.txt", "Kiev\n");
  REQUIRE(doc.ok());
  std::ostringstream out;
  GithubReporter(out).file(**doc, {kiev(**doc)});
  CHECK(out.str() ==
        "::warning file=dir/a%2Cb.txt,line=1,col=1,endLine=1,endColumn=5,title=names.variant::"
        "'Kiev' is the Russian-based spelling of 'Kyiv' (fix: 'Kyiv')\n");
}

TEST_CASE("xml and html escaping") {
  CHECK(escape_markup("<a href=\"x\">&'\x01", EscapeFor::xml_attribute) ==
        "&lt;a href=&quot;x&quot;&gt;&amp;&apos;\xEF\xBF\xBD");
  CHECK(escape_markup("<script>alert('x')</script>&", EscapeFor::html_text) ==
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;");
}

TEST_CASE("html report escapes the article and highlights findings") {
  auto doc = make_document("<t>.txt", "<b>Kiev</b>\n");
  REQUIRE(doc.ok());
  std::ostringstream out;
  HtmlReporter html(out, ReportOptions{});
  html.file(**doc, {kiev(**doc)});
  html.finish(RunSummary{1, 0, 0, 1, 0});
  const std::string page = out.str();
  CHECK(page.find("<b>") == std::string::npos);
  CHECK(page.find("&lt;b&gt;<mark class=\"warning\" id=\"f1-at\"") != std::string::npos);
  CHECK(page.find("&lt;t&gt;.txt") != std::string::npos);
  CHECK(page.find("<script") == std::string::npos);
}

TEST_CASE("sarif uris are percent-encoded references") {
  CHECK(sarif_uri("./news/a b.txt") == "news/a%20b.txt");
  CHECK(sarif_uri("/abs/x.txt") == "file:///abs/x.txt");
  CHECK(sarif_uri("<stdin>") == "stdin");
  CHECK(sarif_uri("ü.txt") == "%C3%BC.txt");
}
