#include "report/checkstyle.h"

#include "report/escape.h"
#include "report/location.h"

namespace mtlint {

void CheckstyleReporter::file(const Document& document,
                              const std::vector<Diagnostic>& diagnostics) {
  body_ += "  <file name=\"" + escape_markup(document.path(), EscapeFor::xml_attribute) + "\">\n";
  for (const Diagnostic& d : diagnostics) {
    const Location at = locate(document, d.span);
    body_ += "    <error line=\"" + std::to_string(at.start.line) + "\" column=\"" +
             std::to_string(at.start.column) + "\" severity=\"" +
             std::string(to_string(d.severity)) + "\" message=\"" +
             escape_markup(d.message, EscapeFor::xml_attribute) + "\" source=\"mtlint." +
             escape_markup(d.rule_id, EscapeFor::xml_attribute) + "\"/>\n";
  }
  body_ += "  </file>\n";
}

void CheckstyleReporter::finish(const RunSummary& summary) {
  (void)summary;
  out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
       << body_ << "</checkstyle>\n";
}

}  // namespace mtlint
