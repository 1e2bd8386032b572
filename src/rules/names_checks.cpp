// The names checks that compare spellings: fuzzy keys, given names, lower case and consistency
// within an article. check_variants is in names.cpp, check_garbled in names_garbled.cpp.
#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "core/string_hash.h"
#include "core/utf8.h"
#include "lexicon/form_table.h"
#include "lexicon/name_key.h"
#include "lexicon/near_words.h"
#include "lexicon/word_list.h"
#include "rules/name_context.h"
#include "rules/names.h"

namespace mtlint {

namespace {
constexpr std::size_t kConsistencyWindow = 1000;
}  // namespace

namespace {

// True when `word` carries a diacritic other than an acute, grave or circumflex accent on a
// vowel: a caron, cedilla, breve, ogonek, stroke, dot or an accented consonant ('ć', 'ğ', 'İ',
// 'ș', 'ł'), as names written in their own Latin alphabet do.
bool native_diacritics(std::string_view word) {
  static constexpr std::u32string_view kPivotAccents =
      U"áàâéèêíìîóòôúùûÁÀÂÉÈÊÍÌÎÓÒÔÚÙÛ\u0300\u0301\u0302";
  for (std::size_t at = 0; at < word.size();) {
    const char32_t c = utf8::decode(word, at);
    if (c >= 0x80 && kPivotAccents.find(c) == std::u32string_view::npos) return true;
  }
  return false;
}

// True when one word is the other with one of its double letters made single ('Rute', 'Rutte').
bool double_letter_slip(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() != a.size() + 1) return false;
  for (std::size_t i = 1; i < b.size(); ++i) {
    if (b[i] == b[i - 1] && std::string(b.substr(0, i)) + std::string(b.substr(i + 1)) == a) {
      return true;
    }
  }
  return false;
}

// True when one word is the other with two neighbouring letters swapped ('Marcon', 'Macron').
bool swapped_letters(std::string_view a, std::string_view b) {
  if (a.size() != b.size() || a == b) return false;
  std::size_t i = 0;
  while (a[i] == b[i]) ++i;
  return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
         a.substr(i + 2) == b.substr(i + 2);
}

// True when the word has an i with a diaeresis (ï, Ï).
bool diaeresis_on_i(std::string_view word) {
  return word.find("\xC3\xAF") != std::string_view::npos ||
         word.find("\xC3\x8F") != std::string_view::npos;
}

}  // namespace

namespace {

// True when every match is a given name ("Dmytro": Kuleba's, Lubinets'...), so that the word
// names no one on its own.
bool only_given_names(const std::vector<NameMatch>& matches) {
  return !matches.empty() &&
         std::all_of(matches.begin(), matches.end(), [](const NameMatch& m) { return m.given; });
}

}  // namespace

bool NamesRule::report_given_name(const CheckContext& context, const ArticleNames& article,
                                  std::size_t i, bool known, Sink& sink) const {
  std::string given;
  const NameEntity* e = near_given_name(article, i, given, !known);
  if (!e) return false;
  const NameToken& t = article.tokens()[i];
  // "Roberto Fico" beside "Robert Fico": two people of the table, each written right.
  if (const NameToken* next = article.next(i)) {
    const auto whole =
        context.lexicon.names().lookup_form(std::string(t.text) + " " + std::string(next->text));
    if (whole && whole->how == MatchHow::canonical) return true;
  }
  // "Dmitri Peskov", "Binyamin Netanyahu": spellings the table accepts.
  if (context.lexicon.names().is_accepted_word(t.text, *e)) return true;
  // A Russian's given name in another English spelling of the same sounds ('Alexei Likhachev'
  // for Alexey): English has no one spelling of Russian given names ('Dmytro Peskov' is still
  // the Ukrainian name).
  if (!e->native.empty() && e->native.front().starts_with("ru:") &&
      name_key(t.text) == name_key(given)) {
    return true;
  }
  const std::string message =
      known ? quote(t.text) + " is another form of the given name " + quote(given) + " (" +
                  e->canonical + "), as another language writes it; write " + quote(given)
            : quote(t.text) + " is no known name: possible misspelling of " + quote(given) + " (" +
                  e->canonical + ") before the surname; check the spelling";
  sink.report(finding(t.word->stem, message, {Fix{t.word->stem, given}}));
  return true;
}

namespace {

// Conventions that English-language news itself uses: their spellings are no pivot's.
bool english_convention(std::string_view origin) {
  return origin == "accepted" || origin == "Russian-style" || origin == "BGN/PCGN" ||
         origin.starts_with("Ukrainian national") || origin == "ASCII-folded" ||
         origin == "native spelling" || origin.empty();
}

// Whether the word right before token `i` is one of entity `e`'s names.
bool after_own_given_name(const ArticleNames& article, std::size_t i, const NameEntity& e) {
  const NameToken* p = article.previous(i);
  if (!p || p != &article.tokens()[i - 1]) return false;
  const auto& matches = article.lookup_word(p->text);
  return std::any_of(matches.begin(), matches.end(),
                     [&](const NameMatch& m) { return m.entity == &e; });
}

// `match`, or the same surname's other person whose given name stands right before token `i`.
NameMatch with_given_name_before(const ArticleNames& article, std::size_t i,
                                 const NameMatch& match) {
  const NameToken* p = article.previous(i);
  if (!p || p != &article.tokens()[i - 1] || match.entity->kind != EntityKind::person) return match;
  for (const NameMatch& g : article.lookup_word(p->text)) {
    if (g.entity == match.entity) return match;
    const std::vector<std::string> words = name_words(g.entity->canonical);
    if (g.entity->kind == EntityKind::person && words.size() == 2 && words.front() == p->text &&
        words.back() == match.canonical_word) {
      NameMatch other = match;
      other.entity = g.entity;
      return other;
    }
  }
  return match;
}

// The language a convention or label belongs to: "German" of "German exonym".
std::string_view origin_language(std::string_view origin) {
  return origin.substr(0, origin.find(' '));
}

// A spelling no language writes its own given names with: the French diaeresis of й ('Andreï')
// and the -ij, -yj that German, Polish and Italian make of -ий ('Dmitrij', 'Vasilij').
bool pivot_marked(std::string_view spelling) {
  return spelling.find("\xC3\xAF") != std::string_view::npos || spelling.ends_with("ij") ||
         spelling.ends_with("yj");
}

// Whether some other name of the article is written as a pivot language of `votes` writes it
// (a variant of that language that is no given name alone).
template <class Votes>
bool shows_pivot(const CheckContext& context, const ArticleNames& article,
                 std::string_view spelling, const Votes& votes) {
  std::set<std::string_view, std::less<>> languages;
  for (const auto& [given, vote] : votes) languages.insert(origin_language(vote.language));
  for (const NameToken& other : article.tokens()) {
    if (other.text == spelling || !article.name_like(other)) continue;
    if (context.lexicon.is_known(other.text)) continue;
    for (const NameMatch& m : article.lookup_word(other.text)) {
      if (m.given || m.how == MatchHow::canonical || m.how == MatchHow::fuzzy ||
          english_convention(m.origin)) {
        continue;
      }
      if (languages.contains(origin_language(m.origin))) return true;
    }
  }
  return false;
}

}  // namespace

