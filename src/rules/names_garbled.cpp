// names.garbled: words in name slots that no dictionary, table entry or other mention
// explains, and names translated as words ("Wang Bright", "Andrzej Bagpipe").
#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <map>
#include <unordered_set>

#include "lexicon/name_key.h"
#include "lexicon/near_words.h"
#include "lexicon/word_list.h"
#include "rules/name_context.h"
#include "rules/names.h"

namespace mtlint {

namespace {

// "Wang Bright": token `i` is an English word of 5+ letters after the surname of a Chinese
// person of the table, the two are no known form, and one of the person's roles introduces
// them or has two of its words in the sentence or the one before.
const NameEntity* translated_given_name(const CheckContext& context, const ArticleNames& article,
                                        std::size_t i) {
  const NameToken& t = article.tokens()[i];
  const NameToken* p = article.previous(i);
  if (!p || !article.name_like(*p) || t.text.size() < 5) {
    return nullptr;
  }
  // Cheapest first: most words follow no Chinese surname of the table.
  for (const NameMatch& m : article.lookup_word(p->text)) {
    const NameEntity& e = *m.entity;
    if (e.kind != EntityKind::person || !e.exact_only || e.roles.empty()) continue;
    const std::vector<std::string> words = name_words(e.canonical);
    if (words.size() != 2 || words[0] != p->text || words[1] == t.text) continue;
    if (!context.lexicon.is_known(to_lower(t.text))) return nullptr;
    if (context.lexicon.names().lookup_form(std::string(p->text) + " " + std::string(t.text))) {
      return nullptr;
    }
    if (article.role_before(i - 1, e) || article.role_words_near(i, e) >= 2) return &e;
  }
  return nullptr;
}

// "President Andrzej Bagpipe": token `i` is a capitalised English word (Polish 'duda' is a
// bagpipe) after the given name of exactly one two-word person of the table (not a Chinese one),
// or after the first two words of a three-word one ('Miguel Pinto Light'), whose surname it is not;
// the pair is no known form, no hyphen follows, and a title or one of the person's roles introduces
// the given name.
const NameEntity* translated_surname(const CheckContext& context, const ArticleNames& article,
                                     std::size_t i) {
  const NameToken& t = article.tokens()[i];
  if (i == 0 || t.word->sentence_start || t.text.size() < 3) return nullptr;
  const NameToken& p = article.tokens()[i - 1];
  const std::string_view text = context.document.text();
  if (article.previous(i) != &p || !article.name_like(p) || text[p.word->stem.end] != ' ') {
    return nullptr;
  }
  // Part of a hyphenated name: "Emma Little-Pengelly", "Lai Ching-te".
  if (t.word->stem.end < text.size() && text[t.word->stem.end] == '-') return nullptr;
  std::vector<const NameEntity*> people;  // those whose given name p is, in two-word names
  // Or those of three words whose first two stand whole before it ('Miguel Pinto Light' for
  // Pinto Luz): two words of the name are as good as a role.
  std::vector<const NameEntity*> two_words_before;
  for (const NameMatch& m : article.lookup_word(p.text)) {
    const NameEntity& e = *m.entity;
    // A Chinese name reads surname first: its first word is no given name. (Cheap tests first:
    // this runs for every pair of capitalised words.)
    if (e.kind != EntityKind::person || e.roles.empty() || e.exact_only ||
        m.how != MatchHow::canonical || m.canonical_word != p.text) {
      continue;
    }
    const std::vector<std::string> words = name_words(e.canonical);
    const bool two = words.size() == 2 && words.front() == p.text;
    const bool three = words.size() == 3 && words[1] == p.text && i >= 2 &&
                       article.previous(i - 1) == &article.tokens()[i - 2] &&
                       article.tokens()[i - 2].text == words.front() &&
                       text[article.tokens()[i - 2].word->stem.end] == ' ';
    if ((!two && !three) || words.back() == t.text) continue;
    if (std::find(people.begin(), people.end(), &e) == people.end()) people.push_back(&e);
    if (three) two_words_before.push_back(&e);
  }
  if (people.empty()) return nullptr;
  const std::string lower = to_lower(t.text);
  if (!context.lexicon.is_known(lower) || article.is_title_any_case(t.text) ||
      article.is_reporting_verb(lower)) {
    return nullptr;
  }
  if (!article.lookup_word(t.text).empty()) return nullptr;  // a name of its own
  if (context.lexicon.names().lookup_form(std::string(p.text) + " " + std::string(t.text))) {
    return nullptr;
  }
  // One of the person's roles right before, or a title that is a word of one: many people
  // share a given name, and many surnames are English words ('Chancellor Christian Stocker'
  // is not Christian Lindner, Germany's finance minister). Exactly one person must fit.
  const NameToken* title = article.previous(i - 1);
  const std::string title_word =
      title && article.is_title_any_case(title->text) ? to_lower(title->text) : "";
  // The words of the title, up to three ('Finance Minister', 'outgoing prime minister'): when
  // several people have the title word in a role, the one whose role holds the most of them.
  std::vector<std::string> title_words;
  if (!title_word.empty()) {
    std::size_t end = p.word->span.begin;
    while (title_words.size() < 3 && end > 1 && text[end - 1] == ' ') {
      std::size_t begin = end - 1;
      while (begin > 0 && std::isalpha(static_cast<unsigned char>(text[begin - 1]))) --begin;
      if (begin == end - 1) break;
      title_words.push_back(to_lower(text.substr(begin, end - 1 - begin)));
      end = begin;
    }
  }
  const NameEntity* found = nullptr;
  std::size_t best = 0;
  bool tie = false;
  for (const NameEntity* e : people) {
    std::size_t score = article.role_before(i, *e) ? 10 : 0;
    if (std::find(two_words_before.begin(), two_words_before.end(), e) != two_words_before.end()) {
      score += 10;
    }
    std::size_t most = 0;
    for (const std::string& role : e->roles) {
      const std::vector<std::string> words = name_words(to_lower(role));
      std::size_t here = 0;
      for (const std::string& w : title_words) {
        here += std::find(words.begin(), words.end(), w) != words.end() ? 1 : 0;
      }
      if (std::find(words.begin(), words.end(), title_word) != words.end())
        most = std::max(most, here);
    }
    score += most;
    if (score == 0) continue;
    if (score > best) {
      found = e;
      best = score;
      tie = false;
    } else if (score == best) {
      tie = true;
    }
  }
  return tie ? nullptr : found;
}

// "Minister of the Economy Bruno the Mayor": token `i` is a capitalised English word after
// "the", after the given name of a person of the table whose surname is a French article and a
// noun ("Bruno Le Maire", "Marine Le Pen"), with one of the person's roles or a title before the
// given name, two words of a role nearby ("Alexander the Great" has none), or "The" with a
// capital in mid-sentence ("Marine The Pen"). Returns the person, who must be the only one to
// fit.
const NameEntity* translated_article_surname(const CheckContext& context,
                                             const ArticleNames& article, std::size_t i) {
  if (i < 2) return nullptr;
  const auto& tokens = article.tokens();
  const NameToken& t = tokens[i];
  const NameToken& the = tokens[i - 1];
  const NameToken& given = tokens[i - 2];
  // "the", or "The" in the middle of a sentence: an article capitalised as part of a name.
  const bool capital = the.text == "The" && !the.word->sentence_start;
  if ((the.text != "the" && !capital) || article.previous(i) != &the ||
      article.previous(i - 1) != &given || !article.name_like(given) || t.word->sentence_start ||
      t.text.size() < 3 || !context.lexicon.is_known(to_lower(t.text))) {
    return nullptr;
  }
  const NameToken* title = article.previous(i - 2);
  const std::string title_word =
      title && article.is_title_any_case(title->text) ? to_lower(title->text) : "";
  const NameEntity* found = nullptr;
  for (const NameMatch& m : article.lookup_word(given.text)) {
    const NameEntity& e = *m.entity;
    if (e.kind != EntityKind::person || e.roles.empty() || m.how != MatchHow::canonical) continue;
    const std::vector<std::string> words = name_words(e.canonical);
    // The noun translated ("the Mayor" for Le Maire) or not ("the Pen" for Le Pen).
    if (words.size() != 3 || words[0] != given.text ||
        (words[1] != "Le" && words[1] != "La" && words[1] != "Les")) {
      continue;
    }
    bool fits = capital || article.role_before(i - 1, e) || article.role_words_near(i, e) >= 2;
    for (const std::string& role : e.roles) {
      if (fits || title_word.empty()) break;
      for (const std::string& word : name_words(to_lower(role))) fits = fits || word == title_word;
    }
    if (!fits || found == &e) continue;
    if (found) return nullptr;
    found = &e;
  }
  return found;
}

}  // namespace

namespace {

// Nouns that name an organisation: what follows them is its name ("the Lagos-based firm
// Cordros said"), not a person's.
constexpr std::array<std::string_view, 40> kOrganisationNouns = {
    "firm",         "company",     "group",     "bank",        "agency",    "fund",
    "broker",       "brokerage",   "insurer",   "lender",      "carrier",   "airline",
    "maker",        "retailer",    "operator",  "developer",   "publisher", "newspaper",
    "daily",        "weekly",      "magazine",  "broadcaster", "channel",   "outlet",
    "website",      "network",     "startup",   "consultancy", "institute", "foundation",
    "charity",      "association", "union",     "party",       "club",      "team",
    "manufacturer", "producer",    "automaker", "conglomerate"};

bool adjacent(const Document& document, const NameToken& a, const NameToken& b) {
  return joined_by(document.text(), a, b, ' ');
}

// The person of the table whose given name token `g` is (the first word of a name of two
// words or more, not a Chinese one) and whose role stands right before it; null for none or
// for several.
const NameEntity* introduced_given_name(const ArticleNames& article, std::size_t g) {
  const NameToken& p = article.tokens()[g];
  const NameEntity* found = nullptr;
  for (const NameMatch& m : article.lookup_word(p.text)) {
    const NameEntity& e = *m.entity;
    if (e.kind != EntityKind::person || e.roles.empty() || e.exact_only ||
        m.how != MatchHow::canonical || m.canonical_word != p.text) {
      continue;
    }
    const std::vector<std::string> words = name_words(e.canonical);
    if (words.size() < 2 || words.front() != p.text || !article.role_before(g, e, false)) continue;
    if (found && found != &e) return nullptr;
    found = &e;
  }
  return found;
}

// A surname the article writes that `word` is one slip from (a letter left out, added or
// changed, or two swapped), when it is the last word of one person of the table the article
// names: 'Mertz' for 'Merz'. Names this short are too near for names.consistency to pair them
// everywhere, but in a name slot the surname is a better guess than the person the roles point
// to. Null for none, or for two such persons.
const NameEntity* near_mentioned_surname(const ArticleNames& article, std::string_view word,
                                         std::string& surname) {
  const NameForm form = name_form(word);
  if (form.folded.size() < 4) return nullptr;
  const NameEntity* found = nullptr;
  for (const NameForm& other : article.forms()) {
    if (other.folded.size() < 4 || other.folded.front() != form.folded.front() ||
        other.text == word) {
      continue;
    }
    const std::size_t a = other.folded.size(), b = form.folded.size();
    if ((a > b ? a - b : b - a) > 1) continue;
    if (key_distance(other.folded, form.folded, 1) > 1 &&
        !is_transposition(other.folded, form.folded)) {
      continue;
    }
    for (const NameMatch& m : article.lookup_word(other.text)) {
      const NameEntity& e = *m.entity;
      if (e.kind != EntityKind::person || e.exact_only || m.how != MatchHow::canonical || m.given ||
          article.mentions(e) == 0) {
        continue;
      }
      const std::vector<std::string> words = name_words(e.canonical);
      if (words.size() < 2 || words.back() != other.text) continue;
      if (found && found != &e) return nullptr;
      found = &e;
      surname = other.text;
    }
  }
  return found;
}

// The line holding byte `at` has at least two words of four letters or more in lower case: a
// line of prose, not a headline in title case.
bool sentence_case_line(const Document& document, std::size_t at) {
  const std::string_view text = document.text();
  const std::size_t newline = text.rfind('\n', at);
  const std::size_t begin = newline == std::string_view::npos ? 0 : newline + 1;
  const std::size_t end = std::min(text.find('\n', at), text.size());
  int lower = 0;
  for (std::size_t k = begin; k < end && lower < 2;) {
    while (k < end && !std::isalpha(static_cast<unsigned char>(text[k]))) ++k;
    const std::size_t word = k;
    while (k < end && std::isalpha(static_cast<unsigned char>(text[k]))) ++k;
    if (k - word >= 4 && std::islower(static_cast<unsigned char>(text[word])) &&
        (word == begin || text[word - 1] == ' ')) {
      ++lower;
    }
  }
  return lower >= 2;
}

}  // namespace

bool NamesRule::real_unknown_name(const CheckContext& context, const ArticleNames& article,
                                  std::size_t i) const {
  const auto& tokens = article.tokens();
  const Lexicon& lex = context.lexicon;
  const Document& document = context.document;
  const std::string_view text = document.text();
  // Half of a double-barrelled name ("Leibinger-Kammüller", "Mrs Adeyemi-Clarke").
  const Span stem = tokens[i].word->stem;
  if ((stem.begin > 1 && text[stem.begin - 1] == '-' &&
       std::isupper(static_cast<unsigned char>(text[stem.begin - 2])) == 0 &&
       std::isalpha(static_cast<unsigned char>(text[stem.begin - 2])) != 0) ||
      (stem.end + 1 < text.size() && text[stem.end] == '-' &&
       std::isupper(static_cast<unsigned char>(text[stem.end + 1])) != 0)) {
    return true;
  }
  // Initials stand for the first name ("S.D. Sanap said", "K. Mohapatra").
  if (i > 0) {
    const Span initials = tokens[i - 1].word->span;
    const std::string_view gap = text.substr(initials.end, stem.begin - initials.end);
    const std::string_view letters = text.substr(initials.begin, initials.size());
    const bool upper_and_dots = !letters.empty() && letters.size() <= 6 &&
                                std::all_of(letters.begin(), letters.end(), [](char c) {
                                  return c == '.' || std::isupper(static_cast<unsigned char>(c));
                                });
    // "S.D." or "K.", not an acronym ending the sentence before ("... in the EU. Ekin said").
    const bool initial = letters.size() == 1 || letters.find('.') != std::string_view::npos;
    if (upper_and_dots && initial && (gap == ". " || (gap == " " && letters.back() == '.'))) {
      return true;
    }
  }
  if (i > 0 && adjacent(document, tokens[i - 1], tokens[i])) {
    const NameToken& p = tokens[i - 1];
    // "Magdalena Rzeczkowska stressed", "Christian Prudhomme said": a first name introduces the
    // surname. A title does not ("Minister Ekin"), nor a word capitalised only as the first of
    // its sentence ("Later Ekin said").
    if (article.name_like(p) && !article.is_title_any_case(p.text) &&
        (!p.word->sentence_start || !lex.is_known(to_lower(p.text)))) {
      // Unless one of the person's roles introduces the given name of a person of the table
      // ('OpenAI chief executive Sam Ultraman'): the surname is garbled.
      return introduced_given_name(article, i - 1) == nullptr;
    }
    // "the firm Cordros said": an organisation's name.
    if (!p.word->capitalised && std::find(kOrganisationNouns.begin(), kOrganisationNouns.end(),
                                          p.text) != kOrganisationNouns.end()) {
      return true;
    }
  }
  // "Fabiola Gianotti, an Italian physicist, said": a first name with a surname after it, both
  // unknown to the table: a person it does not list, not a garbled one.
  if (i + 1 < tokens.size() && adjacent(document, tokens[i], tokens[i + 1])) {
    const NameToken& n = tokens[i + 1];
    if (article.name_like(n) && !article.is_reporting_verb(n.text) &&
        !lex.is_known(to_lower(n.text)) && article.lookup_word(n.text).empty()) {
      return true;
    }
    // A surname that is an English word ('Dr Annelies Wolf, a migration specialist'): a
    // capitalised word the sentence does not explain and the table does not hold (but as a near
    // spelling), then punctuation or a lower-case word, in a line written in sentence case (a
    // headline in title case capitalises every word).
    const auto& known = article.lookup_word(n.text);
    if (article.name_like(n) && !n.word->sentence_start && !article.is_reporting_verb(n.text) &&
        !article.is_title_any_case(n.text) && sentence_case_line(document, n.word->span.begin) &&
        std::all_of(known.begin(), known.end(),
                    [](const NameMatch& m) { return m.how == MatchHow::fuzzy; })) {
      const bool after_ok = i + 2 >= tokens.size() || !adjacent(document, n, tokens[i + 2]) ||
                            !tokens[i + 2].word->capitalised;
      if (after_ok) return true;
    }
  }
  return false;
}

namespace {

// Not a translation: the word at token `i`, right after a given name, stands for the surname of
// the one person of the table with that given name whom the article names elsewhere and whose
// surname starts with the same three sounds ('Oleksandr Syrian' where the article writes
// Syrskyi). Sets `surname`.
const NameEntity* garbled_surname_after(const ArticleNames& article, std::size_t i,
                                        std::string& surname) {
  const NameToken& t = article.tokens()[i];
  const NameToken& given = article.tokens()[i - 1];
  const std::string key = name_key(t.text);
  if (key.size() < 3) return nullptr;
  const NameEntity* person = nullptr;
  for (const NameMatch& m : article.lookup_word(given.text)) {
    const NameEntity& e = *m.entity;
    if (e.kind != EntityKind::person || e.exact_only || m.how != MatchHow::canonical) continue;
    const std::vector<std::string> names = name_words(e.canonical);
    if (names.size() != 2 || names.front() != given.text || names.back() == t.text) continue;
    const std::string other = name_key(names.back());
    if (other.size() < 3 || key.compare(0, 3, other, 0, 3) != 0 ||
        article.occurrences(names.back()).empty()) {
      continue;
    }
    if (person && person != &e) return nullptr;  // two people fit
    person = &e;
    surname = names.back();
  }
  return person;
}

// Whether the word at `begin` follows a sentence's opening adverbial and its comma ('Later, ',
// 'In turn, ', 'On Friday, '): it stands where the sentence's subject does.
bool after_opening_adverbial(std::string_view text, std::size_t begin) {
  if (begin < 3 || text.substr(begin - 2, 2) != ", ") return false;
  std::size_t start = begin - 2;
  while (start > 0 && begin - 2 - start < 24) {
    const char c = text[start - 1];
    if (c == '\n') break;
    if (c == ' ' && start >= 2 && std::strchr(".!?", text[start - 2]) != nullptr) break;
    --start;
  }
  if (start > 0 && text[start - 1] != '\n' && text[start - 1] != ' ') return false;
  const std::string opener = to_lower(text.substr(start, begin - 2 - start));
  static constexpr std::string_view kOpeners[] = {
      "later",          "in turn",      "however",      "meanwhile",
      "earlier",        "then",         "afterwards",   "subsequently",
      "previously",     "separately",   "in response",  "in addition",
      "moreover",       "for his part", "for her part", "at the same time",
      "in a statement", "on monday",    "on tuesday",   "on wednesday",
      "on thursday",    "on friday",    "on saturday",  "on sunday",
      "yesterday",      "today",        "in return",    "for its part",
      "in reply",       "nevertheless"};
  return std::find(std::begin(kOpeners), std::end(kOpeners), opener) != std::end(kOpeners);
}

}  // namespace

bool NamesRule::report_translated_surname_word(const CheckContext& context,
                                               const ArticleNames& article, std::size_t i,
                                               Sink& sink) const {
  const auto& tokens = article.tokens();
  const NameToken& t = tokens[i];
  if (t.word->all_caps || t.text.size() < 3) return false;
  const auto words = surname_words_.find(to_lower(t.text));
  const std::string_view text = context.document.text();
  // A name that puts the surname first (Chinese, Korean) with the surname translated, the given
  // name kept ('King Yi' for Wang Yi): the table knows the surname with the word after it.
  if (const NameToken* n = article.next(i);
      words != surname_words_.end() && n && n == &tokens[i + 1] && article.name_like(*n) &&
      t.word->stem.end + 1 == n->word->stem.begin && text[t.word->stem.end] == ' ') {
    const SurnameWord* found = nullptr;
    for (const SurnameWord& w : words->second) {
      const auto m = context.lexicon.names().lookup_form(w.surname + " " + std::string(n->text));
      if (!m || m->entity->kind != EntityKind::person) continue;
      if (found && found->surname != w.surname) return false;  // two people fit
      found = &w;
    }
    if (found) {
      sink.report(finding(t.word->stem,
                          quote(t.text) + " looks like the " + found->language + " surname " +
                              quote(found->surname) + " translated into English; write " +
                              quote(found->surname),
                          {Fix{t.word->stem, found->surname}}));
      return true;
    }
  }
  // A word of a name of the table ('Coast' of Ivory Coast) only right after the given name of a
  // person of the table with the surname it translates ('António Coast'), see below.
  const bool table_word = !article.lookup_word(t.text).empty();
  if (table_word && words == surname_words_.end()) return false;
  // Right after a given name ('Antonio Count'): a capitalised word that is no common one.
  const NameToken* p = article.previous(i);
  const bool after_given = p && p == &tokens[i - 1] && article.name_like(*p) &&
                           !p->word->all_caps && p->word->stem.end + 1 == t.word->stem.begin &&
                           text[p->word->stem.end] == ' ' && !article.is_title_any_case(p->text) &&
                           !context.lexicon.is_known(to_lower(p->text));
  if (table_word && !after_given) return false;
  if (!after_given) {
    // Else the subject of a reporting verb or a title's name ('Hair insisted', 'Mr Hair'),
    // with no capitalised word right before it ('Ivory Coast').
    if (!article.in_name_slot(i)) return false;
    if (p && p == &tokens[i - 1] && article.name_like(*p) && !article.is_title_any_case(p->text)) {
      return false;
    }
  }
  // The first word of a longer name ('Coast Guard', 'Count Basie').
  if (const NameToken* n = article.next(i);
      n && article.name_like(*n) && !article.is_reporting_verb(n->text)) {
    return false;
  }
  if (words == surname_words_.end()) {
    if (!after_given || !context.lexicon.is_known(t.text)) return false;
    std::string surname;
    const NameEntity* person = garbled_surname_after(article, i, surname);
    if (!person) return false;
    sink.report(finding(t.word->stem,
                        quote(t.text) + " stands where the surname of " + person->canonical +
                            ", whom the article names elsewhere, belongs; probably a garbled " +
                            quote(surname),
                        {Fix{t.word->stem, surname}}));
    return true;
  }
  const SurnameWord* found = nullptr;
  for (const SurnameWord& w : words->second) {
    if (w.first) continue;  // only before the given name, above
    bool evidence = !table_word && !article.occurrences(w.surname).empty();
    if (!evidence && after_given) {
      const auto m = context.lexicon.names().lookup_form(std::string(p->text) + " " + w.surname);
      evidence = m && m->entity->kind == EntityKind::person;
      // Or two given names ('Miguel Pinto Light' for Miguel Pinto Luz).
      if (const NameToken* pp = article.previous(i - 1);
          !evidence && pp && pp == &tokens[i - 2] && article.name_like(*pp) &&
          pp->word->stem.end + 1 == p->word->stem.begin) {
        const auto m3 = context.lexicon.names().lookup_form(std::string(pp->text) + " " +
                                                            std::string(p->text) + " " + w.surname);
        evidence = m3 && m3->entity->kind == EntityKind::person;
      }
    }
    if (!evidence) continue;
    if (found && found->surname != w.surname) return false;  // two people fit
    found = &w;
  }
  if (!found) return false;
  sink.report(finding(t.word->stem,
                      quote(t.text) + " looks like the " + found->language + " surname " +
                          quote(found->surname) + " translated into English; write " +
                          quote(found->surname),
                      {Fix{t.word->stem, found->surname}}));
  return true;
}

void NamesRule::check_garbled(const CheckContext& context, const ArticleNames& article,
                              Sink& sink) const {
  const NameTable& names = context.lexicon.names();
  const auto& tokens = article.tokens();
  check_translated_particles(context, article, sink);
  // "Foreign Minister Wang Bright said": a Chinese given name translated by its meaning, found
  // in a name slot; then every "Wang Bright" of the article is reported.
  struct Translated {
    const NameEntity* entity;
    bool surname;  // else a Chinese given name
  };
  std::map<std::string, Translated, std::less<>> translated;
  const auto pair_at = [&](std::size_t i) {
    return std::string(tokens[i - 1].text) + " " + std::string(tokens[i].text);
  };
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    if (!article.name_like(tokens[i])) continue;
    // In a name slot: before a reporting verb, or the surname after a title ('Vice President Han
    // Upright met').
    if (const NameEntity* e = translated_given_name(context, article, i);
        e && (article.in_name_slot(i) || article.in_name_slot(i - 1))) {
      translated.emplace(pair_at(i), Translated{e, false});
    } else if (const NameEntity* s = translated_surname(context, article, i)) {
      translated.emplace(pair_at(i), Translated{s, true});
    }
  }
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const NameToken& t = tokens[i];
    if (!article.name_like(t) || t.word->all_caps || t.text.size() < 3) continue;
    if (report_translated_surname_word(context, article, i, sink)) continue;
    if (report_translated_given_name(context, article, i, sink)) continue;
    if (const NameEntity* e = translated_article_surname(context, article, i)) {
      const Span span{tokens[i - 2].word->stem.begin, t.word->stem.end};
      const std::string written(context.document.slice(span.begin, span.end));
      sink.report(finding(span,
                          quote(written) + " looks like a surname translated into English; " +
                              "probably " + quote(e->canonical) + " (" + e->roles.front() + ")",
                          {Fix{span, e->canonical}}));
      continue;
    }
    const auto it =
        translated.empty() || !article.previous(i) ? translated.end() : translated.find(pair_at(i));
    if (it != translated.end()) {
      const NameEntity* e = it->second.entity;
      const NameToken& p = tokens[i - 1];
      Span span{p.word->stem.begin, t.word->stem.end};
      // The first of three words, when the name has them ('Miguel Pinto Light'): the fix is the
      // whole name.
      if (const std::vector<std::string> words = name_words(e->canonical);
          it->second.surname && words.size() == 3 && i >= 2 && tokens[i - 2].text == words[0] &&
          article.previous(i - 1) == &tokens[i - 2]) {
        span.begin = tokens[i - 2].word->stem.begin;
      }
      // A given name of two characters may come out as two English words ('He Standing Peak'
      // for He Lifeng): a capitalised English word right after, before no other capital.
      if (!it->second.surname && i + 1 < tokens.size() && article.next(i) == &tokens[i + 1] &&
          adjacent(context.document, t, tokens[i + 1])) {
        const NameToken& n = tokens[i + 1];
        const bool another = i + 2 < tokens.size() &&
                             adjacent(context.document, n, tokens[i + 2]) &&
                             tokens[i + 2].word->capitalised;
        if (n.word->capitalised && !n.word->all_caps && !another &&
            context.lexicon.is_known(to_lower(n.text)) && !article.is_reporting_verb(n.text) &&
            !article.is_title_any_case(n.text) && article.lookup_word(n.text).empty()) {
          span.end = n.word->stem.end;
          ++i;
        }
      }
      const std::string written(context.document.slice(span.begin, span.end));
      std::string message = quote(written) + " looks like " +
                            (it->second.surname ? "a surname translated into English"
                                                : "a Chinese given name translated into English") +
                            "; probably " + quote(e->canonical) + " (" + e->roles.front() + ")";
      sink.report(finding(span, std::move(message), {Fix{span, e->canonical}}));
      continue;
    }
    if (!article.in_name_slot(i)) continue;
    if (real_unknown_name(context, article, i)) continue;
    // The second part of a double surname ('Gergő Szabó-Lengyel'): a name of its own.
    if (i > 0 && tokens[i - 1].word->capitalised &&
        joined_by(context.document.text(), tokens[i - 1], t, '-')) {
      continue;
    }
    // A name before an Arabic surname with its article ('Sheikh Hikmat al-Hijri'): a name in
    // its own right.
    {
      const std::string_view after =
          std::string_view(context.document.text()).substr(t.word->stem.end, 8);
      bool arabic_surname = false;
      for (const std::string_view a : {" al-", " el-", " Al-", " El-", " ad-", " as-", " ash-"}) {
        if (after.starts_with(a) && after.size() > a.size() &&
            std::isupper(static_cast<unsigned char>(after[a.size()]))) {
          arabic_surname = true;
        }
      }
      if (arabic_surname) continue;
    }
    // The first word of a longer name with a particle ('Sheikh Shakhbout bin Nahyan'): a name
    // in its own right, not a garbled one.
    if (i + 2 < tokens.size() && article.next(i) == &tokens[i + 1]) {
      const std::string_view particle = tokens[i + 1].text;
      const std::string_view text = context.document.text();
      if ((particle == "bin" || particle == "ibn" || particle == "bint" || particle == "ben" ||
           particle == "bar") &&
          text.substr(t.word->stem.end, 1) == " " && tokens[i + 2].word->capitalised) {
        continue;
      }
    }
    if (context.lexicon.is_known(t.text) || context.lexicon.is_known(to_lower(t.text))) {
      // Only an English word is a garbling ('Tiny reiterated'); one the lexicon knows only
      // as a proper noun is a real name ('”, Kok told NOS').
      if (context.lexicon.is_known(to_lower(t.text)))
        report_word_after_role(context, article, i, sink);
      continue;
    }
    if (!article.lookup_word(t.text).empty() || names.fuzzy_word(t.text)) continue;
    // A misspelt given name before its surname: names.fuzzy says which.
    if (std::string given; near_given_name(article, i, given, true)) continue;
    // Explained by another mention: the same word, or a near spelling, elsewhere.
    if (article.counts().find(t.text)->second > 1) continue;
    bool explained = false;
    const NameForm form = name_form(t.text);
    for (const NameForm& other : article.forms()) {
      if (other.text != t.text && same_name(other, form)) {
        explained = true;
        break;
      }
    }
    if (explained) continue;
    // Before a person's surname as the table writes it or lists it, that person's given name:
    // 'Corcia Meloni' -> 'Giorgia' (the whole name would read 'Giorgia Meloni Meloni').
    const NameEntity* owner = nullptr;
    std::string given_fix;
    if (i + 1 < tokens.size() && article.next(i) == &tokens[i + 1] &&
        adjacent(context.document, t, tokens[i + 1])) {
      for (const NameMatch& m : article.lookup_word(tokens[i + 1].text)) {
        if (m.entity->kind != EntityKind::person || m.given || m.entity->exact_only ||
            m.how == MatchHow::fuzzy ||
            // A generated spelling that is a surname of its own ('Rodrigues', not Rodríguez).
            (m.how == MatchHow::generated && context.lexicon.is_known(tokens[i + 1].text))) {
          continue;
        }
        const std::vector<std::string> words = name_words(m.entity->canonical);
        if (words.size() < 2 || words.back() != m.canonical_word) continue;
        if (owner && owner != m.entity) {
          owner = nullptr;  // two people of that surname: no guess
          break;
        }
        owner = m.entity;
        given_fix = m.entity->canonical.substr(0, m.entity->canonical.rfind(' '));
      }
    }
    // After the given name a role introduces, that person's surname.
    const NameEntity* introduced = !owner && i > 0 && adjacent(context.document, tokens[i - 1], t)
                                       ? introduced_given_name(article, i - 1)
                                       : nullptr;
    std::string near_surname;
    const NameEntity* near =
        owner || introduced ? nullptr : near_mentioned_surname(article, t.text, near_surname);
    const NameEntity* e = owner        ? owner
                          : introduced ? introduced
                          : near       ? near
                                       : article.likely_entity(i);
    std::string message = quote(t.text) + " stands where a name belongs but is no known name";
    std::vector<Fix> fixes;
    if (owner) {
      message += "; before the surname of " + owner->canonical +
                 (owner->roles.empty() ? std::string() : " (" + owner->roles.front() + ")") +
                 ", probably a garbled " + quote(given_fix);
      fixes.push_back(Fix{t.word->stem, given_fix});
    } else if (near) {
      message += "; probably a misspelt " + quote(near_surname) + " (" + near->canonical + ")";
      fixes.push_back(Fix{t.word->stem, near_surname});
    } else if (e) {
      // After a role or the given name, the surname alone: 'German Foreign Minister Wadefuer'
      // -> 'Wadephul'. A Chinese name is one name whole ('Wang Yi').
      const std::string fix = !e->exact_only && (introduced || article.role_before(i, *e, false))
                                  ? e->canonical.substr(e->canonical.rfind(' ') + 1)
                                  : e->canonical;
      message += "; probably a garbled " + quote(fix) + " (" + e->roles.front() + ")";
      fixes.push_back(Fix{t.word->stem, fix});
    } else {
      message += "; check the name against the source";
    }
    Diagnostic d = finding(t.word->stem, std::move(message), std::move(fixes));
    // Without a person it likely stands for, an unknown name in a name slot is as often a real
    // one the table does not list ("Mr Okonkwo", "S.D. Sanap said"): a note, not a warning.
    if (!e) d.severity = Severity::info;
    sink.report(std::move(d));
  }
}

