#include "text/quotes.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "core/utf8.h"

namespace mtlint {

namespace {

constexpr std::string_view kOpen = "\xE2\x80\x9C";   // “
constexpr std::string_view kClose = "\xE2\x80\x9D";  // ”
constexpr std::size_t kMaxQuoteWords = 8;            // a title, not a statement
constexpr std::size_t kMaxTermWords = 4;
constexpr std::size_t kMaxSpeechWords = 60;  // a quotation given in its language, then in English
constexpr std::size_t kMaxGlossBytes = 160;

// Words that introduce a term ("known as the", "the word"); compared before the quotation, in
// lower case, each followed by one space.
constexpr std::array<std::string_view, 21> kIntroducers = {
    "known as",   "as the",     "known as the", "known as a",     "called",    "called the",
    "dubbed",     "dubbed the", "nicknamed",    "termed",         "the term",  "the word",
    "the phrase", "the slogan", "the motto",    "the expression", "so-called", "meaning",
    "titled",     "entitled",   "the title"};

std::size_t count_words(std::string_view s) {
  std::size_t words = 0;
  bool in_word = false;
  for (const char c : s) {
    const bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

bool ends_with_lower(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  const std::string_view tail = s.substr(s.size() - suffix.size());
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(tail[i])) != suffix[i]) return false;
  }
  // A whole word: nothing of a word right before it.
  return s.size() == suffix.size() ||
         !std::isalnum(static_cast<unsigned char>(s[s.size() - suffix.size() - 1]));
}

bool introduced(std::string_view before) {
  if (before.empty() || before.back() != ' ') return false;
  before.remove_suffix(1);
  for (const std::string_view words : kIntroducers) {
    if (ends_with_lower(before, words)) return true;
  }
  return false;
}

// Nouns that name a work, whose title may stand in its own language ('the film “Cinco
// lobitos”'); compared before the quotation, in lower case, each followed by one space.
constexpr std::array<std::string_view, 21> kWorks = {
    "film",   "movie", "documentary", "series",   "novel",      "book",   "song",
    "album",  "play",  "opera",       "poem",     "painting",   "single", "musical",
    "sitcom", "drama", "comedy",      "thriller", "exhibition", "short",  "feature"};

// A title of a work: it starts with a capital (or a letter outside ASCII) and ends without
// sentence punctuation, after a work noun or a possessive ('Oliver Laxe’s “Sirāt”').
bool work_title(std::string_view before, std::string_view quoted) {
  const auto first = static_cast<unsigned char>(quoted.front());
  const auto last = static_cast<unsigned char>(quoted.back());
  if (!(std::isupper(first) || std::isdigit(first) || first >= 0xC3) ||
      std::string_view(".,!?;:").find(static_cast<char>(last)) != std::string_view::npos) {
    return false;
  }
  if (before.empty() || before.back() != ' ') return false;
  before.remove_suffix(1);
  if (before.ends_with("'s") || before.ends_with("\xE2\x80\x99s")) return true;
  if (before.ends_with(',')) before.remove_suffix(1);  // "her first feature, “Cinco lobitos”,"
  for (const std::string_view noun : kWorks) {
    if (ends_with_lower(before, noun)) return true;
  }
  return false;
}

// A bracketed gloss right after the quotation at `at`: optional comma, spaces, "(", text, ")".
bool glossed(std::string_view text, std::size_t at) {
  if (at < text.size() && text[at] == ',') ++at;
  while (at < text.size() && text[at] == ' ') ++at;
  if (at >= text.size() || text[at] != '(') return false;
  const std::size_t close = text.find(')', at);
  if (close == std::string_view::npos || close - at > kMaxGlossBytes) return false;
  const std::string_view inside = text.substr(at + 1, close - at - 1);
  return !inside.empty() && inside.find('\n') == std::string_view::npos;
}

// Languages a writer names when quoting in them ('she said in Spanish: “…”').
constexpr std::array<std::string_view, 36> kLanguages = {
    "French",   "Spanish",   "German",    "Italian",   "Portuguese", "Polish",
    "Russian",  "Ukrainian", "Catalan",   "Basque",    "Dutch",      "Turkish",
    "Arabic",   "Latin",     "Greek",     "Swedish",   "Norwegian",  "Danish",
    "Finnish",  "Czech",     "Hungarian", "Romanian",  "Japanese",   "Chinese",
    "Mandarin", "Korean",    "Hebrew",    "Persian",   "Farsi",      "Hindi",
    "Croatian", "Serbian",   "Slovak",    "Icelandic", "Galician",   "Afrikaans"};

// The quotation is introduced as speech in a named language: 'in Spanish: ', 'in French, '.
bool in_named_language(std::string_view before) {
  if (before.empty() || before.back() != ' ') return false;
  before.remove_suffix(1);
  if (!before.empty() && (before.back() == ':' || before.back() == ',')) before.remove_suffix(1);
  for (const std::string_view language : kLanguages) {
    if (before.size() < language.size() + 3 || !before.ends_with(language)) continue;
    const std::string_view head = before.substr(0, before.size() - language.size());
    if (head.ends_with(" in ") || head == "in " || head.ends_with(" In ")) return true;
  }
  return false;
}

// The quotation is followed on its line, before the next quotation opens, by words saying that
// this next one is its translation ('…,” she said, before adding in English: “…”').
bool translated_after(std::string_view after) {
  static constexpr std::size_t kMaxBetween = 160;
  std::size_t next = std::min(after.find(kOpen), after.find('"'));
  next = std::min(next, after.find('\n'));
  if (next == std::string_view::npos || next > kMaxBetween || after.substr(next, 1) == "\n") {
    return false;
  }
  const std::string_view between = after.substr(0, next);
  static constexpr std::array<std::string_view, 5> kSignals = {
      "in English", "translates as", "translated as", "which means", "in translation"};
  return std::any_of(kSignals.begin(), kSignals.end(), [&](std::string_view signal) {
    return between.find(signal) != std::string_view::npos;
  });
}

}  // namespace

