#include "lexicon/form_cache.h"

#include <fcntl.h>
#include <sys/stat.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>

namespace mtlint {

namespace {

constexpr std::uint16_t kListedBits = kFormStandalone | kFormSuggest | kFormListed;

Status describe(const std::string& path, std::string& out) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return Error{"cannot open dictionary file", path};
  out += path;
  out += '\t' + std::to_string(st.st_size) + '\t' + std::to_string(st.st_mtim.tv_sec) + '.' +
         std::to_string(st.st_mtim.tv_nsec) + '\n';
  return ok_status();
}

// A table whose checksum was verified gets a stamp beside it ("<file>.ok") naming the file as it
// was then (device, inode, size, modification time): while they are unchanged the next run maps
// the table without reading it all again. Any write or replacement changes them.
std::string stamp_path(const std::string& path) { return path + ".ok"; }

std::string describe_file(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return {};
  return std::to_string(st.st_dev) + ' ' + std::to_string(st.st_ino) + ' ' +
         std::to_string(st.st_size) + ' ' + std::to_string(st.st_mtim.tv_sec) + '.' +
         std::to_string(st.st_mtim.tv_nsec) + '\n';
}

}  // namespace

bool cache_stamp_matches(const std::string& path) {
  std::ifstream in(stamp_path(path), std::ios::binary);
  if (!in) return false;
  std::string stamp((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::string now = describe_file(path);
  return !now.empty() && stamp == now;
}

void write_cache_stamp(const std::string& path) {
  const std::string now = describe_file(path);
  if (now.empty()) return;
  // A torn or stale stamp only costs one more verification.
  std::ofstream(stamp_path(path), std::ios::binary | std::ios::trunc) << now;
}

bool mark_used(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return false;
  const auto now = std::chrono::system_clock::now();
  const auto modified = std::chrono::system_clock::from_time_t(st.st_mtim.tv_sec);
  if (now - modified <= std::chrono::hours(24)) return false;
  return ::utimensat(AT_FDCWD, path.c_str(), nullptr, 0) == 0;
}

void prune_caches(const std::string& cache_dir, std::chrono::hours unused_for) {
  std::error_code ec;
  const auto now = std::filesystem::file_time_type::clock::now();
  for (std::filesystem::directory_iterator it(cache_dir, ec), end; !ec && it != end;
       it.increment(ec)) {
    const std::string name = it->path().filename().string();
    std::error_code file_ec;
    if ((name.starts_with("forms-") || name.starts_with("names-")) && name.ends_with(".bin.ok")) {
      // The stamp of a table that is gone.
      const std::string table_path = it->path().string();
      if (!std::filesystem::exists(table_path.substr(0, table_path.size() - 3), file_ec)) {
        std::filesystem::remove(it->path(), file_ec);
      }
      continue;
    }
    const bool ours =
        name.starts_with("forms-") || name.starts_with("prefilters-") || name.starts_with("names-");
    const bool table = ours && name.ends_with(".bin");
    const bool temporary = ours && name.find(".bin.tmp.") != std::string::npos;
    if (!table && !temporary) continue;
    const auto modified = it->last_write_time(file_ec);
    if (file_ec) continue;
    // A temporary file older than a day belongs to a run that died while writing it.
    const auto limit = temporary ? std::chrono::hours(24) : unused_for;
    if (now - modified > limit && std::filesystem::remove(it->path(), file_ec) && table) {
      std::filesystem::remove(it->path().string() + ".ok", file_ec);
    }
  }
}

Result<std::vector<std::string>> read_word_list(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{"cannot open word list", path};
  std::vector<std::string> words;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (number == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
    const auto first = line.find_first_not_of(" \t");
    if (first == std::string::npos || line[first] == '#') continue;
    const auto last = line.find_last_not_of(" \t");
    std::string word = line.substr(first, last - first + 1);
    if (auto space = word.find_first_of(" \t"); space != std::string::npos) {
      return Error{"a word list entry is one word; split '" + word + "' into separate lines", path,
                   number, static_cast<int>(first + space + 1)};
    }
    words.push_back(std::move(word));
  }
  return words;
}

Result<std::string> recipe_identity(const TableRecipe& recipe) {
  std::string id = "mtlint word forms\n";
  for (const auto& d : recipe.dictionaries) {
    id += "dictionary " + std::to_string(d.keep) + ' ' + std::to_string(d.budget) + ' ' +
          std::to_string(d.elided_prefixes) + '\n';
    for (const char* ext : {".aff", ".dic"}) {
      if (auto status = describe(d.base + ext, id); !status) return status.error();
    }
  }
  for (const auto& path : recipe.word_lists) {
    id += "list\n";
    if (auto status = describe(path, id); !status) return Error{"cannot open word list", path};
  }
  for (const auto& w : recipe.accept_words) id += "accept\t" + w + '\n';
  return id;
}

Result<FormTable> build_table(const TableRecipe& recipe) {
  auto identity = recipe_identity(recipe);
  if (!identity) return identity.error();
  FormTable::Builder builder;
  for (const auto& d : recipe.dictionaries) {
    const std::uint16_t keep = d.keep;
    const std::size_t mark = builder.size();
    const FormSink sink = [&](std::string_view form, std::uint16_t bits) {
      builder.add(form, static_cast<std::uint16_t>(bits & keep));
    };
    ExpandOptions options;
    options.max_forms = d.budget;
    options.elided_prefixes = d.elided_prefixes;
    auto status = expand_dictionary(d.base + ".aff", d.base + ".dic", sink, options);
    if (!status && status.error().message.starts_with(kTooManyForms)) {
      builder.truncate(mark);
      options.two_level = false;
      status = expand_dictionary(d.base + ".aff", d.base + ".dic", sink, options);
    }
    if (!status) return status.error();
  }
  for (const auto& path : recipe.word_lists) {
    auto words = read_word_list(path);
    if (!words) return words.error();
    for (const auto& w : *words) builder.add(w, kListedBits);
  }
  for (const auto& w : recipe.accept_words) builder.add(w, kListedBits);
  return builder.finish(*identity);
}

std::string cache_path_for(const TableRecipe& recipe, const std::string& cache_dir,
                           const std::string& name) {
  // Builds with another table format get a file of their own: two mtlint versions in use side
  // by side would otherwise rebuild the table on every run.
  std::string paths = "format " + std::to_string(FormTable::format_version()) + '\n';
  for (const auto& d : recipe.dictionaries) paths += d.base + '\n';
  for (const auto& p : recipe.word_lists) paths += p + '\n';
  for (const auto& w : recipe.accept_words) paths += w + '\n';
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016zx", std::hash<std::string>{}(paths));
  return cache_dir + "/forms-" + name + "-" + hex + ".bin";
}

Result<FormTable> load_table(const TableRecipe& recipe, const std::string& cache_path,
                             bool resident) {
  auto identity = recipe_identity(recipe);
  if (!identity) return identity.error();
  if (!cache_path.empty()) {
    const bool verified = cache_stamp_matches(cache_path);
    if (auto table = FormTable::open(cache_path, *identity, !verified, resident)) {
      if (mark_used(cache_path) || !verified) write_cache_stamp(cache_path);
      return std::move(*table);
    }
  }
  auto table = build_table(recipe);
  if (!table) return table.error();
  // An unwritable cache directory only costs the next run the same build.
  if (!cache_path.empty() && table->save(cache_path)) {
    write_cache_stamp(cache_path);
    // Each checkout of a project and each word-list setting gets its own file: those unused
    // for a month go when a new one is written.
    prune_caches(std::filesystem::path(cache_path).parent_path().string(), kUnusedCacheLife);
  }
  return table;
}

}  // namespace mtlint
