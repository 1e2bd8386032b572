#include "rules/rule.h"

namespace mtlint {

Diagnostic Rule::finding(Span span, std::string message, std::vector<Fix> fixes) const {
  Diagnostic d;
  d.span = span;
  d.rule_id = info_.id;
  d.severity = info_.severity;
  d.message = std::move(message);
  d.fixes = std::move(fixes);
  return d;
}

std::string expand(std::string_view pattern, const std::map<std::string, std::string>& values) {
  std::string out;
  std::size_t i = 0;
  while (i < pattern.size()) {
    if (pattern[i] == '{') {
      const auto close = pattern.find('}', i);
      if (close != std::string_view::npos) {
        auto it = values.find(std::string(pattern.substr(i + 1, close - i - 1)));
        if (it != values.end()) {
          out += it->second;
          i = close + 1;
          continue;
        }
      }
    }
    out += pattern[i++];
  }
  return out;
}

}  // namespace mtlint
