#pragma once

#include <ostream>

#include "report/reporter.h"

namespace mtlint {

/// The human format: `PATH:LINE:COL: SEVERITY: MESSAGE [RULE-ID]`, then the source line with
/// the span underlined, then the fix or suggestions and related places.
class TextReporter final : public Reporter {
 public:
  TextReporter(std::ostream& out, const ReportOptions& options) : out_(out), options_(options) {}
  void file(const Document& document, const std::vector<Diagnostic>& diagnostics) override;

 private:
  std::ostream& out_;
  ReportOptions options_;
};

/// Terminal display width of UTF-8 text: 2 for East Asian wide and full-width characters,
/// 0 for combining marks, 1 otherwise (a tab counts 1 because excerpts print it as a space).
std::size_t display_width(std::string_view text);

}  // namespace mtlint
