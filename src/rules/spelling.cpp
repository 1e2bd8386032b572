#include "rules/spelling.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <initializer_list>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/string_hash.h"
#include "core/utf8.h"
#include "lexicon/name_key.h"
#include "lexicon/near_words.h"
#include "rules/name_context.h"
#include "rules/rule_spec.h"

namespace mtlint {

int edit_distance(std::string_view a, std::string_view b) {
  std::vector<char32_t> x, y;
  for (std::size_t i = 0; i < a.size();) x.push_back(utf8::decode(a, i));
  for (std::size_t i = 0; i < b.size();) y.push_back(utf8::decode(b, i));
  const std::size_t n = x.size(), m = y.size();
  std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1));
  for (std::size_t i = 0; i <= n; ++i) d[i][0] = static_cast<int>(i);
  for (std::size_t j = 0; j <= m; ++j) d[0][j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= n; ++i) {
    for (std::size_t j = 1; j <= m; ++j) {
      const int cost = x[i - 1] == y[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[n][m];
}

SpellingRule::SpellingRule(RuleInfo info, Report report, std::string proper_message,
                           int max_suggestions)
    : Rule(std::move(info)),
      report_(report),
      proper_message_(std::move(proper_message)),
      max_suggestions_(max_suggestions) {}

Result<std::unique_ptr<Rule>> SpellingRule::create(const RuleSpec& spec) {
  Params& p = *spec.params;
  const std::string report = p.string("report", "typos");
  Report mode = Report::typos;
  if (report == "unknown-names") {
    mode = Report::unknown_names;
  } else if (report != "typos") {
    p.fail("'report' must be \"typos\" or \"unknown-names\"");
  }
  std::string proper =
      p.string("proper_noun_message", "'{word}' is a proper noun: write '{suggestion}'");
  const auto max = p.integer("max_suggestions", 3);
  if (max < 1 || max > 10) p.fail("'max_suggestions' must be between 1 and 10");
  std::vector<std::string> suffixes = p.strings("term_suffixes");
  for (const std::string& suffix : suffixes) {
    if (suffix.size() < 3 || to_lower(suffix) != suffix) {
      p.fail("'term_suffixes' holds lower-case endings of three letters or more");
    }
  }
  RuleInfo info = spec.info;
  if (info.message.empty()) info.message = "'{word}' is not in the dictionary";
  auto rule = std::unique_ptr<SpellingRule>(
      new SpellingRule(std::move(info), mode, std::move(proper), static_cast<int>(max)));
  rule->term_suffixes_ = std::move(suffixes);
  return std::unique_ptr<Rule>(std::move(rule));
}

namespace {

bool checkable(const Word& w) {
  return !w.has_digit && !w.has_inner_dot && w.latin && !w.all_caps && w.stem.size() > 1;
}

// A brand's or mission's camel case, lower case first: 'iPhone', 'eBay', 'eXploration'.
bool camel_case(std::string_view word) {
  return !word.empty() && std::islower(static_cast<unsigned char>(word.front())) &&
         std::any_of(word.begin() + 1, word.end(),
                     [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
}

// A suggestion one edit away (case-insensitive) that is not just the same word re-cased.
const std::string* near_suggestion(std::string_view word, const std::vector<std::string>& list) {
  const std::string lower = to_lower(word);
  for (const std::string& s : list) {
    if (s.find(' ') != std::string::npos) continue;
    const std::string other = to_lower(s);
    if (other != lower && edit_distance(lower, other) == 1) return &s;
  }
  return nullptr;
}

// "BDuring": a stray capital glued to a known capitalised word (drop-cap residue); the word
// without it, or nullopt.
std::optional<std::string> drop_cap_residue(std::string_view word, const Lexicon& lex) {
  if (word.size() < 3) return std::nullopt;
  std::size_t second = 0;
  utf8::decode(word, second);
  const std::string_view rest = word.substr(second);
  const std::string first_of_rest = to_upper(rest.substr(0, 1));
  if (rest.empty() || first_of_rest != rest.substr(0, 1) || to_upper(rest) == rest) {
    return std::nullopt;  // the rest must be capitalised, not all caps
  }
  if (lex.is_known(rest)) return std::string(rest);
  // The drop cap doubled the capital of a name no list knows ('MMariza', 'AAlberto'): a
  // capital twice and then lower-case letters only is no spelling of anything.
  if (word.substr(0, second) == rest.substr(0, second) && rest.size() >= second + 3 &&
      to_lower(rest.substr(second)) == rest.substr(second) &&
      std::all_of(rest.begin() + static_cast<std::ptrdiff_t>(second), rest.end(), [](char c) {
        return (c & 0x80) != 0 || std::isalpha(static_cast<unsigned char>(c));
      })) {
    return std::string(rest);
  }
  return std::nullopt;
}

// The word after a French or Italian elision, if any ("l’Enfer" -> "Enfer").
std::string_view after_elision(std::string_view word) {
  for (std::string_view elision : {"d'", "l'", "d\xE2\x80\x99", "l\xE2\x80\x99"}) {
    if (word.size() > elision.size() && word.starts_with(elision)) {
      return word.substr(elision.size());
    }
  }
  return {};
}

bool starts_upper(std::string_view word) {
  if (word.empty()) return false;
  std::size_t i = 0;
  const std::string first(word.substr(0, (utf8::decode(word, i), i)));
  return to_lower(first) != first;
}

// True when word `i` is a name particle between two capitalised words, one space each side
// ("Parc des Princes", "l’Enfer du Nord"), or after another particle ("de los Reyes"); a particle
// of four letters or more needs only the capitalised word after it ("piazza della Scala").
bool name_particle(const CheckContext& context, std::size_t i) {
  const auto& words = context.analysis.words;
  if (i == 0 || i + 1 >= words.size()) return false;
  const std::string_view word = context.document.slice(words[i].stem.begin, words[i].stem.end);
  if (!is_name_particle(word)) return false;
  const Word& before = words[i - 1];
  const Word& after = words[i + 1];
  // A particle after another one counts as the first did ("Maricel de los Reyes").
  const bool particle_before =
      i >= 2 && words[i - 2].capitalised &&
      is_name_particle(context.document.slice(before.stem.begin, before.stem.end)) &&
      context.document.slice(words[i - 2].span.end, before.span.begin) == " ";
  // Or the end of a longer name in its own language, a particle after its capitalised first word
  // ('Caisse de dépôt et placement du Québec'): up to three lower-case words back, one space apart.
  const auto longer_name_before = [&] {
    bool particle = false;
    for (std::size_t k = i - 1, n = 0; n < 4 && k > 0; --k, ++n) {
      if (context.document.slice(words[k - 1].span.end, words[k].span.begin) != " ") return false;
      const Word& w = words[k - 1];
      if (w.capitalised) return particle && !w.sentence_start;
      particle = particle || is_name_particle(context.document.slice(w.stem.begin, w.stem.end));
    }
    return false;
  };
  const bool name_before =
      before.capitalised || particle_before ||
      starts_upper(after_elision(context.document.slice(before.stem.begin, before.stem.end))) ||
      longer_name_before();
  // A nickname in quotation marks may stand between ('Ronald “Bato” dela Rosa').
  const std::string_view gap = context.document.slice(before.span.end, words[i].span.begin);
  return (name_before || word.size() >= 4) && after.capitalised &&
         (gap == " " || gap == "\xE2\x80\x9D " || gap == "\" ") &&
         context.document.slice(words[i].span.end, after.span.begin) == " ";
}

// Part of a name rather than a word: the lower-case tail of a hyphenated name ("Jae-yong") or a
// French elision before a capital ("d’Ivoire", "l’Équipe").
// The capitalised words the document writes where a name is, not only where any word would be:
// neither at a sentence start nor right after an opening quotation mark ('“Olê, olê, olê').
// Gathered in one pass, on the first lower-case word that needs them.
class NamedCapitals {
 public:
  explicit NamedCapitals(const CheckContext& context) : context_(context) {}
  bool contains(std::string_view capital) {
    if (!built_) build();
    return words_.contains(capital);
  }

 private:
  void build() {
    built_ = true;
    const std::string_view text = context_.document.text();
    for (const Word& w : context_.analysis.words) {
      if (w.sentence_start || !w.capitalised) continue;
      const std::string_view before = text.substr(0, w.stem.begin);
      if (before.ends_with("\xE2\x80\x9C") || before.ends_with("\"") ||
          before.ends_with("\xC2\xAB") || before.ends_with("\xE2\x80\x9E") ||
          before.ends_with("\xE2\x80\x98") || before.ends_with("'")) {
        continue;
      }
      words_.insert(context_.document.slice(w.stem.begin, w.stem.end));
    }
  }
  const CheckContext& context_;
  bool built_ = false;
  std::unordered_set<std::string_view, StringHash, std::equal_to<>> words_;
};

// The lower-case words of a name in its language after its capitalised first word, which has
// letters English lacks: 'Hospodářské noviny', 'Komerční banka', 'Česká národní banka',
// 'Oʻzbekiston milliy elektr tarmoqlari', or lower-case words that have them ('Burza cenných
// papírů'). Up to three words; each word before must be unknown to English too, so a typo after
// an English or ASCII name ('Zelensky siad') is still one.
bool foreign_name_tail(const CheckContext& context, const Word& w) {
  const auto& words = context.analysis.words;
  const std::string& text = context.document.text();
  std::size_t i = static_cast<std::size_t>(&w - words.data());
  // Letters English lacks in the lower-case words make an ASCII first word do ('Burza cenných
  // papírů Praha').
  bool foreign_letters = utf8::has_non_ascii(context.document.slice(w.stem.begin, w.stem.end));
  for (int steps = 0; steps < 3 && i > 0; ++steps) {
    const Word& p = words[i - 1];
    if (p.stem.end + 1 != words[i].stem.begin || text[p.stem.end] != ' ') return false;
    const std::string_view prev = context.document.slice(p.stem.begin, p.stem.end);
    // A first word the word lists know as a name still starts one when the words after it
    // have letters English lacks ('Nemuno aušra'; not 'Erdoğan siad'); an English word never
    // does ('The aušra').
    if (context.lexicon.is_known(to_lower(prev))) return false;
    const bool known = context.lexicon.is_known(prev);
    if (p.capitalised) return foreign_letters || (!known && utf8::has_non_ascii(prev));
    if (known) return false;
    foreign_letters = foreign_letters || utf8::has_non_ascii(prev);
    --i;
  }
  return false;
}

// A gloss between dashes right after a term, starting at byte `at` (the space before the dash):
// ' – dual citizenship –', ' — the Yoruba word for a lavish party —'. Between a dash and the
// same dash again, one to twelve words in lower case (no digit, no sentence punctuation);
// 'the <Language> word for'; or 'the' or 'a' and three lower-case words.
bool dash_gloss_at(std::string_view text, std::size_t at) {
  for (const std::string_view dash : {" \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
    if (text.substr(at, dash.size()) != dash) continue;
    const std::string_view rest = text.substr(at + dash.size(), 160);
    for (const std::string_view article : {"the ", "a "}) {
      if (!rest.starts_with(article) || rest.size() <= article.size() ||
          !std::isupper(static_cast<unsigned char>(rest[article.size()]))) {
        continue;
      }
      const std::size_t space = rest.find(' ', article.size());
      if (space != std::string_view::npos && rest.substr(space).starts_with(" word for ")) {
        return true;
      }
    }
    // 'riesgo país — the sovereign risk premium watched…': a noun phrase of three lower-case
    // words after 'the' or 'a', to the dash's end or the sentence's.
    for (const std::string_view article : {"the ", "a "}) {
      if (!rest.starts_with(article)) continue;
      std::size_t k = article.size();
      int words = 0;
      while (words < 3 && k < rest.size() && std::islower(static_cast<unsigned char>(rest[k]))) {
        while (k < rest.size() && std::islower(static_cast<unsigned char>(rest[k]))) ++k;
        ++words;
        if (k < rest.size() && rest[k] == ' ') ++k;
      }
      if (words == 3) return true;
    }
    const std::size_t close = rest.find(dash);
    if (close == std::string_view::npos || close == 0) return false;
    const std::string_view gloss = rest.substr(0, close);
    if (gloss.find_first_of("0123456789.;:!?\"()") != std::string_view::npos ||
        gloss.find("\xE2\x80\x9C") != std::string_view::npos ||
        std::any_of(gloss.begin(), gloss.end(),
                    [](char c) { return std::isupper(static_cast<unsigned char>(c)); })) {
      return false;
    }
    return std::count(gloss.begin(), gloss.end(), ' ') < 12;
  }
  return false;
}

// The first words of a term whose last word is glossed ('sonritsu kiki jitai, or
// “survival-threatening situation”': 'jitai' is, see introduced_terms): up to three lower-case
// words unknown to English, one space apart, right before it. Or a term glossed between dashes
// ('kettős állampolgárság – dual citizenship –'), when the word has a letter English lacks or
// no English word is one edit from it (a typo before a dash is still one).
bool before_glossed_term(const CheckContext& context, const Word& w) {
  const auto& words = context.analysis.words;
  const std::string& text = context.document.text();
  const auto& glossed = context.analysis.glossed;
  bool unknown = true;  // every word up to the gloss is unknown to English
  for (std::size_t at = w.stem.end, n = 0; n < 4; ++n) {
    if (at < text.size() && text[at] == ' ' && dash_gloss_at(text, at)) {
      // A letter English lacks makes it foreign ('sữa' is no typo of 'sea').
      const std::string_view word = context.document.slice(w.stem.begin, w.stem.end);
      return utf8::has_non_ascii(word) || !context.lexicon.has_near_word(word);
    }
    if (n == 3) return false;
    if (at + 1 >= text.size() || text[at] != ' ') return false;
    const std::size_t next = at + 1;
    auto g = std::upper_bound(glossed.begin(), glossed.end(), next,
                              [](std::size_t offset, const Span& s) { return offset < s.begin; });
    if (g != glossed.begin() && std::prev(g)->begin == next) return unknown;
    // Else the next word must be one more unknown word of the term.
    const auto it =
        std::lower_bound(words.begin(), words.end(), next,
                         [](const Word& x, std::size_t offset) { return x.stem.begin < offset; });
    if (it == words.end() || it->stem.begin != next || it->capitalised) return false;
    const std::string_view word = context.document.slice(it->stem.begin, it->stem.end);
    unknown = unknown && !context.lexicon.is_known(word);
    at = it->stem.end;
  }
  return false;
}

// True when `w` is a part of a hyphenated word ('add-ons') that the dictionary knows whole.
bool in_known_compound(const CheckContext& context, const Word& w) {
  const std::string& text = context.document.text();
  const bool before = w.span.begin > 0 && text[w.span.begin - 1] == '-';
  const bool after = w.span.end < text.size() && text[w.span.end] == '-';
  if (!before && !after) return false;
  const auto part = [&](std::size_t k) {
    const auto c = static_cast<unsigned char>(text[k]);
    return std::isalpha(c) || c == '-' || c >= 0x80;
  };
  std::size_t begin = w.span.begin, end = w.span.end;
  while (begin > 0 && part(begin - 1)) --begin;
  while (end < text.size() && part(end)) ++end;
  while (begin < end && text[begin] == '-') ++begin;
  while (end > begin && text[end - 1] == '-') --end;
  const std::string_view whole = context.document.slice(begin, end);
  return whole.size() > w.span.size() && context.lexicon.is_known(whole);
}

bool repeated_name_run(const CheckContext& context, std::size_t k) {
  const auto& words = context.analysis.words;
  const std::string& text = context.document.text();
  const auto unknown = [&](const Word& x) {  // a single letter ('i') may be either
    const std::string_view word = context.document.slice(x.stem.begin, x.stem.end);
    return word.size() == 1 || !context.lexicon.is_known(to_lower(word));
  };
  const auto joined = [&](const Word& a, const Word& b) {
    return a.span.end + 1 == b.span.begin && text[a.span.end] == ' ';
  };
  // Back over the lower-case words before it to the capitalised one.
  std::size_t first = k;
  while (first > 0 && k - first < 5 && !words[first].capitalised) {
    if (!joined(words[first - 1], words[first]) || !unknown(words[first])) return false;
    --first;
  }
  const Word& head = words[first];
  if (!head.capitalised || head.all_caps || first == k || !unknown(head)) return false;
  const std::string_view name = context.document.slice(head.stem.begin, head.stem.end);
  if (!context.lexicon.names().lookup_word(name).empty()) return false;
  // Two unknown lower-case words at least (the next one counts too).
  std::size_t last = k;
  if (k + 1 < words.size() && !words[k + 1].capitalised && joined(words[k], words[k + 1]) &&
      unknown(words[k + 1])) {
    last = k + 1;
  }
  if (last - first < 2) return false;
  const std::string_view run = context.document.slice(head.stem.begin, words[last].stem.end);
  std::size_t count = 0;
  for (std::size_t at = text.find(run); at != std::string::npos && count < 2;
       at = text.find(run, at + 1)) {
    const bool alone = (at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]))) &&
                       (at + run.size() == text.size() ||
                        !std::isalpha(static_cast<unsigned char>(text[at + run.size()])));
    count += alone ? 1 : 0;
  }
  return count >= 2;
}

bool name_fragment(const CheckContext& context, const Word& w) {
  const std::string& text = context.document.text();
  if (foreign_name_tail(context, w) || before_glossed_term(context, w)) return true;
  const auto k = static_cast<std::size_t>(&w - context.analysis.words.data());
  if (name_particle(context, k) || continues_name(context.document, context.analysis, k)) {
    return true;
  }
  // A lower-case word inside a name in its own language, between two capitalised words that
  // neither English nor the name table knows ('the Letalnica bratov Gorišek', a ski-flying
  // hill); a typo between known names ('Kouleba sayd Zelensky') is still one.
  if (k > 0 && k + 1 < context.analysis.words.size()) {
    const Word& p = context.analysis.words[k - 1];
    const Word& n = context.analysis.words[k + 1];
    const std::string_view prev = context.document.slice(p.stem.begin, p.stem.end);
    const std::string_view next = context.document.slice(n.stem.begin, n.stem.end);
    if (p.capitalised && n.capitalised && !p.sentence_start && p.span.end + 1 == w.span.begin &&
        w.span.end + 1 == n.span.begin && text[p.span.end] == ' ' && text[w.span.end] == ' ' &&
        !context.lexicon.is_known(to_lower(prev)) && !context.lexicon.is_known(to_lower(next)) &&
        context.lexicon.names().lookup_word(prev).empty() &&
        context.lexicon.names().lookup_word(next).empty()) {
      return true;
    }
  }
  // A name whose lower-case words English does not know, written the same way more than once:
  // a capitalised word neither English nor the name table knows, then up to five such words,
  // one space apart ('Nga wai hono i te po', the Māori queen, three times in an article). A typo
  // is seldom one of two unknown words in a row, the same each time.
  if (repeated_name_run(context, k)) return true;
  // A title in sentence case after its capitalised article ('La forza del destino', 'A
  // riveder le stelle', 'Der fliegende Holländer'): up to five lower-case words back to it, one
  // space apart. 'A' only inside a sentence, where English would not capitalise it.
  for (std::size_t back = 1; back <= 5 && back <= k; ++back) {
    const Word& a = context.analysis.words[k - back];
    const Word& after = context.analysis.words[k - back + 1];
    if (after.span.begin != a.span.end + 1 || text[a.span.end] != ' ') break;
    if (!a.capitalised) continue;
    const std::string_view article = context.document.slice(a.stem.begin, a.stem.end);
    static constexpr std::array<std::string_view, 11> kArticles = {
        "La", "Le", "Les", "Il", "Lo", "Gli", "El", "Los", "Las", "Der", "Das"};
    if (std::find(kArticles.begin(), kArticles.end(), article) != kArticles.end() ||
        (article == "A" && !a.sentence_start)) {
      return true;
    }
    break;
  }
  // A suffix under discussion, its hyphen after a space: 'ending in -qyzy', 'the -ski names'.
  if (w.span.begin >= 2 && text[w.span.begin - 1] == '-' &&
      (text[w.span.begin - 2] == ' ' || text[w.span.begin - 2] == '(')) {
    return true;
  }
  if (w.span.begin >= 2 && text[w.span.begin - 1] == '-') {
    // The compound's first part ('Keizai-sangyō-shō'), over any lower-case parts between.
    std::size_t before = w.span.begin - 2;
    while (before > 0 && text[before] != ' ' && text[before] != '\n') --before;
    const std::size_t head = text[before] == ' ' || text[before] == '\n' ? before + 1 : before;
    const auto c = static_cast<unsigned char>(text[head]);
    if (c >= 'A' && c <= 'Z') return true;
  }
  const std::string_view word = context.document.slice(w.stem.begin, w.stem.end);
  if (starts_upper(after_elision(word))) return true;
  // The Arabic article joined to a name: 'Deir ez-Zor', 'Abu al-Hol'.
  return word.size() <= 3 && w.stem.end + 1 < text.size() && text[w.stem.end] == '-' &&
         std::isupper(static_cast<unsigned char>(text[w.stem.end + 1]));
}

// How often each exact word occurs in the document (as a whole word), counted once per
// document and only when a rule needs it.
class Occurrences {
 public:
  explicit Occurrences(const CheckContext& context) : context_(context) {}
  std::size_t operator()(std::string_view word) {
    if (counts_.empty()) {
      for (const Word& w : context_.analysis.words) {
        ++counts_[context_.document.slice(w.stem.begin, w.stem.end)];
      }
    }
    auto it = counts_.find(word);
    return it == counts_.end() ? 0 : it->second;
  }

 private:
  const CheckContext& context_;
  std::unordered_map<std::string_view, std::size_t, StringHash> counts_;
};

// The lower-case word `w` is joined by a hyphen to a lower-case word that the dictionaries
// know only as a name, in its own spelling or with the accents of its language ('hautes' of
// 'hautes-pyrénées').
bool hyphenated_with_name(const CheckContext& context, const Word& w) {
  const std::string_view text = context.document.text();
  const Lexicon& lex = context.lexicon;
  const auto name_only = [&](std::size_t begin, std::size_t end) {
    const std::string_view other = text.substr(begin, end - begin);
    if (other.empty() || std::isupper(static_cast<unsigned char>(other.front()))) return false;
    const std::string plain = fold_to_ascii(other);
    return lex.proper_form(plain).has_value() || lex.dictionary_case_form(plain).has_value();
  };
  const auto letter = [&](std::size_t at) {
    return at < text.size() && (std::isalpha(static_cast<unsigned char>(text[at])) ||
                                static_cast<unsigned char>(text[at]) >= 0x80);
  };
  if (w.stem.end < text.size() && text[w.stem.end] == '-') {
    std::size_t end = w.stem.end + 1;
    while (letter(end)) ++end;
    if (end > w.stem.end + 1 && name_only(w.stem.end + 1, end)) return true;
  }
  if (w.stem.begin > 1 && text[w.stem.begin - 1] == '-') {
    std::size_t begin = w.stem.begin - 1;
    while (begin > 0 && letter(begin - 1)) --begin;
    if (begin < w.stem.begin - 1 && name_only(begin, w.stem.begin - 1)) return true;
  }
  return false;
}

}  // namespace

void SpellingRule::check(const CheckContext& context, Sink& sink) const {
  const Lexicon& lex = context.lexicon;
  Occurrences occurrences(context);
  NamedCapitals named_capitals(context);
  // The species epithets of the document's binomials, gathered on the first unknown word.
  std::optional<std::unordered_set<std::string_view, StringHash, std::equal_to<>>> epithets;
  // The single words the analysis finds glossed, gathered on the first unknown word.
  std::optional<std::unordered_set<std::string_view, StringHash, std::equal_to<>>> glossed_words;
  for (const Word& w : context.analysis.words) {
    const std::string_view word = context.document.slice(w.stem.begin, w.stem.end);
    if (!checkable(w)) continue;
    if (camel_case(word)) continue;
    if (lex.is_known(word)) continue;
    const std::string lower = to_lower(word);
    if (w.sentence_start && w.capitalised && lex.is_known(lower)) continue;

    if (!w.capitalised) {
      // A reduplicated word of another language ('palli palli'): both copies, a space apart.
      const std::size_t at = static_cast<std::size_t>(&w - context.analysis.words.data());
      const auto twin = [&](std::size_t a, std::size_t b) {
        const Word& x = context.analysis.words[a];
        const Word& y = context.analysis.words[b];
        return y.span.begin == x.span.end + 1 && context.document.text()[x.span.end] == ' ' &&
               context.document.slice(x.stem.begin, x.stem.end) ==
                   context.document.slice(y.stem.begin, y.stem.end);
      };
      if ((at > 0 && twin(at - 1, at)) ||
          (at + 1 < context.analysis.words.size() && twin(at, at + 1))) {
        continue;
      }
      if (report_ != Report::typos || name_fragment(context, w) ||
          species_epithet(context.document, context.analysis, context.lexicon,
                          static_cast<std::size_t>(&w - context.analysis.words.data()))) {
        continue;
      }
      // The epithet alone, once the article has named the species ('whether albopictus will
      // reach' after 'Aedes albopictus').
      if (!epithets) {
        epithets.emplace();
        const auto& all = context.analysis.words;
        for (std::size_t k = 1; k < all.size(); ++k) {
          if (!all[k].capitalised && all[k - 1].capitalised &&
              species_epithet(context.document, context.analysis, context.lexicon, k)) {
            epithets->insert(context.document.slice(all[k].stem.begin, all[k].stem.end));
          }
        }
      }
      if (epithets->contains(word)) continue;
      // A part of a hyphenated word the dictionary knows whole ('ons' of 'add-ons').
      if (in_known_compound(context, w)) continue;
      // A term the article introduces or glosses once, used again ('a flatbread called somun'
      // … 'the somun'; 'burek means the meat pie' … 'a cheese burek').
      if (!glossed_words) {
        glossed_words.emplace();
        for (const Span& g : context.analysis.glossed) {
          const std::string_view term = context.document.slice(g.begin, g.end);
          if (term.find(' ') == std::string_view::npos) glossed_words->insert(term);
        }
      }
      if (glossed_words->contains(word)) continue;
      // A dictionary word with the accents of its source language ("złoty"): a spelling, not
      // a typo.
      std::optional<std::string> accented_name;
      if (utf8::has_non_ascii(word)) {
        const std::string plain = fold_to_ascii(word);
        // ... unless the article writes it capitalised: a name in lower case ('pará', 'Pará'),
        // or the dictionaries know it only as a name ('pyrénées': Pyrenees).
        if (plain != word && (lex.proper_form(plain) || lex.dictionary_case_form(plain))) {
          accented_name = capitalise(std::string(word));
          // Turkish writes the capital of 'i' with its dot ('imamoğlu' -> 'İmamoğlu').
          if (word.front() == 'i' && (word.find("ğ") != std::string_view::npos ||
                                      word.find("ş") != std::string_view::npos ||
                                      word.find("ı") != std::string_view::npos)) {
            accented_name = "İ" + std::string(word.substr(1));
          }
        } else if (plain != word && lex.is_known(plain) &&
                   !named_capitals.contains(capitalise(std::string(word)))) {
          continue;
        }
      }
      // A technical term by its ending ('piperaquine', 'lecanemab'): long, and no English word
      // one edit away, so that a typo of a dictionary word is still reported.
      if (word.size() >= 8 && !lex.has_near_word(word) &&
          std::any_of(term_suffixes_.begin(), term_suffixes_.end(), [&](const std::string& s) {
            return word.size() >= s.size() + 4 && word.ends_with(s);
          })) {
        continue;
      }
      std::optional<std::string> proper = lex.proper_form(word);
      // A name the dictionaries know only with a capital ('wimbledon', 'dijon').
      if (!proper) proper = lex.dictionary_case_form(word);
      // With the accents of its language ('pyrénées': Pyrenees), capitalised as written.
      if (!proper) proper = std::move(accented_name);
      // A part of a hyphenated name in lower case whose other part is a name ('hautes' of
      // 'hautes-pyrénées'): capitalised with it.
      if (!proper && hyphenated_with_name(context, w)) proper = capitalise(std::string(word));
      // A name no list knows, which the article writes capitalised elsewhere ('ogoni', 'Ogoni'),
      // unless the table knows that spelling as a variant ('sybiga', 'Sybiga' for Sybiha).
      if (!proper) {
        if (std::string capital = capitalise(std::string(word));
            occurrences(capital) > 0 && named_capitals.contains(capital) &&
            lex.names().lookup_word(capital).empty() && !lex.names().fuzzy_word(capital)) {
          proper = std::move(capital);
        }
      }
      // An acronym of the article in lower case ('the fespaco' after '(FESPACO)'): four
      // letters or more, so that 'eco' is not made 'ECO'.
      if (!proper && word.size() >= 4 && !utf8::has_non_ascii(word)) {
        if (std::string upper = to_upper(word); occurrences(upper) > 0) proper = std::move(upper);
      }
      // Two lower-case letters are a word of another language as often as a name ('un', 'da'):
      // only an acronym is proposed for them ('uk' -> 'UK'), never 'Un' of Kim Jong Un.
      if (proper && utf8::count_code_points(word) <= 2 &&
          std::any_of(proper->begin(), proper->end(),
                      [](char c) { return std::islower(static_cast<unsigned char>(c)); })) {
        proper.reset();
      }
      if (proper) {
        sink.report(finding(
            w.stem, expand(proper_message_, {{"word", std::string(word)}, {"suggestion", *proper}}),
            {Fix{w.stem, *proper}}));
        continue;
      }
      // A lower-case word with letters English lacks and no English word one edit away is a
      // word of another language ('pączki', 'vánočka'), not a misspelling: left to
      // mt.foreign-words, which knows the source languages.
      if (utf8::has_non_ascii(word) && !lex.has_near_word(word)) continue;
      // Suggestions are the dictionary words one edit away; farther typos get none.
      auto suggestions = lex.has_near_word(word) ? lex.suggest(word) : std::vector<std::string>{};
      if (suggestions.empty()) suggestions = lex.distant_suggestions(word);
      std::vector<Fix> fixes;
      // A lower-case typo gets lower-case suggestions: "government", not also "Government".
      std::set<std::string> lower_suggestions;
      for (const auto& s : suggestions) {
        if (to_lower(s) == s) lower_suggestions.insert(s);
      }
      for (const auto& s : suggestions) {
        if (static_cast<int>(fixes.size()) == max_suggestions_) break;
        if (to_lower(s) != s && lower_suggestions.contains(to_lower(s))) continue;
        // A proper noun for a lower-case word only as two swapped letters ("kyvi" -> "Kyiv") or
        // when the article writes it ('sybiga' -> 'Sybiha'): other edits that also add a capital
        // make another word of it ('selon' -> 'Elon', 'marae' -> 'Marape').
        if (to_lower(s) != s && !is_transposition(word, to_lower(s)) && occurrences(s) == 0) {
          continue;
        }
        fixes.push_back(Fix{w.stem, s});
      }
      std::string message = expand(info().message, {{"word", std::string(word)}});
      if (!fixes.empty()) message += "; did you mean '" + fixes.front().replacement + "'?";
      Diagnostic d = finding(w.stem, std::move(message), std::move(fixes));
      // No English word near it: as often a term of another language that the article uses
      // on purpose ('a nakamal, in Bislama, is…', 'the mudhif') as a leftover of the source:
      // a note, not a warning. mt.foreign-words reports clauses of a source language.
      if (suggestions.empty()) d.severity = Severity::info;
      sink.report(std::move(d));
      continue;
    }

    // Capitalised and unknown: usually a name, and a list of 10,000 names has a neighbour one
    // edit away for many correct names (Magda/Mada). It is a typo here only when it is drop-cap
    // residue at a sentence start, or, used once, two swapped letters of a known proper noun of
    // six letters or more ("Zelesnky" -> "Zelensky"). The names rules judge the rest.
    std::optional<std::string> fix;
    // Not a word the document also writes mid-sentence: a name ('OPay and PalmPay', after
    // 'Flutterwave, OPay, Interswitch').
    if (w.sentence_start && !named_capitals.contains(word)) fix = drop_cap_residue(word, lex);
    if (!fix && word.size() >= 6) {
      const auto suggestions =
          lex.has_near_word(word) ? lex.suggest(word) : std::vector<std::string>{};
      const std::string* near = near_suggestion(word, suggestions);
      if (near && lex.words().contains(*near) && is_transposition(word, *near) &&
          occurrences(word) == 1) {
        fix = *near;
      }
    }
    // A common word misspelt at a sentence start, where its capital is only the position's
    // ('Dissapointing'): a long word, used once, no name of the table and never capitalised
    // mid-sentence, with one clearly likeliest lower-case word near it.
    // Two edits away only for a word of ten letters or more ('Dissapointing'), where names
    // seldom come that near a common word.
    if (!fix && w.sentence_start && word.size() >= 8 && occurrences(word) == 1 &&
        !named_capitals.contains(word) && lex.names().lookup_word(word).empty() &&
        (lex.has_near_word(lower) || word.size() >= 10)) {
      const auto suggestions =
          lex.has_near_word(lower) ? lex.suggest(lower) : lex.distant_suggestions(lower);
      // Not a name: no capitalised word after it ('Clémentine Lézin'), and more than accents
      // apart from the word ('Clémentine' is no misspelt 'clementine').
      const std::size_t index = static_cast<std::size_t>(&w - context.analysis.words.data());
      const bool name_follows = index + 1 < context.analysis.words.size() &&
                                context.analysis.words[index + 1].capitalised &&
                                context.analysis.words[index + 1].stem.begin == w.stem.end + 1;
      // Nor a name an apposition introduces ('Paystack, another Lagos start-up, was').
      const std::string_view after =
          std::string_view(context.document.text()).substr(w.stem.end, 10);
      const bool apposition = after.starts_with(", a ") || after.starts_with(", an ") ||
                              after.starts_with(", the ") || after.starts_with(", another ");
      if (suggestions.size() == 1 && !suggestions.front().empty() && !name_follows && !apposition &&
          std::islower(static_cast<unsigned char>(suggestions.front().front())) &&
          fold_to_ascii(lower) != fold_to_ascii(suggestions.front())) {
        fix = capitalise(suggestions.front());
      }
    }
    if (report_ == Report::typos && fix) {
      sink.report(finding(
          w.stem,
          expand(info().message, {{"word", std::string(word)}}) + "; did you mean '" + *fix + "'?",
          {Fix{w.stem, *fix}}));
    } else if (report_ == Report::unknown_names && !fix) {
      sink.report(finding(w.stem, expand(info().message, {{"word", std::string(word)}})));
    }
  }
}

}  // namespace mtlint