void NamesRule::report_pivot_given_name(const CheckContext& context, const ArticleNames& article,
                                        std::size_t i, Sink& sink) const {
  // "Juri Gagarin", "Oleksij Sobolew": the table knows the given name only as another
  // language's romanisation of its people's names, and the surname after it is no one's in the
  // table. Many people share a given name, so the spelling tells the pivot even where the
  // person is unknown; a spelling any word list knows ('Andrej', Slovak) is left alone.
  const auto& tokens = article.tokens();
  const NameToken& t = tokens[i];
  const NameToken* n = article.next(i);
  if (!n || i + 1 >= tokens.size() || n != &tokens[i + 1] || !article.name_like(*n) ||
      n->word->span.begin != t.word->span.end + 1 ||
      context.document.text()[t.word->span.end] != ' ') {
    return;
  }
  const std::string lower_next = to_lower(n->text);
  if (article.is_title_any_case(n->text) || article.is_reporting_verb(lower_next) ||
      context.lexicon.is_known(lower_next) || !article.lookup_word(n->text).empty() ||
      context.lexicon.is_known(t.text) || context.lexicon.is_known(to_lower(t.text))) {
    return;
  }
  // The English given name nearest the spelling (by name key: 'Oleksij' is Oleksii, not the
  // Alexei whose Ukrainian form it also spells), then the one most matches give.
  struct Vote {
    int distance = 0;
    bool j = false;  // English news writes й as y or i, never j ('Andrej' is Slovak, Czech...)
    int count = 0;
    std::string origin;
    std::string language;  // the match's origin: "German"
  };
  std::map<std::string, Vote, std::less<>> votes;
  const std::string key = name_key(t.text);
  for (const NameMatch& m : article.lookup_word(t.text)) {
    if (!m.given || m.how == MatchHow::canonical || m.how == MatchHow::fuzzy ||
        english_convention(m.origin)) {
      return;
    }
    auto [vote, fresh] = votes.try_emplace(m.canonical_word);
    if (fresh) {
      vote->second.distance = key_distance(key, name_key(m.canonical_word), 8);
      vote->second.j = m.canonical_word.find('j', 1) != std::string::npos;
      vote->second.language = m.origin;
      vote->second.origin =
          "the " + m.origin + (m.how == MatchHow::generated ? " romanisation" : " spelling");
    }
    ++vote->second.count;
  }
  if (votes.empty()) return;
  // Many spellings a pivot gives are given names in their own right elsewhere ('Aleš' is
  // Czech, 'Andri' Icelandic, 'Juri' Estonian): only an article that shows the same pivot in
  // another name ('Selenskyj', 'Kiew' beside 'Oleksij') is taken to come through it.
  if (!pivot_marked(t.text) && !shows_pivot(context, article, t.text, votes)) return;
  const auto best = std::min_element(votes.begin(), votes.end(), [](const auto& a, const auto& b) {
    return std::tie(a.second.distance, a.second.j, b.second.count) <
           std::tie(b.second.distance, b.second.j, a.second.count);
  });
  const std::string& given = best->first;
  const std::string message = quote(t.text) + " is " + best->second.origin + " of the given name " +
                              quote(given) + "; English-language news writes " + quote(given);
  sink.report(finding(t.word->stem, message, {Fix{t.word->stem, given}}));
}

void NamesRule::report_second_word_typo(const CheckContext& context, const ArticleNames& article,
                                        std::size_t i, Sink& sink) const {
  // One slip from the second word of a two-word person of the table, right after the first:
  // - a surname after the given name ("Friedrich Mertz", "Donald Tuska"): a likely slip (a
  //   letter left out, added or swapped, a neighbouring key), in a surname of four letters or
  //   more; a distant key is as likely another person. So is the last word of a longer name
  //   after its given name and particles as the table writes them ("Ursula von der Leyne");
  // - a Chinese given name after the surname ("Xi Jinpin"): any one letter, in a given name of
  //   five letters or more. Chinese names are otherwise matched only exactly, since each
  //   syllable may be a name of its own.
  const auto& tokens = article.tokens();
  const NameToken& t = tokens[i];
  const NameToken* p = article.previous(i);
  if (!p || t.text.size() < 4 || p->word->stem.end + 1 != t.word->stem.begin) return;
  // The given name before the particles ('Ursula' in 'Ursula von der').
  const NameToken* g = p;
  for (std::size_t k = i - 1; k > 0 && &tokens[k] == g && is_name_particle(to_lower(g->text));
       --k) {
    const NameToken* before = article.previous(k);
    if (!before || before != &tokens[k - 1] || before->word->stem.end + 1 != g->word->stem.begin) {
      return;
    }
    g = before;
  }
  const std::string_view text = context.document.text();
  const std::string_view written =
      text.substr(g->word->stem.begin, p->word->stem.end - g->word->stem.begin);
  for (const NameMatch& m : article.lookup_word(g->text)) {
    const NameEntity& e = *m.entity;
    if (e.kind != EntityKind::person || m.how != MatchHow::canonical) continue;
    const std::vector<std::string> words = name_words(e.canonical);
    const bool chinese = e.exact_only;
    const std::size_t shortest = chinese ? 5 : 4;
    const int most = chinese ? 4 : 3;  // typo_cost: 4 is any one letter, 3 a likely slip
    if (words.size() < 2 || words[0] != g->text || words.back().size() < shortest ||
        t.text.size() < shortest || typo_cost(t.text, words.back()) > most) {
      continue;
    }
    // The words before the surname as the table writes them.
    if (e.canonical.compare(0, written.size(), written) != 0 ||
        e.canonical.size() != written.size() + 1 + words.back().size()) {
      continue;
    }
    const std::string message = quote(t.text) + " is no known name: possible misspelling of " +
                                quote(words.back()) + " (" + e.canonical + ") after the " +
                                (chinese ? "surname" : "given name") + "; check the spelling";
    sink.report(finding(t.word->stem, message, {Fix{t.word->stem, words.back()}}));
    return;
  }
}

std::size_t NamesRule::report_hyphenated_slip(const CheckContext& context,
                                              const ArticleNames& article, std::size_t i,
                                              Sink& sink) const {
  // Otherwise its parts are checked one by one, as before. The parts of a hyphenated name are
  // tokens of their own: 'Auger-Aliasime' is no slip of any one word, but of the table's
  // 'Auger-Aliassime' as a whole. Capitalised parts joined by hyphens alone, that the table does
  // not know as they are.
  const auto& tokens = article.tokens();
  std::size_t last = i;
  while (last + 1 < tokens.size() && article.name_like(tokens[last + 1]) &&
         context.document.slice(tokens[last].word->span.end, tokens[last + 1].word->span.begin) ==
             "-") {
    ++last;
  }
  if (last == i) return i;
  const Span span{tokens[i].word->stem.begin, tokens[last].word->stem.end};
  const std::string compound(context.document.slice(span.begin, span.end));
  if (context.lexicon.is_known(compound) || !article.lookup_word(compound).empty()) return i;
  const auto m = context.lexicon.names().fuzzy_word(compound);
  if (!m || m->given || m->canonical_word == compound) return i;
  // An equal key, or one edit in a long one; not the same letters with other accents, which
  // are the name in its own language's spelling.
  const std::size_t key_size = name_key(compound).size();
  if (key_size < 8 || (m->distance > 0 && (m->distance > 1 || key_size < 10))) return i;
  if (name_form(compound).folded == name_form(m->canonical_word).folded) return i;
  const std::string message = quote(compound) + " is no known name: possible variant of " +
                              quote(m->canonical_word) + " (" + m->entity->canonical + ", " +
                              std::string(to_string(m->entity->kind)) + "); check the spelling";
  sink.report(finding(span, message, {Fix{span, m->canonical_word}}));
  return last;
}