bool NamesRule::report_translated_given_name(const CheckContext& context,
                                             const ArticleNames& article, std::size_t i,
                                             Sink& sink) const {
  const auto& tokens = article.tokens();
  const NameToken& t = tokens[i];
  if (i + 1 >= tokens.size() || article.next(i) != &tokens[i + 1] ||
      !adjacent(context.document, t, tokens[i + 1])) {
    return false;
  }
  const auto forms = given_names_.find(to_lower(t.text));
  if (forms == given_names_.end()) return false;
  const NameToken& s = tokens[i + 1];
  const NameEntity* person = nullptr;
  const GivenName* given = nullptr;
  for (const NameMatch& m : article.lookup_word(s.text)) {
    if (m.entity->kind != EntityKind::person || m.how != MatchHow::canonical || m.given ||
        m.entity->exact_only) {
      continue;
    }
    const std::vector<std::string> words = name_words(m.entity->canonical);
    if (words.size() != 2 || words.back() != s.text) continue;
    for (const GivenName& g : forms->second) {
      if (g.name != words.front()) continue;
      if (person && person != m.entity) return false;  // two people fit
      person = m.entity;
      given = &g;
    }
  }
  if (!person) return false;
  // Every language that has the name ('Pedro': Portuguese or Spanish).
  std::string languages;
  for (const GivenName& g : forms->second) {
    if (g.name != given->name || languages.find(g.language) != std::string::npos) continue;
    languages += (languages.empty() ? "" : " or ") + g.language;
  }
  sink.report(finding(t.word->stem,
                      quote(t.text) + " before " + quote(s.text) + " looks like the " + languages +
                          " given name " + quote(given->name) + " of " + person->canonical +
                          " translated into English; write " + quote(given->name),
                      {Fix{t.word->stem, given->name}}));
  return true;
}