std::vector<Span> glossed_quotes(std::string_view text) {
  std::vector<Span> spans;
  std::size_t at = 0;
  while (at < text.size()) {
    // The next opening mark: a curly one, or a straight one that starts a word.
    const std::size_t curly = text.find(kOpen, at);
    std::size_t straight = text.find('"', at);
    while (straight != std::string_view::npos && straight > 0 &&
           std::isalnum(static_cast<unsigned char>(text[straight - 1]))) {
      straight = text.find('"', straight + 1);
    }
    const std::size_t open = std::min(curly, straight);
    if (open == std::string_view::npos) break;
    const bool is_curly = open == curly;
    const std::size_t content = open + (is_curly ? kOpen.size() : 1);
    const std::size_t close = is_curly ? text.find(kClose, content) : text.find('"', content);
    if (close == std::string_view::npos) break;
    const std::size_t end = close + (is_curly ? kClose.size() : 1);
    const std::string_view quoted = text.substr(content, close - content);
    at = end;
    if (quoted.empty() || quoted.find('\n') != std::string_view::npos) {
      at = content;  // not a pair on one line: look again from inside
      continue;
    }
    const std::size_t words = count_words(quoted);
    const std::size_t line_begin =
        text.rfind('\n', open) == std::string_view::npos ? 0 : text.rfind('\n', open) + 1;
    const std::string_view before = text.substr(line_begin, open - line_begin);
    if ((words <= kMaxQuoteWords && (glossed(text, end) || work_title(before, quoted))) ||
        (words <= kMaxTermWords && introduced(before)) ||
        (words <= kMaxSpeechWords &&
         (in_named_language(before) || translated_after(text.substr(end))))) {
      spans.push_back(Span{open, end});
    }
  }
  return spans;
}

namespace {

// The letter a word starts with, upper case and without its accent ('é' -> 'E'); 0 for none.
char32_t initial(std::string_view word) {
  if (word.empty()) return 0;
  std::size_t at = 0;
  const char32_t c = utf8::decode(word, at);
  if (!u_isalpha(static_cast<UChar32>(c))) return 0;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString parts;
  UChar32 base = static_cast<UChar32>(c);
  if (U_SUCCESS(status) && nfd->getDecomposition(base, parts) && parts.length() > 0) {
    base = parts.char32At(0);
  }
  return static_cast<char32_t>(u_toupper(base));
}

// Short words an official name skips in its acronym ("Museum für Naturkunde", "Banco de
// España").
bool skipped_in_acronym(std::string_view word) {
  static constexpr std::array<std::string_view, 22> kSmall = {
      "de",  "du",  "des", "la",  "le", "les", "of", "for", "and", "the", "für",
      "der", "die", "das", "del", "di", "do",  "da", "dos", "y",   "et",  "und"};
  return std::find(kSmall.begin(), kSmall.end(), word) != kSmall.end();
}

}  // namespace

std::vector<Span> acronym_glossed_names(std::string_view text) {
  std::vector<Span> spans;
  for (std::size_t open = text.find(" ("); open != std::string_view::npos;
       open = text.find(" (", open + 2)) {
    std::size_t at = open + 2;
    std::string letters;
    while (at < text.size() && std::isupper(static_cast<unsigned char>(text[at]))) {
      letters += text[at++];
    }
    if (letters.size() < 2 || letters.size() > 8 || at >= text.size() || text[at] != ')') continue;
    // Back over the words before the bracket, last letter first.
    std::size_t end = open;  // end of the current word
    std::size_t matched = letters.size();
    std::size_t first = open;
    while (matched > 0 && end > 0) {
      std::size_t begin = end;
      while (begin > 0 && text[begin - 1] != ' ' && text[begin - 1] != '\n') --begin;
      const std::string_view word = text.substr(begin, end - begin);
      const auto last = word.empty() ? 0 : static_cast<unsigned char>(word.back());
      if (word.empty() || (last < 0x80 && !std::isalpha(last))) {
        break;  // punctuation ends the name
      }
      if (skipped_in_acronym(word)) {
        // A small word inside the name, not before its first word.
      } else if (initial(word) == static_cast<char32_t>(letters[matched - 1])) {
        --matched;
        first = begin;
      } else {
        break;
      }
      if (begin == 0 || text[begin - 1] != ' ') break;
      end = begin - 1;
    }
    if (matched == 0) spans.push_back(Span{first, at + 1});
  }
  return spans;
}

}  // namespace mtlint
