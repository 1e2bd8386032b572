#include "core/diagnostic.h"

#include <algorithm>

namespace mtlint {

void sort_and_dedup(std::vector<Diagnostic>& diagnostics) {
  // stable: among findings on the same span, the earlier-reported (higher-priority) one survives.
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     if (a.path != b.path) return a.path < b.path;
                     return a.span < b.span;
                   });
  auto same_span = [](const Diagnostic& a, const Diagnostic& b) {
    return a.path == b.path && a.span == b.span;
  };
  diagnostics.erase(std::unique(diagnostics.begin(), diagnostics.end(), same_span),
                    diagnostics.end());
}

}  // namespace mtlint
