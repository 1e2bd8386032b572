// Fuzz target: any Hunspell .aff/.dic pair (the input split at a line "====") either expands or
// gives an Error; never a crash, an exception or an endless expansion.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <string>

#include "lexicon/affix_expander.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const std::size_t split = text.find("\n====\n");
  const std::string aff = text.substr(0, split);
  const std::string dic = split == std::string::npos ? "1\nword\n" : text.substr(split + 6);
  const std::string base = "/tmp/mtlint_affix_fuzz_" + std::to_string(::getpid());
  std::ofstream(base + ".aff", std::ios::binary | std::ios::trunc) << aff;
  std::ofstream(base + ".dic", std::ios::binary | std::ios::trunc) << dic;
  mtlint::ExpandOptions options;
  options.max_forms = 100000;
  std::size_t forms = 0;
  (void)mtlint::expand_dictionary(
      base + ".aff", base + ".dic", [&](std::string_view, std::uint16_t) { ++forms; }, options);
  std::remove((base + ".aff").c_str());
  std::remove((base + ".dic").c_str());
  return 0;
}
