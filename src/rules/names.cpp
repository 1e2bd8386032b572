#include "rules/names.h"

#include <algorithm>
#include <array>
#include <functional>
#include <optional>
#include <set>
#include <unordered_map>

#include "core/string_hash.h"
#include "core/utf8.h"
#include "lexicon/name_key.h"
#include "lexicon/word_list.h"
#include "rules/name_context.h"
#include "rules/rule_spec.h"
#include "text/quotes.h"

namespace mtlint {

namespace {

// A river or region named in a town's own name after its particle: 'Neuburg an der Donau',
// 'Frankfurt am Main', 'Châlons-en-Champagne' keep their language's word on purpose.
bool river_in_town_name(std::string_view text, std::size_t at) {
  return after_name_particle(text, at,
                             {" an der ", " am ", " an ", " ob der ", " unter der ", " im ", "-en-",
                              "-sur-", " sur ", "-am-", "-an-der-"});
}

// A title right after the noun of its work, which keeps an old name on purpose: 'his novels
// Voroshilovgrad and The Orphanage', 'the film Leningrad'.
bool after_work_noun(std::string_view text, std::size_t at) {
  if (at < 2 || text[at - 1] != ' ') return false;
  std::size_t begin = at - 1;
  while (begin > 0 && std::isalpha(static_cast<unsigned char>(text[begin - 1]))) --begin;
  std::string_view noun = text.substr(begin, at - 1 - begin);
  if (noun.size() > 4 && noun.back() == 's') noun.remove_suffix(1);
  // Not 'play', a verb before a team's town ('they play Dnepr').
  static constexpr std::array<std::string_view, 11> kWorks = {
      "novel", "film",     "book",        "album", "song",  "opera",
      "poem",  "painting", "documentary", "movie", "memoir"};
  return std::find(kWorks.begin(), kWorks.end(), noun) != kWorks.end();
}

// A place named in the title of a document signed there, which keeps the name of its day: 'the
// 1991 Alma-Ata declaration', 'the Belovezha Accords'.
bool before_document_noun(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end < text.size() && (std::isalpha(static_cast<unsigned char>(text[end])) ||
                               text[end] == '-' || static_cast<unsigned char>(text[end]) >= 0x80)) {
    ++end;
  }
  if (end >= text.size() || text[end] != ' ') return false;
  std::size_t stop = end + 1;
  while (stop < text.size() && std::isalpha(static_cast<unsigned char>(text[stop]))) ++stop;
  std::string noun(text.substr(end + 1, stop - end - 1));
  if (noun.empty()) return false;
  noun[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(noun[0])));
  static constexpr std::array<std::string_view, 13> kDocuments = {
      "declaration", "protocol",   "protocols",  "accord",     "accords", "agreement", "agreements",
      "treaty",      "convention", "memorandum", "communiqué", "charter", "pact"};
  return std::find(kDocuments.begin(), kDocuments.end(), noun) != kDocuments.end();
}

// A country's own name at the end of a company's: 'Santander Bank Polska', 'Telewizja Polska',
// 'Deutsche Telekom Romania'. The word right before it is a company noun.
bool after_company_noun(std::string_view text, std::size_t at) {
  if (at < 2 || text[at - 1] != ' ') return false;
  std::size_t begin = at - 1;
  while (begin > 0 && std::isalpha(static_cast<unsigned char>(text[begin - 1]))) --begin;
  const std::string_view noun = text.substr(begin, at - 1 - begin);
  static constexpr std::array<std::string_view, 16> kCompanies = {
      "Bank",   "Banco",     "Banca", "Group", "Grupa",    "Holding",   "Telecom", "Telekom",
      "Poczta", "Telewizja", "Radio", "Post",  "Airlines", "Insurance", "Energia", "Motors"};
  return std::find(kCompanies.begin(), kCompanies.end(), noun) != kCompanies.end();
}

// Two or more letters, all capitals ("ONU", "UN").
bool all_caps_word(std::string_view word) {
  return word.size() >= 2 && std::all_of(word.begin(), word.end(), [](char c) {
           return std::isupper(static_cast<unsigned char>(c)) != 0;
         });
}

// "the French romanisation", "the Russian-style exonym", "a variant".
std::string describe(const NameMatch& m) {
  // "Nawrockiego": a declined form, not a spelling.
  if (m.origin.ends_with(" case form") || m.origin.ends_with(" feminine form")) {
    return "a " + m.origin;
  }
  if (m.how == MatchHow::generated && m.origin.ends_with(" spelling")) return "the " + m.origin;
  if (m.how == MatchHow::generated) return "the " + m.origin + " romanisation";
  if (m.origin.empty()) return "a variant";
  // "Melons" for Meloni: the name translated as a word, no spelling of it.
  if (m.origin == "mistranslation") return "a mistranslation";
  if (m.origin.find(' ') == std::string::npos) return "the " + m.origin + " spelling";
  return "the " + m.origin;
}

bool historical(const std::string& origin) {
  return origin.find("historical") != std::string::npos ||
         origin.find("former") != std::string::npos || origin.find("dated") != std::string::npos;
}

