#include "engine/engine.h"

#include <doctest/doctest.h>

#include "engine/data_dir.h"

using namespace mtlint;

TEST_CASE("engine: one finding per span, sorted, path filled in") {
  EngineOptions options;
  options.data_dir = MTLINT_SOURCE_DATA_DIR;
  auto engine = Engine::create(options);
  REQUIRE_MESSAGE(engine.ok(), (engine.ok() ? "" : engine.error().format()));
  auto doc = make_document("x.txt", "The goverment met Qworzanekova in kyiv. Zelesnky spoke.\n");
  REQUIRE(doc.ok());
  const auto found = (*engine)->check(**doc);
  // core.unknown-name is opt-in; the name table's lower-case check replaces the spelling finding.
  REQUIRE(found.size() == 3);
  CHECK(found[0].rule_id == "core.spelling");
  CHECK(found[1].rule_id == "names.lowercase");
  CHECK(found[2].rule_id == "core.spelling");
  CHECK(found[2].fixes.at(0).replacement == "Zelensky");
  for (std::size_t i = 1; i < found.size(); ++i) CHECK(found[i - 1].span < found[i].span);
  CHECK(found[0].path == "x.txt");
}
