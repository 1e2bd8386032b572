// How long the name table takes to load: the shipped table, and a synthetic 10,000-row table
// with Cyrillic native forms (every row romanised by every convention), cold, with the
// romanisation cache warm, and read back whole from the indexed-table cache (name_cache.h).
#include <benchmark/benchmark.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "lexicon/name_cache.h"
#include "lexicon/name_table.h"
#include "lexicon/translit.h"

using namespace mtlint;

namespace {

const std::string kData = MTLINT_SOURCE_DATA_DIR;

// Pseudo-names built from syllables: "Боровенко" / "Borovenko", distinct per row.
std::string synthetic_table(int rows) {
  static const char* const kLatin[] = {"bo", "ra", "ve", "ni", "ko", "lu", "da", "mi", "se", "tu"};
  static const char* const kCyrillic[] = {"бо", "ра", "ве", "ні", "ко",
                                          "лу", "да", "мі", "се", "ту"};
  std::string text = "canonical\tkind\tnative\tvariants\troles\ttests\n";
  for (int i = 0; i < rows; ++i) {
    std::string latin, cyrillic;
    for (int n = i, k = 0; k < 4; ++k, n /= 10) {
      latin += kLatin[n % 10];
      cyrillic += kCyrillic[n % 10];
    }
    latin[0] = static_cast<char>(latin[0] - 'a' + 'A');
    // Upper-case the first Cyrillic letter (two bytes: U+0430..U+044F -> U+0410..U+042F).
    std::string first = cyrillic.substr(0, 2);
    const unsigned code = ((first[0] & 0x1F) << 6) | (first[1] & 0x3F);
    const unsigned upper = code - 0x20;
    first[0] = static_cast<char>(0xC0 | (upper >> 6));
    first[1] = static_cast<char>(0x80 | (upper & 0x3F));
    cyrillic = first + cyrillic.substr(2);
    text += "Ivan " + latin + "enko\tperson\tuk:Іван " + cyrillic + "енко\t" + latin +
            "enka (misspelling)\tminister\n";
  }
  return text;
}

void load(benchmark::State& state, const std::string& text, bool warm_cache) {
  const std::string cache = (std::filesystem::temp_directory_path() /
                             ("mtlint_bench_cache_" + std::to_string(text.size()) + ".tsv"))
                                .string();
  std::filesystem::remove(cache);
  if (warm_cache) {
    auto romaniser = Romaniser::create(kData + "/dictionaries/translit", cache);
    NameTable table;
    (void)table.add_text(text, "bench.tsv", **romaniser);
    (*romaniser)->save_cache();
  }
  for (auto _ : state) {
    auto romaniser = Romaniser::create(kData + "/dictionaries/translit", warm_cache ? cache : "");
    NameTable table;
    auto status = table.add_text(text, "bench.tsv", **romaniser);
    if (!status) state.SkipWithError(status.error().format().c_str());
    benchmark::DoNotOptimize(table.size());
  }
  std::size_t rows = 0;
  for (std::size_t at = 0; at < text.size(); at = text.find('\n', at) + 1) {
    if (text[at] != '#' && text[at] != '\n') ++rows;
    if (text.find('\n', at) == std::string::npos) break;
  }
  state.counters["rows"] = static_cast<double>(rows - 1);  // without the header
}

std::string shipped() {
  std::FILE* f = std::fopen((kData + "/dictionaries/names.tsv").c_str(), "rb");
  std::string text;
  if (!f) return text;
  char buffer[65536];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, f)) > 0;) text.append(buffer, n);
  std::fclose(f);
  return text;
}

void BM_ShippedTableCold(benchmark::State& state) { load(state, shipped(), false); }
void BM_ShippedTableWarmCache(benchmark::State& state) { load(state, shipped(), true); }
void BM_TenThousandRowsCold(benchmark::State& state) { load(state, synthetic_table(10000), false); }
void BM_TenThousandRowsWarmCache(benchmark::State& state) {
  load(state, synthetic_table(10000), true);
}

// What a run pays once the indexed table is cached: mapping it and reading it back.
void BM_ShippedTableFromTableCache(benchmark::State& state) {
  const auto dir = std::filesystem::temp_directory_path() / "mtlint_bench_names_cache";
  std::filesystem::remove_all(dir);
  const NameTableRecipe recipe{
      {kData + "/dictionaries/names.tsv"}, kData + "/dictionaries/translit", ""};
  if (!load_name_table(recipe, dir.string())) state.SkipWithError("cannot build the table");
  for (auto _ : state) {
    auto table = load_name_table(recipe, dir.string());
    if (!table) state.SkipWithError(table.error().format().c_str());
    benchmark::DoNotOptimize(table->size());
  }
  std::filesystem::remove_all(dir);
}

}  // namespace

BENCHMARK(BM_ShippedTableFromTableCache)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ShippedTableCold)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_ShippedTableWarmCache)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TenThousandRowsCold)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_TenThousandRowsWarmCache)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
