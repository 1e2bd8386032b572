// Fuzz target: parsing arbitrary bytes as a baseline file must never crash; a baseline that
// parses must survive a write / read round trip.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "engine/baseline.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string json(reinterpret_cast<const char*>(data), size);
  auto baseline = mtlint::Baseline::parse(json, "fuzz.json");
  if (!baseline) return 0;
  auto again = mtlint::Baseline::parse(baseline->to_json(), "again.json");
  if (!again || again->size() != baseline->size()) std::abort();
  return 0;
}
