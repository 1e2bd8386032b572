#include "lexicon/name_cache.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/read_file.h"
#include "lexicon/form_cache.h"
#include "lexicon/translit.h"

using namespace mtlint;

namespace {

const std::string kData = MTLINT_SOURCE_DATA_DIR;

// What a table says about words of every kind: canonical, variant, folded, fuzzy, lower case,
// phrases, and words that name nothing.
std::string answers(const NameTable& t) {
  static const std::vector<std::string> words = {
      "Kuleba",  "Kouleba", "Dmitro",  "Kyiv",    "Kiev",      "kyiv",      "Zelesnky",
      "Serguei", "Sergueï", "Poutine", "Ekin",    "Wang",      "Yi",        "Niuyue",
      "Melons",  "Lula",    "Squid",   "Erdogan", "Selenskyj", "Zaporijia", "the"};
  std::string out;
  for (const std::string& w : words) {
    out += w + ":";
    for (const NameMatch& m : t.lookup_word(w)) {
      out += m.entity->canonical + "/" + m.canonical_word + "/" + std::string(to_string(m.how)) +
             "/" + m.origin + ";";
    }
    if (auto f = t.fuzzy_word(w)) out += "fuzzy=" + f->entity->canonical + ";";
    if (const std::string* p = t.proper_form(w)) out += "proper=" + *p + ";";
    out += t.is_canonical_word(w) ? "canonical;" : "";
    out += t.may_start_form(w) ? "starts;" : "";
    out += t.starts_long_form(w) ? "long;" : "";
    out += "\n";
  }
  for (const char* phrase : {"Dzho Baiden", "Wolodymyr Selenskyj", "Li Zaiming", "New York",
                             "Nueva York", "Sankt Petersburg", "Dmytro Kuleba", "nobody here"}) {
    if (auto m = t.lookup_phrase(phrase)) out += std::string(phrase) + "=" + m->entity->canonical;
    if (auto m = t.lookup_form(phrase)) out += "|form=" + m->entity->canonical;
    out += "\n";
  }
  return out;
}

NameTableRecipe shipped_recipe(const std::string& table) {
  return {{table}, kData + "/dictionaries/translit", ""};
}

}  // namespace

TEST_CASE("name table: serialised and read back, it is the same table") {
  auto built = load_name_table(shipped_recipe(kData + "/dictionaries/names.tsv"), "");
  REQUIRE(built.ok());
  const std::string bytes = built->serialise();
  auto read = NameTable::deserialise(bytes);
  REQUIRE(read.has_value());
  CHECK(read->size() == built->size());
  CHECK(read->serialise() == bytes);
  CHECK(answers(*read) == answers(*built));
  CHECK(answers(*built).find("Kouleba:Dmytro Kuleba/Kuleba/") != std::string::npos);
  // Cut short or with a count out of range, the bytes are no table.
  CHECK_FALSE(NameTable::deserialise(std::string_view(bytes).substr(0, bytes.size() / 2)));
  // Padding, the frozen indexes' length and bytes, then the entity count.
  std::uint32_t frozen = 0;
  std::memcpy(&frozen, bytes.data() + 4, 4);
  REQUIRE(8 + frozen + 4 < bytes.size());
  std::string bad = bytes;
  bad[8 + frozen + 3] = '\x7F';  // the entity count's high byte
  CHECK_FALSE(NameTable::deserialise(bad));
  // The frozen indexes: their ref count, then the refs (entity, word, origin, source, how).
  bad = bytes;
  bad[8 + 3] = '\x7F';
  CHECK_FALSE(NameTable::deserialise(bad));
  bad = bytes;
  bad[8 + 8 + 3] = '\x7F';  // the first ref's entity
  CHECK_FALSE(NameTable::deserialise(bad));
  bad = bytes;
  bad[8 + 8 + 16] = 9;  // the first ref's way of matching
  CHECK_FALSE(NameTable::deserialise(bad));
  bad = bytes;
  bad[8 + 8 + 17] = 2;  // the first ref's 'whole', a bool
  CHECK_FALSE(NameTable::deserialise(bad));
}

