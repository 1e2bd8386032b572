// Fuzz target: parsing arbitrary bytes as `git diff -U0` output must never crash, and every
// range it returns must be non-empty.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "engine/changed_lines.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto ranges =
      mtlint::parse_changed_lines(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!ranges) return 0;
  for (const auto& r : *ranges) {
    if (r.last < r.first) std::abort();
  }
  return 0;
}
