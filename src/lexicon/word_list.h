#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/error.h"

namespace mtlint {

/// A set of whole words (never matched by substring). An entry written in lower case also
/// accepts its capitalised and upper-case forms; an entry with capitals ("Kyiv", "McCarthy")
/// accepts itself and its all-caps form only.
class WordList {
 public:
  /// Reads one word per line; blank lines and lines starting with '#' are ignored. A line with
  /// inner whitespace is an error naming its line and column.
  static Result<WordList> load(const std::string& path);
  /// Adds one entry.
  void add(std::string_view word);
  /// Adds every entry of another list.
  void merge(const WordList& other);
  /// True when `word` is an entry or an accepted case form of one.
  bool contains(std::string_view word) const;
  /// The entry whose lower-case form equals `lower` ("kyiv" -> "Kyiv"), if it has capitals.
  const std::string* proper_form(std::string_view lower) const;
  /// Every entry, in insertion order.
  const std::vector<std::string>& entries() const { return entries_; }
  std::size_t size() const { return entries_.size(); }

 private:
  std::vector<std::string> entries_;
  std::unordered_set<std::string> accepted_;               // entries and their case forms
  std::unordered_map<std::string, std::string> by_lower_;  // lower-case key -> capitalised entry
};

/// Unicode lower-casing of UTF-8 text.
std::string to_lower(std::string_view text);
/// Unicode upper-casing of UTF-8 text.
std::string to_upper(std::string_view text);
/// Lower-cased, with diacritics removed and special Latin letters spelled in ASCII
/// ("Erdoğan" -> "erdogan", "Wałęsa" -> "walesa", "İstanbul" -> "istanbul").
std::string fold_diacritics(std::string_view text);
/// The text with its first code point upper-cased.
std::string capitalise(std::string_view text);

}  // namespace mtlint