void NamesRule::check_fuzzy(const CheckContext& context, const ArticleNames& article,
                            Sink& sink) const {
  const NameTable& names = context.lexicon.names();
  // What the lexicon and the table say of a spelling, once per distinct spelling.
  std::unordered_map<std::string_view, std::optional<NameMatch>, StringHash> candidates;
  // Whether one of the entity's roles stands before some occurrence of the spelling.
  std::unordered_map<std::string_view, bool, StringHash> role_backed;
  // Whether some occurrence of the spelling is someone else's name (a given name that is not
  // the entity's before it).
  std::unordered_map<std::string_view, bool, StringHash> someone_else;
  // Spellings no word list and no table entry knows (the given-name test below).
  std::unordered_set<std::string_view, StringHash> unknown;
  // Spellings the table knows only as given names ("Dmytro").
  std::unordered_set<std::string_view, StringHash> given_only;
  const auto& tokens = article.tokens();
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const NameToken& t = tokens[i];
    if (!article.name_like(t) || t.word->all_caps) continue;
    if (t.text.size() > 2 && std::isupper(static_cast<unsigned char>(t.text[1]))) continue;
    if (std::size_t last = report_hyphenated_slip(context, article, i, sink); last > i) {
      i = last;
      continue;
    }
    auto [known, fresh] = candidates.try_emplace(t.text);
    if (fresh) {
      if (!context.lexicon.is_known(t.text) && article.lookup_word(t.text).empty()) {
        known->second = names.fuzzy_word(t.text);
        unknown.insert(t.text);
      } else if (only_given_names(article.lookup_word(t.text))) {
        given_only.insert(t.text);
      } else if (!context.lexicon.is_known(to_lower(t.text)) &&
                 article.lookup_word(t.text).empty()) {
        // A name the dictionaries know only with a capital ('Rute') that is a name of the
        // article with a double letter made single or the other way round ('Rute has warned'
        // after 'Mark Rutte'): a slip.
        if (auto m = names.fuzzy_word(t.text); m && m->distance == 0 &&
                                               double_letter_slip(t.text, m->canonical_word) &&
                                               article.mentions(*m->entity) > 0) {
          known->second = std::move(m);
        } else if (m && !m->given && swapped_letters(t.text, m->canonical_word) && i > 0 &&
                   article.previous(i) == &tokens[i - 1] &&
                   tokens[i - 1].text == name_words(m->entity->canonical).front()) {
          // Or two letters swapped right after the person's own given name ('Emmanuel
          // Marcon').
          known->second = std::move(m);
        }
      }
    }
    if (!known->second) {
      // A misspelt given name before a person's surname, or another person's given name in
      // another language's form ("Dmytro Peskov": Dmytro is Ukrainian, Peskov's is Dmitry).
      if (unknown.contains(t.text)) {
        report_given_name(context, article, i, false, sink);
        report_second_word_typo(context, article, i, sink);
      } else if (given_only.contains(t.text) &&
                 !report_given_name(context, article, i, true, sink)) {
        report_pivot_given_name(context, article, i, sink);
      }
      continue;
    }
    if (t.word->sentence_start && context.lexicon.is_known(to_lower(t.text))) continue;
    if (!known->second || known->second->given) continue;
    // Two people of one surname ('Daniil Medvédev' is not Dmitry Medvedev): the one whose given
    // name stands right before it.
    const std::optional<NameMatch> m = with_given_name_before(article, i, *known->second);
    if (to_lower(t.text) == to_lower(m->canonical_word)) continue;  // "Nasa" for NASA: house style
    if (t.text == m->canonical_word + "s") continue;                // a plural: 'two Boeings'

    // A diaeresis that French or Dutch puts on a place's i ("Shanghaï", "Hanoï", "Dubaï"): the
    // place's own language does not write it.
    if (m->entity->kind == EntityKind::place && diaeresis_on_i(t.text) &&
        !diaeresis_on_i(m->canonical_word) &&
        name_form(t.text).folded == name_form(m->canonical_word).folded) {
      const std::string message = quote(t.text) + " has the diaeresis French and Dutch put on " +
                                  quote(m->canonical_word) + "; write " + quote(m->canonical_word);
      sink.report(finding(t.word->stem, message, {Fix{t.word->stem, m->canonical_word}}));
      continue;
    }
    // "Djoković", "İstanbul": the native spelling with its diacritics is house style too. Accents
    // on vowels alone are what Spanish, Portuguese or Italian add ("Pezeshkián"): still reported.
    if (native_diacritics(t.text) &&
        name_form(t.text).folded == name_form(m->canonical_word).folded) {
      continue;
    }
    // Someone else: a given name that is not the person's before it ("Evans Rutto", "Marta
    // Milej"), or a surname after it ("Yordan Tabakov": a given name, not Jordan).
    // ('Luis' in 'Jorge Luis Borges' names no Luis Enrique: only the person's own given name
    // right before counts, as in 'Tedros Adhanom Ghebreyessus'.)
    // So is the surname alone later ('Carlsson said', after 'Peter Carlsson'), where the
    // article never names the person: any occurrence introduced by another given name.
    if (!article.named(*m->entity) && !after_own_given_name(article, i, *m->entity)) {
      auto [other, first_time] = someone_else.try_emplace(t.text, false);
      if (first_time) {
        for (const std::size_t k : article.occurrences(t.text)) {
          if (other_persons_name(article, k, *m->entity)) {
            other->second = true;
            break;
          }
        }
      }
      if (other->second) continue;
    }
    // A near key alone is weak evidence; beyond an equal key the entity must be in the article,
    // unless the name is long and one edit away ("Joannesburg"), or one of its roles introduces
    // the name somewhere ("US Secretary of State Anthony Brinken").
    const bool long_and_near = m->distance == 1 && name_key(t.text).size() >= 10;
    // The same letters with other accents, in an article that never names the person, are as
    // likely another name ('Máire', an Irish given name, is not Le Maire).
    const bool accents_only = name_form(t.text).folded == name_form(m->canonical_word).folded;
    // So must it for a name of three letters, where an equal key is as often another name
    // ('Huy', a Belgian town, is no 'Hui').
    const bool short_name = utf8::count_code_points(t.text) <= 3;
    if ((m->distance > 0 || accents_only || short_name) && !long_and_near &&
        article.mentions(*m->entity) == 0) {
      auto [backed, first_time] = role_backed.try_emplace(t.text, false);
      if (first_time) {
        for (const std::size_t k : article.occurrences(t.text)) {
          if (article.role_before(k, *m->entity)) {
            backed->second = true;
            break;
          }
        }
      }
      if (!backed->second) continue;
    }
    // The person's given name in another language's form right before ('Volodymyr Medinskyi'
    // for Vladimir Medinsky): one of the entity's spellings starts with it, and it is no mere
    // spelling of the English one. The whole name is replaced.
    if (const NameToken* p = article.previous(i);
        p && p == &tokens[i - 1] && m->entity->kind == EntityKind::person && !m->given) {
      const auto words = name_words(m->entity->canonical);
      const bool foreign_given =
          words.size() == 2 && p->text != words.front() && article.name_like(*p) &&
          // Not a spelling of the same given name ('Andriy' for Andrii, 'Masud' for Masoud).
          key_distance(name_key(p->text), name_key(words.front()), 1) > 1 &&
          std::any_of(m->entity->variants.begin(), m->entity->variants.end(),
                      [&](const NameVariant& v) {
                        return v.origin != "accepted" && v.text.starts_with(p->text) &&
                               v.text.size() > p->text.size() && v.text[p->text.size()] == ' ';
                      });
      if (foreign_given) {
        const Span whole{p->word->stem.begin, t.word->stem.end};
        const std::string message = quote(std::string(p->text) + " " + std::string(t.text)) +
                                    " is no known name: possibly " + quote(m->entity->canonical) +
                                    ", with the given name in another language's form; check the "
                                    "spelling";
        sink.report(finding(whole, message, {Fix{whole, m->entity->canonical}}));
        continue;
      }
    }
    const std::string message = quote(t.text) + " is no known name: possible variant of " +
                                quote(m->canonical_word) + " (" + m->entity->canonical + ", " +
                                std::string(to_string(m->entity->kind)) + "); check the spelling";
    sink.report(finding(t.word->stem, message, {Fix{t.word->stem, m->canonical_word}}));
  }
}

namespace {

// Words after which a clause, and so its subject, begins.
constexpr std::array<std::string_view, 12> kClauseOpeners = {
    "where", "when",   "and",     "but",   "while",  "as",
    "after", "before", "because", "since", "though", "although"};

}  // namespace

bool NamesRule::lower_case_name_in_slot(const ArticleNames& article, std::size_t i,
                                        std::string_view proper) const {
  const NameToken* p = article.previous(i);
  // After a title or the person's first name: "President trump", "Donald trump" (not "the
  // Senate bill").
  if (p && article.is_title_any_case(p->text)) return true;
  if (p && article.name_like(*p)) {
    const auto& mine = article.lookup_word(proper);
    for (const NameMatch& m : article.lookup_word(p->text)) {
      if (m.entity->kind == EntityKind::person &&
          std::any_of(mine.begin(), mine.end(),
                      [&](const NameMatch& x) { return x.entity == m.entity; })) {
        return true;
      }
    }
  }
  // Before a reporting verb, after no other word of its phrase: "where trump said", "and
  // turkey warned" (but "the bill says", "the central bank announced"); and only a whole name
  // or a surname ("Bank" of "West Bank" is neither).
  const NameToken* n = article.next(i);
  if (!n || !article.is_reporting_verb(n->text)) return false;
  if (p && !p->word->capitalised &&
      std::find(kClauseOpeners.begin(), kClauseOpeners.end(), p->text) == kClauseOpeners.end()) {
    return false;
  }
  for (const NameMatch& m : article.lookup_word(proper)) {
    const std::vector<std::string> words = name_words(m.entity->canonical);
    if (words.size() == 1 || (m.entity->kind == EntityKind::person && words.back() == proper)) {
      return true;
    }
  }
  return false;
}

