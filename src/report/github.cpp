#include "report/github.h"

#include "report/location.h"

namespace mtlint {

namespace {

std::string escape(std::string_view text, bool property) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      case ':':
        out += property ? "%3A" : ":";
        break;
      case ',':
        out += property ? "%2C" : ",";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string_view command(Severity s) {
  switch (s) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::info:
      return "notice";
  }
  return "warning";
}

}  // namespace

std::string github_escape_data(std::string_view text) { return escape(text, false); }
std::string github_escape_property(std::string_view text) { return escape(text, true); }

void GithubReporter::file(const Document& document, const std::vector<Diagnostic>& diagnostics) {
  for (const Diagnostic& d : diagnostics) {
    const Location at = locate(document, d.span);
    std::string message = d.message;
    if (d.fixes.size() == 1) {
      const std::string& r = d.fixes.front().replacement;
      message += r.empty() ? " (fix: delete it)" : " (fix: '" + r + "')";
    }
    out_ << "::" << command(d.severity) << " file=" << github_escape_property(document.path())
         << ",line=" << at.start.line << ",col=" << at.start.column << ",endLine=" << at.end.line
         << ",endColumn=" << at.end.column << ",title=" << github_escape_property(d.rule_id)
         << "::" << github_escape_data(message) << '\n';
  }
}

}  // namespace mtlint
