#pragma once

#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/error.h"
#include "text/document.h"

namespace mtlint {

/// Counts over a whole run, for the summary line and the exit code.
struct RunSummary {
  std::size_t files = 0;         ///< files checked
  std::size_t failed_files = 0;  ///< files that could not be read
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t infos = 0;
};

/// What a reporter may say about a rule (SARIF `tool.driver.rules`, HTML tooltips).
struct RuleDescription {
  std::string id;
  Severity severity = Severity::warning;
  std::string category;
  std::string summary;      ///< first line of the description
  std::string description;  ///< the whole description
};

/// Settings shared by all reporters.
struct ReportOptions {
  bool color = false;
  std::string tool_version;            ///< "0.1.0"
  std::vector<RuleDescription> rules;  ///< every loaded rule, sorted by id
};

/// Writes findings in one output format. Files arrive in input order; finish() closes the run.
class Reporter {
 public:
  virtual ~Reporter() = default;
  /// The findings of one document (possibly none).
  virtual void file(const Document& document, const std::vector<Diagnostic>& diagnostics) = 0;
  /// Called once after the last file.
  virtual void finish(const RunSummary& summary) { (void)summary; }
};

/// The output formats, for --help and errors.
std::vector<std::string_view> report_formats();
/// A reporter for `format` writing to `out`; an unknown format is an error.
Result<std::unique_ptr<Reporter>> make_reporter(std::string_view format, std::ostream& out,
                                                const ReportOptions& options);

/// "3 warnings, 1 info in 1 file" (or "no findings in 2 files").
std::string summary_line(const RunSummary& summary);

}  // namespace mtlint
