#include "report/checkstyle.h"

#include "report/location.h"

namespace mtlint {

std::string xml_escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    const auto b = static_cast<unsigned char>(c);
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      case '\t':
        out += "&#9;";
        break;
      case '\n':
        out += "&#10;";
        break;
      case '\r':
        out += "&#13;";
        break;
      default:
        if (b < 0x20 || b == 0x7F) {
          out += "\xEF\xBF\xBD";
        } else {
          out += c;
        }
    }
  }
  return out;
}

void CheckstyleReporter::file(const Document& document,
                              const std::vector<Diagnostic>& diagnostics) {
  body_ += "  <file name=\"" + xml_escape(document.path()) + "\">\n";
  for (const Diagnostic& d : diagnostics) {
    const Location at = locate(document, d.span);
    body_ += "    <error line=\"" + std::to_string(at.start.line) + "\" column=\"" +
             std::to_string(at.start.column) + "\" severity=\"" +
             std::string(to_string(d.severity)) + "\" message=\"" + xml_escape(d.message) +
             "\" source=\"mtlint." + xml_escape(d.rule_id) + "\"/>\n";
  }
  body_ += "  </file>\n";
}

void CheckstyleReporter::finish(const RunSummary& summary) {
  (void)summary;
  out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
       << body_ << "</checkstyle>\n";
}

}  // namespace mtlint