// The text names a former name as one: 'renamed Nur-Sultan in his honour', 'formerly
// Dnepropetrovsk', 'Artemovsk was renamed Bakhmut', 'Nur-Sultan (now Astana)'.
bool named_as_former(std::string_view text, Span span) {
  const std::string_view before =
      text.substr(span.begin > 40 ? span.begin - 40 : 0, std::min<std::size_t>(span.begin, 40));
  for (const std::string_view words :
       {"renamed ", "renamed from ", "formerly ", "formerly known as ", "formerly called ",
        "previously ", "previously known as ", "previously called ", "once known as ",
        "once called ", "then known as ", "then called ", "old name ", "former name "}) {
    if (before.ends_with(words)) return true;
  }
  const std::string_view after = text.substr(span.end, 24);
  for (const std::string_view words :
       {" was renamed ", " was later renamed ", " reverted to ", " (now ", ", now "}) {
    if (after.starts_with(words)) return true;
  }
  return false;
}

// Inside a quotation on its line: more opening than closing quotation marks before `offset`.
bool inside_quotes(const Document& doc, std::size_t offset) {
  const auto& lines = doc.lines();
  const std::size_t start = lines.line_start(lines.line_of(offset));
  const std::string_view before = doc.slice(start, offset);
  int open = 0, straight = 0;
  for (std::size_t at = 0; (at = before.find("\u201C", at)) != std::string_view::npos; at += 3) {
    ++open;
  }
  for (std::size_t at = 0; (at = before.find("\u201D", at)) != std::string_view::npos; at += 3) {
    --open;
  }
  straight = static_cast<int>(std::count(before.begin(), before.end(), '"'));
  return open > 0 || straight % 2 == 1;
}

// A surname translated as a common word ("Squid" for Lula, "Melons" for Meloni), or a person's
// curated back-spelling that is an English word too ("Tramp" for Trump): an English word, so
// only trusted when it is capitalised mid-sentence or, at a sentence start, the subject of a
// reporting verb ("Squid said ...", "Tramp, for his part, ..."), not after an article ("the
// Dragons" is a team), and the article names the same person elsewhere.
bool literal_in_context(const ArticleNames& article, std::size_t i, const NameMatch& m) {
  if (m.how != MatchHow::curated) return false;
  if (m.origin.find("literal") == std::string::npos &&
      m.origin.find("mistranslation") == std::string::npos &&
      (m.entity->kind != EntityKind::person || m.given)) {
    return false;
  }
  const NameToken& t = article.tokens()[i];
  if (t.word->all_caps) return false;
  const auto for_part = [&] {
    const std::string_view after = article.text().substr(t.word->stem.end);
    return after.starts_with(", for his part") || after.starts_with(", for her part") ||
           after.starts_with(", for their part") || after.starts_with(", for its part");
  };
  if (t.word->sentence_start && !for_part()) {
    // Or, in the headline, the subject of a verb in the present ('Squid arrives in Miami').
    const NameToken* n = article.next(i);
    const auto headline_verb = [&] {
      static constexpr std::array<std::string_view, 44> kVerbs = {
          "arrives", "lands",   "meets",    "visits",   "defends",   "wins",       "loses",
          "urges",   "warns",   "rejects",  "vows",     "slams",     "backs",      "signs",
          "returns", "leaves",  "faces",    "seeks",    "announces", "proposes",   "promises",
          "praises", "asks",    "admits",   "denies",   "confirms",  "threatens",  "pledges",
          "hails",   "accuses", "receives", "travels",  "demands",   "insists",    "responds",
          "defeats", "beats",   "joins",    "appoints", "resigns",   "criticises", "criticizes",
          "blasts",  "welcomes"};
      return article.line_of(t.word->stem.begin) == 1 &&
             std::find(kVerbs.begin(), kVerbs.end(), n->text) != kVerbs.end();
    };
    if (!n || (!article.is_reporting_verb(n->text) && !headline_verb())) return false;
  }
  if (const NameToken* p = article.previous(i)) {
    const std::string before = to_lower(p->text);
    if (before == "the" || before == "a" || before == "an" || before == "of") return false;
    // Right after a title that a role of the entity holds ('President Squid': Lula is the
    // President of Brazil), once is enough.
    if (p == &article.tokens()[i - 1] && article.is_title_any_case(p->text)) {
      for (const std::string& role : m.entity->roles) {
        const std::vector<std::string> words = name_words(to_lower(role));
        if (std::find(words.begin(), words.end(), before) != words.end()) return true;
      }
    }
  }
  return article.mentions(*m.entity) >= 2;
}

