#pragma once

#include <vector>

#include "core/diagnostic.h"
#include "core/error.h"
#include "text/document.h"

namespace mtlint {

/// Writes `edits` (spans of document.text(), sorted and disjoint) into the document's file:
/// a temporary file in the same folder, same mode, fsync, then rename over the original, so a
/// reader sees the old or the new file, never half of one. The BOM and line endings stay as
/// they were. A read-only file, standard input, or a file whose bytes changed since the document
/// was read is left alone and reported as an error.
Status fix_file(const Document& document, const std::vector<Fix>& edits);

}  // namespace mtlint
