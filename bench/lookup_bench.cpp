// Dictionary and name lookups on the words of the dev articles.
#include <benchmark/benchmark.h>

#include "bench/bench_corpus.h"
#include "lexicon/lexicon.h"
#include "lexicon/near_words.h"
#include "text/analysis.h"

namespace {

struct Fixture {
  std::unique_ptr<mtlint::Lexicon> lexicon;
  std::vector<std::string> words;
};

const Fixture& fixture() {
  static const Fixture f = [] {
    Fixture made;
    mtlint::LexiconOptions options;
    options.word_lists.push_back(std::string(MTLINT_DATA_DIR) +
                                 "/dictionaries/news-proper-nouns.txt");
    auto lexicon = mtlint::Lexicon::create(options);
    if (lexicon) made.lexicon = std::move(*lexicon);
    const std::string text = mtlint::bench::dev_text();
    auto segmenter = mtlint::Segmenter::create();
    if (segmenter) {
      for (const auto& w : (*segmenter)->analyse(text).words) {
        made.words.emplace_back(text.substr(w.stem.begin, w.stem.size()));
      }
    }
    return made;
  }();
  return f;
}

// Memoised verdicts: the steady state of a long run.
void BM_IsKnown(benchmark::State& state) {
  const Fixture& f = fixture();
  if (!f.lexicon) {
    state.SkipWithError("no dictionary");
    return;
  }
  for (auto _ : state) {
    for (const auto& w : f.words) benchmark::DoNotOptimize(f.lexicon->is_known(w));
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * f.words.size()));
}
BENCHMARK(BM_IsKnown)->Unit(benchmark::kMillisecond);

// Name-table lookups: the word lists alone.
void BM_NameLookup(benchmark::State& state) {
  const Fixture& f = fixture();
  if (!f.lexicon) {
    state.SkipWithError("no dictionary");
    return;
  }
  for (auto _ : state) {
    for (const auto& w : f.words) benchmark::DoNotOptimize(f.lexicon->words().contains(w));
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * f.words.size()));
}
BENCHMARK(BM_NameLookup)->Unit(benchmark::kMillisecond);

// The one-edit pre-check that spares Hunspell's suggest() for most unknown names.
void BM_HasNearWord(benchmark::State& state) {
  const Fixture& f = fixture();
  if (!f.lexicon) {
    state.SkipWithError("no dictionary");
    return;
  }
  mtlint::NearWords near;
  for (const auto& w : f.lexicon->words().entries()) near.add(w);
  for (auto _ : state) {
    for (const auto& w : f.words) benchmark::DoNotOptimize(near.may_have_near(w));
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * f.words.size()));
}
BENCHMARK(BM_HasNearWord)->Unit(benchmark::kMillisecond);

}  // namespace
