#include "lexicon/word_list.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <fstream>

namespace mtlint {

std::string to_lower(std::string_view text) {
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())))
      .toLower(icu::Locale::getRoot())
      .toUTF8String(out);
  return out;
}

std::string to_upper(std::string_view text) {
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())))
      .toUpper(icu::Locale::getRoot())
      .toUTF8String(out);
  return out;
}

std::string capitalise(std::string_view text) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  if (u.isEmpty()) return std::string(text);
  const int32_t first_len = U16_LENGTH(u.char32At(0));
  icu::UnicodeString head = u.tempSubString(0, first_len);
  head.toUpper(icu::Locale::getRoot());
  std::string out;
  head.append(u.tempSubString(first_len)).toUTF8String(out);
  return out;
}

Result<WordList> WordList::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{"cannot open word list", path};
  WordList list;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (number == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
    const auto first = line.find_first_not_of(" \t");
    if (first == std::string::npos || line[first] == '#') continue;
    const auto last = line.find_last_not_of(" \t");
    const std::string word = line.substr(first, last - first + 1);
    if (auto space = word.find_first_of(" \t"); space != std::string::npos) {
      return Error{"a word list entry is one word; split '" + word + "' into separate lines", path,
                   number, static_cast<int>(first + space + 1)};
    }
    list.add(word);
  }
  return list;
}

void WordList::add(std::string_view word) {
  std::string entry(word);
  if (accepted_.contains(entry) && by_lower_.contains(to_lower(entry))) return;
  entries_.push_back(entry);
  const std::string lower = to_lower(entry);
  accepted_.insert(entry);
  accepted_.insert(to_upper(entry));
  if (lower == entry) {
    accepted_.insert(capitalise(entry));
  } else {
    by_lower_.emplace(lower, entry);
  }
}

void WordList::merge(const WordList& other) {
  for (const auto& e : other.entries_) add(e);
}

bool WordList::contains(std::string_view word) const {
  return accepted_.contains(std::string(word));
}

const std::string* WordList::proper_form(std::string_view lower) const {
  auto it = by_lower_.find(std::string(lower));
  return it == by_lower_.end() ? nullptr : &it->second;
}

}  // namespace mtlint
