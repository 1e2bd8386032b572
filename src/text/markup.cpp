#include "text/markup.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace mtlint {

Markup markup_for_path(std::string_view path) {
  for (std::string_view ext : {".md", ".markdown", ".MD"}) {
    if (path.size() > ext.size() && path.ends_with(ext)) return Markup::markdown;
  }
  return Markup::plain;
}

namespace {

std::size_t line_end(std::string_view text, std::size_t from) {
  const std::size_t nl = text.find('\n', from);
  return nl == std::string_view::npos ? text.size() : nl;
}

// A fence line: up to three spaces, then ``` or ~~~ (three or more).
bool is_fence(std::string_view line, char& fence_char, std::size_t& fence_len) {
  std::size_t i = 0;
  while (i < line.size() && i < 3 && line[i] == ' ') ++i;
  if (i >= line.size() || (line[i] != '`' && line[i] != '~')) return false;
  const char c = line[i];
  std::size_t n = 0;
  while (i + n < line.size() && line[i + n] == c) ++n;
  if (n < 3) return false;
  fence_char = c;
  fence_len = n;
  return true;
}

void add_html_comments(std::string_view text, std::vector<Span>& out) {
  std::size_t at = 0;
  while ((at = text.find("<!--", at)) != std::string_view::npos) {
    const std::size_t close = text.find("-->", at + 4);
    const std::size_t end = close == std::string_view::npos ? text.size() : close + 3;
    out.push_back(Span{at, end});
    at = end;
  }
}

void add_markdown(std::string_view text, std::vector<Span>& out) {
  // Fenced code blocks, line by line.
  std::size_t pos = 0;
  std::vector<Span> blocks;
  while (pos < text.size()) {
    const std::size_t end = line_end(text, pos);
    char c;
    std::size_t len;
    if (is_fence(text.substr(pos, end - pos), c, len)) {
      std::size_t scan = end < text.size() ? end + 1 : end;
      std::size_t block_end = text.size();
      while (scan < text.size()) {
        const std::size_t e = line_end(text, scan);
        char c2;
        std::size_t len2;
        if (is_fence(text.substr(scan, e - scan), c2, len2) && c2 == c && len2 >= len) {
          block_end = e;
          break;
        }
        scan = e < text.size() ? e + 1 : e;
      }
      blocks.push_back(Span{pos, block_end});
      out.push_back(blocks.back());
      pos = block_end < text.size() ? block_end + 1 : block_end;
      continue;
    }
    // Link reference definition: "[label]: destination".
    const std::string_view line = text.substr(pos, end - pos);
    const std::size_t lead = line.find_first_not_of(' ');
    if (lead != std::string_view::npos && lead < 4 && line[lead] == '[') {
      const std::size_t close = line.find("]:", lead);
      if (close != std::string_view::npos) out.push_back(Span{pos, end});
    }
    pos = end < text.size() ? end + 1 : end;
  }
  auto in_block = [&](std::size_t at) {
    return std::any_of(blocks.begin(), blocks.end(),
                       [&](const Span& b) { return b.begin <= at && at < b.end; });
  };
  // Inline code, HTML tags, autolinks and link destinations outside code blocks.
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (in_block(i)) continue;
    const char c = text[i];
    if (c == '`') {
      std::size_t n = 0;
      while (i + n < text.size() && text[i + n] == '`') ++n;
      const std::string ticks(n, '`');
      const std::size_t close = text.find(ticks, i + n);
      if (close != std::string_view::npos &&
          text.substr(i, close - i).find("\n\n") == std::string_view::npos) {
        out.push_back(Span{i, close + n});
        i = close + n - 1;
      } else {
        i += n - 1;
      }
    } else if (c == '<' && i + 1 < text.size() &&
               (std::isalpha(static_cast<unsigned char>(text[i + 1])) || text[i + 1] == '/')) {
      const std::size_t close = text.find('>', i);
      if (close != std::string_view::npos &&
          text.substr(i, close - i).find('\n') == std::string_view::npos) {
        out.push_back(Span{i, close + 1});
        i = close;
      }
    } else if (c == ']' && i + 1 < text.size() && text[i + 1] == '(') {
      const std::size_t close = text.find(')', i + 2);
      if (close != std::string_view::npos &&
          text.substr(i, close - i).find('\n') == std::string_view::npos) {
        out.push_back(Span{i + 1, close + 1});
        i = close;
      }
    }
  }
}

}  // namespace

std::vector<Span> non_prose_spans(std::string_view text, Markup markup) {
  std::vector<Span> out;
  add_html_comments(text, out);
  if (markup == Markup::markdown) add_markdown(text, out);
  std::sort(out.begin(), out.end());
  // Merge overlaps so that callers can walk the list once.
  std::vector<Span> merged;
  for (const Span& s : out) {
    if (!merged.empty() && s.begin <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, s.end);
    } else {
      merged.push_back(s);
    }
  }
  return merged;
}

}  // namespace mtlint
