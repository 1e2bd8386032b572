#pragma once

#include <string>
#include <vector>

#include "core/severity.h"
#include "core/span.h"

namespace mtlint {

/// One proposed edit: replace the bytes of `span` with `replacement`.
struct Fix {
  Span span;
  std::string replacement;
  friend bool operator==(const Fix&, const Fix&) = default;
};

/// Another place in the same document that explains a finding ("spelled 'Kuleba' on line 14").
struct Related {
  Span span;
  std::string message;
  friend bool operator==(const Related&, const Related&) = default;
};

/// A finding: what is wrong where, how serious, and how to fix it. Positions are byte spans.
struct Diagnostic {
  std::string path;
  Span span;
  std::string rule_id;
  Severity severity = Severity::warning;
  std::string message;
  std::vector<Fix> fixes;  ///< alternatives; a fix is applied automatically only when it is alone
  std::vector<Related> related;
  friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

/// Sorts by position (then rule id) and keeps one finding per span: the first rule to claim a
/// span wins, so callers order rules by priority before reporting.
void sort_and_dedup(std::vector<Diagnostic>& diagnostics);

}  // namespace mtlint
