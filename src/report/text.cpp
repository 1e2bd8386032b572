#include "report/text.h"

#include <unicode/uchar.h>

#include <string>

#include "core/utf8.h"

namespace mtlint {

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {  // ASCII: one column, no ICU lookups
      ++width;
      ++i;
      continue;
    }
    const auto c = static_cast<UChar32>(utf8::decode(text, i));
    const auto ea = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
    if (u_getCombiningClass(c) != 0 || c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F)) continue;
    width += (ea == U_EA_WIDE || ea == U_EA_FULLWIDTH) ? 2 : 1;
  }
  return width;
}

namespace {

constexpr std::size_t kContext = 50;  // code points of context shown on each side of a span

const char* severity_color(Severity s) {
  switch (s) {
    case Severity::error:
      return "\033[1;31m";
    case Severity::warning:
      return "\033[1;35m";
    case Severity::info:
      return "\033[1;36m";
  }
  return "";
}

// Byte offset reached by moving `count` code points from `from` (forwards or backwards).
std::size_t step(std::string_view line, std::size_t from, std::ptrdiff_t count) {
  while (count > 0 && from < line.size()) {
    ++from;
    while (from < line.size() && !utf8::is_lead(static_cast<unsigned char>(line[from]))) ++from;
    --count;
  }
  while (count < 0 && from > 0) {
    --from;
    while (from > 0 && !utf8::is_lead(static_cast<unsigned char>(line[from]))) --from;
    ++count;
  }
  return from;
}

std::string printable(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c == '\t') c = ' ';
  }
  return out;
}

std::string quoted_fixes(const std::vector<Fix>& fixes) {
  std::string out;
  for (std::size_t i = 0; i < fixes.size(); ++i) {
    if (i) out += i + 1 == fixes.size() ? " or " : ", ";
    out += "'" + fixes[i].replacement + "'";
  }
  return out;
}

}  // namespace

void TextReporter::file(const Document& document, const std::vector<Diagnostic>& diagnostics) {
  const bool color = options_.color;
  const char* bold = color ? "\033[1m" : "";
  const char* reset = color ? "\033[0m" : "";
  const char* green = color ? "\033[1;32m" : "";
  const LineIndex& lines = document.lines();
  for (const Diagnostic& d : diagnostics) {
    const Position pos = lines.position(d.span.begin);
    out_ << bold << document.path() << ':' << pos.line << ':' << pos.column << ":" << reset << ' '
         << (color ? severity_color(d.severity) : "") << to_string(d.severity) << ':' << reset
         << ' ' << d.message << " [" << d.rule_id << "]\n";

    // The source line, clipped around the span, with the span underlined.
    const std::size_t line_no = static_cast<std::size_t>(pos.line - 1);
    const std::size_t line_start = lines.line_start(line_no);
    const std::string_view line = lines.line_text(line_no);
    const std::size_t begin = d.span.begin - line_start;
    const std::size_t end = std::min(d.span.end - line_start, line.size());
    const std::size_t shown_begin = step(line, begin, -static_cast<std::ptrdiff_t>(kContext));
    std::size_t shown_end = step(line, std::max(end, begin), kContext);
    const std::string head =
        (shown_begin > 0 ? "…" : "") + printable(line.substr(shown_begin, begin - shown_begin));
    const std::string body = printable(line.substr(begin, end - begin));
    const std::string tail =
        printable(line.substr(end, shown_end - end)) + (shown_end < line.size() ? "…" : "");
    const std::string number = std::to_string(pos.line);
    const std::string gutter(number.size(), ' ');
    out_ << ' ' << number << " | " << head << body << tail << '\n';
    const std::size_t marks = std::max<std::size_t>(1, display_width(body));
    out_ << ' ' << gutter << " | " << std::string(display_width(head), ' ') << green << '^'
         << std::string(marks - 1, '~') << reset << '\n';

    if (d.fixes.size() == 1) {
      const std::string& r = d.fixes.front().replacement;
      out_ << ' ' << gutter << " = fix: " << (r.empty() ? "delete it" : "'" + r + "'") << '\n';
    } else if (d.fixes.size() > 1) {
      out_ << ' ' << gutter << " = suggestions: " << quoted_fixes(d.fixes) << '\n';
    }
    for (const Related& r : d.related) {
      const Position at = lines.position(r.span.begin);
      out_ << ' ' << gutter << " = note: " << document.path() << ':' << at.line << ':' << at.column
           << ": " << r.message << '\n';
    }
  }
}

}  // namespace mtlint
