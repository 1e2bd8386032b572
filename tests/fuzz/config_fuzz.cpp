// Fuzz target: any .mtlint.toml text either parses or gives an Error; never a crash or an
// exception.
#include <cstddef>
#include <cstdint>
#include <string>

#include "engine/config.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  auto config = mtlint::parse_config(text, "fuzz/.mtlint.toml");
  if (config) (void)mtlint::config_selects(*config, "fuzz/a/b.txt");
  return 0;
}
