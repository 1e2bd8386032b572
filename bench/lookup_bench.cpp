// Dictionary and name lookups on the words of the dev articles.
#include <benchmark/benchmark.h>

#include "bench/bench_corpus.h"
#include "lexicon/form_cache.h"
#include "lexicon/lexicon.h"
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

// Verdicts from the word-form table (no memo: every lookup hashes and probes).
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

// Listed-word lookups (proper nouns): the same table, listed variants only.
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

// The one-edit test: every candidate one edit away looked up in the table.
void BM_HasNearWord(benchmark::State& state) {
  const Fixture& f = fixture();
  if (!f.lexicon) {
    state.SkipWithError("no dictionary");
    return;
  }
  for (auto _ : state) {
    for (const auto& w : f.words) benchmark::DoNotOptimize(f.lexicon->has_near_word(w));
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * f.words.size()));
}
BENCHMARK(BM_HasNearWord)->Unit(benchmark::kMillisecond);

// Suggestions for the words the table rejects.
void BM_Suggest(benchmark::State& state) {
  const Fixture& f = fixture();
  if (!f.lexicon) {
    state.SkipWithError("no dictionary");
    return;
  }
  std::vector<std::string> unknown;
  for (const auto& w : f.words) {
    if (!f.lexicon->is_known(w)) unknown.push_back(w);
  }
  for (auto _ : state) {
    for (const auto& w : unknown) benchmark::DoNotOptimize(f.lexicon->suggest(w));
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * unknown.size()));
}
BENCHMARK(BM_Suggest)->Unit(benchmark::kMillisecond);

// Expanding en_US and en_GB into a table: what the first run after an update pays once.
void BM_BuildEnglishTable(benchmark::State& state) {
  mtlint::TableRecipe recipe;
  recipe.dictionaries.push_back({"/usr/share/hunspell/en_US"});
  recipe.dictionaries.push_back({"/usr/share/hunspell/en_GB"});
  for (auto _ : state) {
    auto table = mtlint::build_table(recipe);
    if (!table) {
      state.SkipWithError("no dictionary");
      return;
    }
    benchmark::DoNotOptimize(table->size());
  }
}
BENCHMARK(BM_BuildEnglishTable)->Unit(benchmark::kMillisecond)->Iterations(2);

}  // namespace
