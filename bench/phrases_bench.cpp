// A phrases rule with 20,000 rows against the same rule with 20 rows, on the dev articles:
// the table is one hash index, so checking should cost the same whatever its size. Segmenting
// the text (which every check does anyway) is measured alongside for scale.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "rules/loader.h"
#include "rules/rule.h"

namespace {

using namespace mtlint;

std::string dev_text() {
  std::vector<std::filesystem::path> paths;
  for (const auto& e :
       std::filesystem::directory_iterator(std::string(MTLINT_CORPUS_DIR) + "/dev")) {
    if (e.path().extension() == ".txt") paths.push_back(e.path());
  }
  std::sort(paths.begin(), paths.end());
  std::string all;
  for (const auto& p : paths) {
    std::ifstream in(p, std::ios::binary);
    all.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    all += '\n';
  }
  return all;
}

// Rows of two or three made-up words, so that first words collide like real tables do.
std::string phrases_rule(int rows) {
  std::string text = "kind = \"phrases\"\nmessage = \"write '{fix}'\"\n[phrases]\n";
  for (int i = 0; i < rows; ++i) {
    const std::string n = std::to_string(i);
    text += "\"wrong" + std::to_string(i % 97) + " phrase" + n + (i % 3 ? " here" : "") +
            "\" = \"right " + n + "\"\n";
  }
  text += "\"study time\" = \"reading time\"\n";
  return text;
}

class NullSink final : public Sink {
 public:
  void report(Diagnostic d) override { benchmark::DoNotOptimize(d); }
};

const Lexicon& lexicon() {
  static const std::unique_ptr<Lexicon> lex = [] {
    auto made = Lexicon::create(LexiconOptions{});
    return made ? std::move(*made) : nullptr;
  }();
  return *lex;
}

void BM_PhrasesLoad(benchmark::State& state) {
  const std::string text = phrases_rule(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    auto rule = load_rule_text(text, "bench.toml", "bench.phrases");
    benchmark::DoNotOptimize(rule);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_PhrasesCheck(benchmark::State& state) {
  auto rule =
      load_rule_text(phrases_rule(static_cast<int>(state.range(0))), "bench.toml", "bench.phrases");
  if (!rule) {
    state.SkipWithError(rule.error().format().c_str());
    return;
  }
  auto doc = make_document("dev.txt", dev_text());
  auto segmenter = Segmenter::create();
  if (!doc || !segmenter) {
    state.SkipWithError("cannot read the corpus or create the segmenter");
    return;
  }
  const Analysis analysis = (*segmenter)->analyse((*doc)->text());
  const CheckContext context{**doc, analysis, lexicon()};
  NullSink sink;
  for (auto _ : state) (*rule)->check(context, sink);
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>((*doc)->text().size()));
}

void BM_Segment(benchmark::State& state) {
  const std::string text = dev_text();
  auto segmenter = Segmenter::create();
  if (!segmenter) {
    state.SkipWithError("cannot create the segmenter");
    return;
  }
  for (auto _ : state) benchmark::DoNotOptimize((*segmenter)->analyse(text));
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(text.size()));
}

}  // namespace

BENCHMARK(BM_PhrasesLoad)->Arg(20)->Arg(20000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PhrasesCheck)->Arg(20)->Arg(20000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Segment)->Unit(benchmark::kMicrosecond);
