#include "engine/config.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

using namespace mtlint;
namespace fs = std::filesystem;

TEST_CASE("config: keys are read, paths resolved, more specific selectors applied last") {
  auto c = parse_config(
      "language = \"en-GB\"\nword_lists = [\"names.txt\"]\nname_tables = [\"n.tsv\"]\npacks = "
      "[\"house\"]\n"
      "accept = [\"Wałęsa\"]\ndisable = [\"mt\"]\nenable = [\"mt.drop-cap\"]\n"
      "exclude = [\"drafts/*\"]\n[severity]\n\"mt.drop-cap\" = \"error\"\n",
      "/site/.mtlint.toml");
  REQUIRE_MESSAGE(c.ok(), (c.ok() ? "" : c.error().format()));
  CHECK(c->language == "en-GB");
  CHECK(c->word_lists == std::vector<std::string>{"/site/names.txt"});
  CHECK(c->rule_dirs == std::vector<std::string>{"/site/house"});
  REQUIRE(c->overrides.size() == 3);
  CHECK(c->overrides[0].selector == "mt");
  CHECK(c->overrides[0].enabled == false);
  CHECK(c->overrides[1].selector == "mt.drop-cap");
  CHECK(c->overrides[1].enabled == true);
  CHECK(c->overrides[2].severity == Severity::error);
  CHECK(c->overrides[2].line == 10);
  CHECK(c->name_tables == std::vector<std::string>{"/site/n.tsv"});
  CHECK(config_selects(*c, "/site/a.txt"));
  CHECK_FALSE(config_selects(*c, "/site/drafts/a.txt"));
  CHECK(config_selects(*c, "-"));
}

TEST_CASE("config: typos, wrong types and bad values are located errors") {
  auto typo = parse_config("disabel = [\"mt\"]\n", "c.toml");
  REQUIRE_FALSE(typo.ok());
  CHECK(typo.error().format() == "c.toml:1:1: error: unknown key 'disabel'");
  auto type = parse_config("\n\naccept = 3\n", "c.toml");
  REQUIRE_FALSE(type.ok());
  CHECK(type.error().format() == "c.toml:3:10: error: 'accept' must be an array of strings");
  auto level = parse_config("[severity]\n\"mt\" = \"fatal\"\n", "c.toml");
  REQUIRE_FALSE(level.ok());
  CHECK(level.error().format() == "c.toml:2:8: error: a severity must be error, warning or info");
  auto language = parse_config("language = \"fr\"\n", "c.toml");
  REQUIRE_FALSE(language.ok());
  CHECK(language.error().line == 1);
}

TEST_CASE("config: found by walking up; a disabled rule loses its findings") {
  const fs::path root =
      fs::temp_directory_path() / ("mtlint_config_test_" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root / "a" / "b");
  std::ofstream(root / ".mtlint.toml") << "disable = [\"mt.doubled-word\"]\n";
  std::ofstream(root / "a" / "b" / "x.txt") << "The the cat sat.\n";
  const auto found = find_config((root / "a" / "b").string());
  REQUIRE(found);
  CHECK(fs::equivalent(*found, root / ".mtlint.toml"));

  EngineOptions base;
  base.data_dir = MTLINT_SOURCE_DATA_DIR;
  EngineCache cache(base, std::nullopt);
  auto engine = cache.engine_for((root / "a" / "b" / "x.txt").string());
  REQUIRE_MESSAGE(engine.ok(), (engine.ok() ? "" : engine.error().format()));
  auto doc = make_document("x.txt", "The the cat sat.\n");
  REQUIRE(doc.ok());
  for (const auto& d : (*engine)->check(**doc)) CHECK(d.rule_id != "mt.doubled-word");

  std::ofstream(root / "none.toml") << "\n";
  EngineCache plain(base, (root / "none.toml").string());
  auto all = plain.engine_for("x.txt");
  REQUIRE(all.ok());
  bool doubled = false;
  for (const auto& d : (*all)->check(**doc)) doubled |= d.rule_id == "mt.doubled-word";
  CHECK(doubled);

  std::ofstream(root / ".mtlint.toml") << "disable = [\"mt.no-such-rule\"]\n";
  EngineCache bad(base, std::nullopt);
  auto missing = bad.engine_for((root / "a" / "b" / "x.txt").string());
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().message == "no rule matches 'mt.no-such-rule'");
  CHECK(missing.error().line == 1);
  CHECK(missing.error().column == 12);
  fs::remove_all(root);
}
