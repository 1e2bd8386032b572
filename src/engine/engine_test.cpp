#include "engine/engine.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <sstream>
#include <string>

#include "engine/data_dir.h"
#include "engine/shipped_engine_test.h"

using namespace mtlint;

namespace {

// The findings of the shipped engine on `text`.
std::vector<Diagnostic> check_text(const std::string& path, const std::string& text) {
  auto doc = make_document(path, text);
  REQUIRE(doc.ok());
  return shipped_engine().check(**doc);
}

// The seed article, which the engines below are readied on.
std::string seed_path() {
  return std::string(MTLINT_SOURCE_DATA_DIR) + "/corpus/dev/000_672c8eb654738f91.txt";
}

EngineOptions readied_on_seed() {
  EngineOptions options;
  options.data_dir = MTLINT_SOURCE_DATA_DIR;
  options.sample_path = seed_path();
  return options;
}

}  // namespace

TEST_CASE("engine: one finding per span, sorted, path filled in") {
  auto doc = make_document("x.txt", "The goverment met Qworzanekova in kyiv. Zelesnky spoke.\n");
  REQUIRE(doc.ok());
  const auto found = shipped_engine().check(**doc);
  // core.unknown-name is opt-in; the name table's lower-case check replaces the spelling finding.
  REQUIRE(found.size() == 3);
  CHECK(found[0].rule_id == "core.spelling");
  CHECK(found[1].rule_id == "names.lowercase");
  CHECK(found[2].rule_id == "core.spelling");
  CHECK(found[2].fixes.at(0).replacement == "Zelensky");
  for (std::size_t i = 1; i < found.size(); ++i) CHECK(found[i - 1].span < found[i].span);
  CHECK(found[0].path == "x.txt");
}

TEST_CASE("engine: readied on a sample file, it finds on that file what it finds without") {
  auto engine = Engine::create(readied_on_seed());
  REQUIRE(engine.ok());
  std::istringstream no_stdin;
  auto doc = load_document(seed_path(), no_stdin);
  REQUIRE(doc.ok());
  const auto readied = (*engine)->check(**doc);
  const auto plain = shipped_engine().check(**doc);
  REQUIRE(readied.size() == plain.size());
  CHECK(readied.size() >= 9);  // the seed article's findings
  for (std::size_t i = 0; i < plain.size(); ++i) {
    CHECK(readied[i].rule_id == plain[i].rule_id);
    CHECK(readied[i].span == plain[i].span);
    CHECK(readied[i].message == plain[i].message);
  }
}

TEST_CASE("engine: destroyed while it still warms up on its sample, it stops and waits for it") {
  // The warm-up goes on beside the first checks (on a machine with a core to spare): an engine
  // dropped at once must stop it before its rules go, and a new one must warm up again.
  for (int round = 0; round < 3; ++round) {
    auto engine = Engine::create(readied_on_seed());
    REQUIRE(engine.ok());
  }
  auto engine = Engine::create(readied_on_seed());
  REQUIRE(engine.ok());
  std::istringstream no_stdin;
  auto doc = load_document(seed_path(), no_stdin);
  REQUIRE(doc.ok());
  CHECK((*engine)->check(**doc).size() == shipped_engine().check(**doc).size());
}

TEST_CASE("engine: a sample that is a pipe is not read, so the check still gets every byte") {
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  const std::string text = "Mr. Kouleba spoke.\n";
  REQUIRE(::write(fds[1], text.data(), text.size()) == static_cast<ssize_t>(text.size()));
  ::close(fds[1]);
  EngineOptions options;
  options.data_dir = MTLINT_SOURCE_DATA_DIR;
  options.sample_path = "/proc/self/fd/" + std::to_string(fds[0]);
  auto engine = Engine::create(options);
  REQUIRE(engine.ok());
  char buffer[64] = {};
  const ssize_t got = ::read(fds[0], buffer, sizeof buffer);
  ::close(fds[0]);
  CHECK(std::string(buffer, got > 0 ? static_cast<std::size_t>(got) : 0) == text);
}

TEST_CASE("engine: a long file is checked in parts; findings keep whole-file offsets and lines") {
  // Clean filler past the size checked whole, then a variant whose canonical spelling is two
  // lines above it: both in the last part.
  // Each line different, or the duplicate checks would fire.
  std::string text;
  int filler_lines = 0;
  while (text.size() <= Engine::kWholeBytes + Engine::kPartBytes / 2) {
    text +=
        "Case " + std::to_string(100000 + filler_lines) + " was filed with the court on Monday.\n";
    ++filler_lines;
  }
  text += "Dmytro Kuleba spoke on Monday.\n\nLater Mr. Kouleba said the talks would go on.\n";
  auto doc = make_document("long.txt", text);
  REQUIRE(doc.ok());
  const auto found = shipped_engine().check(**doc);
  REQUIRE(found.size() == 1);
  const Diagnostic& d = found[0];
  CHECK(d.rule_id == "names.variant");
  CHECK((*doc)->slice(d.span.begin, d.span.end) == "Kouleba");
  CHECK((*doc)->lines().position(d.span.begin).line == filler_lines + 3);
  CHECK(d.fixes.at(0).replacement == "Kuleba");
  CHECK((*doc)->slice(d.fixes.at(0).span.begin, d.fixes.at(0).span.end) == "Kouleba");
  // The message's line reference counts lines of the whole file, not of the part.
  CHECK(d.message.find("as on line " + std::to_string(filler_lines + 1)) != std::string::npos);
  REQUIRE(d.related.size() == 1);
  CHECK((*doc)->slice(d.related[0].span.begin, d.related[0].span.end) == "Kuleba");
}

