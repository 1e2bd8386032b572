#include "report/json.h"

#include "report/location.h"
#include "text/fingerprint.h"

namespace mtlint {

namespace {

using ojson = nlohmann::ordered_json;

void put_location(ojson& j, const Document& document, Span span) {
  const Location at = locate(document, span);
  j["line"] = at.start.line;
  j["column"] = at.start.column;
  j["end_line"] = at.end.line;
  j["end_column"] = at.end.column;
  j["offset"] = at.offset;
  j["end_offset"] = at.end_offset;
}

}  // namespace

ojson finding_json(const Document& document, const Diagnostic& d) {
  ojson j;
  j["path"] = document.path();
  put_location(j, document, d.span);
  j["rule"] = d.rule_id;
  j["severity"] = std::string(to_string(d.severity));
  j["message"] = d.message;
  j["text"] = std::string(document.slice(d.span.begin, d.span.end));
  j["line_text"] = std::string(document.lines().line_text(document.lines().line_of(d.span.begin)));
  ojson fixes = ojson::array();
  for (const Fix& f : d.fixes) {
    ojson fix;
    put_location(fix, document, f.span);
    fix["replacement"] = f.replacement;
    fixes.push_back(std::move(fix));
  }
  j["fixes"] = std::move(fixes);
  ojson related = ojson::array();
  for (const Related& r : d.related) {
    ojson rel;
    put_location(rel, document, r.span);
    rel["message"] = r.message;
    related.push_back(std::move(rel));
  }
  j["related"] = std::move(related);
  j["fingerprint"] = fingerprint(document, d);
  return j;
}

void JsonReporter::file(const Document& document, const std::vector<Diagnostic>& diagnostics) {
  files_.push_back(ojson{{"path", document.path()}, {"findings", diagnostics.size()}});
  for (const Diagnostic& d : diagnostics) findings_.push_back(finding_json(document, d));
}

void JsonReporter::finish(const RunSummary& summary) {
  ojson doc;
  doc["schema_version"] = kJsonSchemaVersion;
  doc["tool"] = ojson{{"name", "mtlint"}, {"version", options_.tool_version}};
  doc["column_unit"] = "unicode_code_point";
  doc["files"] = std::move(files_);
  doc["findings"] = std::move(findings_);
  doc["summary"] = ojson{{"files", summary.files},
                         {"failed_files", summary.failed_files},
                         {"errors", summary.errors},
                         {"warnings", summary.warnings},
                         {"infos", summary.infos}};
  out_ << doc.dump(2) << '\n';
}

void JsonLinesReporter::file(const Document& document, const std::vector<Diagnostic>& diagnostics) {
  for (const Diagnostic& d : diagnostics) out_ << finding_json(document, d).dump() << '\n';
  out_.flush();
}

}  // namespace mtlint
