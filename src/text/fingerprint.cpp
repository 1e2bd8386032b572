#include "text/fingerprint.h"

#include <cstdint>

#include "core/utf8.h"
#include "text/analysis.h"

namespace mtlint {

namespace {

constexpr std::size_t kNeighbourhood = 24;  // code points of context on each side

std::uint64_t fnv1a(std::string_view text, std::uint64_t hash = 14695981039346656037ull) {
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return hash;
}

// Byte offset `count` code points before `from`, not before `floor`.
std::size_t back(std::string_view text, std::size_t from, std::size_t floor, std::size_t count) {
  while (count > 0 && from > floor) {
    --from;
    while (from > floor && !utf8::is_lead(static_cast<unsigned char>(text[from]))) --from;
    --count;
  }
  return from;
}

std::size_t forward(std::string_view text, std::size_t from, std::size_t ceiling,
                    std::size_t count) {
  while (count > 0 && from < ceiling) {
    ++from;
    while (from < ceiling && !utf8::is_lead(static_cast<unsigned char>(text[from]))) ++from;
    --count;
  }
  return from;
}

}  // namespace

std::string fingerprint(const Document& document, const Diagnostic& d) {
  const std::string_view text = document.text();
  const LineIndex& lines = document.lines();
  const std::size_t line_begin = lines.line_start(lines.line_of(d.span.begin));
  const std::size_t line_end = lines.line_end(lines.line_of(d.span.end));
  const std::size_t end = std::max(d.span.end, std::min(line_end, text.size()));
  const std::size_t from = back(text, d.span.begin, line_begin, kNeighbourhood);
  const std::size_t to = forward(text, d.span.end, std::max(end, d.span.end), kNeighbourhood);
  std::uint64_t h = fnv1a(d.rule_id);
  h = fnv1a(std::string_view("\x1f", 1), h);
  h = fnv1a(squeeze_spaces(text.substr(from, d.span.begin - from)), h);
  h = fnv1a(std::string_view("\x1f", 1), h);
  h = fnv1a(squeeze_spaces(text.substr(d.span.begin, d.span.size())), h);
  h = fnv1a(std::string_view("\x1f", 1), h);
  h = fnv1a(squeeze_spaces(text.substr(d.span.end, to - d.span.end)), h);
  static const char* hex = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) out[static_cast<std::size_t>(i)] = hex[h & 15];
  return out;
}

}  // namespace mtlint
