#pragma once

#include <cstdint>

namespace mtlint {

/// A stamp of the running build: the mtlint and ICU versions and the program's size and
/// modification time. Cache files that hold what only this build's code derives (prefilters, the
/// indexed name table) carry it, so that a rebuilt program never reads what an older one wrote.
std::uint64_t build_stamp();

}  // namespace mtlint