void NamesRule::report_word_after_role(const CheckContext& context, const ArticleNames& article,
                                       std::size_t i, Sink& sink) const {
  // "Commerce Minister Wanton said", "president-elect Cast": an English word right after one of
  // a person's roles, where the person's surname belongs. Not a word of any name of the table
  // ('President Trump'), no title or reporting verb, and no capitalised word right after it
  // ('Prime Minister Mark Carney': a given name).
  // So is one at a sentence's start before a reporting verb ('Tiny reiterated', 'Sibyl
  // stressed'), when the article names a person with that first sound and a role nearby.
  const NameToken& t = article.tokens()[i];
  if (t.word->all_caps) return;
  const std::string lower = to_lower(t.text);
  if (article.is_title_any_case(t.text) || article.is_reporting_verb(lower) ||
      !article.lookup_word(t.text).empty()) {
    return;
  }
  bool subject = false;  // the sentence's first word, before a reporting verb
  if (t.word->sentence_start ||
      after_opening_adverbial(context.document.text(), t.word->span.begin)) {
    const NameToken* n = article.next(i);
    subject = n && n == &article.tokens()[i + 1] && article.is_reporting_verb(n->text) &&
              n->word->span.begin == t.word->span.end + 1;
    if (!subject) return;
    // Not a pronoun or quantifier ('She added', 'Several said'; `common_subjects`), nor a
    // plural English noun ('Spokesmen said', below): subjects news writes every day.
    if (common_subjects_.contains(lower)) return;
  }
  // A plural, unless one slip from the surname ('Jeans said' for Jans).
  const bool plural = subject && context.lexicon.is_known(lower) &&
                      (lower.ends_with("s") || lower.ends_with("men") || lower.ends_with("people"));
  if (const NameToken* n = article.next(i); n && n == &article.tokens()[i + 1] &&
                                            n->word->capitalised &&
                                            n->word->span.begin == t.word->span.end + 1) {
    return;
  }
  // Away from a sentence's start, only a word right after someone's role is reported.
  if (!subject && !article.any_role_before(i)) return;
  const NameEntity* e = article.likely_entity(i);
  // As a subject, the person the article names whose surname the word is nearest ('Tiny
  // reiterated' for Tiani), when the likeliest one by roles starts otherwise.
  if (subject) {
    const std::string a = name_key(t.text);
    const auto starts_alike = [&](const NameEntity* p) {
      const std::vector<std::string> w = name_words(p->canonical);
      const std::string b = name_key(p->exact_only ? w.front() : w.back());
      return !a.empty() && !b.empty() && a.front() == b.front();
    };
    if (!e || e->kind != EntityKind::person || !starts_alike(e)) {
      e = article.mentioned_person_like(t.text);
    }
  }
  if (!e || e->kind != EntityKind::person) return;
  if (subject ? article.mentions(*e) == 0 : !article.role_before(i, *e, false)) return;
  const std::vector<std::string> words = name_words(e->canonical);
  if (std::find(words.begin(), words.end(), t.text) != words.end()) return;
  // A pope or monarch is named by the name before the numeral: 'Francis', not 'XIV'.
  const bool numeral =
      words.size() > 1 && words.back().find_first_not_of("IVXL") == std::string::npos;
  const std::string fix = e->exact_only ? e->canonical : numeral ? words.front() : words.back();
  // An English word in a name slot is as often a real name the table does not know: the
  // garbling must keep the name's first sound ('Wanton' for Wang, 'Cast' for Kast), or a
  // current role of two words or more must name the person ('ECB President Bramble').
  const std::string a = name_key(t.text), b = name_key(fix);
  if (a.empty() || b.empty()) return;
  if (subject && a.front() != b.front()) return;
  if (plural && key_distance(a, b, 1) > 1) return;
  if (a.front() != b.front() && !article.long_current_role_before(i, *e)) return;
  sink.report(finding(t.word->stem,
                      quote(t.text) + " stands where the name of the " + e->roles.front() +
                          " belongs; probably a garbled or translated " + quote(fix),
                      {Fix{t.word->stem, fix}}));
}

}  // namespace mtlint
