// Fuzz target: the first line is a regex, the rest a text. Deriving a prefilter never crashes,
// and when the regex compiles, scanning the text's lines finds the same matches with the
// prefilter as without it (a prefilter that skipped a line with a match would be a lost finding).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "rules/regex.h"
#include "text/analysis.h"

namespace {

std::vector<mtlint::Span> matches(const mtlint::Regex& regex, const std::string& text) {
  std::vector<mtlint::Span> out;
  const mtlint::Subject subject(text);
  const auto lines = mtlint::line_spans(text);
  for (const mtlint::Span line : regex.candidates(text, lines)) {
    regex.scan(subject, line, [&](const std::vector<mtlint::Span>& groups) {
      out.insert(out.end(), groups.begin(), groups.end());
      return out.size() < 10000;
    });
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  if (mtlint::utf8::find_invalid(input)) return 0;  // patterns and documents are valid UTF-8
  const std::size_t nl = input.find('\n');
  const std::string source = input.substr(0, nl);
  const std::string text = nl == std::string::npos ? "" : input.substr(nl + 1);
  for (const bool case_insensitive : {false, true}) {
    (void)mtlint::Prefilter::derive(source, case_insensitive);
    auto regex = mtlint::Regex::compile(source, case_insensitive, nullptr);
    if (!regex) continue;
    const auto filtered = matches(**regex, text);
    mtlint::Regex::set_prefilters_enabled(false);
    const auto unfiltered = matches(**regex, text);
    mtlint::Regex::set_prefilters_enabled(true);
    if (filtered != unfiltered) std::abort();
  }
  return 0;
}