void NamesRule::check_lowercase(const CheckContext& context, const ArticleNames& article,
                                Sink& sink) const {
  const NameTable& names = context.lexicon.names();
  const auto& tokens = article.tokens();
  std::size_t last_whole_end = 0;  // the end of the last longer name reported whole
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const NameToken& t = tokens[i];
    const Word& w = *t.word;
    if (w.capitalised || !w.latin || w.has_digit || w.has_inner_dot || t.text.size() < 3) continue;
    if (w.stem.begin < last_whole_end) continue;
    // The tail of a compound with a one-letter middle ('a vote-a-rama', 'a fest-o-rama') is no
    // name ('pro-putin' is).
    const std::string_view text = context.document.text();
    if (w.stem.begin >= 3 && text[w.stem.begin - 1] == '-' && text[w.stem.begin - 3] == '-') {
      continue;
    }
    // The lower-case part of a hyphenated name after its capitalised first part: 'Typhoon
    // Fung-wong', 'Kim Jong-un' ('pro-putin' is a name in lower case).
    if (w.stem.begin >= 2 && text[w.stem.begin - 1] == '-') {
      std::size_t first = w.stem.begin - 1;
      while (first > 0 && std::isalpha(static_cast<unsigned char>(text[first - 1]))) --first;
      if (first < w.stem.begin - 1 && std::isupper(static_cast<unsigned char>(text[first]))) {
        continue;
      }
    }
    // An article or a preposition is never a name of its own, even the first word of one ('the
    // Prime Minister the Ukrainian delegation' holds no lower-cased 'The' of The Hague).
    static constexpr std::array<std::string_view, 8> kFunctionWords = {
        "the", "and", "for", "from", "with", "that", "this", "into"};
    if (std::find(kFunctionWords.begin(), kFunctionWords.end(), t.text) != kFunctionWords.end()) {
      continue;
    }
    // A particle between two capitalised parts of a name ('Mohammed ben Abdelrahmane'), though
    // another name writes it capitalised ('Mohammed Ben Sulayem').
    if (is_name_particle(t.text) && i > 0 && i + 1 < tokens.size() &&
        tokens[i - 1].word->capitalised && tokens[i + 1].word->capitalised &&
        joined_by(text, tokens[i - 1], t, ' ') && joined_by(text, t, tokens[i + 1], ' ')) {
      continue;
    }
    const std::string* proper = names.proper_form(t.text);
    if (!proper) {
      report_lowercase_variant(context, article, i, sink);
      continue;
    }
    if (*proper == t.text) continue;
    // "turkey", "china" (bone china), "bill": a common word is not a lower-cased name, unless
    // the article writes the name and this word stands in a name slot ("where trump said"), or
    // it is a place's or organisation's whole name that the article writes with capitals in
    // mid-sentence elsewhere ("in frankfurt", "on wall street").
    if (context.lexicon.is_known(t.text) && !lower_case_name_in_slot(article, i, *proper)) {
      // A longer name is reported whole, once ('wall street' -> 'Wall Street').
      const auto whole = written_capitalised_elsewhere(context, article, i, *proper);
      if (!whole || whole->begin < last_whole_end) continue;
      const std::string canonical = article.lookup_word(*proper).front().entity->canonical;
      if (whole->size() > w.stem.size()) {
        last_whole_end = whole->end;
        const std::string written(text.substr(whole->begin, whole->size()));
        sink.report(finding(*whole,
                            quote(written) + " is the name " + quote(canonical) +
                                " in lower case; write " + quote(canonical),
                            {Fix{*whole, canonical}}));
        continue;
      }
    }
    const auto& matches = article.lookup_word(*proper);
    if (matches.empty()) continue;
    // Whose name it is, unless that is a guess: a given name is many people's.
    const std::string& entity = matches.front().entity->canonical;
    const bool named = entity != *proper && !matches.front().given;
    const std::string message = quote(t.text) + " is the name " + quote(*proper) +
                                (named ? " (" + entity + ")" : "") + " in lower case; write " +
                                quote(*proper);
    sink.report(finding(w.stem, message, {Fix{w.stem, *proper}}));
  }
  check_capital_particles(context, article, sink);
}

void NamesRule::report_lowercase_variant(const CheckContext& context, const ArticleNames& article,
                                         std::size_t i, Sink& sink) const {
  // A one-word name's curated variant in lower case ('the kiev regime'): a word English does
  // not know, whose capitalised form is a variant of one entity only, never an accepted one nor
  // a given name; the fix is the canonical name.
  const NameToken& t = article.tokens()[i];
  if (context.lexicon.is_known(t.text)) return;
  const std::string capital = capitalise(t.text);
  const auto& matches = article.lookup_word(capital);
  if (matches.empty()) return;
  const NameMatch& m = matches.front();
  const NameEntity& e = *m.entity;
  if (m.how != MatchHow::curated || m.given || m.origin == "accepted" ||
      e.canonical.find(' ') != std::string::npos || m.canonical_word != e.canonical) {
    return;
  }
  if (std::any_of(matches.begin(), matches.end(),
                  [&](const NameMatch& other) { return other.entity != &e; })) {
    return;
  }
  const Word& w = *t.word;
  sink.report(finding(w.stem,
                      quote(t.text) + " is " + quote(capital) + ", the " +
                          (m.origin.empty() ? std::string("variant") : m.origin) + " of " +
                          quote(e.canonical) + ", in lower case; write " + quote(e.canonical),
                      {Fix{w.stem, e.canonical}}));
}

std::optional<Span> NamesRule::written_capitalised_elsewhere(const CheckContext& context,
                                                             const ArticleNames& article,
                                                             std::size_t i,
                                                             const std::string& proper) const {
  const auto& matches = article.lookup_word(proper);
  if (matches.empty() || matches.front().how != MatchHow::canonical) return std::nullopt;
  const NameEntity& e = *matches.front().entity;
  if (e.kind == EntityKind::person) return std::nullopt;  // 'bill' is no Bill
  // The whole name in lower case here: 'wall street', not a 'wall' of a building.
  const std::string lower = to_lower(e.canonical);
  const std::string_view text = context.document.text();
  const Word& w = *article.tokens()[i].word;
  const auto whole_at = [&](std::size_t at) {
    const std::size_t end = at + lower.size();
    return end <= text.size() && text.substr(at, lower.size()) == lower &&
           (at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]))) &&
           (end == text.size() || !std::isalpha(static_cast<unsigned char>(text[end])));
  };
  std::size_t at = w.stem.begin;
  if (!whole_at(at)) {
    if (w.stem.end < lower.size() || !whole_at(w.stem.end - lower.size())) return std::nullopt;
    at = w.stem.end - lower.size();
  }
  for (const std::size_t k : article.occurrences(proper)) {
    if (!article.tokens()[k].word->sentence_start) return Span{at, at + lower.size()};
  }
  return std::nullopt;
}

void NamesRule::check_capital_particles(const CheckContext& context, const ArticleNames& article,
                                        Sink& sink) const {
  // "the Commission's Ursula Von der Leyen": a particle the table writes in lower case, with a
  // capital inside a sentence. At the start of one it is right ("Von der Leyen said"); the
  // first line is a headline, perhaps in title case.
  const auto& tokens = article.tokens();
  const std::size_t headline_end = context.document.text().find('\n');
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const NameToken& t = tokens[i];
    if (!t.word->capitalised || t.word->all_caps || t.word->sentence_start || t.text.size() > 5 ||
        t.word->stem.begin < headline_end || !is_name_particle(to_lower(t.text))) {
      continue;
    }
    // The particles from here, then the surname: "Von der Leyen", "Van Dijk".
    std::size_t last = i;
    std::string written(t.text);
    while (const NameToken* n = article.next(last)) {
      written += " " + std::string(n->text);
      ++last;
      if (!is_name_particle(to_lower(n->text))) break;
    }
    if (last == i || is_name_particle(to_lower(tokens[last].text))) continue;
    std::string wanted;
    for (const NameMatch& m : article.lookup_word(tokens[last].text)) {
      const std::string& canonical = m.entity->canonical;
      const std::size_t at = to_lower(canonical).find(to_lower(written));
      if (m.given || at == std::string::npos || at == 0 || canonical[at - 1] != ' ' ||
          at + written.size() != canonical.size()) {
        continue;
      }
      wanted = canonical.substr(at, written.size());
      break;
    }
    if (wanted.empty() || wanted == written) continue;
    const Span span{t.word->stem.begin, tokens[last].word->stem.end};
    const std::string message = quote(written) + " writes a particle of " + quote(wanted) +
                                " with a capital inside a sentence; write " + quote(wanted);
    sink.report(finding(span, message, {Fix{span, wanted}}));
    i = last;
  }
}

