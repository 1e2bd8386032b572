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
constexpr std::array<std::string_view, 35> kWorks = {
    "film",       "movie",    "documentary", "series",       "novel",   "book",
    "song",       "album",    "play",        "opera",        "poem",    "painting",
    "single",     "musical",  "sitcom",      "drama",        "comedy",  "thriller",
    "exhibition", "short",    "feature",     "production",   "staging", "revival",
    "recording",  "symphony", "concerto",    "collection",   "memoir",  "anthology",
    "a new",      "operetta", "project",     "installation", "artwork"};

// A title of a work: it starts with a capital (or a letter outside ASCII) and ends without
// sentence punctuation, after a work noun or a possessive ('Oliver Laxe’s “Sirāt”'), or before
// the name of whoever made it ('“Sotto le nuvole” by Gianfranco Rosi').
bool work_title(std::string_view before, std::string_view quoted, std::string_view after) {
  const auto first = static_cast<unsigned char>(quoted.front());
  const auto last = static_cast<unsigned char>(quoted.back());
  if (!(std::isupper(first) || std::isdigit(first) || first >= 0xC3) ||
      std::string_view(".,!?;:").find(static_cast<char>(last)) != std::string_view::npos) {
    return false;
  }
  if (after.starts_with(" by ") && after.size() > 4) {
    std::size_t at = 4;
    const char32_t c = utf8::decode(after, at);
    if (u_isupper(static_cast<UChar32>(c))) return true;
  }
  if (before.empty() || before.back() != ' ') return false;
  before.remove_suffix(1);
  if (before.ends_with("'s") || before.ends_with("\xE2\x80\x99s")) return true;
  if (before.ends_with(',')) before.remove_suffix(1);  // "her first feature, “Cinco lobitos”,"
  if (before.size() > 3 && ends_with_lower(before, "of"))
    before.remove_suffix(3);  // "staging of “…”"
  for (const std::string_view noun : kWorks) {
    if (ends_with_lower(before, noun)) return true;
  }
  // Named as a title, without a comma inside: 'the filmmakers behind “Handia”', 'a book titled
  // “…”', 'a movement called “Mer Dzevov”'.
  for (const std::string_view word : {" behind", " titled", " entitled", " called"}) {
    if (before.ends_with(word)) return quoted.find(',') == std::string_view::npos;
  }
  // A work an award or a prize is for: 'went to Matteo Garrone for “Io capitano”', 'nominated
  // for “Anatomie d’une chute”'.
  if (before.ends_with(" for")) {
    before.remove_suffix(4);
    std::size_t word = before.size();
    while (word > 0 && before[word - 1] != ' ') --word;
    const std::string_view prev = before.substr(word);
    if (!prev.empty() && std::isupper(static_cast<unsigned char>(prev.front()))) return true;
    // '… the Prix Médicis in 2010 for “Naissance d’un pont”': the year of the award.
    if (prev.size() == 4 && std::all_of(prev.begin(), prev.end(), [](char c) {
          return std::isdigit(static_cast<unsigned char>(c));
        })) {
      return true;
    }
    for (const std::string_view w : {"won", "award", "prize", "nominated", "nomination", "honoured",
                                     "honored", "praised", "acclaimed"}) {
      if (prev == w) return true;
    }
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

// A quoted translation in brackets right after the quotation at `at`: ' (“We are not part of
// the majority”)'. Speech of any length may be glossed so.
bool quoted_gloss(std::string_view text, std::size_t at) {
  if (!glossed(text, at)) return false;
  if (at < text.size() && text[at] == ',') ++at;
  while (at < text.size() && text[at] == ' ') ++at;
  const std::string_view inside = text.substr(at + 1);
  return inside.starts_with(kOpen) || inside.starts_with("\"");
}

// Speech translated in brackets right after it, as a sentence: ' (Inflation is under control
// now, and we want to support growth)'. A short aside ('(laughter)') is no translation.
bool sentence_gloss(std::string_view text, std::size_t at) {
  if (!glossed(text, at)) return false;
  if (at < text.size() && text[at] == ',') ++at;
  while (at < text.size() && text[at] == ' ') ++at;
  const std::string_view inside = text.substr(at + 1, text.find(')', at) - at - 1);
  return count_words(inside) >= 4 && std::isupper(static_cast<unsigned char>(inside.front()));
}

// Languages a writer names when quoting in them ('she said in Spanish: “…”').
constexpr std::array<std::string_view, 63> kLanguages = {
    "French",    "Spanish",  "German",     "Italian",  "Portuguese", "Polish",     "Russian",
    "Ukrainian", "Catalan",  "Basque",     "Dutch",    "Turkish",    "Arabic",     "Latin",
    "Greek",     "Swedish",  "Norwegian",  "Danish",   "Finnish",    "Czech",      "Hungarian",
    "Romanian",  "Japanese", "Chinese",    "Mandarin", "Korean",     "Hebrew",     "Persian",
    "Farsi",     "Hindi",    "Croatian",   "Serbian",  "Slovak",     "Icelandic",  "Galician",
    "Afrikaans", "Welsh",    "Irish",      "Swahili",  "Vietnamese", "Indonesian", "Tagalog",
    "Wolof",     "Quechua",  "Guarani",    "Maori",    "Yoruba",     "Hausa",      "Zulu",
    "Malay",     "Thai",     "Albanian",   "Bosnian",  "Macedonian", "Bulgarian",  "Slovenian",
    "Estonian",  "Latvian",  "Lithuanian", "Georgian", "Armenian",   "Kazakh",     "Uzbek"};

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
  // The translation after a dash, past a few words of narration ('…,” he told reporters at the
  // palace — “It is not a favour…”').
  if (between.ends_with(" \xE2\x80\x94 ") || between.ends_with(" \xE2\x80\x93 ")) return true;
  // '“hatupangwingi” — Sheng, or Nairobi street slang, for “we cannot be manipulated”'.
  if (between.ends_with(" for ")) return true;
  // 'which translates roughly as', 'before translating for the guests:', 'meaning', 'Basque for'.
  static constexpr std::array<std::string_view, 5> kSignals = {
      "in English", "translat", "which means", "meaning", "in translation"};
  if (std::any_of(kSignals.begin(), kSignals.end(), [&](std::string_view signal) {
        return between.find(signal) != std::string_view::npos;
      })) {
    return true;
  }
  // 'Basque for', or the quotation's language named before its translation ('…,” Faye told
  // reporters in French — “…”').
  return std::any_of(kLanguages.begin(), kLanguages.end(), [&](std::string_view language) {
    for (std::size_t at = between.find(language); at != std::string_view::npos;
         at = between.find(language, at + 1)) {
      const std::string_view rest = between.substr(at + language.size());
      if (rest.starts_with(" for ")) return true;
      const bool whole = rest.empty() || !std::isalpha(static_cast<unsigned char>(rest.front()));
      if (whole && at >= 4 && between.substr(at - 4, 4) == " in ") return true;
    }
    return false;
  });
}

// A translation right after the quotation: ', or “era of rising”', ' – welcome to hell –',
// ' — a peace of the brave —'; or the writer switching to English just after it.
bool glossed_after(std::string_view after) {
  // Its translation in apposition: '“el rey de la tierra”, the king of clay.' (a few lower-case
  // words up to punctuation, none that says who spoke: '”, the minister said.' is speech).
  for (const std::string_view article : {", the ", ", a ", ", an "}) {
    if (!after.starts_with(article)) continue;
    const std::string_view rest = after.substr(2);
    const std::size_t stop = rest.find_first_of(".,;:\n");
    if (stop == std::string_view::npos || stop > 60) break;
    const std::string_view gloss = rest.substr(0, stop);
    static constexpr std::array<std::string_view, 10> kSpeech = {
        "said",  "says",     "told",      "added",    "asked",
        "wrote", "declared", "according", "insisted", "stressed"};
    const bool lower = std::none_of(gloss.begin(), gloss.end(), [](char c) {
      return std::isupper(static_cast<unsigned char>(c)) ||
             std::isdigit(static_cast<unsigned char>(c));
    });
    if (lower && count_words(gloss) <= 6 &&
        std::none_of(kSpeech.begin(), kSpeech.end(), [&](std::string_view verb) {
          return gloss.find(verb) != std::string_view::npos;
        })) {
      return true;
    }
    break;
  }
  if (after.starts_with(",")) after.remove_prefix(1);
  if (after.starts_with(" or \xE2\x80\x9C") || after.starts_with(" or \"")) return true;
  // Explained right after: '“bayanihan,” a word describing…', '“pájara”, meaning…'.
  for (const std::string_view gloss : {" a word ", " a term ", " an expression ", " a phrase ",
                                       " meaning ", " which means ", " literally "}) {
    if (after.starts_with(gloss)) return true;
  }
  // 'before switching to English to thank', 'repeating in English: “…”', but not 'in English
  // pubs': the words are followed by punctuation or a few small words.
  static constexpr std::size_t kNear = 80;
  const std::string_view near =
      after.substr(0, std::min({after.find('\n'), after.find(kOpen), after.find('"'), kNear}));
  for (const std::string_view english : {" in English", " to English", " into English"}) {
    const std::size_t at = near.find(english);
    if (at == std::string_view::npos) continue;
    const std::string_view rest = after.substr(at + english.size());
    for (const std::string_view next : {":", ",", ".", ";", " to ", " and ", " \xE2\x80\x93"}) {
      if (rest.starts_with(next)) return true;
    }
  }
  for (const std::string_view dash : {" \xE2\x80\x93 ", " \xE2\x80\x94 ", "\xE2\x80\x94"}) {
    if (!after.starts_with(dash)) continue;
    const std::string_view rest = after.substr(dash.size());
    // The translation quoted after the dash ('“Nejsme žádní nepřátelé” — “We are not enemies.”'),
    // perhaps with a word that says how close it is ('— roughly, “Long live freedom”').
    if (rest.starts_with(kOpen) || rest.starts_with("\"")) return true;
    for (const std::string_view hedge : {"roughly", "literally", "loosely", "approximately"}) {
      if (!rest.starts_with(hedge)) continue;
      std::string_view tail = rest.substr(hedge.size());
      if (tail.starts_with(",") || tail.starts_with(":")) tail.remove_prefix(1);
      if (tail.starts_with(" ")) tail.remove_prefix(1);
      if (tail.starts_with(kOpen) || tail.starts_with("\"")) return true;
    }
    // The aside: a few words without quotation marks, closed by the same dash, that do not say
    // who spoke ('– said the minister –').
    const std::size_t close = rest.find(dash);
    if (close == std::string_view::npos || close == 0) return false;
    const std::string_view aside = rest.substr(0, close);
    static constexpr std::array<std::string_view, 8> kSpeech = {
        "said", "says", "told", "added", "asked", "wrote", "declared", "according"};
    return count_words(aside) <= kMaxQuoteWords && aside.find('"') == std::string_view::npos &&
           aside.find("\xE2\x80\x9C") == std::string_view::npos &&
           aside.find('\n') == std::string_view::npos &&
           std::none_of(kSpeech.begin(), kSpeech.end(), [&](std::string_view verb) {
             return aside.find(verb) != std::string_view::npos;
           });
  }
  return false;
}

bool starts_upper(std::string_view word) {
  if (word.empty()) return false;
  std::size_t at = 0;
  return u_isupper(static_cast<UChar32>(utf8::decode(word, at)));
}

// Titles and glossed terms between single curly quotes, as British papers write them
// (‘Hafið kallar’ wins): the closing mark is one that no letter follows, unlike an apostrophe.
void single_quoted(std::string_view text, std::vector<Span>& spans) {
  constexpr std::string_view kOpenSingle = "\xE2\x80\x98";   // ‘
  constexpr std::string_view kCloseSingle = "\xE2\x80\x99";  // ’
  for (std::size_t open = text.find(kOpenSingle); open != std::string_view::npos;
       open = text.find(kOpenSingle, open + kOpenSingle.size())) {
    const std::size_t content = open + kOpenSingle.size();
    std::size_t close = text.find(kCloseSingle, content);
    while (close != std::string_view::npos) {
      const std::size_t next = close + kCloseSingle.size();
      if (next >= text.size() || !std::isalpha(static_cast<unsigned char>(text[next]))) break;
      close = text.find(kCloseSingle, next);
    }
    if (close == std::string_view::npos || close == content) continue;
    const std::string_view quoted = text.substr(content, close - content);
    if (quoted.find('\n') != std::string_view::npos || count_words(quoted) > kMaxQuoteWords) {
      continue;
    }
    const std::size_t end = close + kCloseSingle.size();
    const std::size_t line_begin =
        text.rfind('\n', open) == std::string_view::npos ? 0 : text.rfind('\n', open) + 1;
    std::string_view before = text.substr(line_begin, open - line_begin);
    // A headline's title: 'Icelandic fishing drama ‘Hafið kallar’ wins'.
    if (glossed(text, end) || work_title(before, quoted, text.substr(end)) ||
        glossed_after(text.substr(end))) {
      spans.push_back(Span{open, end});
    }
  }
}

}  // namespace

