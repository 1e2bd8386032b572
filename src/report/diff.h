#pragma once

#include <ostream>

#include "report/reporter.h"

namespace mtlint {

/// `--format diff`: a unified diff per file applying every single, non-overlapping fix; the
/// output feeds `git apply` or `patch -p1`.
class DiffReporter final : public Reporter {
 public:
  explicit DiffReporter(std::ostream& out) : out_(out) {}
  void file(const Document& document, const std::vector<Diagnostic>& diagnostics) override;

 private:
  std::ostream& out_;
};

}  // namespace mtlint