namespace {

// The surnames after every occurrence of `text`, or nothing when one occurrence has none.
std::optional<std::vector<NameForm>> surnames_after(const ArticleNames& article,
                                                    std::string_view text) {
  std::vector<NameForm> out;
  for (const std::size_t k : article.occurrences(text)) {
    const NameToken* next = article.next(k);
    // Any capitalised word: a surname with a look-alike letter ("Kulebа") is still a surname.
    if (!next || !next->word->capitalised || next->text.size() < 2) return std::nullopt;
    out.push_back(name_form(next->text));
  }
  return out;
}

// The given names before every occurrence of `text`, or nothing when one occurrence has none.
std::optional<std::vector<std::string_view>> given_names_before(const ArticleNames& article,
                                                                std::string_view text) {
  // The surname alone counts for no one ('Tigst Assefa', then 'while Assefa took silver'); at
  // the sentence start, only a word English does not know is a given name.
  std::vector<std::string_view> out;
  for (const std::size_t k : article.occurrences(text)) {
    const NameToken* p = article.previous(k);
    if (!p || p != &article.tokens()[k - 1]) continue;
    if (!article.name_like(*p) || article.is_title_any_case(p->text) ||
        (p->word->sentence_start && article.english_word(p->text))) {
      return std::nullopt;
    }
    out.push_back(p->text);
  }
  return out;
}

// "Anna Meloni" and "Alberto Melloni": near surnames of two people, each always after a given
// name and never after the same one.
bool surnames_of_others(const ArticleNames& article, std::string_view a, std::string_view b) {
  const auto before_a = given_names_before(article, a);
  if (!before_a || before_a->empty()) return false;
  const auto before_b = given_names_before(article, b);
  if (!before_b || before_b->empty()) return false;
  for (const std::string_view x : *before_a) {
    if (std::find(before_b->begin(), before_b->end(), x) != before_b->end()) return false;
  }
  return true;
}

bool given_names_of_others(const ArticleNames& article, std::string_view a, std::string_view b) {
  const auto after_a = surnames_after(article, a);
  if (!after_a || after_a->empty()) return false;
  const auto after_b = surnames_after(article, b);
  if (!after_b || after_b->empty()) return false;
  for (const NameForm& x : *after_a) {
    for (const NameForm& y : *after_b) {
      if (x.text == y.text || same_name(x, y)) return false;
    }
  }
  return true;
}

// Whether some occurrence of `a` and some of `b` have the same word right before them (or
// the same capitalised word right after): 'Cai Shangjun' and 'Cai Shanjun'.
bool same_neighbour(const ArticleNames& article, std::string_view a, std::string_view b) {
  const auto neighbours = [&](std::string_view text) {
    std::vector<std::string_view> out;
    for (const std::size_t k : article.occurrences(text)) {
      if (const NameToken* p = article.previous(k); p && p == &article.tokens()[k - 1]) {
        out.push_back(p->text);
      }
      if (const NameToken* n = article.next(k); n && article.name_like(*n)) out.push_back(n->text);
    }
    return out;
  };
  const auto of_a = neighbours(a), of_b = neighbours(b);
  return std::any_of(of_a.begin(), of_a.end(), [&](std::string_view x) {
    return std::find(of_b.begin(), of_b.end(), x) != of_b.end();
  });
}

// "Ousmane Sonko" and "Ousmane Sanko": names too short for a key difference to mean much
// (article_distance allows none under six letters) are one name when they differ by one
// letter and the same given name stands before both, or the same surname after both.
bool short_names_alike(const ArticleNames& article, const NameForm& a, const NameForm& b) {
  if (a.key.size() < 4 || b.key.size() < 4 || article_distance(a.key.size(), b.key.size()) > 0 ||
      a.folded.front() != b.folded.front() || a.folded == b.folded ||
      key_distance(a.key, b.key, 1) > 1) {
    return false;
  }
  const auto neighbours = [&](std::string_view text, bool before) {
    std::vector<std::string_view> out;
    for (const std::size_t k : article.occurrences(text)) {
      const NameToken* n = before ? article.previous(k) : article.next(k);
      if (n && article.name_like(*n) && !article.is_title_any_case(n->text)) {
        out.push_back(n->text);
      }
    }
    return out;
  };
  for (const bool before : {true, false}) {
    const auto na = neighbours(a.text, before), nb = neighbours(b.text, before);
    for (const std::string_view x : na) {
      if (std::find(nb.begin(), nb.end(), x) != nb.end()) return true;
    }
  }
  return false;
}

}  // namespace

