#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"

namespace mtlint {

/// The edits that a diff or `--fix` applies to one document, and which findings they settle.
struct FixPlan {
  std::vector<Fix> edits;            ///< sorted by position, pairwise disjoint
  std::vector<std::size_t> applied;  ///< indices of the findings whose fix is in `edits`
};

/// Picks the fix of every finding that has exactly one; a fix that overlaps another candidate
/// (or inserts at the same place) is left out together with the one it overlaps, and a fix that
/// would change nothing is left out. `text` is the text the spans point into.
FixPlan plan_fixes(std::string_view text, const std::vector<Diagnostic>& diagnostics);

/// `text` with `edits` (sorted, disjoint) applied.
std::string apply_edits(std::string_view text, const std::vector<Fix>& edits);

/// The same edits moved `shift` bytes to the right (onto the stored file, past a BOM).
std::vector<Fix> shift_edits(std::vector<Fix> edits, std::size_t shift);

/// A unified diff (`--- a/PATH`, `+++ b/PATH`, `context` lines around each change) that turns
/// `before` into apply_edits(before, edits); empty when there is nothing to change.
std::string unified_diff(std::string_view path, std::string_view before,
                         const std::vector<Fix>& edits, std::size_t context = 3);

/// The path written after `a/` and `b/`: relative, without a leading "./".
std::string diff_path(std::string_view path);

}  // namespace mtlint
