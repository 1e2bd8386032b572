#pragma once

#include <string>

namespace mtlint {

/// The folder holding the shipped `dictionaries/` and `rules/`: $MTLINT_DATA_DIR when set, else
/// `<prefix>/share/mtlint` beside an installed binary, else the source tree the binary was built
/// from when it still exists, else the configured install folder.
std::string find_data_dir();

/// Where mtlint keeps caches: $MTLINT_CACHE_DIR, else $XDG_CACHE_HOME/mtlint, else
/// ~/.cache/mtlint; empty when none of them is set.
std::string default_cache_dir();

}  // namespace mtlint
