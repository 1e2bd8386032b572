#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "lexicon/form_table.h"
#include "lexicon/name_table.h"
#include "lexicon/near_words.h"
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
  /// Where compiled word-form tables are cached (empty: built in memory on every run).
  std::string cache_dir;
};

/// The project's and the user's listed words (word lists, accept words), read from the form
/// table: an entry in lower case also accepts its capitalised and all-caps forms, one with
/// capitals itself and its all-caps form.
class ListedWords {
 public:
  explicit ListedWords(const FormTable& table) : table_(table) {}
  /// True when `word` is an entry or an accepted case form of one.
  bool contains(std::string_view word) const { return table_.accepts(word, kFormListed); }

 private:
  const FormTable& table_;
};

/// Read-only word knowledge shared by all rules: every form of the English Hunspell
/// dictionaries plus the project's and the user's word lists, compiled into a FormTable
/// (cached on disk). Lookups take no lock; thread-safe.
class Lexicon {
 public:
  /// Loads (or builds and caches) the word-form table and the name tables; any missing or
  /// malformed file is an error.
  static Result<std::unique_ptr<Lexicon>> create(const LexiconOptions& options);

  /// True when `word` is spelled correctly as written: a dictionary or list form, a hyphenated
  /// word whose parts all are, a number, or (English) an ordinal such as "21st".
  bool is_known(std::string_view word) const;
  /// For a word in lower case whose only listed form is capitalised ("kyiv"), that form.
  std::optional<std::string> proper_form(std::string_view word) const;
  /// For a word in lower case, of six letters or more, that the dictionaries know only in
  /// another case ("wimbledon", "monday"), that form.
  std::optional<std::string> dictionary_case_form(std::string_view word) const;
  /// Spelling suggestions, best first: the same letters in another case, then the
  /// suggestible words one edit away, likeliest slip first (see typo_cost); at most 10.
  /// Nothing farther is searched. When one word is clearly likelier than every other (a lower
  /// typo_cost), only it is returned, in the case of the word where the dictionary has that
  /// form ("competiton" -> "competition"), so that a fix can be applied; on a tie all are.
  std::vector<std::string> suggest(std::string_view word) const;
  static constexpr std::size_t kMaxNearBytes = 100;
  /// False only when no suggestible dictionary or word-list word is one edit from `word`
  /// (ignoring case), so that suggest() cannot offer one. Words longer than kMaxNearBytes have
  /// neither near words nor suggestions: no dictionary word is that long, and the one-edit
  /// candidates of a word grow with the square of its length.
  bool has_near_word(std::string_view word) const;
  /// For a lower-case word without suggestions: the words of the table (any accepted form,
  /// British spellings of "en" included) one edit away, or two letters apart swapped
  /// ("secutiry" -> "security"), at most 10. Slower than suggest(): only for the rare word
  /// nothing nearer explains.
  std::vector<std::string> distant_suggestions(std::string_view word) const;
  /// The listed words (proper nouns, accept words).
  const ListedWords& words() const { return listed_; }
  /// The name-consistency table (empty when no table was given).
  const NameTable& names() const { return names_; }
  /// The word-form table of a source-language Hunspell dictionary (path without extension),
  /// loaded or built (and cached) on first use; nullptr when it cannot be read. The foreign
  /// rule uses it. The table stays alive as long as the Lexicon.
  const FormTable* source_dictionary(const std::string& base) const;

  Lexicon() : listed_(table_) {}

 private:
  bool accepted_form(std::string_view word) const;
  bool find_near_word(std::string_view word) const;
  std::vector<std::string> find_suggestions(std::string_view word) const;
  std::vector<std::string> find_distant_suggestions(std::string_view word) const;
  // Keys the per-thread memo of has_near_word, suggest and distant_suggestions.
  const std::uint64_t id_ = next_id();
  static std::uint64_t next_id();
  FormTable table_;
  ListedWords listed_;
  NameTable names_;
  bool english_ = true;
  std::string cache_dir_;
  mutable std::mutex sources_lock_;
  mutable std::map<std::string, std::unique_ptr<FormTable>> sources_;
};

/// How unlikely a slip turns `candidate` into `typed` when the two are one edit apart (lower
/// case, compared by code point); lower is likelier. A simple model of typing errors:
/// 1: a letter of a double left out ("ocurred" for "occurred");
/// 2: any other letter left out ("progess"), two neighbours swapped ("recieved"), an extra
///    copy of a letter ("untill"), or an accent left out or changed ("cafe" for "café");
/// 3: a letter replaced by a neighbouring key on a QWERTY keyboard ("maior" for "major"), or
///    any other extra letter ("fourty");
/// 4: a letter replaced by a distant key ("maior" for "mayor").
/// Strings that are not one edit apart cost 5. A suggestion is given alone only when it costs
/// less than every other, so these classes are coarse on purpose: an extra letter and a near
/// key tie ("fourty": forty or fourth), and no single fix is better than a wrong one.
int typo_cost(std::string_view typed, std::string_view candidate);

/// Hunspell dictionary names for a language: "en" -> {en_US, en_GB}; empty when unsupported.
std::vector<std::string> hunspell_names(std::string_view language);

}  // namespace mtlint
