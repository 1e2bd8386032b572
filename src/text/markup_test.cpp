#include "text/markup.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace mtlint;

namespace {

std::vector<std::string> pieces(const std::string& text, Markup markup) {
  std::vector<std::string> out;
  for (const Span& s : non_prose_spans(text, markup)) out.push_back(text.substr(s.begin, s.size()));
  return out;
}

}  // namespace

TEST_CASE("HTML comments are never prose, in plain text too") {
  CHECK(pieces("Kiev <!-- mtlint-disable-next-line names --> x", Markup::plain) ==
        std::vector<std::string>{"<!-- mtlint-disable-next-line names -->"});
  CHECK(pieces("open <!-- never closed", Markup::plain) ==
        std::vector<std::string>{"<!-- never closed"});
  CHECK(pieces("a `code` b", Markup::plain).empty());
}

TEST_CASE("Markdown: code, tags, link destinations, reference definitions") {
  const std::string md =
      "Text with `inlnie code` and [a link](https://exmaple.org/pth).\n"
      "```\nfenced codde\n```\n"
      "<span class=\"x\">Kyiv</span>\n"
      "[ref]: https://exmaple.org\n";
  CHECK(pieces(md, Markup::markdown) ==
        std::vector<std::string>{"`inlnie code`", "(https://exmaple.org/pth)",
                                 "```\nfenced codde\n```", "<span class=\"x\">", "</span>",
                                 "[ref]: https://exmaple.org"});
  CHECK(markup_for_path("a/b.md") == Markup::markdown);
  CHECK(markup_for_path("a/b.txt") == Markup::plain);
}
