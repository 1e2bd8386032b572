#include "lexicon/name_cache.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

#include "core/atomic_file.h"
#include "core/build_stamp.h"
#include "core/byte_io.h"
#include "core/mapped_file.h"
#include "core/read_file.h"
#include "lexicon/form_cache.h"
#include "lexicon/translit.h"

namespace mtlint {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kMagic = "MTLNAME3";

// The hash of everything the table is made from: this build, each table's path and text, and
// each transliteration rule file's name and text.
std::uint64_t recipe_hash(const NameTableRecipe& recipe, const std::vector<std::string>& texts) {
  std::uint64_t h = fnv1a64(kMagic);
  const std::uint64_t stamp = build_stamp();
  h = fnv1a64(std::string_view(reinterpret_cast<const char*>(&stamp), sizeof stamp), h);
  // Each part's size and checksum (eight bytes at a time: the texts are hashed on every run).
  auto mix = [&](std::string_view part) {
    const std::uint64_t size_and_sum[2] = {part.size(), checksum64(part)};
    h = fnv1a64(std::string_view(reinterpret_cast<const char*>(size_and_sum), sizeof size_and_sum),
                h);
  };
  for (std::size_t i = 0; i < texts.size(); ++i) {
    mix(recipe.tables[i]);
    mix(texts[i]);
  }
  std::error_code ec;
  std::vector<fs::path> rules;
  for (fs::directory_iterator it(recipe.translit_dir, ec), end; !ec && it != end;
       it.increment(ec)) {
    rules.push_back(it->path());
  }
  std::sort(rules.begin(), rules.end());
  std::string text;
  for (const fs::path& path : rules) {
    mix(path.filename().string());
    mix(read_file(path.string(), text) ? std::string_view(text) : "(unreadable)");
  }
  return h;
}

std::string cache_file(const std::string& cache_dir, std::uint64_t hash) {
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return (fs::path(cache_dir) / (std::string("names-") + hex + ".bin")).string();
}

// The table in the cache file at `path` when it was made from `hash`; `verify` checks its
// checksum too (a file stamped as verified since it was written is not read whole again).
std::optional<NameTable> read_cache(const std::string& path, std::uint64_t hash, bool verify) {
  auto mapped = MappedFile::open(path);
  if (!mapped) return std::nullopt;
  // The table's lookup indexes are read in place: the mapping lives as long as the table.
  const auto file = std::make_shared<const MappedFile>(std::move(*mapped));
  const std::string_view data = file->bytes();
  if (data.size() < kMagic.size() + 2 * sizeof(std::uint64_t) || !data.starts_with(kMagic)) {
    return std::nullopt;
  }
  const std::string_view body = data.substr(0, data.size() - sizeof(std::uint64_t));
  std::uint64_t sum = 0;
  std::memcpy(&sum, data.data() + body.size(), sizeof sum);
  if (verify && checksum64(body) != sum) return std::nullopt;
  std::uint64_t stored = 0;
  std::memcpy(&stored, body.data() + kMagic.size(), sizeof stored);
  if (stored != hash) return std::nullopt;
  return NameTable::deserialise(body.substr(kMagic.size() + sizeof stored), file);
}

// Writes the cache file; false when it could not be written.
bool write_cache(const std::string& path, std::uint64_t hash, const NameTable& table) {
  ByteWriter w;
  w.out().append(kMagic);
  w.u64(hash);
  w.out() += table.serialise();
  w.u64(checksum64(w.out()));
  std::error_code ec;
  const bool fresh = !fs::exists(path, ec);
  if (!write_atomically(path, w.out())) return false;
  // A new table's first file: the files of tables unused for a month go.
  if (fresh) prune_caches(fs::path(path).parent_path().string(), kUnusedCacheLife);
  return true;
}

}  // namespace

Result<NameTable> load_name_table(const NameTableRecipe& recipe, const std::string& cache_dir) {
  std::vector<std::string> texts(recipe.tables.size());
  for (std::size_t i = 0; i < texts.size(); ++i) {
    if (!read_file(recipe.tables[i], texts[i])) {
      return Error{"cannot read name table", recipe.tables[i]};
    }
  }
  std::string path;
  std::uint64_t hash = 0;
  if (!cache_dir.empty()) {
    hash = recipe_hash(recipe, texts);
    path = cache_file(cache_dir, hash);
    const bool verified = cache_stamp_matches(path);
    if (auto cached = read_cache(path, hash, !verified)) {
      if (mark_used(path) || !verified) write_cache_stamp(path);
      return std::move(*cached);
    }
  }
  auto romaniser = Romaniser::create(recipe.translit_dir, recipe.romanised_cache);
  if (!romaniser) return romaniser.error();
  NameTable table;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    if (auto status = table.add_text(texts[i], recipe.tables[i], **romaniser); !status) {
      return status.error();
    }
  }
  (*romaniser)->save_cache();
  if (!path.empty() && write_cache(path, hash, table)) write_cache_stamp(path);
  return table;
}

}  // namespace mtlint