// A quotation that may be a title: its span, what it holds, and whether it is glossed.
struct Quotation {
  Span span;
  std::string_view quoted;
  bool glossed = false;
};

// Titles the article glosses once are glossed wherever it repeats them ('“Torto arado”
// (“Crooked Plow”) … “Torto arado” has sold'), and so is a title coordinated with a glossed one
// ('“Le nozze di Figaro” and “Così fan tutte”').
void spread_titles(std::string_view text, std::vector<Quotation>& quotations) {
  for (std::size_t i = 0; i < quotations.size(); ++i) {
    Quotation& q = quotations[i];
    if (q.glossed) continue;
    const auto first = static_cast<unsigned char>(q.quoted.front());
    const auto last = static_cast<unsigned char>(q.quoted.back());
    if (!(std::isupper(first) || first >= 0xC3) ||
        std::string_view(".,!?;:").find(static_cast<char>(last)) != std::string_view::npos) {
      continue;
    }
    q.glossed = std::any_of(quotations.begin(), quotations.end(), [&](const Quotation& other) {
      return other.glossed && other.quoted == q.quoted;
    });
    // The quotation just before, joined by 'and', 'or' or a comma, is a glossed title.
    static constexpr std::array<std::string_view, 5> kJoins = {" and ", " or ", ", ", ", and ",
                                                               ", or "};
    if (!q.glossed && i > 0) {
      const Quotation& p = quotations[i - 1];
      const std::string_view between = text.substr(p.span.end, q.span.begin - p.span.end);
      q.glossed = p.glossed && std::find(kJoins.begin(), kJoins.end(), between) != kJoins.end();
    }
    // A later glossed title coordinated with this one.
    if (!q.glossed && i + 1 < quotations.size()) {
      const Quotation& n = quotations[i + 1];
      const std::string_view between = text.substr(q.span.end, n.span.begin - q.span.end);
      q.glossed = n.glossed && (between == " and " || between == " or " || between == ", and ");
    }
  }
}

