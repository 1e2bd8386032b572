#include "report/sarif.h"

#include "report/location.h"
#include "text/fingerprint.h"

namespace mtlint {

namespace {

using ojson = nlohmann::ordered_json;

std::string_view sarif_level(Severity s) {
  switch (s) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::info:
      return "note";
  }
  return "warning";
}

ojson region(const Document& document, Span span, bool snippet) {
  const Location at = locate(document, span);
  ojson r{{"startLine", at.start.line},
          {"startColumn", at.start.column},
          {"endLine", at.end.line},
          {"endColumn", at.end.column}};
  if (snippet) r["snippet"] = ojson{{"text", std::string(document.slice(span.begin, span.end))}};
  return r;
}

}  // namespace

std::string sarif_uri(std::string_view path) {
  if (path == "<stdin>") return "stdin";
  static const char* hex = "0123456789ABCDEF";
  std::string out = path.starts_with("/") ? "file://" : "";
  while (path.starts_with("./")) path.remove_prefix(2);
  for (unsigned char c : path) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    if (plain) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

void SarifReporter::file(const Document& document, const std::vector<Diagnostic>& diagnostics) {
  const std::string uri = sarif_uri(document.path());
  const std::size_t index = artifacts_.size();
  artifacts_.push_back(ojson{{"location", ojson{{"uri", uri}}}, {"encoding", "utf-8"}});
  const ojson artifact{{"uri", uri}, {"index", index}};
  for (const Diagnostic& d : diagnostics) {
    ojson result;
    result["ruleId"] = d.rule_id;
    for (std::size_t i = 0; i < options_.rules.size(); ++i) {
      if (options_.rules[i].id == d.rule_id) result["ruleIndex"] = i;
    }
    result["level"] = sarif_level(d.severity);
    result["message"] = ojson{{"text", d.message}};
    result["locations"] = ojson::array(
        {ojson{{"physicalLocation", ojson{{"artifactLocation", artifact},
                                          {"region", region(document, d.span, true)}}}}});
    if (!d.related.empty()) {
      ojson related = ojson::array();
      for (std::size_t i = 0; i < d.related.size(); ++i) {
        related.push_back(ojson{
            {"id", i},
            {"message", ojson{{"text", d.related[i].message}}},
            {"physicalLocation", ojson{{"artifactLocation", artifact},
                                       {"region", region(document, d.related[i].span, false)}}}});
      }
      result["relatedLocations"] = std::move(related);
    }
    if (!d.fixes.empty()) {
      ojson fixes = ojson::array();
      for (const Fix& f : d.fixes) {
        const std::string what =
            f.replacement.empty() ? "delete it" : "replace with '" + f.replacement + "'";
        fixes.push_back(ojson{
            {"description", ojson{{"text", what}}},
            {"artifactChanges",
             ojson::array({ojson{
                 {"artifactLocation", artifact},
                 {"replacements",
                  ojson::array({ojson{{"deletedRegion", region(document, f.span, false)},
                                      {"insertedContent", ojson{{"text", f.replacement}}}}})}}})}});
      }
      result["fixes"] = std::move(fixes);
    }
    // Line-independent, so code scanning keeps an alert when its paragraph moves.
    result["partialFingerprints"] = ojson{{"mtlint/v1", fingerprint(document, d)}};
    results_.push_back(std::move(result));
  }
}

void SarifReporter::finish(const RunSummary& summary) {
  (void)summary;
  ojson rules = ojson::array();
  for (const RuleDescription& r : options_.rules) {
    rules.push_back(
        ojson{{"id", r.id},
              {"shortDescription", ojson{{"text", r.summary.empty() ? r.id : r.summary}}},
              {"fullDescription", ojson{{"text", r.description.empty() ? r.id : r.description}}},
              {"defaultConfiguration", ojson{{"level", sarif_level(r.severity)}}},
              {"properties", ojson{{"category", r.category}}}});
  }
  ojson driver{{"name", "mtlint"},
               {"version", options_.tool_version},
               {"semanticVersion", options_.tool_version},
               {"rules", std::move(rules)}};
  ojson run{{"tool", ojson{{"driver", std::move(driver)}}},
            {"columnKind", "unicodeCodePoints"},
            {"artifacts", std::move(artifacts_)},
            {"results", std::move(results_)}};
  ojson log{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
            {"version", "2.1.0"},
            {"runs", ojson::array({std::move(run)})}};
  out_ << log.dump(2) << '\n';
}

}  // namespace mtlint
