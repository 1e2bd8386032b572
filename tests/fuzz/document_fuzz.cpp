// Fuzz target: loading arbitrary bytes as a document, segmenting it and mapping every word back
// to a line and column must never crash, and spans must stay inside the text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "text/analysis.h"
#include "text/document.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto doc = mtlint::make_document("fuzz", std::string(reinterpret_cast<const char*>(data), size));
  if (!doc) return 0;
  static auto segmenter = mtlint::Segmenter::create();
  if (!segmenter) std::abort();
  const std::string& text = (*doc)->text();
  const mtlint::Analysis analysis = (*segmenter)->analyse(text);
  for (const mtlint::Word& w : analysis.words) {
    if (w.span.end > text.size() || w.span.begin >= w.span.end) std::abort();
    if (!w.span.contains(w.stem)) std::abort();
    const auto pos = (*doc)->lines().position(w.span.begin);
    if (pos.line < 1 || pos.column < 1) std::abort();
  }
  return 0;
}