std::vector<Span> glossed_quotes(std::string_view text) {
  std::vector<Span> spans;
  std::vector<Quotation> quotations;
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
    if ((words <= kMaxQuoteWords &&
         (glossed(text, end) || work_title(before, quoted, text.substr(end)) ||
          glossed_after(text.substr(end)))) ||
        (words <= kMaxSpeechWords && (quoted_gloss(text, end) || sentence_gloss(text, end))) ||
        (words <= kMaxTermWords && introduced(before)) ||
        (words <= kMaxSpeechWords &&
         (in_named_language(before) || translated_after(text.substr(end))))) {
      spans.push_back(Span{open, end});
      if (words <= kMaxQuoteWords) quotations.push_back({Span{open, end}, quoted, true});
    } else if (words <= kMaxQuoteWords) {
      quotations.push_back({Span{open, end}, quoted, false});
    }
  }
  spread_titles(text, quotations);
  for (const Quotation& q : quotations) {
    if (q.glossed) spans.push_back(q.span);
  }
  single_quoted(text, spans);
  std::sort(spans.begin(), spans.end());
  // Disjoint: a quotation inside a glossed one is part of it.
  std::vector<Span> out;
  for (const Span& s : spans) {
    if (!out.empty() && s.begin < out.back().end) {
      out.back().end = std::max(out.back().end, s.end);
    } else {
      out.push_back(s);
    }
  }
  return out;
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
// España", "Sveriges meteorologiska och hydrologiska institut").
bool skipped_in_acronym(std::string_view word) {
  static constexpr std::array<std::string_view, 49> kSmall = {
      "de",  "du",  "des", "la",  "le", "les",   "of",    "for", "and", "the", "für",  "der", "die",
      "das", "del", "di",  "do",  "da", "dos",   "y",     "et",  "und", "ao",  "aos",  "à",   "em",
      "na",  "no",  "e",   "en",  "el", "della", "dello", "il",  "a",   "i",   "pour", "pro", "zur",
      "zum", "von", "per", "och", "og", "ve",    "és",    "și",  "w",   "z"};
  return std::find(kSmall.begin(), kSmall.end(), word) != kSmall.end();
}

}  // namespace

std::vector<Span> acronym_glossed_names(std::string_view text) {
  std::vector<Span> spans;
  for (std::size_t open = text.find(" ("); open != std::string_view::npos;
       open = text.find(" (", open + 2)) {
    std::size_t at = open + 2;
    // The acronym's capitals, as initial() reads a word's first letter ('ÚOHS': U, O, H, S).
    std::u32string letters;
    while (at < text.size()) {
      std::size_t next = at;
      const char32_t c = utf8::decode(text, next);
      if (!u_isupper(static_cast<UChar32>(c))) break;
      letters += initial(text.substr(at, next - at));
      at = next;
    }
    if (letters.size() < 2 || letters.size() > 8 || at >= text.size() || text[at] != ')') continue;
    // Back over the words before the bracket, last letter first.
    std::size_t end = open;  // end of the current word
    std::size_t matched = letters.size();
    std::size_t first = open;
    bool stop = false;
    while (matched > 0 && end > 0 && !stop) {
      std::size_t begin = end;
      while (begin > 0 && text[begin - 1] != ' ' && text[begin - 1] != '\n') --begin;
      std::string_view word = text.substr(begin, end - begin);
      // A comma inside the name ('pour le travail, l’éthique et la fraternité (PASTEF)'); the
      // whole acronym must still match.
      if (end != open && word.size() > 1 && word.back() == ',') word.remove_suffix(1);
      const auto last = word.empty() ? 0 : static_cast<unsigned char>(word.back());
      if (word.empty() || (last < 0x80 && !std::isalpha(last))) {
        break;  // punctuation ends the name
      }
      // Each part of a hyphenated word counts ('ouest-africaine': O, A), last first; an elided
      // article is no part ('l’éthique').
      for (std::size_t part_end = word.size(); part_end > 0 && matched > 0;) {
        const std::size_t dash = word.rfind('-', part_end - 1);
        const std::size_t part_begin = dash == std::string_view::npos ? 0 : dash + 1;
        std::string_view part = word.substr(part_begin, part_end - part_begin);
        for (const std::string_view elided : {"l\xE2\x80\x99", "d\xE2\x80\x99", "l'", "d'",
                                              "L\xE2\x80\x99", "D\xE2\x80\x99", "L'", "D'"}) {
          if (part.size() > elided.size() && part.starts_with(elided)) {
            part.remove_prefix(elided.size());
            break;
          }
        }
        if (part.empty() || skipped_in_acronym(part)) {
          // A small word inside the name, not before its first word.
        } else if (initial(part) == letters[matched - 1]) {
          --matched;
          first = begin;
        } else {
          stop = true;
          break;
        }
        if (dash == std::string_view::npos) break;
        part_end = dash;
      }
      if (stop || begin == 0 || text[begin - 1] != ' ') break;
      end = begin - 1;
    }
    if (matched == 0) spans.push_back(Span{first, at + 1});
  }
  return spans;
}

namespace {

// The words of a bracketed English translation of a name: two to eight words, each capitalised
// or a small word, ASCII only ('Freedom and Direct Democracy').
bool english_title(std::string_view inside) {
  static constexpr std::array<std::string_view, 10> kSmallEnglish = {
      "and", "for", "of", "the", "in", "on", "to", "with", "a", "an"};
  if (inside.empty() || !std::isupper(static_cast<unsigned char>(inside.front()))) return false;
  std::size_t words = 0;
  for (std::size_t at = 0; at < inside.size();) {
    std::size_t end = inside.find(' ', at);
    if (end == std::string_view::npos) end = inside.size();
    const std::string_view word = inside.substr(at, end - at);
    if (word.empty()) return false;
    for (const char c : word) {
      const auto u = static_cast<unsigned char>(c);
      if (!std::isalpha(u) && c != '-' && c != '\'') return false;
    }
    if (!std::isupper(static_cast<unsigned char>(word.front())) &&
        std::find(kSmallEnglish.begin(), kSmallEnglish.end(), word) == kSmallEnglish.end()) {
      return false;
    }
    ++words;
    at = end + 1;
  }
  return words >= 2 && words <= 8;
}

}  // namespace

std::vector<Span> translated_names(std::string_view text) {
  constexpr std::size_t kMaxNameWords = 6;
  std::vector<Span> spans;
  for (std::size_t open = text.find(" ("); open != std::string_view::npos;
       open = text.find(" (", open + 2)) {
    const std::size_t close = text.find(')', open);
    if (close == std::string_view::npos || close - open > kMaxGlossBytes ||
        !english_title(text.substr(open + 2, close - open - 2))) {
      continue;
    }
    // The words before the bracket, last first, up to punctuation or the line's start.
    std::vector<Span> words;
    for (std::size_t end = open; words.size() < kMaxNameWords && end > 0;) {
      std::size_t begin = end;
      while (begin > 0 && text[begin - 1] != ' ' && text[begin - 1] != '\n') --begin;
      const std::string_view word = text.substr(begin, end - begin);
      const auto last = word.empty() ? 0 : static_cast<unsigned char>(word.back());
      if (word.empty() || (last < 0x80 && !std::isalpha(last))) break;
      words.push_back(Span{begin, end});
      if (begin == 0 || text[begin - 1] != ' ') break;
      end = begin - 1;
    }
    // The name: from the capitalised word nearest the bracket back over capitalised words and
    // the particles between them ('Svoboda a přímá demokracie', 'Motoristé sobě').
    std::size_t k = 0;
    while (k < words.size() && !starts_upper(text.substr(words[k].begin, words[k].size()))) ++k;
    if (k == words.size()) continue;
    std::size_t first = k;
    while (first + 1 < words.size()) {
      const std::string_view prev = text.substr(words[first + 1].begin, words[first + 1].size());
      if (starts_upper(prev)) {
        ++first;
      } else if (first + 2 < words.size() && skipped_in_acronym(prev) &&
                 starts_upper(text.substr(words[first + 2].begin, words[first + 2].size()))) {
        first += 2;
      } else {
        break;
      }
    }
    if (first == 0) continue;  // one word: a name with a gloss is left to the name rules
    spans.push_back(Span{words[first].begin, close + 1});
  }
  return spans;
}

bool after_name_particle(std::string_view text, std::size_t at,
                         std::initializer_list<std::string_view> particles) {
  std::string_view before = text.substr(0, at);
  const auto particle = std::find_if(particles.begin(), particles.end(),
                                     [&](std::string_view p) { return before.ends_with(p); });
  if (particle == particles.end()) return false;
  before.remove_suffix(particle->size());
  std::size_t word = before.size();
  while (word > 0 && before[word - 1] != ' ' && before[word - 1] != '\n' &&
         before[word - 1] != '-') {
    --word;
  }
  return word < before.size() && std::isupper(static_cast<unsigned char>(before[word]));
}

