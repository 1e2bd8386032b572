#include "lexicon/translit.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

using namespace mtlint;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("mtlint-translit-" + std::to_string(::getpid()));
    fs::remove_all(path);
    fs::create_directories(path / "rules");
  }
  ~TempDir() { fs::remove_all(path); }
  void write(const std::string& name, const std::string& text) const {
    std::ofstream(path / name, std::ios::binary) << text;
  }
};

const std::string kGood = "# convention: Test\nа > a ; б > b ; к > k ; о > o ; л > l ; е > e ;\n";

// Romanises one name with the rules of `rules` and saves the cache `cache`.
void write_cache(const std::string& rules, const std::string& cache) {
  auto r = Romaniser::create(rules, cache);
  REQUIRE(r.ok());
  (void)(*r)->romanise("uk", "Кулеба", true);
  (*r)->save_cache();
}

}  // namespace

TEST_CASE("a bad rule file is an error naming it, cache or not") {
  TempDir dir;
  dir.write("rules/uk-test.txt", "а > a ;\nб > ( ;\n");
  const std::string rules = (dir.path / "rules").string();
  const auto plain = Romaniser::create(rules);
  REQUIRE_FALSE(plain.ok());
  CHECK(plain.error().format().find("uk-test.txt") != std::string::npos);
  CHECK(plain.error().format().find("invalid transliteration rules") != std::string::npos);
  const auto cached = Romaniser::create(rules, (dir.path / "cache.tsv").string());
  CHECK_FALSE(cached.ok());
}

TEST_CASE("a cache written with the same rules romanises as the rules do, without them") {
  TempDir dir;
  dir.write("rules/uk-test.txt", kGood);
  const std::string rules = (dir.path / "rules").string();
  const std::string cache = (dir.path / "cache.tsv").string();
  std::vector<Romanisation> first;
  {
    auto r = Romaniser::create(rules, cache);
    REQUIRE(r.ok());
    first = (*r)->romanise("uk", "Кулеба", true);
    (*r)->save_cache();
  }
  REQUIRE(fs::exists(cache));
  // Cached names come from the cache; a new name compiles the rules on demand.
  auto again = Romaniser::create(rules, cache);
  REQUIRE(again.ok());
  const auto second = (*again)->romanise("uk", "Кулеба", true);
  REQUIRE(first.size() == second.size());
  for (std::size_t i = 0; i < first.size(); ++i) CHECK(first[i].text == second[i].text);
  bool test_convention = false;
  for (const auto& r : (*again)->romanise("uk", "Бокал", false)) {
    if (r.convention == "Test") {
      test_convention = true;
      CHECK(r.text == "Bokal");
    }
  }
  CHECK(test_convention);
}

TEST_CASE("a rule file changed since the cache was written is compiled and checked again") {
  TempDir dir;
  dir.write("rules/uk-test.txt", kGood);
  const std::string rules = (dir.path / "rules").string();
  const std::string cache = (dir.path / "cache.tsv").string();
  write_cache(rules, cache);
  dir.write("rules/uk-test.txt", kGood + "б > ( ;\n");
  CHECK_FALSE(Romaniser::create(rules, cache).ok());
}

TEST_CASE("a damaged cache is ignored") {
  TempDir dir;
  dir.write("rules/uk-test.txt", kGood);
  const std::string rules = (dir.path / "rules").string();
  const std::string cache = (dir.path / "cache.tsv").string();
  write_cache(rules, cache);
  std::string text;
  {
    std::ifstream in(cache, std::ios::binary);
    std::getline(in, text);  // keep the fingerprint line, damage the rest
  }
  std::ofstream(cache, std::ios::binary) << text << "\nno tabs here\n";
  auto r = Romaniser::create(rules, cache);
  REQUIRE(r.ok());
  bool test_convention = false;
  for (const auto& x : (*r)->romanise("uk", "Бокал", false)) {
    test_convention |= x.convention == "Test" && x.text == "Bokal";
  }
  CHECK(test_convention);
}

TEST_CASE("Korean forms are romanised as the Revised Romanization writes them") {
  auto r = Romaniser::create("");
  REQUIRE(r.ok());
  const auto first = [&](std::string_view native) {
    const auto got = (*r)->romanise("ko", native, true);
    return got.empty() ? std::string() : got.front().text;
  };
  CHECK(first("도널드 트럼프") == "Doneoldeu Teureompeu");  // ㄹ before a vowel is 'r'
  CHECK(first("샘 올트먼") == "Saem Olteumeon");            // before a consonant, 'l'
  CHECK(first("웸블리") == "Wembeulli");                    // ㄹㄹ is 'll'
  CHECK(first("런던") == "Reondeon");                       // at the start, 'r'
}

TEST_CASE("Japanese katakana forms are romanised in Hepburn, as Japanese media write them") {
  auto r = Romaniser::create("");
  REQUIRE(r.ok());
  const auto all = [&](std::string_view native) {
    std::vector<std::string> texts;
    for (const auto& x : (*r)->romanise("ja", native, true)) texts.push_back(x.text);
    return texts;
  };
  // The middle dot parts the words; 'n' before p is also written 'm' (older Hepburn).
  CHECK(all("ドナルド・トランプ") ==
        std::vector<std::string>{"Donarudo Toranpu", "Donarudo Torampu"});
  CHECK(all("ジョージ・ワシントン").front() == "Joji Washinton");  // small ョ, long vowel dropped
  CHECK(all("キョンジュ").front() == "Kyonju");
  CHECK(all("ウィリアム").front() == "Wiriamu");
  CHECK(all("ヴォロディミル").front() == "Vorodimiru");
  CHECK(all("ジェローム・パウエル").front() == "Jeromu Paueru");
}

TEST_CASE("in a Chinese transcription of a foreign name, 的 reads di") {
  auto r = Romaniser::create("");
  REQUIRE(r.ok());
  const auto first = [&](std::string_view native, bool person) {
    const auto got = (*r)->romanise("zh", native, person);
    return got.empty() ? std::string() : got.front().text;
  };
  CHECK(first("亚的斯亚贝巴", false) == "Yadisiyabeiba");  // Addis Ababa
}

TEST_CASE("BGN/PCGN's separating dot is left out, as the press writes the name") {
  auto r = Romaniser::create("");
  REQUIRE(r.ok());
  const auto got = (*r)->romanise("ru", "Сэм Альтман", true);
  REQUIRE(!got.empty());
  CHECK(got.front().convention == "BGN/PCGN");
  CHECK(got.front().text == "Sem Altman");  // not 'S·em Altman'
}

TEST_CASE("Greek is romanised as modern Greek reads, not as ancient Greek") {
  auto r = Romaniser::create("");
  REQUIRE(r.ok());
  const auto got = (*r)->romanise("el", "Βιέννη", false);
  REQUIRE(got.size() == 1);
  CHECK(got.front().text == "Vienni");  // ELOT 743; not 'Biennē'
  CHECK(got.front().convention == "ELOT 743");
  CHECK((*r)->romanise("el", "Ελβετία", false).front().text == "Elvetia");
}