void NamesRule::check_diacritic_mix(const CheckContext& context, const ArticleNames& article,
                                    const std::vector<const NameForm*>& forms, Sink& sink) const {
  // "Erdoğan" and "Erdogan", "İstanbul" and "Istanbul": one name of the table written with and
  // without diacritics in one article. Either may be house style, but not both: the article's
  // commoner spelling is kept, the table's on a tie, else the first.
  const NameTable& names = context.lexicon.names();
  // Only the spellings that fold like one with diacritics: most articles have few of those.
  std::set<std::string_view> accented;
  for (const NameForm* form : forms) {
    if (!form->folded.empty() && form->folded != to_lower(form->text) &&
        utf8::has_non_ascii(form->text)) {
      accented.insert(form->folded);
    }
  }
  if (accented.empty()) return;
  std::map<std::string_view, std::vector<const NameForm*>> by_folded;
  for (const NameForm* form : forms) {
    if (accented.contains(form->folded)) by_folded[form->folded].push_back(form);
  }
  for (auto& [folded, group] : by_folded) {
    if (group.size() < 2) continue;
    // Every spelling must name one entity of the table, and not only as a given name: one it
    // does not know may be part of another name ('İstanbul Başakşehir', a club, beside the city
    // of Istanbul), and "Novák" and "Novak" may be two people.
    std::vector<const NameEntity*> shared;
    bool first = true, whole_name = false, unknown = true;
    for (const NameForm* form : group) {
      // A Turkish dotted capital ('İstanbul') is the variant rule's to judge: it knows an
      // official Turkish name ('İstanbul Başakşehir') from a spelling of the city.
      auto matches = article.lookup_word(form->text);
      unknown = unknown && matches.empty();
      std::erase_if(matches, [](const NameMatch& m) {
        return m.origin.find("dotted-capital") != std::string::npos;
      });
      whole_name =
          whole_name || std::any_of(matches.begin(), matches.end(), [](const NameMatch& m) {
            return !m.given && m.how != MatchHow::fuzzy;
          });
      if (first) {
        for (const NameMatch& m : matches) shared.push_back(m.entity);
        first = false;
        continue;
      }
      std::erase_if(shared, [&](const NameEntity* e) {
        return std::none_of(matches.begin(), matches.end(),
                            [&](const NameMatch& m) { return m.entity == e; });
      });
    }
    const auto count = [&](const NameForm* f) { return article.counts().find(f->text)->second; };
    const auto rank = [&](const NameForm* f) {
      return std::make_tuple(count(f), names.is_canonical_word(f->text),
                             -static_cast<long>(article.first(f->text)->word->stem.begin));
    };
    const NameForm* keep =
        *std::max_element(group.begin(), group.end(),
                          [&](const NameForm* a, const NameForm* b) { return rank(a) < rank(b); });
    // A name the table does not know ('Kanngiesser' twice, 'Kanngießer' once): the article's
    // commoner spelling, when it has one, and the others never as a given name (a capitalised
    // word after them: 'Eric Adams' and 'Éric Zemmour' are two people).
    const auto given_somewhere = [&](const NameForm* f) {
      const auto& where = article.occurrences(f->text);
      return std::any_of(where.begin(), where.end(), [&](std::size_t k) {
        const NameToken* n = article.next(k);
        return n && n->word->capitalised;
      });
    };
    // Nor a surname where the commoner one is a given name ('Ahmed Şara', 'Sara Jakubiak').
    const auto surname_somewhere = [&](const NameForm* f) {
      const auto& where = article.occurrences(f->text);
      return std::any_of(where.begin(), where.end(), [&](std::size_t k) {
        const NameToken* p = article.previous(k);
        return p && article.name_like(*p) && !article.is_title_any_case(p->text);
      });
    };
    // Nor the second words of two names whose first words differ ('Hải Phòng' and 'Yên Phong',
    // two places): each spelling only ever after a name word that never comes before the other.
    const auto words_before = [&](const NameForm* f) {
      std::set<std::string_view> before;
      for (const std::size_t k : article.occurrences(f->text)) {
        const NameToken* p = article.previous(k);
        if (!p || p != &article.tokens()[k - 1] || !article.name_like(*p) ||
            article.is_title_any_case(p->text)) {
          return std::set<std::string_view>{};
        }
        before.insert(p->text);
      }
      return before;
    };
    const auto other_names = [&](const NameForm* f) {
      const auto a = words_before(f), b = words_before(keep);
      return !a.empty() && !b.empty() &&
             std::none_of(a.begin(), a.end(), [&](std::string_view w) { return b.contains(w); });
    };
    const bool commoner = std::none_of(group.begin(), group.end(), [&](const NameForm* f) {
      return f != keep && (count(f) >= count(keep) || given_somewhere(f) ||
                           (surname_somewhere(f) && given_somewhere(keep)) || other_names(f));
    });
    // 'María Martinón-Torres', later 'Martínon-Torres' alone: as often in each spelling, both
    // with an accent but on another letter. No house style drops it there; the spelling that
    // introduces the person after a given name is right, the later one alone a slip.
    bool moved_accent = false;
    if (unknown && !commoner && group.size() == 2) {
      const auto accents = [](std::string_view text) {
        std::size_t n = 0;
        for (const unsigned char c : text) n += c >= 0xC0;  // lead bytes of non-ASCII letters
        return n;
      };
      const auto after_name = [&](std::size_t k) {
        const NameToken* p = article.previous(k);
        return p && p == &article.tokens()[k - 1] && article.name_like(*p) &&
               !article.is_title_any_case(p->text);
      };
      const NameForm* a = group[0];
      const NameForm* b = group[1];
      if (article.first(b->text)->word->stem.begin < article.first(a->text)->word->stem.begin) {
        std::swap(a, b);
      }
      const auto& at_a = article.occurrences(a->text);
      const auto& at_b = article.occurrences(b->text);
      if (accents(a->text) > 0 && accents(a->text) == accents(b->text) &&
          a->text.size() == b->text.size() && !at_a.empty() && after_name(at_a.front()) &&
          std::none_of(at_b.begin(), at_b.end(), after_name)) {
        keep = a;
        moved_accent = true;
      }
    }
    if (!(unknown && (commoner || moved_accent)) && (shared.empty() || !whole_name)) continue;
    const NameToken* other = article.first(keep->text);
    const int line = article.line_of(other->word->stem.begin);
    for (const NameForm* drop : group) {
      if (drop == keep) continue;
      // A place's spelling the table accepts stands in names of its own ('Québec solidaire',
      // 'Coalition Avenir Québec' beside 'Quebec').
      if (!shared.empty() && shared.front()->kind == EntityKind::place &&
          names.is_accepted_word(drop->text, *shared.front())) {
        continue;
      }
      // Nor is the place's English name wrong beside such names, however many they are
      // ('Quebec' in an article on 'Centre-du-Québec' and 'Élections Québec').
      if (!shared.empty() && shared.front()->kind == EntityKind::place &&
          names.is_canonical_word(drop->text) &&
          names.is_accepted_word(keep->text, *shared.front())) {
        continue;
      }
      // Inside a name in the place's own language, its own spelling stays ('Uniunea Democrată
      // Maghiară din România').
      std::string origin;
      if (!shared.empty()) {
        for (const NameMatch& m : article.lookup_word(drop->text)) {
          if (m.entity == shared.front()) origin = m.origin;
        }
      }
      for (const std::size_t k : article.occurrences(drop->text)) {
        if (!shared.empty() && inside_other_name(context, article, k, k, *shared.front(), origin)) {
          continue;
        }
        const NameToken& t = article.tokens()[k];
        std::string message = quote(drop->text) + " and " + quote(keep->text) + " (line " +
                              std::to_string(line) +
                              (moved_accent ? ") are one name with its accent on another letter"
                                            : ") are one name with and without its diacritics") +
                              "; write " + quote(keep->text) + " throughout";
        Diagnostic d = finding(t.word->stem, std::move(message), {Fix{t.word->stem, keep->text}});
        d.related.push_back({other->word->stem, "spelled " + quote(keep->text) + " here"});
        sink.report(std::move(d));
      }
    }
  }
}

void NamesRule::check_given_name_mix(const CheckContext& context, const ArticleNames& article,
                                     Sink& sink) const {
  // "Eric Lu" and "Erik Lu": one person's given name in two spellings, both of them names the
  // dictionaries know (the pairing of unknown spellings is check_consistency's), before the
  // same surname. The commoner pairing is kept; on a tie, one slip apart, the first.
  const NameTable& names = context.lexicon.names();
  const auto& tokens = article.tokens();
  struct Pairing {
    std::string_view given, surname;
    std::vector<std::size_t> at;  // token indexes of the given name
  };
  std::vector<Pairing> pairings;
  // The pairings of each surname, in order of their first occurrence; a long document holds
  // thousands of pairings, and only those of one surname are compared.
  std::unordered_map<std::string_view, std::vector<std::size_t>, StringHash, std::equal_to<>>
      by_surname;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const NameToken& t = tokens[i];
    if (!article.name_like(t) || t.word->all_caps || t.text.size() < 3) continue;
    const NameToken* n = article.next(i);
    if (!n || !article.name_like(*n) || n->word->all_caps) continue;
    std::vector<std::size_t>& same = by_surname[n->text];
    auto it = std::find_if(same.begin(), same.end(),
                           [&](std::size_t p) { return pairings[p].given == t.text; });
    if (it == same.end()) {
      same.push_back(pairings.size());
      pairings.push_back({t.text, n->text, {}});
      it = same.end() - 1;
    }
    pairings[*it].at.push_back(i);
  }
  for (std::size_t x = 0; x < pairings.size(); ++x) {
    const std::vector<std::size_t>& same = by_surname.find(pairings[x].surname)->second;
    for (auto next = std::upper_bound(same.begin(), same.end(), x); next != same.end(); ++next) {
      const Pairing &a = pairings[x], &b = pairings[*next];
      if (a.given == b.given) continue;
      if (!context.lexicon.is_known(a.given) || !context.lexicon.is_known(b.given)) continue;
      const NameForm fa = name_form(a.given), fb = name_form(b.given);
      if (fa.folded.empty() || fb.folded.empty() || fa.folded.front() != fb.folded.front() ||
          key_distance(fa.folded, fb.folded, 1) > 1) {
        continue;
      }
      // Two people of the table ('Ivana Trump', 'Ivanka Trump'), or one the table knows
      // beside someone it does not.
      const std::string whole_a = std::string(a.given) + " " + std::string(a.surname);
      const std::string whole_b = std::string(b.given) + " " + std::string(b.surname);
      if (names.lookup_phrase(whole_a) || names.lookup_phrase(whole_b)) continue;
      const Pairing* drop = nullptr;
      if (a.at.size() != b.at.size()) {
        drop = a.at.size() < b.at.size() ? &a : &b;
      } else {
        drop = a.at.front() < b.at.front() ? &b : &a;
      }
      const Pairing& keep = drop == &a ? b : a;
      const NameToken& other = tokens[keep.at.front()];
      const int line = article.line_of(other.word->stem.begin);
      for (const std::size_t k : drop->at) {
        const NameToken& t = tokens[k];
        std::string message = quote(drop->given) + " and " + quote(keep.given) + " (line " +
                              std::to_string(line) + ") before '" + std::string(keep.surname) +
                              "' look like one person's given name spelled two ways; write " +
                              quote(keep.given);
        Diagnostic d =
            finding(t.word->stem, std::move(message), {Fix{t.word->stem, std::string(keep.given)}});
        d.related.push_back({other.word->stem, "spelled " + quote(keep.given) + " here"});
        sink.report(std::move(d));
      }
    }
  }
}

