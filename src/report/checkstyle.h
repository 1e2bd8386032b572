#pragma once

#include <ostream>

#include "report/reporter.h"

namespace mtlint {

/// `--format checkstyle`: Checkstyle 4.3 XML (`<file name><error line column severity message
/// source/>`), read by Jenkins, GitLab and reviewdog; written by finish().
class CheckstyleReporter final : public Reporter {
 public:
  explicit CheckstyleReporter(std::ostream& out) : out_(out) {}
  void file(const Document& document, const std::vector<Diagnostic>& diagnostics) override;
  void finish(const RunSummary& summary) override;

 private:
  std::ostream& out_;
  std::string body_;
};

}  // namespace mtlint