// The words before a term that an apposition then defines ('an aščinica, a traditional
// eatery', 'a queue for bidos, a reindeer stew', 'pastel de choclo, a baked pie').
constexpr std::array<std::string_view, 22> kBeforeDefined = {
    " a ",     " an ",   " of ",     " for ",   " de ",     " with ",    " over ",   " sold ",
    " serve ", " from ", " one ",    " sells ", " sell ",   " selling ", " serves ", " serving ",
    " eat ",   " eats ", " eating ", " drink ", " drinks ", " drinking "};
// First words of a bracket that say something else than what the word before it means.
constexpr std::array<std::string_view, 24> kNotGlossStart = {
    "which", "who",  "whose", "that", "including", "see", "in",   "on",
    "at",    "from", "to",    "for",  "as",        "and", "or",   "but",
    "now",   "then", "also",  "not",  "with",      "up",  "down", "about"};
// Articles of other languages after a comma, before a term in apposition (', la motosierra,').
constexpr std::array<std::string_view, 11> kForeignArticles = {
    ", la ",  ", el ",  ", le ",  ", il ",  ", lo ", ", der ",
    ", die ", ", das ", ", los ", ", las ", ", les "};
// Articles, English and other, before a term a writer says others use ('call a pájara', 'calls
// la casta').
constexpr std::array<std::string_view, 16> kTermArticles = {
    "a ",   "an ", "the ", "la ",  "el ",  "le ",  "les ", "los ",
    "las ", "il ", "lo ",  "der ", "die ", "das ", "o ",   "os "};
// `head` (the text before a term) ends with one of kBeforeDefined.
bool after_defined_word(std::string_view head) {
  return std::any_of(kBeforeDefined.begin(), kBeforeDefined.end(),
                     [&](std::string_view w) { return head.ends_with(w); });
}
// Words that go on defining a thing after its head noun: 'the sweet spiced tea sold at
// stalls', 'the fermented cassava couscous that is', 'the vocal tradition in which'.
constexpr std::array<std::string_view, 12> kSpeech = {
    "said",      "says",  "told",     "added",  "noted",     "stressed",
    "explained", "wrote", "insisted", "warned", "announced", "argued"};
constexpr std::array<std::string_view, 23> kSaysMore = {
    "that",  "which",   "sold",          "served",    "made",      "eaten",   "drunk", "used",
    "often", "usually", "traditionally", "typically", "distilled", "brewed",  "baked", "cooked",
    "grown", "played",  "worn",          "founded",   "common",    "popular", "found"};

// English words that go on with a sentence after a term: they end the term.
constexpr std::array<std::string_view, 20> kGoesOn = {
    "and", "or",  "but",  "is",   "was",   "are", "were", "which", "that", "who",
    "to",  "for", "with", "from", "since", "in",  "on",   "by",    "has",  "had"};

