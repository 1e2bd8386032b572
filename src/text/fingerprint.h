#pragma once

#include <string>

#include "core/diagnostic.h"
#include "text/document.h"

namespace mtlint {

/// A finding's fingerprint (16 hex digits): a hash of its rule, the flagged text and up to 24
/// characters on each side within its line (whitespace runs folded). Line numbers play no part,
/// so moving a paragraph keeps the fingerprint; the same word flagged in another sentence gets
/// a new one. Baselines and SARIF `partialFingerprints` use it.
std::string fingerprint(const Document& document, const Diagnostic& diagnostic);

}  // namespace mtlint
