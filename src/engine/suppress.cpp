#include "engine/suppress.h"

#include <algorithm>

namespace mtlint {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::vector<std::string> split_rules(std::string_view text) {
  std::vector<std::string> out;
  std::string current;
  for (char c : text) {
    if (is_space(c) || c == ',') {
      if (!current.empty()) out.push_back(std::move(current));
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty()) out.push_back(std::move(current));
  return out;
}

// A stretch of text where the rules matching `selector` are off, owned by directive `owner`.
struct Region {
  std::string selector;  // empty: every rule
  Span span;
  std::size_t owner;
};

}  // namespace

std::vector<Directive> find_directives(std::string_view text) {
  std::vector<Directive> out;
  std::size_t at = 0;
  while ((at = text.find("<!--", at)) != std::string_view::npos) {
    const std::size_t close = text.find("-->", at + 4);
    if (close == std::string_view::npos) break;
    std::string_view body = text.substr(at + 4, close - at - 4);
    while (!body.empty() && is_space(body.front())) body.remove_prefix(1);
    Directive d;
    d.comment = Span{at, close + 3};
    std::string_view rest;
    bool found = true;
    // Longest keyword first: "mtlint-disable" is a prefix of "mtlint-disable-next-line".
    if (body.starts_with("mtlint-disable-next-line")) {
      d.kind = Directive::Kind::disable_next_line;
      rest = body.substr(24);
    } else if (body.starts_with("mtlint-disable")) {
      d.kind = Directive::Kind::disable;
      rest = body.substr(14);
    } else if (body.starts_with("mtlint-enable")) {
      d.kind = Directive::Kind::enable;
      rest = body.substr(13);
    } else {
      found = false;
    }
    if (found && (rest.empty() || is_space(rest.front()))) {
      d.rules = split_rules(rest);
      out.push_back(std::move(d));
    }
    at = close + 3;
  }
  return out;
}

bool selector_matches(std::string_view selector, std::string_view id) {
  if (selector.empty() || selector == id) return true;
  if (selector.back() == '*') return id.starts_with(selector.substr(0, selector.size() - 1));
  return id.size() > selector.size() && id.starts_with(selector) && id[selector.size()] == '.';
}

void apply_suppressions(const Document& document, std::vector<Diagnostic>& findings) {
  const std::vector<Directive> directives = find_directives(document.text());
  if (directives.empty()) return;
  const LineIndex& lines = document.lines();
  std::vector<Region> regions;
  std::vector<Region> open;
  for (std::size_t i = 0; i < directives.size(); ++i) {
    const Directive& d = directives[i];
    switch (d.kind) {
      case Directive::Kind::disable_next_line: {
        const std::size_t next = lines.line_of(d.comment.end) + 1;
        if (next >= lines.line_count()) break;
        const Span line{lines.line_start(next), lines.line_end(next)};
        if (d.rules.empty()) regions.push_back(Region{"", line, i});
        for (const auto& r : d.rules) regions.push_back(Region{r, line, i});
        break;
      }
      case Directive::Kind::disable:
        if (d.rules.empty()) open.push_back(Region{"", Span{d.comment.end, 0}, i});
        for (const auto& r : d.rules) open.push_back(Region{r, Span{d.comment.end, 0}, i});
        break;
      case Directive::Kind::enable:
        for (auto it = open.begin(); it != open.end();) {
          const bool closes = d.rules.empty() || std::find(d.rules.begin(), d.rules.end(),
                                                           it->selector) != d.rules.end();
          if (!closes) {
            ++it;
            continue;
          }
          it->span.end = d.comment.begin;
          regions.push_back(std::move(*it));
          it = open.erase(it);
        }
        break;
    }
  }
  for (auto& r : open) {
    r.span.end = document.text().size();
    regions.push_back(std::move(r));
  }

  std::vector<bool> used(directives.size(), false);
  std::erase_if(findings, [&](const Diagnostic& f) {
    for (const Directive& d : directives) {
      if (d.comment.overlaps(f.span)) return true;  // "mtlint" is not a typo in a directive
    }
    bool suppressed = false;
    for (const Region& r : regions) {
      if (f.span.begin >= r.span.begin && f.span.begin < r.span.end &&
          selector_matches(r.selector, f.rule_id)) {
        used[r.owner] = true;
        suppressed = true;
      }
    }
    return suppressed;
  });

  for (std::size_t i = 0; i < directives.size(); ++i) {
    if (used[i] || directives[i].kind == Directive::Kind::enable) continue;
    Diagnostic d;
    d.path = document.path();
    d.span = directives[i].comment;
    d.rule_id = std::string(kUnusedSuppressionId);
    d.severity = Severity::info;
    d.message = "'" + std::string(document.slice(d.span.begin, d.span.end)) +
                "' suppresses no finding; remove it";
    d.fixes.push_back(Fix{d.span, ""});
    findings.push_back(std::move(d));
  }
  std::stable_sort(findings.begin(), findings.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.span < b.span; });
}

}  // namespace mtlint