// A variant of two words whose second word is hyphenated ('Yun Seok-yeol'), starting at token
// `i`: the match, with `last` set to the compound's last token; none when the tokens after `i`
// are no such compound or the words name no variant.
std::optional<NameMatch> hyphenated_second_word(const CheckContext& context,
                                                const ArticleNames& article, std::size_t i,
                                                std::size_t& last) {
  const auto& tokens = article.tokens();
  const NameTable& names = context.lexicon.names();
  if (i + 2 >= tokens.size() || article.next(i) != &tokens[i + 1] ||
      context.document.slice(tokens[i].word->span.end, tokens[i + 1].word->span.begin) != " " ||
      !names.may_start_form(std::string(tokens[i].text))) {
    return std::nullopt;
  }
  std::size_t end = i + 1;
  while (end + 1 < tokens.size() &&
         context.document.slice(tokens[end].word->span.end, tokens[end + 1].word->span.begin) ==
             "-") {
    ++end;
  }
  if (end == i + 1) return std::nullopt;
  const std::string form(
      context.document.slice(tokens[i].word->stem.begin, tokens[end].word->stem.end));
  auto m = names.lookup_form(form);
  if (!m || m->how == MatchHow::canonical || m->origin == "accepted") return std::nullopt;
  // The whole name is the fix, so the form must be the whole name as written: not its last
  // words after the given name ('Mohammed Chia al-Soudani'), and not a form whose hyphenated
  // word is right, where the other word alone is wrong ('Bachar al-Assad').
  const std::vector<std::string> canonical = name_words(m->entity->canonical);
  const std::string compound(
      context.document.slice(tokens[i + 1].word->stem.begin, tokens[end].word->stem.end));
  if (std::find(canonical.begin(), canonical.end(), compound) != canonical.end()) {
    return std::nullopt;
  }
  if (i > 0 && article.previous(i) == &tokens[i - 1] &&
      context.document.slice(tokens[i - 1].word->span.end, tokens[i].word->span.begin) == " " &&
      (tokens[i - 1].text == canonical.front() ||
       names.variant_of(tokens[i - 1].text, *m->entity))) {
    return std::nullopt;
  }
  last = end;
  return m;
}

// A finding on one word of a name (or on one whole form of it), held back until its neighbours
// are known: an editor wants "Dzho Baiden" -> "Joe Biden" as one finding with one fix, not two.
struct WordFinding {
  std::size_t first = 0, last = 0;  // its tokens
  const NameEntity* entity = nullptr;
  std::string canonical;    // what it stands for: one canonical word, or the whole name
  std::string description;  // "the French romanisation"
  Diagnostic diagnostic;    // the finding on its own
};

// What a merged finding says, given the flagged text, its span and the canonical text for it.
using MergedFinding =
    std::function<Diagnostic(const std::vector<const WordFinding*>& parts, std::string_view written,
                             Span span, const std::string& canonical)>;

// The words of one name in the text are separated by exactly one space or one hyphen; a line
// break, punctuation or a doubled space ends the name.
bool joined(const Document& doc, const NameToken& a, const NameToken& b) {
  const std::string_view gap = doc.slice(a.word->stem.end, b.word->stem.begin);
  return gap == " " || gap == "-";
}

// Reports the findings (in text order), each on its own unless two or more wrong words of one
// entity are adjacent: those become one finding over them (and the canonical words between
// them), whose fix is the canonical text for that span. A single wrong word keeps its own
// finding, so that the fix stays minimal ("Serguéi Shoigu" -> "Sergei" only). Words merge only
// in the order of the canonical name, so the canonical text of the span is well defined.
void report_joined(const Document& doc, const ArticleNames& article,
                   std::vector<WordFinding>& findings, const MergedFinding& merged, Sink& sink) {
  const auto& tokens = article.tokens();
  for (std::size_t i = 0; i < findings.size();) {
    const WordFinding& head = findings[i];
    const std::vector<std::string> words = name_words(head.entity->canonical);
    // Index range of the head among the canonical words: one word, or the whole name.
    std::size_t from = 0, to = 0;
    if (head.canonical == head.entity->canonical) {
      to = words.size() - 1;
    } else {
      from = std::find(words.begin(), words.end(), head.canonical) - words.begin();
      to = from;
    }
    std::vector<const WordFinding*> parts{&head};
    std::size_t j = i + 1;
    for (; from < words.size() && j < findings.size(); ++j) {
      const WordFinding& next = findings[j];
      if (next.entity != head.entity || next.first <= parts.back()->last) break;
      // The tokens between must be the canonical words that come next in the name.
      std::size_t expected = to + 1;
      bool fits = true;
      for (std::size_t k = parts.back()->last; fits && k < next.first; ++k) {
        fits = joined(doc, tokens[k], tokens[k + 1]);
        if (fits && k + 1 < next.first) {
          fits = expected < words.size() && tokens[k + 1].text == words[expected];
          ++expected;
        }
      }
      if (!fits || expected >= words.size() || next.canonical != words[expected]) break;
      to = expected;
      parts.push_back(&next);
    }
    if (parts.size() < 2) {
      sink.report(std::move(findings[i].diagnostic));
      ++i;
      continue;
    }
    std::string canonical = words[from];
    for (std::size_t k = from + 1; k <= to; ++k) canonical += " " + words[k];
    const Span span{head.diagnostic.span.begin, parts.back()->diagnostic.span.end};
    sink.report(merged(parts, doc.slice(span.begin, span.end), span, canonical));
    i = j;
  }
}

}  // namespace

namespace {

// The person's surname as the fix for one word standing for its last word: with the lower-case
// particles the canonical name puts before it ('von der Leyen', 'da Silva'), unless the text
// already has them right before the word ('von der Lyayen').
std::string with_particles(std::string_view text, std::size_t at, const NameEntity& entity,
                           const std::string& word) {
  const std::vector<std::string> words = name_words(entity.canonical);
  if (words.size() < 3 || words.back() != word) return word;
  std::size_t first = words.size() - 1;
  while (first > 1 && is_name_particle(words[first - 1])) --first;
  if (first == words.size() - 1) return word;
  std::string particles;
  for (std::size_t k = first; k + 1 < words.size(); ++k) particles += words[k] + ' ';
  const std::string before =
      to_lower(text.substr(at - std::min(at, particles.size()), std::min(at, particles.size())));
  if (before == particles) return word;
  return particles + word;
}

}  // namespace

