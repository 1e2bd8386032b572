#pragma once

#include <memory>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/error.h"
#include "lexicon/name_table.h"
#include "lexicon/near_words.h"
#include "lexicon/speller.h"
#include "lexicon/word_list.h"

namespace mtlint {

/// What a Lexicon is built from.
struct LexiconOptions {
  /// "en" (American and British spellings both accepted), "en-US" or "en-GB"
  std::string language = "en";
  std::string hunspell_dir = "/usr/share/hunspell";
  std::vector<std::string> word_lists;    ///< project and user word lists (paths)
  std::vector<std::string> accept_words;  ///< single words accepted as written
  std::vector<std::string> name_tables;   ///< name tables (names.tsv format), in order
  std::string translit_dir;               ///< transliteration rule files for the name tables
  std::string cache_file;  ///< where generated romanisations are cached (empty: no cache)
};

/// Read-only word knowledge shared by all rules: the English Hunspell dictionary plus the
/// project's and the user's word lists. Thread-safe.
class Lexicon {
 public:
  /// Loads the dictionary and the word lists; any missing or malformed file is an error.
  static Result<std::unique_ptr<Lexicon>> create(const LexiconOptions& options);

  /// True when `word` is spelled correctly as written (Hunspell or a word list).
  bool is_known(std::string_view word) const;
  /// For a word in lower case whose only accepted form is capitalised ("kyiv"), that form.
  const std::string* proper_form(std::string_view word) const;
  /// Spelling suggestions, best first (word-list entries included). Words one edit away come
  /// from a fast search (transpositions, deletions, insertions, substitutions, in that order);
  /// only when there is none does Hunspell's full (slow) suggestion search run.
  std::vector<std::string> suggest(std::string_view word) const;
  /// False only when no dictionary or word-list word is one edit from `word` (ignoring case), so
  /// that suggest() cannot offer one: a cheap test to run before the slow suggest().
  bool has_near_word(std::string_view word) const;
  /// The merged word lists (proper nouns, accept words).
  const WordList& words() const { return words_; }
  /// The name-consistency table (empty when no table was given).
  const NameTable& names() const { return names_; }

 private:
  std::vector<std::unique_ptr<Speller>> spellers_;  // the first one suggests
  WordList words_;
  NameTable names_;
  NearWords near_;  // word-list entries and the dictionary's capitalised or non-ASCII stems
  mutable std::shared_mutex near_lock_;
  mutable std::unordered_map<std::string, bool> near_memo_;
  mutable std::unordered_map<std::string, std::vector<std::string>> suggest_memo_;
};

/// Hunspell dictionary names for a language: "en" -> {en_US, en_GB}; empty when unsupported.
std::vector<std::string> hunspell_names(std::string_view language);

}  // namespace mtlint