namespace {

// Two spellings one slip apart as written, where their keys differ more: a letter left out or
// added ('Kamyz' for Kamysz: the key reads 'sz' as 'sh') or two letters swapped ('Junhiu' for
// Junhui). Not one letter for another: short names that differ so are as often two names
// ('Carlo' and 'Carro', 'Malta' and 'Malti'). Five letters at least, the same first letter,
// and not a name and its feminine form ('Petrov', 'Petrova').
bool one_slip(const NameForm& a, const NameForm& b) {
  const std::string &fa = a.folded, &fb = b.folded;
  if (std::min(fa.size(), fb.size()) < 5 || fa.front() != fb.front() || fa == fb) return false;
  const auto feminine = [](const std::string& x, const std::string& y) {
    return x.size() == y.size() + 1 && x.back() == 'a' && x.starts_with(y);
  };
  if (feminine(fa, fb) || feminine(fb, fa)) return false;
  if (fa.size() == fb.size()) return is_transposition(fa, fb);
  return key_distance(fa, fb, 1) <= 1;
}

}  // namespace

namespace {

// The nominative forms a word may be a Slavic case form of ('Uznańskim' -> 'Uznański', 'Tuska'
// -> 'Tusk', 'Dudą' -> 'Duda'), the word itself first; each part of a hyphenated name on its
// own ('Uznańskim-Wiśniewskim').
std::vector<std::string> slavic_nominatives(std::string_view word) {
  // Polish (and Czech, Slovak, Russian in Latin letters) endings, with what replaces them.
  static constexpr std::pair<std::string_view, std::string_view> kEndings[] = {
      {"kiego", "ki"}, {"kiemu", "ki"}, {"kim", "ki"}, {"kiej", "ka"}, {"ką", "ka"},
      {"owi", ""},     {"iem", ""},     {"em", ""},    {"a", ""},      {"u", ""},
      {"ę", "a"},      {"ą", "a"},      {"y", "a"},    {"ovi", ""},    {"om", ""}};
  std::vector<std::string> out{""};
  std::size_t at = 0;
  while (true) {
    const std::size_t dash = word.find('-', at);
    const std::string_view part =
        word.substr(at, dash == std::string_view::npos ? word.npos : dash - at);
    std::vector<std::string> forms{std::string(part)};
    for (const auto& [ending, nominative] : kEndings) {
      if (part.size() >= ending.size() + 3 && part.ends_with(ending)) {
        // A Russian, Ukrainian or Bulgarian woman's surname ('Dultseva' beside Dultsev,
        // 'Navalnaya'): another person, not a case form.
        const std::string_view stem = part.substr(0, part.size() - ending.size());
        if (ending == "a" &&
            (stem.ends_with("ov") || stem.ends_with("ev") || stem.ends_with("in") ||
             stem.ends_with("yn") || stem.ends_with("ski") || stem.ends_with("sky"))) {
          continue;
        }
        forms.push_back(std::string(part.substr(0, part.size() - ending.size())) +
                        std::string(nominative));
      }
    }
    std::vector<std::string> next;
    for (const std::string& head : out) {
      for (const std::string& f : forms)
        next.push_back(head.empty() && at == 0 ? f : head + "-" + f);
    }
    out = std::move(next);
    if (dash == std::string_view::npos || out.size() > 64) break;
    at = dash + 1;
  }
  return out;
}

}  // namespace

void NamesRule::check_declined(const CheckContext& context, const ArticleNames& article,
                               Sink& sink) const {
  // A surname the article writes, elsewhere left in a case form of the source language
  // ('Uznańskim-Wiśniewskim' beside 'Uznański-Wiśniewski', 'Tuska' beside 'Tusk'): English
  // does not decline names. The form must be a word no dictionary or table entry knows, and
  // the nominative a surname of the article: written after a given name, or a surname of a
  // person of the table.
  const auto& tokens = article.tokens();
  const auto surname = [&](const std::string& base) {
    const auto& at = article.occurrences(base);
    for (const std::size_t k : at) {
      const NameToken* p = article.previous(k);
      if (p && k > 0 && p == &tokens[k - 1] && article.name_like(*p) && !p->word->all_caps &&
          !article.is_title_any_case(p->text) && !context.lexicon.is_known(to_lower(p->text))) {
        return true;
      }
      // The second part of a double surname ('Uznański-Wiśniewski').
      if (k > 0 && joined_by(context.document.text(), tokens[k - 1], tokens[k], '-') &&
          article.name_like(tokens[k - 1])) {
        return true;
      }
    }
    for (const NameMatch& m : article.lookup_word(base)) {
      if (m.entity->kind != EntityKind::person || m.given || m.how != MatchHow::canonical) continue;
      const std::vector<std::string> words = name_words(m.entity->canonical);
      if (words.size() >= 2 && words.back() == base) return true;
    }
    return false;
  };
  std::map<std::size_t, std::string> fixes;  // token -> its nominative
  for (const auto& [text, count] : article.counts()) {
    if (utf8::count_code_points(text) < 5) continue;
    const NameToken* first = article.first(text);
    if (!first || first->word->all_caps) continue;
    if (context.lexicon.is_known(text) || context.lexicon.is_known(to_lower(text)) ||
        !article.lookup_word(text).empty()) {
      continue;
    }
    std::string base;
    for (const std::string& form : slavic_nominatives(text)) {
      if (form == text || utf8::count_code_points(form) < 4 || !article.counts().contains(form)) {
        continue;
      }
      if (!surname(form)) continue;
      if (!base.empty() && base != form) {
        base.clear();  // two nominatives fit
        break;
      }
      base = form;
    }
    if (base.empty()) continue;
    for (const std::size_t k : article.occurrences(text)) fixes.emplace(k, base);
  }
  // The parts of a double surname are reported as one ('Uznańskim-Wiśniewskim').
  const std::string_view doc = context.document.text();
  for (auto it = fixes.begin(); it != fixes.end();) {
    std::size_t last = it->first;
    auto end = std::next(it);
    while (end != fixes.end() && end->first == last + 1 &&
           joined_by(doc, tokens[last], tokens[end->first], '-')) {
      last = end->first;
      ++end;
    }
    const Span span{tokens[it->first].word->stem.begin, tokens[last].word->stem.end};
    const std::string written(doc.substr(span.begin, span.size()));
    std::string base;
    for (auto j = it; j != end; ++j) base += (base.empty() ? "" : "-") + j->second;
    const NameToken* other = article.first(it->second);
    const int line = article.line_of(other->word->stem.begin);
    Diagnostic d = finding(
        span,
        quote(written) + " looks like " + quote(base) + " (line " + std::to_string(line) +
            ") in a case form of Polish or another Slavic language; English does not decline "
            "names: write " +
            quote(base),
        {Fix{span, base}});
    d.related.push_back({other->word->stem, "written " + quote(it->second) + " here"});
    sink.report(std::move(d));
    it = end;
  }
}

