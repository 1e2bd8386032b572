#pragma once

#include <nlohmann/json.hpp>
#include <ostream>

#include "report/reporter.h"

namespace mtlint {

/// `--format sarif`: one SARIF 2.1.0 log for the run (rules in `tool.driver.rules`, columns in
/// code points, single fixes as `artifactChanges`), written by finish().
class SarifReporter final : public Reporter {
 public:
  SarifReporter(std::ostream& out, const ReportOptions& options) : out_(out), options_(options) {}
  void file(const Document& document, const std::vector<Diagnostic>& diagnostics) override;
  void finish(const RunSummary& summary) override;

 private:
  std::ostream& out_;
  ReportOptions options_;
  nlohmann::ordered_json artifacts_ = nlohmann::ordered_json::array();
  nlohmann::ordered_json results_ = nlohmann::ordered_json::array();
};

/// A path as a SARIF URI reference: relative paths stay relative, percent-encoded; absolute ones
/// become file:// URIs; standard input is "stdin".
std::string sarif_uri(std::string_view path);

}  // namespace mtlint