NamesRule::NamesRule(RuleInfo info, Check check, std::vector<std::string> except_phrases,
                     bool allow_quoted_historical)
    : Rule(std::move(info)),
      check_(check),
      except_phrases_(std::move(except_phrases)),
      allow_quoted_historical_(allow_quoted_historical) {}

Result<std::unique_ptr<Rule>> NamesRule::create(const RuleSpec& spec) {
  Params& p = *spec.params;
  const std::string name = p.string("check");
  Check check = Check::variant;
  if (name == "fuzzy") {
    check = Check::fuzzy;
  } else if (name == "lowercase") {
    check = Check::lowercase;
  } else if (name == "consistency") {
    check = Check::consistency;
  } else if (name == "garbled") {
    check = Check::garbled;
  } else if (name == "arabic") {
    check = Check::arabic;
  } else if (name != "variant") {
    p.fail("'check' must be variant, fuzzy, lowercase, consistency, garbled or arabic");
  }
  auto except = p.strings("except_phrases");
  const bool quoted = p.boolean("allow_quoted_historical", true);
  std::unique_ptr<NamesRule> rule(new NamesRule(spec.info, check, std::move(except), quoted));
  const std::vector<std::string> surname_first = p.strings("surname_first");
  for (const std::string& word : p.strings("common_subjects")) {
    rule->common_subjects_.insert(to_lower(word));
  }
  // "dark; brown": every English word of a list, trimmed.
  const auto each_word = [](const std::string& list, const auto& use) {
    for (std::size_t at = 0; at <= list.size();) {
      std::size_t end = list.find(';', at);
      if (end == std::string::npos) end = list.size();
      std::string word = list.substr(at, end - at);
      while (!word.empty() && word.front() == ' ') word.erase(0, 1);
      while (!word.empty() && word.back() == ' ') word.pop_back();
      if (!word.empty()) use(to_lower(word));
      at = end + 1;
    }
  };
  p.string_tables(
      "surname_words", "surnames", "surname",
      [&](std::string_view language, std::string_view surname, const std::string& meaning) {
        // Every English word the surname is translated as.
        const bool first =
            std::find(surname_first.begin(), surname_first.end(), language) != surname_first.end();
        each_word(meaning, [&](const std::string& word) {
          rule->surname_words_[word].push_back(
              {std::string(surname), std::string(language), first});
        });
        return std::string();
      });
  p.string_tables(
      "given_names", "given names", "given name",
      [&](std::string_view language, std::string_view given, const std::string& english) {
        // "Peter; Pete": every English form of the given name.
        each_word(english, [&](const std::string& word) {
          rule->given_names_[word].push_back({std::string(given), std::string(language)});
        });
        return std::string();
      });
  if (const auto& error = p.first_error()) return *error;
  return std::unique_ptr<Rule>(std::move(rule));
}

void NamesRule::check(const CheckContext& context, Sink& sink) const {
  if (context.lexicon.names().size() == 0) return;
  // The names checks share one view of the article.
  static const int kArticleTag = 0;
  auto make = [&] {
    return std::make_shared<ArticleNames>(context.document, context.analysis, context.lexicon);
  };
  std::shared_ptr<ArticleNames> own;
  if (!context.memo) own = make();
  const ArticleNames& article =
      context.memo ? context.memo->get<ArticleNames>(&kArticleTag, make) : *own;
  switch (check_) {
    case Check::variant:
      check_reordered(context, article, sink);
      return check_variants(context, article, sink);
    case Check::fuzzy:
      return check_fuzzy(context, article, sink);
    case Check::lowercase:
      return check_lowercase(context, article, sink);
    case Check::consistency:
      return check_consistency(context, article, sink);
    case Check::garbled:
      return check_garbled(context, article, sink);
    case Check::arabic:
      return check_arabic(context, article, sink);
  }
}

namespace {

// Words after a place's old or own name that make it an institution's ("Bombay High Court").
constexpr std::array<std::string_view, 14> kInstitutionWords = {
    "High",    "Court",  "University", "Stock", "Exchange",     "Union",    "Medical",
    "College", "School", "Institute",  "Club",  "Philharmonic", "Symphony", "Conservatory"};

}  // namespace