void NamesRule::check_consistency(const CheckContext& context, const ArticleNames& article,
                                  Sink& sink) const {
  check_declined(context, article, sink);
  const NameTable& names = context.lexicon.names();
  const Lexicon& lex = context.lexicon;
  // Candidate spellings: capitalised, not acronyms, and no common English word. What each one
  // is (known, in the table) is looked up once: spellings are compared pairwise.
  struct Spelling {
    const NameForm* form;
    bool known, canonical, in_table;
  };
  std::vector<Spelling> spellings;
  for (const NameForm& form : article.forms()) {
    const std::string& text = form.text;
    if (text.size() < 4) continue;
    const NameToken* t = article.first(text);
    if (!t || t->word->all_caps) continue;
    // "PParis", "TThe": drop-cap residue is an artefact, not a second spelling.
    if (text.size() > 2 && std::isupper(static_cast<unsigned char>(text[1]))) continue;
    if (lex.is_known(to_lower(text))) continue;
    spellings.push_back({&form, lex.is_known(text), names.is_canonical_word(text),
                         !article.lookup_word(text).empty()});
  }
  {
    std::vector<const NameForm*> forms;
    for (const Spelling& sp : spellings) forms.push_back(sp.form);
    check_diacritic_mix(context, article, forms, sink);
  }
  check_given_name_mix(context, article, sink);
  // forms() is in the order of counts(), i.e. sorted: each pair once, the smaller spelling first.
  // Only spellings with the same first letter can match: each is paired with the later ones of
  // its letter, in order (so findings come in the same order as over all pairs).
  std::map<char, std::vector<std::size_t>> by_letter;
  for (std::size_t i = 0; i < spellings.size(); ++i) {
    if (!spellings[i].form->folded.empty())
      by_letter[spellings[i].form->folded.front()].push_back(i);
  }
  const auto in_slot = [&](std::string_view text) {
    const auto& at = article.occurrences(text);
    return std::any_of(at.begin(), at.end(),
                       [&](std::size_t k) { return article.in_name_slot(k); });
  };
  for (std::size_t i = 0; i < spellings.size(); ++i) {
    const Spelling& sa = spellings[i];
    if (sa.form->folded.empty()) continue;
    const std::vector<std::size_t>& group = by_letter[sa.form->folded.front()];
    // Each spelling meets at most the kConsistencyWindow spellings of its letter that follow
    // it in order: an article holds a few hundred per letter, but a name index or a list of
    // thousands would make the pairs grow with the square of its length.
    const auto first = std::upper_bound(group.begin(), group.end(), i);
    const auto last = group.end() - first > static_cast<std::ptrdiff_t>(kConsistencyWindow)
                          ? first + static_cast<std::ptrdiff_t>(kConsistencyWindow)
                          : group.end();
    for (auto it = first; it != last; ++it) {
      const Spelling& sb = spellings[*it];
      const std::string &a = sa.form->text, &b = sb.form->text;
      // Cheap tests first: same_name() wants the same first letter and near keys.
      if (sa.form->folded.empty() || sb.form->folded.empty() ||
          sa.form->folded.front() != sb.form->folded.front()) {
        continue;
      }
      // Keys more than three letters apart in length are never near (article_distance() allows
      // three edits at most): most pairs end here, before anything is computed.
      const std::size_t ka_size = sa.form->key.size(), kb_size = sb.form->key.size();
      if ((ka_size > kb_size ? ka_size - kb_size : kb_size - ka_size) > 3) continue;
      const int limit = article_distance(ka_size, kb_size);
      if ((key_distance(sa.form->key, sb.form->key, limit) > limit ||
           !same_name(*sa.form, *sb.form)) &&
          !short_names_alike(article, *sa.form, *sb.form) && !one_slip(*sa.form, *sb.form)) {
        continue;
      }
      // 'O’Sullivan' and 'O'Sullivan': one spelling in two apostrophe styles.
      if (normalise_quotes(a) == normalise_quotes(b)) continue;
      // 'Boeings' beside 'Boeing', 'the Kennedys' beside 'Kennedy': a plural.
      const auto plural_of = [](const std::string& x, const std::string& y) {
        return x.size() == y.size() + 1 && x.back() == 's' && x.starts_with(y);
      };
      if (plural_of(a, b) || plural_of(b, a)) continue;
      // "Dmitri Peskov" and "Dmytro Kuleba": near given names of two people, each always
      // followed by a surname and never by the same one (or a near one).
      if (given_names_of_others(article, a, b) || surnames_of_others(article, a, b)) continue;
      const bool ca = sa.canonical, cb = sb.canonical;
      if (ca && cb) continue;  // two entities of the table
      const bool ka = sa.known, kb = sb.known;
      if (ka && kb && !ca && !cb) continue;  // two names the word lists both know
      const int na = article.counts().find(a)->second, nb = article.counts().find(b)->second;
      const std::string* keep = nullptr;
      if (ca != cb) {
        keep = ca ? &a : &b;
      } else if (ka != kb) {
        keep = ka ? &a : &b;
      } else if (na != nb) {
        keep = na > nb ? &a : &b;
      } else if (key_distance(sa.form->folded, sb.form->folded, 1) <= 1 &&
                 (same_neighbour(article, a, b) || in_slot(a) || in_slot(b))) {
        // As often in each spelling, one slip apart, and one name by their places (the same
        // word before or after both, 'Cai Shangjun' and 'Cai Shanjun', or the later one the
        // subject of 'said'): the spelling that introduces the person is right, where the
        // name comes whole ('Jhonatan Narváez' before 'Narvaéz said'). Spellings further
        // apart are as likely two conventions, and two names of a list two people.
        keep = article.first(a)->word->stem.begin < article.first(b)->word->stem.begin ? &a : &b;
      } else {
        continue;  // nothing says which spelling is right
      }
      const std::string& drop = keep == &a ? b : a;
      const Spelling& sd = keep == &a ? sb : sa;
      // The flagged spelling must be unknown, or a variant the table knows; not one it accepts
      // ('Québec' beside 'Quebec', as in the party 'Québec solidaire').
      if (sd.known && !sd.in_table) continue;
      bool both_accepted = false;
      if (sd.in_table) {
        const auto& kept = article.lookup_word(*keep);
        if (!kept.empty() && names.is_accepted_word(drop, *kept.front().entity)) {
          // A person's two spellings the table both accepts ('Zaluzhnyi' and 'Zaluzhny'):
          // either is house style, not both in one article. The article's commoner one is
          // kept, the table's on a tie. A place's accepted spelling stands in names of its own
          // ('Québec solidaire' beside 'Quebec'); with and without diacritics is
          // check_diacritic_mix's.
          if (kept.front().entity->kind != EntityKind::person || kept.front().given ||
              sa.form->folded == sb.form->folded) {
            continue;
          }
          both_accepted = true;
          if (na != nb) keep = na > nb ? &a : &b;
        }
      }
      const std::string& kept_text = *keep;
      const std::string& dropped_text = keep == &a ? b : a;
      // Without the table, both spellings must end alike (Germain and Germany do not), unless
      // the last two letters are swapped ('Junhiu').
      if (!sa.in_table && !sb.in_table && a.back() != b.back() &&
          !(sa.form->folded.size() == sb.form->folded.size() && one_slip(*sa.form, *sb.form))) {
        continue;
      }
      const NameToken* other = article.first(kept_text);
      const int line = article.line_of(other->word->stem.begin);
      const auto& dropped = article.lookup_word(dropped_text);
      for (const std::size_t k : article.occurrences(dropped_text)) {
        // A place's own spelling inside a name in its language ('… din România').
        if (!dropped.empty() && dropped.front().how != MatchHow::fuzzy &&
            inside_other_name(context, article, k, k, *dropped.front().entity,
                              dropped.front().origin)) {
          continue;
        }
        // A word of a name in another language, after its first word, which has letters English
        // lacks ('Petróleos Mexicanos' is no misspelt 'Mexicans').
        if (const NameToken* p = article.previous(k);
            p && p == &article.tokens()[k - 1] && article.name_like(*p) &&
            utf8::has_non_ascii(p->text) && !context.lexicon.is_known(p->text) &&
            article.lookup_word(p->text).empty()) {
          continue;
        }
        const NameToken& t = article.tokens()[k];
        std::string message =
            quote(dropped_text) + " and " + quote(kept_text) + " (line " + std::to_string(line) +
            (both_accepted ? ") are two accepted spellings of one name; write one throughout: "
                           : ") look like one name spelled two ways; write ") +
            quote(kept_text);
        Diagnostic d = finding(t.word->stem, std::move(message), {Fix{t.word->stem, kept_text}});
        d.related.push_back({other->word->stem, "spelled " + quote(kept_text) + " here"});
        sink.report(std::move(d));
      }
    }
  }
}

}  // namespace mtlint
