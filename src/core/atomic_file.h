#pragma once

#include <string>
#include <string_view>

namespace mtlint {

/// Writes `bytes` to `path` through a temporary file of this writer's own in the same folder,
/// renamed over `path`: readers see the old file or the new one, never a part. Creates the
/// folder. False (and no temporary file left) when it cannot; for caches, where that only means
/// working without one.
bool write_atomically(const std::string& path, std::string_view bytes);

}  // namespace mtlint