bool NamesRule::inside_other_name(const CheckContext& context, const ArticleNames& article,
                                  std::size_t first, std::size_t last, const NameEntity& entity,
                                  std::string_view origin) const {
  // A place's own or old name inside another name: a club ("Legia Warszawa"), a cup or a bank
  // ("Copa do Brasil", "Banco do Brasil"), a court or a university ("IIT Bombay", "Bombay High
  // Court"). People's names are not kept so; nor is a third language's name of the place after
  // a capitalised word ("Bayern Múnich" is Spanish for Bayern Munich or München).
  if (entity.kind == EntityKind::person) return false;
  const auto& tokens = article.tokens();
  const std::string_view text = context.document.text();
  const auto spaced = [&](std::size_t a, std::size_t b) {  // tokens a and b one space apart
    return tokens[b].word->span.begin == tokens[a].word->span.end + 1 &&
           text[tokens[a].word->span.end] == ' ';
  };
  if (first > 0 && spaced(first - 1, first)) {
    std::size_t k = first - 1;
    // After a lower-case word of another language with letters English lacks: the end of a
    // name in that language ('Burza cenných papírů Praha', the Prague Stock Exchange).
    const std::string_view before = tokens[k].text;
    if (!tokens[k].word->capitalised && utf8::has_non_ascii(before) &&
        !context.lexicon.is_known(before)) {
      return true;
    }
    const bool particle = !tokens[k].word->capitalised && k > 0 && spaced(k - 1, k) &&
                          is_name_particle(tokens[k].text);
    if (particle) --k;  // "Copa do Brasil": the name's word before the particle
    const bool own_or_old = [&] {
      for (const std::string_view label :
           {"endonym", "former", "historical", "Soviet", "dated", "accepted", "dotted-capital"}) {
        if (origin.find(label) != std::string_view::npos) return true;
      }
      return false;
    }();
    const NameToken& p = tokens[k];
    // Capitalised as a name, not only as a sentence's first word ("In Warszawa" is no club).
    const bool name = !p.word->sentence_start || !context.lexicon.is_known(to_lower(p.text));
    // Across a particle, an English word the table has in longer names counts too ('Central do
    // Brasil', a film: 'Central' is a word of 'Central African Republic').
    if ((particle || own_or_old) && article.name_like(p) && name &&
        !article.is_title_any_case(p.text) &&
        (article.lookup_word(p.text).empty() ||
         (particle && context.lexicon.is_known(to_lower(p.text))))) {
      return true;
    }
  }
  if (last + 1 < tokens.size() && spaced(last, last + 1)) {
    const std::string_view next = tokens[last + 1].text;
    // A lower-case word of the place's language with letters English lacks after it: a name in
    // that language ('Česká národní banka', the Czech central bank).
    if (!tokens[last + 1].word->capitalised && utf8::has_non_ascii(next) &&
        !context.lexicon.is_known(next)) {
      return true;
    }
    if (std::find(kInstitutionWords.begin(), kInstitutionWords.end(), next) !=
        kInstitutionWords.end()) {
      return true;
    }
    // A place's variant that is also a given name, before a surname no list knows ('His widow,
    // Grecia Quiroz'): a person, after a comma or at a sentence's start.
    if (entity.kind == EntityKind::place && first == last && tokens[last + 1].word->capitalised &&
        article.lookup_word(next).empty() && !context.lexicon.is_known(to_lower(next)) &&
        !context.lexicon.is_known(next) &&
        (tokens[first].word->sentence_start || std::string_view(context.document.text())
                                                   .substr(0, tokens[first].word->span.begin)
                                                   .ends_with(", "))) {
      return true;
    }
    // A Turkish name that starts with a dotted capital ('İstanbul Başakşehir', a club), or a
    // name in the place's own language ('Milano Cortina', the Games).
    if ((origin.find("dotted-capital") != std::string_view::npos ||
         origin.find("endonym") != std::string_view::npos) &&
        tokens[last + 1].word->capitalised && article.lookup_word(next).empty()) {
      return true;
    }
  }
  return false;
}

bool NamesRule::excepted(const CheckContext& context, Span span) const {
  const std::string& text = context.document.text();
  for (const std::string& phrase : except_phrases_) {
    const std::size_t from = span.end > phrase.size() ? span.end - phrase.size() : 0;
    if (from > span.begin) continue;  // shorter than the span
    // Only where the phrase could cover the span: a search to the end of a long text for each
    // word would make the check quadratic.
    const std::string_view window =
        std::string_view(text).substr(from, span.begin - from + phrase.size());
    const std::size_t at = window.find(phrase);
    if (at != std::string_view::npos && from + at + phrase.size() >= span.end) return true;
  }
  return false;
}

