// Fuzz target: any rule file text either loads or gives an Error; never a crash or an exception.
#include <cstddef>
#include <cstdint>
#include <string>

#include "rules/loader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  auto rule = mtlint::load_rule_text(text, "fuzz.toml", "fuzz.rule");
  (void)rule;
  return 0;
}
