#pragma once

#include <nlohmann/json.hpp>
#include <ostream>

#include "report/reporter.h"

namespace mtlint {

/// Version of the JSON and JSON Lines output; docs/json-output.md describes it.
inline constexpr int kJsonSchemaVersion = 1;

/// One finding as a JSON object (the shape is shared by `json` and `jsonl`).
nlohmann::ordered_json finding_json(const Document& document, const Diagnostic& diagnostic);

/// `--format json`: one document for the whole run, written by finish().
class JsonReporter final : public Reporter {
 public:
  JsonReporter(std::ostream& out, const ReportOptions& options) : out_(out), options_(options) {}
  void file(const Document& document, const std::vector<Diagnostic>& diagnostics) override;
  void finish(const RunSummary& summary) override;

 private:
  std::ostream& out_;
  ReportOptions options_;
  nlohmann::ordered_json files_ = nlohmann::ordered_json::array();
  nlohmann::ordered_json findings_ = nlohmann::ordered_json::array();
};

/// `--format jsonl`: one finding per line, written as soon as its file is checked.
class JsonLinesReporter final : public Reporter {
 public:
  explicit JsonLinesReporter(std::ostream& out) : out_(out) {}
  void file(const Document& document, const std::vector<Diagnostic>& diagnostics) override;

 private:
  std::ostream& out_;
};

}  // namespace mtlint
