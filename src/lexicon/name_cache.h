#pragma once

#include <string>
#include <vector>

#include "core/error.h"
#include "lexicon/name_table.h"

namespace mtlint {

/// What a name table is made from: the table files in order, the transliteration rules that
/// romanise their native forms, and the file where romanisations are kept between runs.
struct NameTableRecipe {
  std::vector<std::string> tables;
  std::string translit_dir;
  std::string romanised_cache;  ///< "" keeps none
};

/// The table of `recipe`. With a `cache_dir`, it is read from "<cache_dir>/names-<hash>.bin" when
/// this build wrote that file from the same table and rule texts (the hash covers them and the
/// build stamp, and the file has a checksum); otherwise it is built, its test cases run, and the
/// file written (atomically; a cache that cannot be written is skipped). Errors name the file,
/// line and column, as when building.
Result<NameTable> load_name_table(const NameTableRecipe& recipe, const std::string& cache_dir);

}  // namespace mtlint