TEST_CASE("engine: one line longer than a part is split after a sentence, not held whole") {
  // One line of about 3 MB: distinct clean sentences, with a decimal comma every 200 sentences.
  std::string text = "Headline\n\n";
  const std::size_t line_start = text.size();
  std::vector<std::size_t> commas;
  for (int i = 0; text.size() < Engine::kWholeBytes + 3 * Engine::kPartBytes; ++i) {
    if (i % 200 == 0) {
      text += "Prices rose by ";
      commas.push_back(text.size());
      text += "2,5 percent. ";
    }
    text += "Case " + std::to_string(100000 + i) + " was filed with the court on Monday. ";
  }
  text += "\n";
  auto doc = make_document("line.txt", text);
  REQUIRE(doc.ok());
  const auto parts = Engine::parts_of(text);
  REQUIRE(parts.size() > 4);
  for (std::size_t k = 0; k + 1 < parts.size(); ++k) {
    CHECK(parts[k].end == parts[k + 1].begin);
    CHECK(parts[k].size() <= Engine::kPartBytes);
    // A split inside the line comes after a sentence's full stop and its space.
    if (parts[k].end > line_start && parts[k].end < text.size()) {
      CHECK(text.substr(parts[k].end - 2, 2) == ". ");
    }
  }
  CHECK(parts.back().end == text.size());
  const auto found = shipped_engine().check(**doc);
  REQUIRE(found.size() == commas.size());
  for (std::size_t k = 0; k < found.size(); ++k) {
    CHECK(found[k].rule_id == "mt.decimal-comma");
    CHECK(found[k].span.begin == commas[k]);
    CHECK((*doc)->lines().position(found[k].span.begin).line == 3);
  }
}

TEST_CASE("engine: a word hundreds of thousands of letters long is one finding") {
  // Lower case (spelling suggestions), then capitalised and alternating (German compound
  // splits, name keys): each search used to grow with the square of the word's length.
  // The text stays under Engine::kWholeBytes, so that it is checked whole.
  std::string alternating;
  for (int i = 0; i < 100000; ++i) alternating += "Ab";
  const std::string text = std::string(250000, 'a') + "\n\n" + alternating + " spoke.\n";
  REQUIRE(text.size() <= Engine::kWholeBytes);
  const auto found = check_text("long-word.txt", text);
  REQUIRE(found.size() == 1);
  CHECK(found[0].rule_id == "core.spelling");
  CHECK(found[0].span == Span{0, 250000});
  CHECK(found[0].fixes.empty());
}

TEST_CASE("engine: an untranslated clause is one finding, which covers the words inside it") {
  const std::string text =
      "The minister spoke, según fuentes del ministerio, on Monday.\n"
      "The council approved a plan de relance économique for the region.\n";
  const auto found = check_text("x.txt", text);
  REQUIRE(found.size() == 2);
  // 'del' joins between Spanish words; the comma ends the clause. The spelling finding on
  // 'según' starts where the clause does and adds nothing.
  CHECK(found[0].rule_id == "mt.foreign-words");
  CHECK(text.substr(found[0].span.begin, found[0].span.size()) == "según fuentes del ministerio");
  CHECK(found[0].message.find("Spanish") != std::string::npos);
  // English words a French dictionary also accepts ('a', 'plan') stay out at the edges.
  CHECK(found[1].rule_id == "mt.foreign-words");
  CHECK(text.substr(found[1].span.begin, found[1].span.size()) == "relance économique");
}

TEST_CASE("engine: a finding inside a wider one that starts at the same place") {
  // The related headlines (priority 70) cover the name variants (40) they start with, as they
  // cover one further in; the variant at the start of the prose line stays.
  const std::string text =
      "Kouleba spoke on Monday about the grain deal.\n\n"
      "More on the topic\n"
      "Kouleba meets Wang Yi in Beijing\n"
      "Talks in Beijing: Kouleba meets Wang Yi\n";
  const auto found = check_text("x.txt", text);
  REQUIRE(found.size() == 4);
  CHECK(found[0].rule_id == "names.variant");
  CHECK(found[0].span.begin == 0);
  for (std::size_t i = 1; i < 4; ++i) CHECK(found[i].rule_id == "mt.related-links");
}
