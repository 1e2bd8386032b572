#include "report/diff.h"

#include "report/fixes.h"
#include "report/location.h"

namespace mtlint {

void DiffReporter::file(const Document& document, const std::vector<Diagnostic>& diagnostics) {
  const FixPlan plan = plan_fixes(document.text(), diagnostics);
  out_ << unified_diff(document.path(), file_bytes(document),
                       shift_edits(plan.edits, stored_prefix(document)));
}

}  // namespace mtlint
