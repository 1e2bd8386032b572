#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "core/error.h"
#include "lexicon/form_table.h"

namespace mtlint {

/// What one FormTable is built from, in order.
struct TableRecipe {
  /// A Hunspell dictionary (path without .aff/.dic) and the FormBits its forms may keep: a
  /// dictionary that does not suggest leaves out kFormSuggest.
  struct Dictionary {
    std::string base;
    std::uint16_t keep = 0xFFFF;
    /// Past this many forms, the dictionary is expanded again without two-level suffixes.
    std::size_t budget = 8'000'000;
    /// Expand the elided-article prefixes of French and Italian ("l'acqua"); see ExpandOptions.
    bool elided_prefixes = true;
  };
  std::vector<Dictionary> dictionaries;
  std::vector<std::string> word_lists;    ///< paths; entries are listed, standalone, suggestible
  std::vector<std::string> accept_words;  ///< single listed words
};

/// The header identity of a recipe: the format of each input (path, size, modification time)
/// and the accepted words, so that a cache built from other or older inputs is never used.
/// An error names an input that cannot be read.
Result<std::string> recipe_identity(const TableRecipe& recipe);

/// Builds the table from the files (seconds for a large dictionary).
Result<FormTable> build_table(const TableRecipe& recipe);

/// The table from `cache_path` when it is current and intact, else built and written there
/// (atomically; a cache that cannot be written is skipped). An empty path builds in memory.
/// `resident`: see FormTable::open.
Result<FormTable> load_table(const TableRecipe& recipe, const std::string& cache_path,
                             bool resident = false);

/// A cache file name for `recipe` in `cache_dir` ("<dir>/forms-<name>-<hash of paths>.bin"):
/// recipes with other inputs get their own file.
std::string cache_path_for(const TableRecipe& recipe, const std::string& cache_dir,
                           const std::string& name);

/// How long a cache file may go unused before prune_caches() removes it.
inline constexpr std::chrono::hours kUnusedCacheLife{24 * 30};

/// Marks a cache file in use: at most once a day its modification time is set to now, so that
/// prune_caches() can tell the files nobody uses any more. True when it was marked.
bool mark_used(const std::string& path);

/// Whether the cache file at `path` has a stamp ("<path>.ok") that still describes it (device,
/// inode, size, modification time): its checksum was verified since it was last written, so it
/// need not be read whole again. Any write or replacement of the file changes what the stamp says.
bool cache_stamp_matches(const std::string& path);
/// Stamps the cache file at `path` as verified (see cache_stamp_matches).
void write_cache_stamp(const std::string& path);

/// Removes the cache files of `cache_dir` (forms-*.bin, prefilters-*.bin, names-*.bin) not used for
/// `unused_for` (their users mark them at most once a day), and temporary files left over a day
/// by a run that died while writing. Errors are ignored: a cache is only a cache.
void prune_caches(const std::string& cache_dir, std::chrono::hours unused_for);

/// Reads a word list: one word per line; blank lines and '#' comments ignored; a line with
/// inner whitespace is an error naming its line and column.
Result<std::vector<std::string>> read_word_list(const std::string& path);

}  // namespace mtlint
