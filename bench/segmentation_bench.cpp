// ICU word and sentence segmentation of the dev articles.
#include <benchmark/benchmark.h>

#include "bench/bench_corpus.h"
#include "text/analysis.h"

namespace {

void BM_Segment(benchmark::State& state) {
  const std::string text = mtlint::bench::dev_text();
  auto segmenter = mtlint::Segmenter::create();
  if (!segmenter) {
    state.SkipWithError("no ICU segmenter");
    return;
  }
  for (auto _ : state) {
    auto analysis = (*segmenter)->analyse(text);
    benchmark::DoNotOptimize(analysis.words.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_Segment)->Unit(benchmark::kMillisecond);

void BM_FindUrls(benchmark::State& state) {
  const std::string text = mtlint::bench::dev_text();
  for (auto _ : state) benchmark::DoNotOptimize(mtlint::find_urls_and_emails(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_FindUrls);

}  // namespace
