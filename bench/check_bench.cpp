// End-to-end Engine::check of one article, and of all dev articles, with the default rules.
#include <benchmark/benchmark.h>

#include "bench/bench_corpus.h"
#include "engine/data_dir.h"
#include "engine/engine.h"
#include "text/document.h"

namespace {

const mtlint::Engine* engine() {
  static const std::unique_ptr<mtlint::Engine> made = [] {
    mtlint::EngineOptions options;
    options.data_dir = MTLINT_DATA_DIR;
    // The word-form caches the CLI uses: without them every run would build the tables first.
    options.cache_dir = mtlint::default_cache_dir();
    auto e = mtlint::Engine::create(options);
    return e ? std::move(*e) : nullptr;
  }();
  return made.get();
}

void BM_CheckArticle(benchmark::State& state) {
  const auto articles = mtlint::bench::dev_articles();
  const std::string& text = articles.at(1);
  const mtlint::Engine* e = engine();
  if (!e) {
    state.SkipWithError("no engine");
    return;
  }
  auto doc = mtlint::make_document("a.txt", text);
  for (auto _ : state) benchmark::DoNotOptimize(e->check(**doc));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_CheckArticle)->Unit(benchmark::kMicrosecond);

void BM_CheckDevSplit(benchmark::State& state) {
  const auto articles = mtlint::bench::dev_articles();
  const mtlint::Engine* e = engine();
  if (!e) {
    state.SkipWithError("no engine");
    return;
  }
  std::vector<std::unique_ptr<mtlint::Document>> docs;
  std::size_t bytes = 0;
  for (const auto& t : articles) {
    auto doc = mtlint::make_document("a.txt", t);
    if (doc) docs.push_back(std::move(doc.value()));
    bytes += t.size();
  }
  // Once untimed: source-language tables load the first time an article needs them.
  for (const auto& d : docs) benchmark::DoNotOptimize(e->check(*d));
  for (auto _ : state) {
    for (const auto& d : docs) benchmark::DoNotOptimize(e->check(*d));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_CheckDevSplit)->Unit(benchmark::kMillisecond);

}  // namespace
