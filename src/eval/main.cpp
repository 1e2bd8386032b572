// mtlint-eval: precision, recall and F1 of mtlint (and of a `hunspell -l` baseline) on an
// annotated corpus split. See corpus/README.md for the gold format.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <iostream>

#include "engine/data_dir.h"
#include "engine/engine.h"
#include "eval/baseline.h"
#include "eval/evaluate.h"

namespace {

struct Floors {
  double min_precision = 0;
  double min_recall = 0;
  double min_f1 = 0;
  double max_false_alarms = -1;  // per 1,000 words; negative: no ceiling
};

// Prints each floor the scores miss; true when all are met.
bool check_floors(const mtlint::Scores& s, const Floors& f) {
  const mtlint::Tally all = s.overall();
  bool ok = true;
  auto fail = [&](const char* what, double value, const char* cmp, double bound) {
    std::cerr << fmt::format("mtlint-eval: {} {:.3f} is {} the floor {:.3f}\n", what, value, cmp,
                             bound);
    ok = false;
  };
  if (all.precision() < f.min_precision)
    fail("precision", all.precision(), "below", f.min_precision);
  if (all.recall() < f.min_recall) fail("recall", all.recall(), "below", f.min_recall);
  if (all.f1() < f.min_f1) fail("F1", all.f1(), "below", f.min_f1);
  if (f.max_false_alarms >= 0 && s.false_alarms_per_kilo_word() > f.max_false_alarms) {
    fail("false alarms per 1,000 words", s.false_alarms_per_kilo_word(), "above",
         f.max_false_alarms);
  }
  return ok;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "mtlint-eval: scores mtlint and a hunspell -l baseline on an annotated corpus split"};
  std::string split;
  std::string data_dir;
  std::string dictionary = "en_US";
  bool include_info = false;
  bool no_baseline = false;
  bool details = false;
  Floors floors;
  app.add_option("split", split, "Corpus split folder (articles + .gold.tsv), e.g. corpus/dev")
      ->required();
  app.add_option("--data-dir", data_dir, "Folder with the shipped dictionaries/ and rules/");
  app.add_flag("--include-info", include_info, "Count info-severity findings too");
  app.add_flag("--no-baseline", no_baseline, "Do not run the hunspell -l baseline");
  app.add_option("--baseline-dict", dictionary, "Hunspell dictionary of the baseline");
  app.add_flag("--details", details, "List every missed row, false alarm and wrong fix");
  app.add_option("--min-precision", floors.min_precision, "Fail (exit 1) below this precision");
  app.add_option("--min-recall", floors.min_recall, "Fail (exit 1) below this recall");
  app.add_option("--min-f1", floors.min_f1, "Fail (exit 1) below this F1");
  app.add_option("--max-false-alarms", floors.max_false_alarms,
                 "Fail (exit 1) above this many false alarms per 1,000 clean words");
  CLI11_PARSE(app, argc, argv);

  auto articles = mtlint::load_split(split);
  if (!articles) {
    std::cerr << articles.error().format() << '\n';
    return 2;
  }
  mtlint::EngineOptions options;
  options.data_dir = data_dir.empty() ? mtlint::find_data_dir() : data_dir;
  options.cache_dir = mtlint::default_cache_dir();
  auto engine = mtlint::Engine::create(options);
  if (!engine) {
    std::cerr << engine.error().format() << '\n';
    return 2;
  }
  auto scores = mtlint::evaluate_engine(**engine, *articles, include_info);
  if (!scores) {
    std::cerr << scores.error().format() << '\n';
    return 2;
  }
  std::cout << mtlint::format_scores(
      fmt::format("mtlint on {} ({} findings)", split, include_info ? "all" : "no info"), *scores);
  if (details) std::cout << '\n' << mtlint::format_notes(*scores);

  if (!no_baseline) {
    if (!mtlint::hunspell_available()) {
      std::cout << "\nhunspell baseline skipped: no hunspell program (apt-get install hunspell)\n";
    } else {
      auto base = mtlint::evaluate_hunspell(*articles, dictionary);
      if (!base) {
        std::cerr << base.error().format() << '\n';
        return 2;
      }
      std::cout << '\n'
                << mtlint::format_scores(
                       fmt::format("hunspell -d {} -l on {} (baseline)", dictionary, split), *base);
    }
  }
  return check_floors(*scores, floors) ? 0 : 1;
}
