#pragma once

#include <ostream>

#include "report/reporter.h"

namespace mtlint {

/// `--format html`: one self-contained page (no scripts, no external files) showing each
/// article with its findings highlighted and a list of the findings; every text is escaped.
class HtmlReporter final : public Reporter {
 public:
  HtmlReporter(std::ostream& out, const ReportOptions& options) : out_(out), options_(options) {}
  void file(const Document& document, const std::vector<Diagnostic>& diagnostics) override;
  void finish(const RunSummary& summary) override;

 private:
  std::ostream& out_;
  ReportOptions options_;
  std::string body_;
  std::size_t next_id_ = 1;
};

}  // namespace mtlint
