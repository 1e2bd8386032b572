#pragma once

#include <string>

namespace mtlint {

/// The folder holding the shipped `dictionaries/` and `rules/`: $MTLINT_DATA_DIR when set, else
/// the installed share folder when it exists, else the source tree the binary was built from.
std::string find_data_dir();

}  // namespace mtlint