namespace {

// A known variant of three or four words starting at token `i` ("Cidade do Cabo", "Rostov del
// Don"), the longest first, with the index of its last token.
std::optional<NameMatch> longer_form(const ArticleNames& article, const NameTable& names,
                                     std::size_t i, std::size_t& last) {
  const auto& tokens = article.tokens();
  if (!names.starts_long_form(tokens[i].text)) return std::nullopt;
  std::size_t end = i;
  while (end - i < 3 && article.next(end)) ++end;
  for (; end >= i + 2; --end) {
    std::string phrase(tokens[i].text);
    for (std::size_t k = i + 1; k <= end; ++k) {
      phrase += ' ';
      phrase += tokens[k].text;
    }
    if (auto m = names.lookup_form(phrase); m && m->how != MatchHow::canonical) {
      last = end;
      return m;
    }
  }
  return std::nullopt;
}

// Token `first` (to `last`, a hyphenated compound) has another word of the entity's name for a
// neighbour, whatever stands between ('Nischni-Nowgorod', 'Nischni, Nowgorod'): a word of its
// canonical form, or a word the table takes for one of them.
bool beside_own_word(const ArticleNames& article, std::size_t first, std::size_t last,
                     const NameEntity& entity) {
  const auto& tokens = article.tokens();
  const auto own = [&](std::size_t k) {
    const auto& matches = article.lookup_word(tokens[k].text);
    return std::any_of(matches.begin(), matches.end(),
                       [&](const NameMatch& m) { return m.entity == &entity; });
  };
  for (std::size_t k = first + 1; k <= last; ++k) {
    if (own(k)) return true;  // the compound's other parts
  }
  return (first > 0 && own(first - 1)) || (last + 1 < tokens.size() && own(last + 1));
}

// The language a variant's origin says it comes through: BGN/PCGN romanises the Russian forms,
// so it is Russian like a 'Russian-style' spelling; otherwise the origin's first word.
std::string_view source_language(std::string_view origin) {
  if (origin == "BGN/PCGN" || origin == "Russian-style") return "Russian";
  return origin.substr(0, origin.find(' '));
}

// Whether another place of the article is written as `origin`'s language writes it, in a
// variant no dictionary knows ('Volchansk' beside 'Seversk'): the article comes through that
// language.
bool other_place_shows_source(const CheckContext& context, const ArticleNames& article,
                              std::string_view written, std::string_view origin) {
  const std::string_view language = source_language(origin);
  for (const NameToken& other : article.tokens()) {
    if (other.text == written || !article.name_like(other) ||
        context.lexicon.is_known(other.text)) {
      continue;
    }
    for (const NameMatch& m : article.lookup_word(other.text)) {
      if (m.given || m.how == MatchHow::canonical || m.how == MatchHow::fuzzy ||
          m.origin == "accepted" || m.entity->kind == EntityKind::person) {
        continue;
      }
      if (source_language(m.origin) == language) return true;
    }
  }
  return false;
}

}  // namespace

void NamesRule::check_reordered(const CheckContext& context, const ArticleNames& article,
                                Sink& sink) const {
  const NameTable& names = context.lexicon.names();
  const auto& tokens = article.tokens();
  const std::string_view text = context.document.text();
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    const NameToken& a = tokens[i];
    const NameToken& b = tokens[i + 1];
    if (!a.word->capitalised || !b.word->capitalised || a.word->all_caps || b.word->all_caps ||
        article.next(i) != &b || b.word->span.begin != a.word->span.end + 1 ||
        text[a.word->span.end] != ' ' || !names.may_start_form(std::string(b.text))) {
      continue;
    }
    const std::string swapped = std::string(b.text) + " " + std::string(a.text);
    const auto m = names.lookup_form(swapped);
    if (!m || m->how != MatchHow::canonical || m->entity->kind != EntityKind::person ||
        m->entity->canonical != swapped) {
      continue;
    }
    const std::string written = std::string(a.text) + " " + std::string(b.text);
    if (names.lookup_form(written)) continue;  // a form of its own
    const Span span{a.word->stem.begin, b.word->stem.end};
    sink.report(finding(span,
                        quote(written) +
                            " puts the surname first, as the source language does; write " +
                            quote(m->entity->canonical),
                        {Fix{span, m->entity->canonical}}));
    ++i;
  }
}

