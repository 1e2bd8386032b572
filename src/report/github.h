#pragma once

#include <ostream>

#include "report/reporter.h"

namespace mtlint {

/// `--format github`: GitHub Actions workflow commands (`::warning file=…,line=…::message`),
/// which the runner turns into annotations on the pull request.
class GithubReporter final : public Reporter {
 public:
  explicit GithubReporter(std::ostream& out) : out_(out) {}
  void file(const Document& document, const std::vector<Diagnostic>& diagnostics) override;

 private:
  std::ostream& out_;
};

/// Escapes a workflow-command message (`%`, CR, LF).
std::string github_escape_data(std::string_view text);
/// Escapes a workflow-command property value (also `:` and `,`).
std::string github_escape_property(std::string_view text);

}  // namespace mtlint
