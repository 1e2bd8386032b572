#include "report/location.h"

namespace mtlint {

std::size_t stored_prefix(const Document& document) { return document.had_bom() ? 3 : 0; }

Location locate(const Document& document, Span span) {
  const LineIndex& lines = document.lines();
  Location at;
  at.start = lines.position(span.begin);
  at.end = lines.position(span.end);
  at.offset = span.begin + stored_prefix(document);
  at.end_offset = span.end + stored_prefix(document);
  return at;
}

std::string file_bytes(const Document& document) {
  return (document.had_bom() ? std::string("\xEF\xBB\xBF") : std::string()) + document.text();
}

}  // namespace mtlint