void NamesRule::check_variants(const CheckContext& context, const ArticleNames& article,
                               Sink& sink) const {
  const NameTable& names = context.lexicon.names();
  const auto& tokens = article.tokens();
  std::optional<NameMatch> carried;  // the second word of a two-word variant
  std::size_t carried_at = 0;        // the token it belongs to
  std::vector<WordFinding> found;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::size_t first = i;
    const NameToken& t = tokens[i];
    if (carried && carried_at != i) carried.reset();  // only ever for the very next token
    if (!t.word->latin || t.word->has_digit) continue;
    if (after_work_noun(context.document.text(), t.word->stem.begin) ||
        river_in_town_name(context.document.text(), t.word->stem.begin) ||
        before_document_noun(context.document.text(), t.word->stem.begin)) {
      continue;
    }
    // A place's own name ending a company's name, not a person's after 'Bank' ('the European
    // Central Bank Kristin Lahard').
    if (after_company_noun(context.document.text(), t.word->stem.begin) &&
        !article.lookup_word(t.text).empty() &&
        std::all_of(article.lookup_word(t.text).begin(), article.lookup_word(t.text).end(),
                    [](const NameMatch& m) { return m.entity->kind == EntityKind::place; })) {
      continue;
    }
    const NameToken* next = article.next(i);
    std::optional<NameMatch> match;
    Span span = t.word->stem;
    std::string written(t.text);
    bool from_form = false;       // part of a known multi-word variant: English words count too
    bool beside_surname = false;  // a given name next to its entity's surname
    // "Saint-Pétersbourg", "Rostov-sur-le-Don": a hyphenated variant the tokens split
    // ("al-Sissi" starts in lower case).
    std::size_t last = i;
    while (!carried && last + 1 < tokens.size() &&
           context.document.slice(tokens[last].word->span.end, tokens[last + 1].word->span.begin) ==
               "-") {
      ++last;
    }
    if (last > i) {
      const Span whole{t.word->stem.begin, tokens[last].word->stem.end};
      const std::string compound(context.document.slice(whole.begin, whole.end));
      // 'Kasym-Zhomart Tokaev': a known form of two words whose first is the compound is
      // replaced as a whole (the compound alone may be a given name, never reported alone).
      if (const NameToken* after = article.next(last); after && names.may_start_form(compound)) {
        auto m = names.lookup_form(compound + " " + std::string(after->text));
        if (m && m->how != MatchHow::canonical && m->origin != "accepted") {
          match = std::move(m);
          match->canonical_word = match->entity->canonical;
          span = Span{whole.begin, after->word->stem.end};
          written = compound + " " + std::string(after->text);
          from_form = true;
          i = last + 1;
        }
      }
      for (const NameMatch& m : article.lookup_word(compound)) {
        if (match) break;
        if (m.how == MatchHow::canonical || m.given) break;
        match = m;
        span = whole;
        written = compound;
        from_form = true;
        i = last;
        break;
      }
    }
    if (!match && !carried && !t.word->capitalised) continue;
    std::size_t form_last = i;
    if (match) {
      next = nullptr;  // the compound is the whole name
    } else if (carried) {
      match = std::move(carried);
      carried.reset();
      from_form = true;
    } else if (next && ((match = longer_form(article, names, i, form_last)) ||
                        (match = hyphenated_second_word(context, article, i, form_last)))) {
      // "Cidade do Cabo": a variant of three or four words is replaced as a whole; so is
      // "Yun Seok-yeol", a variant of two words whose second the tokens part at its hyphen.
      match->canonical_word = match->entity->canonical;
      span = Span{t.word->stem.begin, tokens[form_last].word->stem.end};
      written = std::string(context.document.slice(span.begin, span.end));
      from_form = true;
      i = form_last;
      next = nullptr;
    } else if (next && names.may_start_form(written)) {
      auto m = names.lookup_form(written + " " + std::string(next->text));
      if (m && m->how != MatchHow::canonical) {
        const auto canonical = name_words(m->entity->canonical);
        const bool two = canonical.size() == 2;
        const bool diff0 = !two || canonical[0] != t.text,
                   diff1 = !two || canonical[1] != next->text;
        const bool english0 = diff0 && context.lexicon.is_known(to_lower(t.text));
        const bool english1 = diff1 && context.lexicon.is_known(to_lower(next->text));
        // "Huang Renxun" for Jensen Huang: a word in the other word's place is a reordered
        // name, replaced as a whole.
        const bool reordered = two && (t.text == canonical[1] || next->text == canonical[0]);
        // Other names than people's with both words wrong ("Leone d'Oro" for Golden Lion) are
        // replaced whole too, when one space parts their words.
        const bool whole_other =
            m->entity->kind != EntityKind::person && diff0 && diff1 &&
            context.document.slice(t.word->span.end, next->word->span.begin) == " ";
        if (!two || whole_other || reordered || ((!diff0 || english0) && (!diff1 || english1))) {
          // "Li Strong": the form is the error, not one word of it.
          match = m;
          match->canonical_word = m->entity->canonical;
          span = Span{t.word->stem.begin, next->word->stem.end};
          written += " " + std::string(next->text);
          from_form = true;
          ++i;
        } else if ((diff0 && diff1) || english0 || english1) {
          // "German Galushchenko": each odd word with its canonical word (adjacent wrong words
          // are joined into one finding when reported).
          if (diff0) {
            match = m;
            match->canonical_word = canonical[0];
            from_form = true;
          }
          if (diff1) {
            carried = m;
            carried->canonical_word = canonical[1];
            carried_at = i + 1;
          }
        }
        // Otherwise one non-English word differs ("Dmitro Kuleba"): the word checks below.
      }
    }
    if (!match && next) {
      // A given name is only trusted next to its entity's surname ("Dmitro Kuleba"), which may
      // be hyphenated ("Bachar al-Assad").
      std::string surname(next->text);
      for (std::size_t k = i + 1;
           k + 1 < tokens.size() &&
           context.document.slice(tokens[k].word->span.end, tokens[k + 1].word->span.begin) == "-";
           ++k) {
        surname += '-';
        surname += tokens[k + 1].text;
      }
      for (const NameMatch& n : article.lookup_word(surname)) {
        if (n.given) continue;
        if (auto m = names.variant_of(t.text, *n.entity); m && m->given) {
          match = m;
          beside_surname = true;
          break;
        }
      }
    }
    if (!match) {
      const auto& matches = article.lookup_word(t.text);
      if (matches.empty() || matches.front().how == MatchHow::canonical) continue;
      for (const NameMatch& m : matches) {
        if (!m.given) {
          match = m;
          break;
        }
      }
    }
    if (!match || match->origin == "accepted") continue;
    // An accepted spelling stays, even inside a longer variant ("Syrsky" of "Aleksandr Syrsky").
    if (names.is_accepted_word(written, *match->entity)) continue;
    if (!from_form && context.lexicon.is_known(to_lower(written)) &&
        !literal_in_context(article, i, *match)) {
      continue;  // an English word ("Strong", "Canton") is only a variant inside a known form
    }
    // A generated spelling with nothing to back it: no longer form, no surname beside it.
    const bool lone_generated = match->how == MatchHow::generated && !from_form && !beside_surname;
    // A generated spelling as one part of a hyphenated name is a word of that name ('Mer' of
    // 'Fos-sur-Mer' is no Russian 'Maire').
    if (lone_generated && last == i &&
        ((t.word->stem.begin > 0 && context.document.text()[t.word->stem.begin - 1] == '-') ||
         context.document.text().substr(t.word->stem.end, 1) == "-")) {
      continue;
    }
    // Itself a known name ('Jan', 'Jamal'); a place only where another place of the article
    // shows the same source language ('Seversk', a Russian town too, beside 'Volchansk').
    if (lone_generated &&
        (context.lexicon.words().contains(written) || context.lexicon.is_known(written)) &&
        (match->entity->kind == EntityKind::person ||
         !other_place_shows_source(context, article, written, match->origin))) {
      continue;
    }
    // After another person's given name it is that person's surname ('Daria Abramowicz' is no
    // Polish Abramovich), unless the article writes the entity's own word; so is the same
    // spelling alone elsewhere in the article ('Asmik Grigorian…', then 'Grigorian will return').
    // Not after one of the entity's roles, before the surname or before the given name: then
    // the given name is the entity's, spelt back too ('the director general of the European
    // Space Agency Yuesefu Ashibahe').
    if (lone_generated && match->entity->kind == EntityKind::person &&
        !article.counts().contains(match->canonical_word)) {
      const auto someone_elses = [&](std::size_t k) {
        return k > 0 && article.previous(k) == &tokens[k - 1] &&
               !context.lexicon.is_known(to_lower(tokens[k - 1].text)) &&
               !article.role_before(k, *match->entity, false) &&
               !article.role_before(k, *match->entity, true) &&
               other_persons_name(article, k, *match->entity);
      };
      // Or another person's given name, before a surname the table does not know ('the oil
      // minister Shukri Ghanem' is no Shoukry), unless a role of the entity stands before it.
      const auto given_name_of_another = [&](std::size_t k) {
        const NameToken* n = article.next(k);
        return n && n == &tokens[k + 1] && !n->word->all_caps && unknown_name_word(article, *n) &&
               !article.role_before(k, *match->entity, false) &&
               !article.role_before(k, *match->entity, true);
      };
      const auto& same = article.occurrences(t.text);
      if (someone_elses(i) || given_name_of_another(i) ||
          std::any_of(same.begin(), same.end(), someone_elses)) {
        continue;
      }
    }
    // One word of a place's or a title's longer name names it only beside another word of it
    // ('Khan Younès'): alone it is some other name ('the town of Palma' is no Palme d'Or,
    // 'Nueva Ecija' no New Delhi).
    const auto lone_part = [&](const NameMatch& m) {
      return !from_form && m.entity->kind != EntityKind::person &&
             m.canonical_word != m.entity->canonical &&
             !beside_own_word(article, i, last, *m.entity);
    };
    if (lone_part(*match)) {
      // Another entity's name may hold the word ('Nueva' of Nueva Delhi and Nueva York).
      const auto& others = article.lookup_word(written);
      const auto other = std::find_if(others.begin(), others.end(), [&](const NameMatch& m) {
        return !m.given && m.how != MatchHow::canonical && !lone_part(m);
      });
      if (other == others.end()) continue;
      match = *other;
    }
    if (excepted(context, span)) continue;
    if (!from_form && inside_other_name(context, article, i, last, *match->entity, match->origin)) {
      continue;
    }
    if (allow_quoted_historical_ && historical(match->origin) &&
        inside_quotes(context.document, span.begin)) {
      continue;
    }
    if (historical(match->origin) && named_as_former(context.document.text(), span)) continue;
    // An acronym for an acronym: 'ONU' is the 'UN', when the table accepts that form.
    std::string target = match->canonical_word;
    if (match->entity->kind == EntityKind::person && target != match->entity->canonical) {
      target = with_particles(context.document.text(), span.begin, *match->entity, target);
    }
    if (all_caps_word(written)) {
      for (const NameVariant& v : match->entity->variants) {
        if (v.origin == "accepted" && all_caps_word(v.text)) {
          target = v.text;
          break;
        }
      }
    }
    std::string message = quote(written) + " is " + describe(*match) + " of " + quote(target);
    if (target != match->entity->canonical) message += " (" + match->entity->canonical + ")";
    message += "; write " + quote(target);
    std::vector<Related> related;
    if (const NameToken* other = article.first(target)) {
      message += ", as on line " + std::to_string(article.line_of(other->word->stem.begin));
      related.push_back({other->word->stem, "written " + quote(target) + " here"});
    }
    Diagnostic d = finding(span, std::move(message), {Fix{span, target}});
    d.related = std::move(related);
    found.push_back({first, i, match->entity, target, describe(*match), std::move(d)});
  }
  report_joined(
      context.document, article, found,
      [&](const std::vector<const WordFinding*>& parts, std::string_view written, Span span,
          const std::string& canonical) {
        // "the German spelling", or "the German spelling and the BGN/PCGN romanisation"
        std::vector<std::string> kinds;
        for (const WordFinding* p : parts) {
          if (std::find(kinds.begin(), kinds.end(), p->description) == kinds.end()) {
            kinds.push_back(p->description);
          }
        }
        std::string how = kinds.front();
        for (std::size_t k = 1; k < kinds.size(); ++k) how += " and " + kinds[k];
        const std::string& entity = parts.front()->entity->canonical;
        std::string message = quote(written) + " is " + how + " of " + quote(canonical);
        if (canonical != entity) message += " (" + entity + ")";
        message += "; write " + quote(canonical);
        return finding(span, std::move(message), {Fix{span, canonical}});
      },
      sink);
}

}  // namespace mtlint
