#pragma once

#include <cstddef>
#include <functional>
#include <string_view>

namespace mtlint {

/// A hash for std::string keys that also takes string_views, so that a lookup makes no copy:
/// `std::unordered_map<std::string, T, StringHash, std::equal_to<>>`.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

}  // namespace mtlint