TEST_CASE("name table: read back from bytes, rows can still be added to it") {
  const std::string names = kData + "/dictionaries/names.tsv";
  const std::string more =
      "canonical\tkind\tnative\tvariants\troles\ttests\n"
      "Oleksandr Tkachenko\tperson\tuk:Олександр Ткаченко\tAlexandre Tkatchenko (French)\t"
      "Minister of Culture of Ukraine\tTkatchenko\n";
  auto romaniser = Romaniser::create(kData + "/dictionaries/translit", "");
  REQUIRE(romaniser.ok());
  NameTable both;
  REQUIRE(both.add_file(names, **romaniser).ok());
  REQUIRE(both.add_text(more, "more.tsv", **romaniser).ok());
  NameTable shipped;
  REQUIRE(shipped.add_file(names, **romaniser).ok());
  auto read = NameTable::deserialise(shipped.serialise());
  REQUIRE(read.has_value());
  REQUIRE(read->add_text(more, "more.tsv", **romaniser).ok());
  CHECK(read->serialise() == both.serialise());
  CHECK(answers(*read) == answers(both));
  REQUIRE(read->lookup_word("Tkatchenko").size() == 1);
  CHECK(read->lookup_word("Tkatchenko")[0].entity->canonical == "Oleksandr Tkachenko");
  CHECK(read->lookup_word("Kouleba").size() == 1);
  // A row already in the table is still refused.
  auto again = read->add_text(more, "again.tsv", **romaniser);
  REQUIRE_FALSE(again.ok());
  CHECK(again.error().message.find("already in the table") != std::string::npos);
}

TEST_CASE("name table cache: written once, read after, never stale, damage ignored, stamped") {
  const auto dir =
      std::filesystem::temp_directory_path() / ("mtlint_names_" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "cache");
  const std::string cache = (dir / "cache").string();
  const std::string table = (dir / "names.tsv").string();
  const std::string header = "canonical\tkind\tnative\tvariants\troles\ttests\n";
  std::ofstream(table) << header << "Dmytro Kuleba\tperson\tuk:Дмитро Кулеба\tKouleba (French)\n";
  auto cached_files = [&] {
    std::vector<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(cache)) {
      const std::string name = e.path().filename().string();
      if (!name.ends_with(".ok")) names.push_back(name);
    }
    return names;
  };

  auto first = load_name_table(shipped_recipe(table), cache);
  REQUIRE(first.ok());
  REQUIRE(cached_files().size() == 1);
  const std::string file = cache + "/" + cached_files()[0];
  CHECK(cached_files()[0].starts_with("names-"));
  // Written here, its checksum is known good: the next run reads it without checking it again.
  CHECK(std::filesystem::exists(file + ".ok"));
  CHECK(cache_stamp_matches(file));
  auto second = load_name_table(shipped_recipe(table), cache);
  REQUIRE(second.ok());
  CHECK(second->serialise() == first->serialise());
  CHECK(second->lookup_word("Kouleba").size() == 1);

  // A damaged file is not read: the table is built again (and the file rewritten). Any write
  // changes the file's time, so the stamp no longer vouches for it (the time is moved on here
  // because the clock files are stamped with may not have ticked since it was written).
  std::string bytes;
  REQUIRE(read_file(file, bytes));
  bytes[bytes.size() / 2] ^= 0x55;
  std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
  std::filesystem::last_write_time(
      file, std::filesystem::last_write_time(file) + std::chrono::seconds(5));
  CHECK_FALSE(cache_stamp_matches(file));
  auto repaired = load_name_table(shipped_recipe(table), cache);
  REQUIRE(repaired.ok());
  CHECK(repaired->serialise() == first->serialise());

  // An edited table is another table: its new row is found, and its errors are reported.
  std::ofstream(table, std::ios::app) << "Kyiv\tplace\tuk:Київ\tKiev (exonym)\n";
  auto edited = load_name_table(shipped_recipe(table), cache);
  REQUIRE(edited.ok());
  CHECK(edited->size() == 2);
  CHECK(edited->lookup_word("Kiev").size() == 1);
  CHECK(cached_files().size() == 2);
  std::ofstream(table, std::ios::app) << "Kyiv\tplace\n";
  auto broken = load_name_table(shipped_recipe(table), cache);
  REQUIRE_FALSE(broken.ok());
  CHECK(broken.error().line == 4);
  CHECK(broken.error().message.find("already in the table") != std::string::npos);
  std::filesystem::remove_all(dir);
}