std::vector<Span> introduced_terms(std::string_view text) {
  std::vector<Span> spans;
  // The word after the introducer, when it starts with a lower-case letter.
  const auto add_word_at = [&](std::size_t at) {
    if (at >= text.size() || !std::islower(static_cast<unsigned char>(text[at]))) return;
    std::size_t end = at;
    while (end < text.size() && (std::isalpha(static_cast<unsigned char>(text[end])) ||
                                 static_cast<unsigned char>(text[end]) >= 0x80)) {
      ++end;
    }
    if (end - at >= 4) spans.push_back(Span{at, end});  // not 'in French as a rule'
  };
  // After 'so-called', the term up to three lower-case words long, to the first English word that
  // goes on with the sentence ('the so-called coalición republicana, an alliance').
  for (std::size_t at = text.find("so-called "); at != std::string_view::npos;
       at = text.find("so-called ", at + 1)) {
    const std::size_t first = at + std::string_view("so-called ").size();
    if (first >= text.size() || !std::islower(static_cast<unsigned char>(text[first]))) continue;
    const auto lower_byte = [&](std::size_t k) {
      const auto c = static_cast<unsigned char>(text[k]);
      return std::islower(c) || c >= 0x80;
    };
    std::size_t end = first;
    for (int n = 0; n < 3; ++n) {
      const std::size_t begin = n == 0 ? first : end + 1;
      if (n > 0 && (end + 1 >= text.size() || text[end] != ' ')) break;
      std::size_t e = begin;
      while (e < text.size() && lower_byte(e)) ++e;
      if (e == begin || (e < text.size() && std::isalnum(static_cast<unsigned char>(text[e])))) {
        break;
      }
      const std::string_view word = text.substr(begin, e - begin);
      if (n > 0 && std::find(kGoesOn.begin(), kGoesOn.end(), word) != kGoesOn.end()) break;
      end = e;
    }
    if (text.substr(first, end - first).find(' ') != std::string_view::npos) {
      spans.push_back(Span{first, end});
    } else {
      add_word_at(first);
    }
  }
  // Up to `most` lower-case words ending at `end` (back to a capital, a digit or punctuation):
  // 'sonritsu kiki jitai, or “survival-threatening situation”'.
  const auto is_word_byte = [&](std::size_t k) {
    const auto c = static_cast<unsigned char>(text[k]);
    return std::islower(c) || c >= 0x80 || c == '\'';
  };
  const auto add_words_before = [&](std::size_t end, int most) {
    std::size_t begin = end;
    for (int n = 0; n < most; ++n) {
      std::size_t b = begin;
      while (b > 0 && is_word_byte(b - 1)) --b;
      if (b == begin || (b > 0 && std::isalnum(static_cast<unsigned char>(text[b - 1])))) break;
      begin = b;
      if (begin == 0 || text[begin - 1] != ' ') break;
      if (n + 1 < most) --begin;  // over the space, to the word before
    }
    while (begin < end && text[begin] == ' ') ++begin;
    // Not the English words before the term ('a sonritsu kiki jitai', 'it as a dostosowanie').
    for (bool trimmed = true; trimmed;) {
      trimmed = false;
      for (const std::string_view small : {"a ", "an ", "the ", "as ", "it ", "of ", "to ", "and ",
                                           "is ", "was ", "in ", "on ", "for "}) {
        if (text.substr(begin, small.size()) == small && begin + small.size() < end) {
          begin += small.size();
          trimmed = true;
        }
      }
    }
    if (end - begin >= 3 && (std::islower(static_cast<unsigned char>(text[begin])) != 0 ||
                             static_cast<unsigned char>(text[begin]) >= 0x80)) {
      spans.push_back(Span{begin, end});
    }
  };
  // Up to `most` lower-case words from `at`: 'known in France as the moustique tigre'.
  const auto add_words_after = [&](std::size_t at, int most) {
    if (at >= text.size() || !is_word_byte(at) || text[at] == '\'') return;
    std::size_t end = at;
    for (int n = 0; n < most; ++n) {
      std::size_t e = end;
      while (e < text.size() && is_word_byte(e)) ++e;
      if (e == end) break;
      end = e;
      if (end + 1 >= text.size() || text[end] != ' ' || !is_word_byte(end + 1)) break;
      if (n + 1 < most) ++end;
    }
    if (end > at + 3) spans.push_back(Span{at, end});
  };
  // Where the lower-case word right before word `word` begins (one space between them), or npos:
  // a term of two words ('olla común', 'comunidades campesinas').
  const auto lower_word_before = [&](std::size_t word) {
    if (word < 2 || text[word - 1] != ' ') return std::string_view::npos;
    std::size_t first = word - 1;
    while (first > 0 && is_word_byte(first - 1) && text[first - 1] != '\'') --first;
    const auto c = static_cast<unsigned char>(text[first]);
    return first + 1 < word && (std::islower(c) || c >= 0xC3) ? first : std::string_view::npos;
  };
  // A term glossed by a quotation after a dash: 'a dostosowanie — an “adjustment” —'.
  for (const std::string_view joint : {" \xE2\x80\x94 \xE2\x80\x9C", " \xE2\x80\x94 a \xE2\x80\x9C",
                                       " \xE2\x80\x94 an \xE2\x80\x9C"}) {
    for (std::size_t at = text.find(joint); at != std::string_view::npos;
         at = text.find(joint, at + 1)) {
      add_words_before(at, 4);
    }
  }
  // A term that something is called, glossed by a quotation in apposition: 'is sometimes called
  // hu guo shen shan, the “sacred mountain that protects the nation”'.
  for (const std::string_view joint :
       {", the \xE2\x80\x9C", ", \xE2\x80\x9C", ", the \"", ", \""}) {
    for (std::size_t at = text.find(joint); at != std::string_view::npos;
         at = text.find(joint, at + 1)) {
      const std::size_t before = spans.size();
      add_words_before(at, 4);
      if (spans.size() == before) continue;
      const std::string_view head = text.substr(0, spans.back().begin);
      if (!head.ends_with(" called ") && !head.ends_with(" dubbed ") &&
          !head.ends_with(" nicknamed ")) {
        spans.pop_back();
      }
    }
  }
  // 'known as the mañanera', 'known in Mexico as ministros', 'and in Italy as the zanzara tigre'.
  for (std::size_t at = text.find(" as "); at != std::string_view::npos;
       at = text.find(" as ", at + 1)) {
    const std::string_view head = text.substr(0, at);
    // 'known locally as a mashoof': a local word, with an English article before it.
    const bool local = head.ends_with(" known locally") || head.ends_with(" locally known");
    bool introduced = head.ends_with(" known") || local;
    bool in_language = false;  // ' in German as': its nouns may be capitalised
    if (!introduced) {
      // ' in <Place>' right before: a capitalised word after 'in'.
      std::size_t b = at;
      while (b > 0 && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
      introduced = b < at && std::isupper(static_cast<unsigned char>(text[b])) &&
                   text.substr(0, b).ends_with(" in ");
      in_language = introduced && std::find(kLanguages.begin(), kLanguages.end(),
                                            text.substr(b, at - b)) != kLanguages.end();
    }
    if (!introduced) continue;
    std::size_t word = at + 4;
    if (text.substr(word, 4) == "the ") word += 4;
    // Not an English phrase ('written in French as a rule').
    if (!local && (text.substr(word, 2) == "a " || text.substr(word, 3) == "an ")) continue;
    if (text.substr(word, 2) == "a ") word += 2;
    if (text.substr(word, 3) == "an ") word += 3;
    if (in_language && word < text.size() && std::isupper(static_cast<unsigned char>(text[word]))) {
      // 'known in German as the Schuldenbremse', 'known in Czech as Motoristé sobě', 'in
      // Albanian as Asociacioni i komunave me shumicë serbe': a capitalised word and up to five
      // lower-case words after it, up to an English word that goes on with the sentence.
      std::size_t end = word + 1;
      while (end < text.size() && is_word_byte(end)) ++end;
      for (int n = 0; n < 5 && end + 1 < text.size() && text[end] == ' ' && is_word_byte(end + 1) &&
                      text[end + 1] != '\'';
           ++n) {
        std::size_t e = end + 1;
        while (e < text.size() && is_word_byte(e)) ++e;
        const std::string_view next = text.substr(end + 1, e - end - 1);
        if (std::find(kGoesOn.begin(), kGoesOn.end(), next) != kGoesOn.end()) break;
        end = e;
      }
      if (end > word + 3) spans.push_back(Span{word, end});
      continue;
    }
    add_words_after(word, 3);
  }
  // 'serangan fajar, literally “dawn attack”': a term translated word for word.
  for (std::size_t at = text.find(", literally "); at != std::string_view::npos;
       at = text.find(", literally ", at + 1)) {
    add_words_before(at, 4);
  }
  // 'since peccato means both…': a word explained.
  for (std::size_t at = text.find(" means "); at != std::string_view::npos;
       at = text.find(" means ", at + 1)) {
    add_words_before(at, 1);
  }
  // 'what Spanish commentators call a pájara —', 'what the French call a rentrée,': a word the
  // writer says others use, before a dash or a comma that opens its explanation.
  // So is one after the article of its own language ('what he calls la casta, the political
  // establishment').
  for (const std::string_view call : {" call ", " calls "}) {
    for (std::size_t at = text.find(call); at != std::string_view::npos;
         at = text.find(call, at + 1)) {
      std::size_t word = at + call.size();
      for (const std::string_view article : kTermArticles) {
        if (text.substr(word, article.size()) == article) {
          word += article.size();
          break;
        }
      }
      std::size_t end = word;
      while (end < text.size() && (std::isalpha(static_cast<unsigned char>(text[end])) ||
                                   static_cast<unsigned char>(text[end]) >= 0x80)) {
        ++end;
      }
      const std::string_view rest = text.substr(end, 5);
      if (rest.starts_with(",") || rest.starts_with(" \xE2\x80\x94") ||
          rest.starts_with(" \xE2\x80\x93") || rest.starts_with(" (")) {
        add_word_at(word);
      }
      // A name in its language, up to three words, glossed after ', or': 'what he calls Jaña
      // Qazaqstan, or New Kazakhstan'.
      if (word < text.size() && std::isupper(static_cast<unsigned char>(text[word]))) {
        std::size_t stop = word;
        for (int n = 0; n < 3; ++n) {
          while (stop < text.size() && (is_word_byte(stop) || text[stop] == '-' ||
                                        std::isupper(static_cast<unsigned char>(text[stop])))) {
            ++stop;
          }
          if (n == 2 || stop + 1 >= text.size() || text[stop] != ' ' ||
              !std::isupper(static_cast<unsigned char>(text[stop + 1]))) {
            break;
          }
          ++stop;
        }
        if (text.substr(stop, 5) == ", or ") spans.push_back(Span{word, stop});
      }
    }
  }
  // 'this year’s benefício – the allowance that decides…': a word defined after a dash by 'the',
  // 'a' or 'an' and a lower-case word.
  for (const std::string_view dash : {" \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
    for (std::size_t at = text.find(dash); at != std::string_view::npos;
         at = text.find(dash, at + 1)) {
      std::size_t k = at + dash.size();
      bool article = false;
      for (const std::string_view a : {"the ", "a ", "an "}) {
        if (!article && text.substr(k, a.size()) == a) {
          k += a.size();
          article = true;
        }
      }
      if (article && k < text.size() && std::islower(static_cast<unsigned char>(text[k]))) {
        add_words_before(at, 1);
      }
    }
  }
  // 'the Greek odous, meaning tooth': a word translated after ', meaning'.
  for (std::size_t at = text.find(", meaning "); at != std::string_view::npos;
       at = text.find(", meaning ", at + 1)) {
    add_words_before(at, 1);
  }
  // 'a flatbread called somun,', 'a pot called a džezva.': a thing called by its name, which
  // ends the phrase (not 'called goverment officials').
  for (const std::string_view call : {" called ", " dubbed "}) {
    for (std::size_t at = text.find(call); at != std::string_view::npos;
         at = text.find(call, at + 1)) {
      std::size_t word = at + call.size();
      for (const std::string_view article : {"a ", "an ", "the "}) {
        if (text.substr(word, article.size()) == article) word += article.size();
      }
      std::size_t end = word;
      while (end < text.size() && is_word_byte(end) && text[end] != '\'') ++end;
      if (end == text.size() || text[end] == ',' || text[end] == '.' || text[end] == ';' ||
          text.substr(end, 2) == " (" || text.substr(end, 4) == " \xE2\x80\x94" ||
          text.substr(end, 4) == " \xE2\x80\x93") {
        add_word_at(word);
      }
    }
  }
  // 'an aščinica, a traditional eatery', 'a spoonful of kajmak, a rich cream': a word (or two)
  // after one of kBeforeDefined, defined in apposition by 'a' or 'an' and a lower-case word.
  // So is one defined as one of a kind: 'where a bloco, one of the informal street bands'.
  for (const std::string_view joint : {", a ", ", an ", ", one of the "}) {
    for (std::size_t at = text.find(joint); at != std::string_view::npos;
         at = text.find(joint, at + 1)) {
      const std::size_t next = at + joint.size();
      if (next >= text.size() || !is_word_byte(next) || text[next] == '\'') continue;
      std::size_t word = at;
      while (word > 0 && is_word_byte(word - 1) && text[word - 1] != '\'') --word;
      if (word == at) continue;
      if (after_defined_word(text.substr(0, word))) {
        // Three letters will do here, where the apposition defines the word ('sells api, a hot
        // drink').
        if (at - word >= 3 && std::islower(static_cast<unsigned char>(text[word]))) {
          spans.push_back(Span{word, at});
        }
        continue;
      }
      // Two lower-case words ('set up an olla común, a shared cooking pot').
      if (!std::islower(static_cast<unsigned char>(text[word]))) continue;
      const std::size_t first = lower_word_before(word);
      if (first != std::string_view::npos && after_defined_word(text.substr(0, first))) {
        spans.push_back(Span{first, at});
      }
    }
  }
  // 'a plate of attiéké, fermented cassava semolina, with': a word with letters English lacks,
  // after one of kBeforeDefined, defined in apposition by a participle and one to three more
  // lower-case words, closed by a comma (an English typo, 'of goverment, based on', has none).
  for (std::size_t at = text.find(", "); at != std::string_view::npos;
       at = text.find(", ", at + 1)) {
    std::size_t word = at;
    while (word > 0 && is_word_byte(word - 1) && text[word - 1] != '\'') --word;
    if (word == at || !std::islower(static_cast<unsigned char>(text[word])) ||
        !utf8::has_non_ascii(text.substr(word, at - word)) ||
        !after_defined_word(text.substr(0, word))) {
      continue;
    }
    std::size_t k = at + 2;
    std::size_t e = k;
    while (e < text.size() && std::islower(static_cast<unsigned char>(text[e]))) ++e;
    const std::string_view participle = text.substr(k, e - k);
    if (participle.size() < 5 || !participle.ends_with("ed")) continue;
    int more = 0;
    while (e < text.size() && text[e] == ' ' && more < 3) {
      k = e + 1;
      e = k;
      while (e < text.size() && std::islower(static_cast<unsigned char>(text[e]))) ++e;
      if (e == k) break;
      ++more;
    }
    if (more >= 1 && e < text.size() && text[e] == ',') add_word_at(word);
  }
  // 'queued for karak, the sweet spiced tea sold at stalls', 'the history of joik, the Sámi
  // vocal tradition in which': a word after one of kBeforeDefined, defined in apposition by
  // 'the', one to four words (any capitalised: 'Gulf') and then what says more of the thing
  // (a relative or a participle, kSaysMore) or the end of the phrase.
  for (std::size_t at = text.find(", the "); at != std::string_view::npos;
       at = text.find(", the ", at + 1)) {
    std::size_t word = at;
    while (word > 0 && is_word_byte(word - 1) && text[word - 1] != '\'') --word;
    if (word == at || !std::islower(static_cast<unsigned char>(text[word]))) continue;
    // The term is one word or two ('of the comunidades campesinas, the peasant communities
    // that'), after one of kBeforeDefined, or after one of them and 'the'.
    const auto defined_before = [&](std::size_t begin) {
      const std::string_view head = text.substr(0, begin);
      return after_defined_word(head) ||
             (head.ends_with(" the ") && after_defined_word(head.substr(0, head.size() - 4)));
    };
    std::size_t term = word;
    // Or two terms glossed together: 'compete with ajo and esusu, the informal rotating savings
    // clubs' (the first of them, after one of kBeforeDefined).
    std::size_t pair = std::string_view::npos, pair_end = 0;
    if (!defined_before(word)) {
      const std::size_t first = lower_word_before(word);
      for (const std::string_view joint : {" and ", " or "}) {
        if (pair == std::string_view::npos && text.substr(0, word).ends_with(joint)) {
          const std::size_t end = word - joint.size();
          std::size_t b = end;
          while (b > 0 && is_word_byte(b - 1) && text[b - 1] != '\'') --b;
          if (b < end && std::islower(static_cast<unsigned char>(text[b])) && defined_before(b)) {
            pair = b;
            pair_end = end;
          }
        }
      }
      if (pair != std::string_view::npos) {
        term = word;
      } else if (first == std::string_view::npos || !defined_before(first)) {
        continue;
      } else {
        term = first;
      }
    }
    // After 'the', only a relative or a participle (kSaysMore) shows the definition ('of the lfi
    // group, the suspension is only a lure.' is no definition).
    const bool says_more_only =
        !after_defined_word(text.substr(0, pair != std::string_view::npos ? pair : term));
    const auto add_term = [&] {
      if (pair != std::string_view::npos) spans.push_back(Span{pair, pair_end});
      if (term == word) {
        add_word_at(word);
      } else {
        spans.push_back(Span{term, at});
      }
    };
    std::size_t k = at + 6;
    for (int n = 0; n < 5 && k < text.size(); ++n) {
      std::size_t e = k;
      while (e < text.size() && (std::isalpha(static_cast<unsigned char>(text[e])) ||
                                 static_cast<unsigned char>(text[e]) >= 0x80 || text[e] == '-')) {
        ++e;
      }
      if (e == k) break;
      const std::string_view w = text.substr(k, e - k);
      // Speech, not a definition: 'for goverment, the minister said.'
      if (std::find(kSpeech.begin(), kSpeech.end(), w) != kSpeech.end()) break;
      if (n >= 2 && std::find(kSaysMore.begin(), kSaysMore.end(), w) != kSaysMore.end()) {
        add_term();
        break;
      }
      if (e >= text.size()) break;
      if (n >= 1 && !says_more_only && (text[e] == ',' || text[e] == '.' || text[e] == ';')) {
        add_term();
        break;
      }
      if (text[e] != ' ') break;
      k = e + 1;
    }
  }
  // 'known in Icelandic as apalhraun', 'the Portuguese word saudade': found by the joining word,
  // then the language before it (one pass each, not one per language).
  // Where the name of a language ending at `at` begins, or npos.
  const auto language_before = [&](std::size_t at) {
    std::size_t begin = at;
    while (begin > 0 && std::isalpha(static_cast<unsigned char>(text[begin - 1]))) --begin;
    const std::string_view language = text.substr(begin, at - begin);
    return std::find(kLanguages.begin(), kLanguages.end(), language) == kLanguages.end()
               ? std::string_view::npos
               : begin;
  };
  for (const std::string_view joint : {" as ", " word ", " term "}) {
    for (std::size_t at = text.find(joint); at != std::string_view::npos;
         at = text.find(joint, at + 1)) {
      const std::size_t begin = language_before(at);
      if (begin == std::string_view::npos) continue;
      if (joint == " as " && !text.substr(0, begin).ends_with("in ")) continue;
      add_word_at(at + joint.size());
    }
  }
  // 'ahwar being the Arabic word for marshes', 'the tifo, the Italian word for …': the word
  // before the language's word for something.
  for (const std::string_view joint : {" word for ", " term for "}) {
    for (std::size_t at = text.find(joint); at != std::string_view::npos;
         at = text.find(joint, at + 1)) {
      const std::size_t begin = language_before(at);
      if (begin == std::string_view::npos) continue;
      const std::string_view head = text.substr(0, begin);
      for (const std::string_view link : {" being the ", ", the ", " is the ", " (the ",
                                          " \xE2\x80\x94 the ", " \xE2\x80\x93 the "}) {
        if (head.ends_with(link)) {
          add_words_before(begin - link.size(), 1);
          break;
        }
      }
    }
  }
  // 'the jumantik, the neighbourhood volunteers who check water jars': a word after 'the',
  // defined in apposition by a few lower-case words and 'who', 'which' or 'that'.
  for (std::size_t at = text.find(", the "); at != std::string_view::npos;
       at = text.find(", the ", at + 1)) {
    std::size_t word = at;
    while (word > 0 && is_word_byte(word - 1)) --word;
    if (word == at || !text.substr(0, word).ends_with(" the ")) continue;
    std::size_t k = at + 6;
    for (int n = 0; n < 4 && k < text.size(); ++n) {
      std::size_t e = k;
      while (e < text.size() && std::islower(static_cast<unsigned char>(text[e]))) ++e;
      if (e == k || e >= text.size() || text[e] != ' ') break;
      const std::string_view next = text.substr(e + 1, 6);
      if (n > 0 &&
          (next.starts_with("who ") || next.starts_with("which ") || next.starts_with("that "))) {
        add_words_before(at, 1);
        break;
      }
      k = e + 1;
    }
  }
  // 'a dugnad, the Norwegian tradition of unpaid communal work': the word before ', the
  // <Language> tradition' (word, term, custom, practice, name, expression, concept).
  for (std::size_t at = text.find(", the "); at != std::string_view::npos;
       at = text.find(", the ", at + 1)) {
    const std::size_t begin = at + 6;
    std::size_t end = begin;
    while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
    const std::string_view language = text.substr(begin, end - begin);
    if (std::find(kLanguages.begin(), kLanguages.end(), language) == kLanguages.end()) continue;
    const std::string_view rest = text.substr(end, 16);
    for (const std::string_view noun : {" word", " term", " tradition", " custom", " practice",
                                        " name", " expression", " concept"}) {
      if (rest.starts_with(noun)) {
        add_words_before(at, 1);
        break;
      }
    }
  }
  // 'a state of natural disaster, or stan klęski żywiołowej,': the term in its language after
  // its English name, up to four words closed by punctuation, one with letters English lacks.
  for (std::size_t at = text.find(", or "); at != std::string_view::npos;
       at = text.find(", or ", at + 1)) {
    const std::size_t begin = at + 5;
    std::size_t end = begin;
    int words = 0;
    bool foreign = false;
    // Letters only: a quotation mark or a dash (U+2000-U+206F, lead bytes E2 80/81) ends it.
    const auto punctuation = [&](std::size_t k) {
      return static_cast<unsigned char>(text[k]) == 0xE2 && k + 1 < text.size() &&
             (static_cast<unsigned char>(text[k + 1]) & 0xFE) == 0x80;
    };
    while (words < 4 && end < text.size() && is_word_byte(end) && text[end] != '\'' &&
           !punctuation(end)) {
      while (end < text.size() && is_word_byte(end) && !punctuation(end)) {
        foreign = foreign || static_cast<unsigned char>(text[end]) >= 0x80;
        ++end;
      }
      ++words;
      if (end + 1 < text.size() && text[end] == ' ' && is_word_byte(end + 1)) ++end;
    }
    if (foreign && words > 0 && end < text.size() && (text[end] == ',' || text[end] == '.') &&
        text[end - 1] != ' ') {
      spans.push_back(Span{begin, end});
    }
  }
  // 'against neijuan, or “involution”', 'a long-term hudna, or truce.': a word glossed in
  // apposition, by a quotation or by one to three words closed by punctuation.
  for (std::size_t at = text.find(", or "); at != std::string_view::npos;
       at = text.find(", or ", at + 1)) {
    std::size_t begin = at;
    while (begin > 0 && (std::isalpha(static_cast<unsigned char>(text[begin - 1])) ||
                         static_cast<unsigned char>(text[begin - 1]) >= 0x80)) {
      --begin;
    }
    if (begin > 0 && text[begin - 1] != ' ') continue;
    const std::string_view gloss = text.substr(at + 5, 60);
    bool apposed = gloss.starts_with(kOpen) || gloss.starts_with("\"");
    if (!apposed) {
      const std::size_t stop =
          std::min(gloss.find_first_of(",.;)\n"), gloss.find(" \xE2\x80\x94"));  // or a dash
      apposed = stop != std::string_view::npos && count_words(gloss.substr(0, stop)) <= 3;
    }
    if (apposed) add_word_at(begin);
  }
  // The source's term with its article, in apposition after its English: 'campaigned with a
  // chainsaw, la motosierra, promising'. One or two lower-case words, closed by punctuation.
  for (const std::string_view article : kForeignArticles) {
    for (std::size_t at = text.find(article); at != std::string_view::npos;
         at = text.find(article, at + 1)) {
      if (at == 0 || !std::islower(static_cast<unsigned char>(text[at - 1]))) continue;
      const std::size_t word = at + article.size();
      std::size_t end = word;
      int words = 0;
      while (words < 2 && end < text.size() && is_word_byte(end) && text[end] != '\'') {
        while (end < text.size() && is_word_byte(end)) ++end;
        ++words;
        if (end + 1 < text.size() && text[end] == ' ' && is_word_byte(end + 1)) ++end;
      }
      if (words > 0 && end < text.size() &&
          (text[end] == ',' || text[end] == '.' || text.substr(end, 4) == " \xE2\x80\x94")) {
        add_word_at(word);
      }
    }
  }
  // The source's word alone in brackets after its English one: 'tally sheets (actas)', 'the
  // runoff (balotaje)'. One or two lower-case words of four letters or more.
  for (std::size_t open = text.find(" ("); open != std::string_view::npos;
       open = text.find(" (", open + 2)) {
    std::size_t before = open;  // the English word before the bracket, in lower case
    while (before > 0 && std::isalpha(static_cast<unsigned char>(text[before - 1]))) --before;
    if (before == open || !std::islower(static_cast<unsigned char>(text[before]))) continue;
    const std::size_t begin = open + 2;
    std::size_t at = begin;
    int words = 0;
    bool short_word = false;
    // Each word starts with a Latin lower-case letter: no other script ('(АЭС)').
    while (words < 3 && at < text.size() && std::islower(static_cast<unsigned char>(text[at]))) {
      const std::size_t word = at;
      while (at < text.size() && is_word_byte(at)) ++at;
      short_word = short_word || at - word < 4;
      ++words;
      if (at + 1 < text.size() && text[at] == ' ' && is_word_byte(at + 1)) ++at;
    }
    if (words >= 1 && words <= 2 && !short_word && at < text.size() && text[at] == ')') {
      spans.push_back(Span{begin, at});
    }
  }
  // A term in its language before its English in brackets: 'a plate of nyama choma (roast
  // goat)', 'a bowl of żurek (sour rye soup)', 'the old Bankgeheimnis (banking secrecy)'. The
  // gloss is two to ten lower-case words without figures, and no clause ('(which …)'); one word
  // in brackets is as often the source's term after the English (see above).
  for (std::size_t open = text.find(" ("); open != std::string_view::npos;
       open = text.find(" (", open + 2)) {
    const std::size_t begin = open + 2;
    const std::size_t close = text.find(')', begin);
    if (close == std::string_view::npos || close - begin > 80 || close == begin ||
        !std::islower(static_cast<unsigned char>(text[begin]))) {
      continue;
    }
    const std::string_view gloss = text.substr(begin, close - begin);
    const bool shape = std::all_of(gloss.begin(), gloss.end(), [](char c) {
      const auto u = static_cast<unsigned char>(c);
      return std::isalpha(u) || u >= 0x80 || c == ' ' || c == '-' || c == ',' || c == '\'';
    });
    if (!shape || count_words(gloss) < 2 || count_words(gloss) > 10) continue;
    const std::string_view first = gloss.substr(0, gloss.find_first_of(" ,"));
    if (std::find(kNotGlossStart.begin(), kNotGlossStart.end(), first) != kNotGlossStart.end()) {
      continue;
    }
    const std::size_t before = spans.size();
    add_words_before(open, 4);
    if (spans.size() == before && open > 0) {
      // One capitalised word in mid-sentence: a noun of a language that capitalises them.
      std::size_t word = open;
      while (word > 0 && (std::isalpha(static_cast<unsigned char>(text[word - 1])) ||
                          static_cast<unsigned char>(text[word - 1]) >= 0x80)) {
        --word;
      }
      if (word + 4 <= open && word >= 2 && text[word - 1] == ' ' &&
          std::isupper(static_cast<unsigned char>(text[word])) &&
          std::islower(static_cast<unsigned char>(text[word - 2]))) {
        spans.push_back(Span{word, open});
      }
    }
  }
  // A scientific name alone in brackets after the common one: 'yellowfin tuna (Thunnus
  // albacares)', 'lingonberries (Vaccinium vitis-idaea)'.
  for (std::size_t open = text.find(" ("); open != std::string_view::npos;
       open = text.find(" (", open + 2)) {
    std::size_t at = open + 2;
    const std::size_t genus = at;
    if (at >= text.size() || !std::isupper(static_cast<unsigned char>(text[at]))) continue;
    ++at;
    while (at < text.size() && std::islower(static_cast<unsigned char>(text[at]))) ++at;
    if (at - genus < 4 || at >= text.size() || text[at] != ' ') continue;
    const std::size_t epithet = ++at;
    while (at < text.size() &&
           (std::islower(static_cast<unsigned char>(text[at])) || text[at] == '-')) {
      ++at;
    }
    if (at - epithet < 3 || at >= text.size() || text[at] != ')') continue;
    spans.push_back(Span{genus, at});
  }
  std::sort(spans.begin(), spans.end());
  spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
  return spans;
}

std::vector<Span> apposed_names(std::string_view text) {
  // 'the Cour des comptes, the national audit office, has': a name in its language (a capital
  // first, then a word in lower case that is no small English word), glossed by two to six
  // lower-case words after ', the', ', a' or ', an', up to a comma or a full stop.
  // Lower-case English words that end the name going back ('of a bank of Genève contacted us,
  // the plan': 'contacted us' is no part of a name): small words and verb forms.
  static constexpr std::array<std::string_view, 25> kSmallEnglish = {
      "of",  "the", "and", "for",  "on",   "in",   "at",  "to",  "a",
      "by",  "us",  "our", "with", "from", "is",   "was", "has", "have",
      "had", "it",  "its", "said", "says", "told", "that"};
  std::vector<Span> spans;
  for (std::size_t comma = text.find(", "); comma != std::string_view::npos;
       comma = text.find(", ", comma + 2)) {
    std::string_view rest = text.substr(comma + 2);
    if (rest.starts_with("the ")) {
      rest.remove_prefix(4);
    } else if (rest.starts_with("an ")) {
      rest.remove_prefix(3);
    } else if (rest.starts_with("a ")) {
      rest.remove_prefix(2);
    } else {
      continue;
    }
    const std::size_t stop = rest.find_first_of(",.;\n");
    if (stop == std::string_view::npos || rest[stop] == '\n') continue;
    const std::string_view gloss = rest.substr(0, stop);
    if (std::any_of(gloss.begin(), gloss.end(), [](char c) {
          return std::isupper(static_cast<unsigned char>(c)) ||
                 std::isdigit(static_cast<unsigned char>(c));
        })) {
      continue;
    }
    const std::size_t gloss_words = count_words(gloss);
    if (gloss_words < 2 || gloss_words > 6) continue;
    // The name: words back from the comma, up to five, to the capitalised one that begins it.
    std::size_t end = comma, begin = comma;
    bool foreign_lower = false, capital = false;
    // Back from the comma: lower-case words of the name, then capitalised ones up to its first.
    bool lower_seen = false;
    for (int n = 0; n < 5 && end > 0; ++n) {
      std::size_t b = end;
      while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\n') --b;
      const std::string_view word = text.substr(b, end - b);
      // No figure in a name ('It was from 16h, a level set').
      if (word.empty() || word.find_first_of(",.;:()\"'0123456789") != std::string_view::npos ||
          word.find("\xC2\xBB") != std::string_view::npos ||  // »
          word.find("\xE2\x80") != std::string_view::npos) {  // ” ’ and the like
        break;
      }
      if (starts_upper(word)) {
        begin = b;
        capital = true;
        foreign_lower = lower_seen;
      } else if (capital ||
                 std::find(kSmallEnglish.begin(), kSmallEnglish.end(), word) !=
                     kSmallEnglish.end() ||
                 (word.size() > 4 && (word.ends_with("ed") || word.ends_with("ing")))) {
        break;  // a lower-case word before the name ('near Artemovsk') is no part of it
      } else {
        lower_seen = true;
      }
      if (b == 0 || text[b - 1] != ' ') break;
      end = b - 1;
    }
    if (capital && foreign_lower && begin < comma) spans.push_back(Span{begin, comma});
  }
  return spans;
}

std::vector<Span> original_titles(std::string_view text) {
  static constexpr std::array<std::string_view, 12> kSmall = {
      "of", "the", "a", "an", "and", "in", "on", "at", "to", "for", "after", "with"};
  std::vector<Span> spans;
  for (std::size_t open = text.find(" ("); open != std::string_view::npos;
       open = text.find(" (", open + 2)) {
    const std::size_t close = text.find(')', open);
    if (close == std::string_view::npos || close - open > kMaxGlossBytes) continue;
    const std::string_view inside = text.substr(open + 2, close - open - 2);
    if (inside.find('\n') != std::string_view::npos || !starts_upper(inside)) continue;
    // Two to eight words, one of them in lower case and no small English word: a title in its
    // language, not an acronym or a name.
    const std::size_t words = count_words(inside);
    bool lower = false;
    for (std::size_t at = 0; at < inside.size();) {
      std::size_t end = inside.find(' ', at);
      if (end == std::string_view::npos) end = inside.size();
      const std::string_view word = inside.substr(at, end - at);
      std::size_t next = 0;
      const char32_t c = word.empty() ? 0 : utf8::decode(word, next);
      if (u_islower(static_cast<UChar32>(c)) &&
          std::find(kSmall.begin(), kSmall.end(), word) == kSmall.end()) {
        lower = true;  // not English's small words: 'Law and Justice' is English
      }
      at = end + 1;
    }
    if (words < 2 || words > kMaxQuoteWords || !lower ||
        std::any_of(inside.begin(), inside.end(),
                    [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
      continue;
    }
    // Before it, an English title: two or more words, capitalised but for small ones ('The
    // Last Day of School (Ultima zi de școală)').
    std::size_t capitals = 0;
    for (std::size_t end = open; end > 0;) {
      std::size_t begin = end;
      while (begin > 0 && text[begin - 1] != ' ' && text[begin - 1] != '\n') --begin;
      const std::string_view word = text.substr(begin, end - begin);
      if (word.empty()) break;
      if (starts_upper(word)) {
        ++capitals;
      } else if (std::find(kSmall.begin(), kSmall.end(), word) == kSmall.end()) {
        break;
      }
      const auto last = static_cast<unsigned char>(word.back());
      if (begin == 0 || text[begin - 1] != ' ' ||
          (last < 0x80 && !std::isalpha(last) && end != open)) {
        break;
      }
      end = begin - 1;
    }
    if (capitals >= 2) spans.push_back(Span{open + 1, close + 1});
  }
  // A work's title in quotation marks after the noun that says what it is ('the author of
  // “Cinco lobitos”', 'her novel “Sól ziemi czarnej”'): English keeps titles as published.
  static constexpr std::array<std::string_view, 12> kWorks = {
      "author of ", "director of ", "film ",   "films ", "novel ",       "book ",
      "song ",      "album ",       "series ", "play ",  "documentary ", "opera "};
  for (std::size_t open = text.find("\xE2\x80\x9C"); open != std::string_view::npos;
       open = text.find("\xE2\x80\x9C", open + 3)) {
    const std::string_view head = text.substr(0, open);
    if (std::none_of(kWorks.begin(), kWorks.end(),
                     [&](std::string_view w) { return head.ends_with(w); })) {
      continue;
    }
    const std::size_t close = text.find("\xE2\x80\x9D", open + 3);
    if (close == std::string_view::npos || close - open > 80) continue;
    const std::string_view inside = text.substr(open + 3, close - open - 3);
    if (inside.find('\n') != std::string_view::npos || !starts_upper(inside) ||
        count_words(inside) > kMaxQuoteWords) {
      continue;
    }
    spans.push_back(Span{open, close + 3});
  }
  return spans;
}

}  // namespace mtlint
