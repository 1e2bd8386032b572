#include "report/html.h"

#include "report/escape.h"
#include "report/location.h"

namespace mtlint {

namespace {

constexpr const char* kStyle =
    R"(body{font:16px/1.5 Georgia,serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.4rem}h2{font:bold 1.1rem sans-serif;border-bottom:1px solid #ccc;margin-top:2.5rem}
.article{white-space:pre-wrap;background:#fafafa;border:1px solid #ddd;padding:1rem;tab-size:4}
mark{border-radius:2px;padding:0 1px}mark.error{background:#f8c4c4}mark.warning{background:#fbe3a6}
mark.info{background:#cde4f7}mark sup{font:bold .65rem sans-serif;color:#555}
ol.findings{font:.9rem/1.4 sans-serif}ol.findings li{margin:.4rem 0}
.sev{font-weight:bold;text-transform:uppercase;font-size:.75rem}.sev.error{color:#b00}
.sev.warning{color:#960}.sev.info{color:#06a}code{background:#eee;padding:0 2px}
.summary{font:.9rem sans-serif;color:#555})";

}  // namespace

void HtmlReporter::file(const Document& document, const std::vector<Diagnostic>& diagnostics) {
  const std::string& text = document.text();
  const std::size_t first_id = next_id_;
  body_ += "<section>\n<h2>" + escape_markup(document.path(), EscapeFor::html_text) + " &mdash; " +
           std::to_string(diagnostics.size()) +
           (diagnostics.size() == 1 ? " finding" : " findings") + "</h2>\n<div class=\"article\">";
  // Highlights in text order; a span that starts inside the previous highlight is only listed.
  std::size_t at = 0;
  for (std::size_t i = 0; i < diagnostics.size(); ++i) {
    const Diagnostic& d = diagnostics[i];
    const std::string id = "f" + std::to_string(first_id + i);
    if (d.span.begin < at || d.span.end > text.size()) continue;
    body_ +=
        escape_markup(std::string_view(text).substr(at, d.span.begin - at), EscapeFor::html_text);
    body_ += "<mark class=\"" + std::string(to_string(d.severity)) + "\" id=\"" + id +
             "-at\" title=\"" +
             escape_markup(d.message + " [" + d.rule_id + "]", EscapeFor::html_text) + "\">" +
             escape_markup(document.slice(d.span.begin, d.span.end), EscapeFor::html_text) +
             "<sup><a href=\"#" + id + "\">" + std::to_string(first_id + i) + "</a></sup></mark>";
    at = d.span.end;
  }
  body_ += escape_markup(std::string_view(text).substr(at), EscapeFor::html_text) + "</div>\n";
  if (!diagnostics.empty())
    body_ += "<ol class=\"findings\" start=\"" + std::to_string(first_id) + "\">\n";
  for (std::size_t i = 0; i < diagnostics.size(); ++i) {
    const Diagnostic& d = diagnostics[i];
    const std::string id = "f" + std::to_string(first_id + i);
    const Location where = locate(document, d.span);
    const std::string severity(to_string(d.severity));
    body_ += "<li id=\"" + id + "\"><a href=\"#" + id + "-at\">" +
             std::to_string(where.start.line) + ":" + std::to_string(where.start.column) +
             "</a> <span class=\"sev " + severity + "\">" + severity + "</span> " +
             escape_markup(d.message, EscapeFor::html_text) + " <code>" +
             escape_markup(d.rule_id, EscapeFor::html_text) + "</code>";
    if (d.fixes.size() == 1) {
      const std::string& r = d.fixes.front().replacement;
      body_ += r.empty() ? " &rarr; delete it"
                         : " &rarr; <code>" + escape_markup(r, EscapeFor::html_text) + "</code>";
    } else if (d.fixes.size() > 1) {
      body_ += " &rarr; ";
      for (std::size_t k = 0; k < d.fixes.size(); ++k) {
        body_ += (k ? ", <code>" : "<code>") +
                 escape_markup(d.fixes[k].replacement, EscapeFor::html_text) + "</code>";
      }
    }
    body_ += "</li>\n";
  }
  if (!diagnostics.empty()) body_ += "</ol>\n";
  body_ += "</section>\n";
  next_id_ += diagnostics.size();
}

void HtmlReporter::finish(const RunSummary& summary) {
  out_ << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
       << "<title>mtlint report</title>\n<style>\n"
       << kStyle << "\n</style>\n</head>\n<body>\n<h1>mtlint report</h1>\n<p class=\"summary\">"
       << escape_markup(summary_line(summary), EscapeFor::html_text) << " &middot; mtlint "
       << escape_markup(options_.tool_version, EscapeFor::html_text) << "</p>\n"
       << body_ << "</body>\n</html>\n";
}

}  // namespace mtlint
