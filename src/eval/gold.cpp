#include "eval/gold.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>

namespace mtlint {

namespace fs = std::filesystem;

namespace {

std::vector<std::string_view> split(std::string_view line, char sep) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t at = line.find(sep, start);
    out.push_back(line.substr(start, at == std::string_view::npos ? line.npos : at - start));
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  return out;
}

std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> out = split(text, '\n');
  if (!out.empty() && out.back().empty()) out.pop_back();
  for (auto& line : out) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  }
  return out;
}

Result<std::string> read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{"cannot read file", path};
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// id -> clean, from a manifest.tsv (header: id split pivot topic clean).
Result<std::map<std::string, bool>> read_manifest(const std::string& path) {
  auto text = read_all(path);
  if (!text) return text.error();
  std::map<std::string, bool> clean;
  const auto lines = lines_of(*text);
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const auto fields = split(lines[i], '\t');
    if (fields.size() != 5) {
      return Error{"a manifest row needs 5 tab-separated fields", path, static_cast<int>(i + 1), 1};
    }
    clean[std::string(fields[0])] = fields[4] == "yes";
  }
  return clean;
}

}  // namespace

const std::vector<std::string>& gold_kinds() {
  static const std::vector<std::string> kinds{
      "name", "spelling", "artefact", "boilerplate", "typography", "untranslated", "grammar"};
  return kinds;
}

Result<std::vector<GoldRow>> parse_gold(std::string_view text, const std::string& path) {
  const auto lines = lines_of(text);
  if (lines.empty() || lines[0] != "line\ttext\tkind\tfix") {
    return Error{"the first line must be the header 'line<TAB>text<TAB>kind<TAB>fix'", path, 1, 1};
  }
  std::vector<GoldRow> rows;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const int at = static_cast<int>(i + 1);
    const auto fields = split(lines[i], '\t');
    if (fields.size() != 4)
      return Error{"a gold row needs exactly 4 tab-separated fields", path, at, 1};
    GoldRow row;
    const auto [end, ec] =
        std::from_chars(fields[0].data(), fields[0].data() + fields[0].size(), row.line);
    if (ec != std::errc() || end != fields[0].data() + fields[0].size() || row.line < 1) {
      return Error{"'" + std::string(fields[0]) + "' is not a line number", path, at, 1};
    }
    row.text = fields[1];
    row.kind = fields[2];
    row.fix = fields[3];
    row.file_line = at;
    if (row.text.empty()) return Error{"the flagged text is empty", path, at, 1};
    const auto& kinds = gold_kinds();
    if (std::find(kinds.begin(), kinds.end(), row.kind) == kinds.end()) {
      return Error{"unknown kind '" + row.kind + "'", path, at, 1};
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

Result<std::vector<Article>> load_split(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Error{"not a folder", dir};
  std::optional<std::map<std::string, bool>> manifest;
  for (const fs::path& candidate :
       {fs::path(dir) / "manifest.tsv", fs::path(dir).parent_path() / "manifest.tsv"}) {
    if (fs::exists(candidate, ec)) {
      auto read = read_manifest(candidate.string());
      if (!read) return read.error();
      manifest = std::move(*read);
      break;
    }
  }
  std::vector<Article> articles;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".txt") continue;
    Article article;
    article.id = entry.path().stem().string();
    article.text_path = entry.path().string();
    article.gold_path = (entry.path().parent_path() / (article.id + ".gold.tsv")).string();
    auto gold_text = read_all(article.gold_path);
    if (!gold_text) return Error{"the article has no gold file", article.gold_path};
    auto gold = parse_gold(*gold_text, article.gold_path);
    if (!gold) return gold.error();
    article.gold = std::move(*gold);
    if (manifest) {
      const auto it = manifest->find(article.id);
      article.clean = it != manifest->end() ? it->second : article.gold.empty();
    } else {
      article.clean = article.gold.empty();
    }
    articles.push_back(std::move(article));
  }
  if (ec) return Error{"cannot list folder: " + ec.message(), dir};
  std::sort(articles.begin(), articles.end(),
            [](const Article& a, const Article& b) { return a.id < b.id; });
  if (articles.empty()) return Error{"no *.txt article in the folder", dir};
  return articles;
}

}  // namespace mtlint
