#pragma once

#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/error.h"

class Hunspell;

namespace mtlint {

/// A Hunspell dictionary behind a lock, with verdicts and suggestions memoised per distinct word.
/// Safe to share between threads.
class Speller {
 public:
  /// Loads `<base>.aff` and `<base>.dic`; a missing or unreadable file is an error naming it.
  static Result<std::unique_ptr<Speller>> load(const std::string& base);
  ~Speller();

  /// Adds a word at run time (project word lists), so that it is accepted and suggested.
  void add(const std::string& word);
  /// True when the dictionary accepts `word` (apostrophes normalised to ASCII).
  bool correct(std::string_view word) const;
  /// True when the dictionary accepts at least one of `words` (not memoised).
  bool accepts_any(const std::vector<std::string>& words) const;
  /// The words of `words` that the dictionary accepts, in order, at most `limit` (not memoised).
  std::vector<std::string> accepted(const std::vector<std::string>& words, std::size_t limit) const;
  /// Hunspell's suggestions, best first.
  std::vector<std::string> suggest(std::string_view word) const;

 private:
  explicit Speller(std::unique_ptr<Hunspell> hunspell);
  std::unique_ptr<Hunspell> hunspell_;
  mutable std::mutex hunspell_lock_;  // Hunspell itself is not thread-safe
  mutable std::shared_mutex memo_lock_;
  mutable std::unordered_map<std::string, bool> verdicts_;
  mutable std::unordered_map<std::string, std::vector<std::string>> suggestions_;
};

/// Memo tables are cleared when they grow past this many words, which bounds memory on any input.
inline constexpr std::size_t kMaxMemo = 1 << 18;

/// "don’t" -> "don't": Hunspell dictionaries spell apostrophes in ASCII.
std::string normalise_apostrophes(std::string_view word);

}  // namespace mtlint
