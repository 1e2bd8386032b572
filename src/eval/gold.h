#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace mtlint {

/// One annotated problem of a corpus article (a row of its `.gold.tsv`).
struct GoldRow {
  int line = 0;       ///< 1-based line of the article
  std::string text;   ///< the exact flagged text, a substring of that line
  std::string kind;   ///< name, spelling, artefact, boilerplate, typography, untranslated, grammar
  std::string fix;    ///< the replacement; "?" when there is no single expected fix
  int file_line = 0;  ///< where the row sits in the gold file
};

/// One article of a corpus split with its gold rows.
struct Article {
  std::string id;         ///< the file name without extension ("034_attal-budget-49-3")
  std::string text_path;  ///< the `.txt` file
  std::string gold_path;  ///< the `.gold.tsv` file
  std::vector<GoldRow> gold;
  bool clean = false;  ///< a well-edited article: every finding on it is a false alarm
};

/// The gold kinds, in report order.
const std::vector<std::string>& gold_kinds();

/// Parses a gold file's text (header `line<TAB>text<TAB>kind<TAB>fix`, then one row per problem);
/// a malformed row is an error naming its line.
Result<std::vector<GoldRow>> parse_gold(std::string_view text, const std::string& path);

/// Loads every `*.txt` article of a split folder with its `.gold.tsv`, sorted by id. Whether an
/// article is clean comes from `manifest.tsv` in the folder or its parent; without a manifest, an
/// article whose gold file has no row is clean.
Result<std::vector<Article>> load_split(const std::string& dir);

}  // namespace mtlint
