#include "rules/scope.h"

#include "core/utf8.h"

namespace mtlint {

Scope read_scope(Params& params, Scope fallback) {
  const auto value = params.optional_string("scope");
  if (!value) return fallback;
  if (*value == "line") return Scope::line;
  if (*value == "sentence") return Scope::sentence;
  if (*value == "paragraph") return Scope::paragraph;
  if (*value == "document") return Scope::document;
  params.fail("'scope' must be line, sentence, paragraph or document", params.node("scope"));
  return fallback;
}

std::vector<Span> scope_units(Scope scope, std::string_view text, const Analysis& analysis) {
  switch (scope) {
    case Scope::sentence:
      return analysis.sentences;
    case Scope::paragraph:
      return analysis.paragraphs;
    case Scope::document:
      return {Span{0, text.size()}};
    case Scope::line:
      break;
  }
  return line_spans(text);
}

Span line_around(std::string_view text, std::size_t at) {
  at = std::min(at, text.size());
  const std::size_t nl = at == 0 ? std::string_view::npos : text.rfind('\n', at - 1);
  const std::size_t begin = nl == std::string_view::npos ? 0 : nl + 1;
  std::size_t end = text.find('\n', at);
  if (end == std::string_view::npos) end = text.size();
  if (end > begin && text[end - 1] == '\r') --end;
  return Span{begin, end};
}

namespace {

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xA0 || c == 0x2007 ||
         c == 0x202F || c == 0x3000 || (c >= 0x2000 && c <= 0x200B) || c == 0xFEFF;
}

}  // namespace

Span trim(std::string_view text, Span span) {
  std::size_t b = span.begin;
  while (b < span.end) {
    std::size_t next = b;
    if (!is_space(utf8::decode(text, next))) break;
    b = next;
  }
  std::size_t e = span.end;
  while (e > b) {
    std::size_t start = e - 1;
    while (start > b && !utf8::is_lead(static_cast<unsigned char>(text[start]))) --start;
    std::size_t probe = start;
    if (!is_space(utf8::decode(text, probe))) break;
    e = start;
  }
  return Span{b, e};
}

}  // namespace mtlint
