#include "rules/name_context.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <set>
#include <unordered_map>

#include "lexicon/name_key.h"
#include "lexicon/role_phrases.h"
#include "lexicon/word_list.h"

namespace mtlint {

namespace {

constexpr std::array<std::string_view, 34> kReportingVerbs = {
    "said",    "says",       "reiterated", "stressed",   "added",       "tweeted",  "told",
    "noted",   "stated",     "insisted",   "declared",   "announced",   "wrote",    "warned",
    "urged",   "emphasised", "emphasized", "underlined", "explained",   "claimed",  "replied",
    "argued",  "asserted",   "confirmed",  "recalled",   "posted",      "affirmed", "commented",
    "pointed", "welcomed",   "condemned",  "reaffirmed", "underscored", "remarked"};

constexpr std::array<std::string_view, 27> kTitles = {
    "mr",      "mrs",         "ms",           "dr",          "president",  "minister", "chancellor",
    "premier", "secretary",   "spokesman",    "spokeswoman", "ambassador", "governor", "mayor",
    "pope",    "king",        "queen",        "prince",      "senator",    "general",  "envoy",
    "leader",  "counterpart", "commissioner", "sheikh",      "emir",       "ayatollah"};

constexpr std::array<std::string_view, 9> kStopwords = {"of", "the", "and", "for", "to",
                                                        "in", "a",   "s",   "on"};

bool only(std::string_view gap, std::string_view allowed) {
  return gap.find_first_not_of(allowed) == std::string_view::npos;
}

// "ministers" -> "minister": role words are compared in the singular.
std::string singular(std::string word) {
  if (word.size() > 4 && word.back() == 's' && word[word.size() - 2] != 's') word.pop_back();
  return word;
}

std::vector<std::string> role_words(std::string_view role) {
  std::vector<std::string> out;
  std::string current;
  auto flush = [&] {
    if (!current.empty() &&
        std::find(kStopwords.begin(), kStopwords.end(), current) == kStopwords.end()) {
      out.push_back(singular(current));
    }
    current.clear();
  };
  for (char c : to_lower(role)) {
    if (c == ' ' || c == '\'' || c == '-') {
      flush();
    } else {
      current += c;
    }
  }
  flush();
  return out;
}

}  // namespace

// The text in lower case. ASCII runs are lowered here, in a loop the compiler vectorises; only
// the space-separated pieces with other characters go through ICU (case mapping depends on
// neighbours only within a word).
std::string lower_by_piece(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const auto is_space = [](char c) { return c == ' ' || c == '\n' || c == '\t'; };
  const auto append_ascii = [&out](std::string_view ascii) {
    const std::size_t from = out.size();
    out.append(ascii);
    char* p = out.data() + from;
    for (std::size_t k = 0; k < ascii.size(); ++k) {
      const auto c = static_cast<unsigned char>(p[k]);
      p[k] = static_cast<char>(static_cast<unsigned>(c - 'A') < 26u ? c | 0x20 : c);
    }
  };
  for (std::size_t at = 0; at < text.size();) {
    // The next byte outside ASCII, and the space-separated piece around it.
    std::size_t high = at;
    while (high < text.size() && static_cast<unsigned char>(text[high]) < 0x80) ++high;
    if (high == text.size()) {
      append_ascii(text.substr(at));
      break;
    }
    std::size_t begin = high;
    while (begin > at && !is_space(text[begin - 1])) --begin;
    std::size_t end = high;
    while (end < text.size() && !is_space(text[end])) ++end;
    append_ascii(text.substr(at, begin - at));
    out += to_lower(text.substr(begin, end - begin));
    at = end;
  }
  return out;
}

int article_distance(std::size_t length_a, std::size_t length_b) {
  const std::size_t shorter = std::min(length_a, length_b);
  if (shorter < 6) return 0;
  if (shorter < 9) return 1;
  if (shorter < 11) return 2;
  return 3;
}

NameForm name_form(std::string_view text) {
  return NameForm{std::string(text), to_lower(fold_to_ascii(text)), name_key(text)};
}

bool same_name(std::string_view a, std::string_view b) {
  return same_name(name_form(a), name_form(b));
}

bool same_name(const NameForm& a, const NameForm& b) {
  const std::string &fa = a.folded, &fb = b.folded;
  if (fa.empty() || fb.empty() || fa.front() != fb.front() || fa == fb) return false;
  const std::string &ka = a.key, &kb = b.key;
  // Zakharov, Zakharova
  if (ka.size() + 1 == kb.size() && kb.back() == 'a' && kb.starts_with(ka)) return false;
  if (kb.size() + 1 == ka.size() && ka.back() == 'a' && ka.starts_with(kb)) return false;
  const int limit = article_distance(ka.size(), kb.size());
  return key_distance(ka, kb, limit) <= limit;
}

ArticleNames::ArticleNames(const Document& document, const Analysis& analysis,
                           const Lexicon& lexicon)
    : document_(document),
      analysis_(analysis),
      lexicon_(lexicon),
      lower_text_(lower_by_piece(document.text())) {
  std::size_t s = 0;
  tokens_.reserve(analysis.words.size());
  first_.reserve(analysis.words.size() / 4);
  for (const Word& w : analysis.words) {
    while (s + 1 < analysis.sentences.size() && analysis.sentences[s].end <= w.span.begin) ++s;
    tokens_.push_back(NameToken{&w, document.slice(w.stem.begin, w.stem.end), s});
  }
  const std::size_t sentences =
      std::max(analysis.sentences.size(), tokens_.empty() ? 0 : tokens_.back().sentence + 1);
  sentence_tokens_.assign(sentences + 1, tokens_.size());
  for (std::size_t i = tokens_.size(); i-- > 0;) sentence_tokens_[tokens_[i].sentence] = i;
  for (std::size_t k = sentences; k-- > 0;) {
    sentence_tokens_[k] = std::min(sentence_tokens_[k], sentence_tokens_[k + 1]);
  }
  for (std::size_t i = 0; i < tokens_.size(); ++i) {
    const NameToken& t = tokens_[i];
    first_.try_emplace(t.text, i);  // no node is made for a spelling already seen
    if (name_like(t)) occurrences_[t.text].push_back(i);
  }
  // Each spelling is looked up once. An entity counts once per token that names it, and once
  // per "X said" token that names it by a word other than a given name.
  for (const auto& [text, where] : occurrences_) {
    counts_.emplace(std::string(text), static_cast<int>(where.size()));
    const std::vector<NameMatch>& matches = lookup_word(text);
    if (matches.empty()) continue;
    int says = 0;
    for (const std::size_t i : where) {
      const NameToken* n = next(i);
      if (n && is_reporting_verb(n->text)) ++says;
    }
    std::vector<const NameEntity*> seen, seen_named, seen_quoted;
    for (const NameMatch& m : matches) {
      if (std::find(seen.begin(), seen.end(), m.entity) == seen.end()) {
        seen.push_back(m.entity);
        mentions_[m.entity] += static_cast<int>(where.size());
      }
      if (!m.given &&
          std::find(seen_named.begin(), seen_named.end(), m.entity) == seen_named.end()) {
        seen_named.push_back(m.entity);
        named_[m.entity] += static_cast<int>(where.size());
      }
      if (says > 0 && !m.given &&
          std::find(seen_quoted.begin(), seen_quoted.end(), m.entity) == seen_quoted.end()) {
        seen_quoted.push_back(m.entity);
        quoted_[m.entity] += says;
      }
    }
  }
  for (const auto& [text, count] : counts_) forms_.push_back(name_form(text));
}

const std::vector<NameMatch>& ArticleNames::lookup_word(std::string_view word) const {
  if (auto it = matches_.find(word); it != matches_.end()) return it->second;
  return matches_.emplace(std::string(word), lexicon_.names().lookup_word(word)).first->second;
}

const NameToken* ArticleNames::next(std::size_t i) const {
  if (i + 1 >= tokens_.size()) return nullptr;
  const auto gap = document_.slice(tokens_[i].word->span.end, tokens_[i + 1].word->span.begin);
  return only(gap, " ") ? &tokens_[i + 1] : nullptr;
}

const NameToken* ArticleNames::previous(std::size_t i) const {
  if (i == 0) return nullptr;
  const auto gap = document_.slice(tokens_[i - 1].word->span.end, tokens_[i].word->span.begin);
  return only(gap, " .") ? &tokens_[i - 1] : nullptr;
}

bool ArticleNames::name_like(const NameToken& t) const {
  const Word& w = *t.word;
  return w.capitalised && w.latin && !w.has_digit && !w.has_inner_dot && t.text.size() > 1;
}

int ArticleNames::line_of(std::size_t offset) const {
  return static_cast<int>(document_.lines().line_of(offset)) + document_.first_line();
}

const NameToken* ArticleNames::first(std::string_view text) const {
  auto it = first_.find(text);
  return it == first_.end() ? nullptr : &tokens_[it->second];
}

const std::vector<std::size_t>& ArticleNames::occurrences(std::string_view text) const {
  static const std::vector<std::size_t> kNone;
  auto it = occurrences_.find(text);
  return it == occurrences_.end() ? kNone : it->second;
}

bool ArticleNames::is_reporting_verb(std::string_view word) const {
  return std::find(kReportingVerbs.begin(), kReportingVerbs.end(), word) != kReportingVerbs.end();
}

bool ArticleNames::english_word(std::string_view word) const {
  return lexicon_.is_known(to_lower(word));
}

bool ArticleNames::is_title_any_case(std::string_view word) const {
  // ASCII words (nearly all) are lowered here without a string; others as to_lower() does.
  for (const char c : word) {
    if (static_cast<unsigned char>(c) >= 0x80) return is_title(to_lower(word));
  }
  char lower[16];
  if (word.size() > sizeof lower) return false;  // longer than any title
  for (std::size_t k = 0; k < word.size(); ++k) {
    const char c = word[k];
    lower[k] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return is_title(std::string_view(lower, word.size()));
}

bool ArticleNames::is_title(std::string_view word) const {
  return std::find(kTitles.begin(), kTitles.end(), word) != kTitles.end();
}

bool ArticleNames::in_name_slot(std::size_t i) const {
  if (const NameToken* n = next(i); n && is_reporting_verb(n->text)) return true;
  if (const NameToken* p = previous(i); p && is_title_any_case(tokens_[i - 1].text)) return true;
  // The attribution after a quotation, inverted ('…», said Count in the mixed zone'): the
  // reporting verb right after the closing quote, and a lone word after it, not a title or
  // the first of a longer name ('said Prime Minister …').
  if (const NameToken* p = previous(i); p && p == &tokens_[i - 1] && is_reporting_verb(p->text) &&
                                        !is_title_any_case(tokens_[i].text)) {
    // Nor a given name before a particle ('said Marieke van der Heijden').
    const NameToken* n = next(i);
    if (n && (name_like(*n) || is_name_particle(n->text))) return false;
    const std::string_view text = document_.text();
    std::size_t at = p->word->span.begin;
    while (at > 0 && text[at - 1] == ' ') --at;
    if (at == 0) return false;
    const std::string_view before = text.substr(0, at);
    // ” and », with or without the comma, and straight quotes.
    for (const std::string_view close :
         {"\xE2\x80\x9D", "\xC2\xBB", "\xE2\x80\x9D,", "\xC2\xBB,", ",\"", "\","}) {
      if (before.ends_with(close)) return true;
    }
  }
  return false;
}

int ArticleNames::mentions(const NameEntity& e) const {
  auto it = mentions_.find(&e);
  return it == mentions_.end() ? 0 : it->second;
}

int ArticleNames::named(const NameEntity& e) const {
  auto it = named_.find(&e);
  return it == named_.end() ? 0 : it->second;
}

bool ArticleNames::role_before(std::size_t i, const NameEntity& e, bool skip_given) const {
  return role_before_strength(i, e, skip_given) > 0;
}

const NameEntity* ArticleNames::mentioned_person_like(std::string_view word) const {
  const std::string key = name_key(word);
  if (key.size() < 3) return nullptr;
  if (!surname_keys_found_) {
    surname_keys_found_ = true;
    for (const auto& [e, count] : mentions_) {
      if (count == 0 || e->kind != EntityKind::person) continue;
      const std::vector<std::string> words = name_words(e->canonical);
      if (words.empty()) continue;
      surname_keys_.emplace_back(e, name_key(e->exact_only ? words.front() : words.back()));
    }
  }
  const NameEntity* found = nullptr;
  for (const auto& [e, surname] : surname_keys_) {
    if (surname.empty() || surname.front() != key.front() || key_distance(key, surname, 2) > 2) {
      continue;
    }
    if (found && found != e) return nullptr;
    found = e;
  }
  return found;
}

bool ArticleNames::role_ends_before(std::size_t begin, std::string_view role) const {
  const std::string_view text = document_.text();
  const std::size_t n = role.size();
  if (begin < n + 1 || text[begin - 1] != ' ') return false;
  // Right before the name, or before it in apposition ("the Research Minister, Dorothee Bär").
  const std::size_t gap = begin >= n + 2 && text[begin - 2] == ',' ? 2 : 1;
  for (std::size_t g = 1; g <= gap; ++g) {
    const std::size_t at = begin - g - n;
    if (at > 0 && std::isalnum(static_cast<unsigned char>(text[at - 1]))) continue;
    bool same = true;
    for (std::size_t j = 0; j < n && same; ++j) {
      same = std::tolower(static_cast<unsigned char>(text[at + j])) ==
             std::tolower(static_cast<unsigned char>(role[j]));
    }
    if (same) return true;
  }
  return false;
}

int ArticleNames::role_before_strength(std::size_t i, const NameEntity& e, bool skip_given) const {
  std::size_t k = i;
  if (const NameToken* p = previous(k); skip_given && p && name_like(*p)) --k;
  const std::size_t begin = tokens_[k].word->span.begin;
  int best = 0;
  for (std::string_view role : e.roles) {
    // A "former head of ..." was the head of it when the article was written.
    const bool former = role.starts_with("former ");
    if (former) role.remove_prefix(7);
    if (role_ends_before(begin, role)) best = std::max(best, former ? 1 : 2);
  }
  return best;
}

bool ArticleNames::any_role_before(std::size_t i) const {
  // As role_ends_before(): the role ends one byte before the token (a space), or two (", ").
  const std::string_view text = document_.text();
  const std::size_t begin = tokens_[i].word->span.begin;
  if (begin < 2 || text[begin - 1] != ' ') return false;
  const RolePhrases& roles = lexicon_.names().role_phrases();
  return roles.last_word_ends(text, begin - 1) ||
         (text[begin - 2] == ',' && roles.last_word_ends(text, begin - 2));
}

bool ArticleNames::long_current_role_before(std::size_t i, const NameEntity& e) const {
  const std::size_t begin = tokens_[i].word->span.begin;
  return std::any_of(e.roles.begin(), e.roles.end(), [&](const std::string& role) {
    return role.find(' ') != std::string::npos && !role.starts_with("former ") &&
           role_ends_before(begin, role);
  });
}

int ArticleNames::quoted(const NameEntity& e) const {
  auto it = quoted_.find(&e);
  return it == quoted_.end() ? 0 : it->second;
}

bool ArticleNames::unnamed_role(const NameEntity& e) const {
  const RolePhrases& roles = lexicon_.names().role_phrases();
  if (!roles_indexed_) {
    // "the Chinese Foreign Minister said": the role stands for a person the text does not
    // name. Every role of the table is looked for in one pass over the text.
    roles_indexed_ = true;
    roles.find(lower_text_, unnamed_roles_,
               [this](std::size_t at, std::size_t size) { return unnamed_at(at, size); });
  }
  const std::vector<std::uint32_t>& ids = roles.of(e);
  return std::any_of(ids.begin(), ids.end(), [&](std::uint32_t id) { return unnamed_roles_[id]; });
}

bool ArticleNames::unnamed_at(std::size_t at, std::size_t size) const {
  const std::string& text = lower_text_;
  const std::size_t after = at + size;
  if (after < text.size() && std::isalpha(static_cast<unsigned char>(text[after]))) return false;
  std::size_t k = after;
  while (k < text.size() && text[k] == ' ') ++k;
  const std::size_t original = k + (document_.text().size() - text.size());
  const bool named = k < text.size() && original < document_.text().size() &&
                     std::isupper(static_cast<unsigned char>(document_.text()[original]));
  return !named;
}

int ArticleNames::role_overlap(const Candidate& c, const std::vector<std::string>& window) {
  int best = 0;
  for (const std::vector<std::string>& words : c.role_words) {
    int hits = 0;
    for (const std::string& w : words) {
      hits += std::binary_search(window.begin(), window.end(), w) ? 1 : 0;
    }
    best = std::max(best, hits);
  }
  return best;
}

const std::vector<std::string>& ArticleNames::window_at(std::size_t i) const {
  // The words of the token's sentence and the one before it, sorted.
  const std::size_t sentence = tokens_[i].sentence;
  if (sentence == window_sentence_) return window_;
  window_.clear();
  const std::size_t from = sentence_tokens_[sentence > 0 ? sentence - 1 : 0];
  const std::size_t to = sentence_tokens_[std::min(sentence + 1, sentence_tokens_.size() - 1)];
  for (std::size_t k = from; k < to; ++k) window_.push_back(singular(to_lower(tokens_[k].text)));
  std::sort(window_.begin(), window_.end());
  window_sentence_ = sentence;
  return window_;
}

int ArticleNames::role_words_near(std::size_t i, const NameEntity& e) const {
  Candidate c{&e, 0, false, 0, {}};
  for (const std::string& role : e.roles) c.role_words.push_back(role_words(role));
  return role_overlap(c, window_at(i));
}

namespace {

// The word and the name's last word start with the same letter (by name key).
bool same_initial(std::string_view word, const std::string& name) {
  const std::string a = name_key(word);
  const std::string b = name_key(name.substr(name.rfind(' ') + 1));
  return !a.empty() && !b.empty() && a.front() == b.front();
}

}  // namespace

const NameEntity* ArticleNames::likely_entity(std::size_t i) const {
  if (!candidates_found_) {
    candidates_found_ = true;
    for (const auto& owned : lexicon_.names().entities()) {
      const NameEntity& e = *owned;
      if (e.kind != EntityKind::person || e.roles.empty()) continue;
      const int mentioned = mentions(e);
      const bool unnamed = unnamed_role(e);
      if (mentioned == 0 && !unnamed) continue;
      Candidate c{&e, mentioned, unnamed, quoted(e), {}};
      for (const std::string& role : e.roles) c.role_words.push_back(role_words(role));
      candidates_.push_back(std::move(c));
    }
  }
  // A person the article does not name, but whose role stands right before the word: a
  // candidate for this word only (the cache holds the article's candidates).
  std::vector<Candidate> here;
  if (any_role_before(i)) {
    for (const auto& owned : lexicon_.names().entities()) {
      const NameEntity& e = *owned;
      if (e.kind != EntityKind::person || e.roles.empty() || !role_before(i, e, false)) continue;
      if (std::none_of(candidates_.begin(), candidates_.end(),
                       [&](const Candidate& c) { return c.entity == &e; })) {
        Candidate c{&e, 0, true, 0, {}};
        for (const std::string& role : e.roles) c.role_words.push_back(role_words(role));
        here.push_back(std::move(c));
      }
    }
  }
  if (candidates_.empty() && here.empty()) return nullptr;
  const std::vector<std::string>& window = window_at(i);
  // Words joined by a middle dot are a foreign name as Chinese writes it ("Yuesefu·Ashibahe"
  // for Josef Aschbacher): never a Chinese person's name.
  const std::string_view text = tokens_[i].text;
  const bool foreign_in_chinese = text.find("\u00B7") != std::string_view::npos ||
                                  text.find("\u30FB") != std::string_view::npos;
  const NameEntity* best = nullptr;
  double best_score = 0;
  bool tie = false;
  for (const std::vector<Candidate>* list : {&candidates_, &here}) {
    for (const Candidate& c : *list) {
      if (foreign_in_chinese && c.entity->exact_only) continue;
      const int overlap = role_overlap(c, window);
      if (overlap < 2 && !c.unnamed) continue;
      // One of the person's roles right before the word outweighs everything else ('German
      // Foreign Minister Wadefuer' is Wadephul, though Wang Yi fills the article); the current
      // holder of the role before a former one; between holders, the one whose name starts
      // alike.
      const int role = role_before_strength(i, *c.entity, false);
      const double score =
          overlap + (c.unnamed ? 3 : 0) + (c.quotes > 0 ? 2 : 0) + 0.5 * std::min(c.quotes, 3) +
          (c.mentioned > 0 ? 2 : 0) +
          (role > 0 ? 5.0 * role + (same_initial(text, c.entity->canonical) ? 0.25 : 0) : 0);
      if (score > best_score) {
        best = c.entity;
        best_score = score;
        tie = false;
      } else if (score == best_score) {
        tie = true;
      }
    }
  }
  return tie ? nullptr : best;
}

// Token `i` is part of the name of someone other than `e`: a capitalised word other than e's
// given name (and no title) right before it, or a capitalised word the table does not know
// right after it.
bool unknown_name_word(const ArticleNames& article, const NameToken& t) {
  return article.name_like(t) && !article.is_reporting_verb(t.text) &&
         !article.is_title_any_case(t.text) && article.lookup_word(t.text).empty();
}

bool other_persons_name(const ArticleNames& article, std::size_t i, const NameEntity& e) {
  const auto& tokens = article.tokens();
  // A surname the table does not know ("Mayor of Kiyv Vitali Klitschko" is no person's name).
  if (const NameToken* n = article.next(i); n && unknown_name_word(article, *n)) return true;
  const NameToken* p = article.previous(i);
  // At a sentence's start, only a word English does not know ('Selton Mello plays', not
  // 'Yesterday Melo said').
  if (!p || &tokens[i - 1] != p || tokens[i].word->stem.begin != p->word->stem.end + 1 ||
      !article.name_like(*p) || p->word->all_caps ||  // 'CEO', 'MP': a title, not a name
      (p->word->sentence_start && article.english_word(p->text)) ||
      article.is_title_any_case(p->text)) {
    return false;
  }
  // The person's given name, or a near spelling of it ("Anthony Brinken"), is no one else's.
  const std::vector<std::string> words = name_words(e.canonical);
  if (e.kind != EntityKind::person || words.size() < 2) return true;
  const std::string a = name_key(p->text), b = name_key(words.front());
  if (key_distance(a, b, 1) <= 1) return false;
  // Nor the last part of a hyphenated given name ('Luc' of 'Jean-Luc Mélanchon').
  if (const std::size_t dash = words.front().rfind('-');
      dash != std::string::npos &&
      key_distance(a, name_key(words.front().substr(dash + 1)), 1) <= 1) {
    return false;
  }
  // Nor is the given name of one of the person's spellings ('Leo Messi').
  return std::none_of(e.variants.begin(), e.variants.end(), [&](const NameVariant& v) {
    return v.text.starts_with(p->text) && v.text.size() > p->text.size() &&
           v.text[p->text.size()] == ' ';
  });
}

static bool ends_with_any(std::string_view word, std::initializer_list<std::string_view> endings) {
  return std::any_of(endings.begin(), endings.end(),
                     [&](std::string_view e) { return word.ends_with(e); });
}

static bool ascii_letters(std::string_view word) {
  return std::all_of(word.begin(), word.end(),
                     [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; });
}

// The second word of a Latin binomial ('Stenopterygius quadriscissus', 'Silene acaulis'): a
// lower-case word with a Latin ending right after a capitalised genus, which no dictionary knows
// as a name, or that has a Latin ending itself ('Ichthyosaurus communis').
bool continues_name(const Document& document, const Analysis& analysis, std::size_t k) {
  const auto& words = analysis.words;
  const std::string_view text = document.text();
  if (k < 2 || words[k].capitalised || !words[k - 1].capitalised) return false;
  const auto spaced = [&](std::size_t a) {  // words a and a + 1 are one space apart
    return words[a].span.end < text.size() && text[words[a].span.end] == ' ' &&
           words[a + 1].span.begin == words[a].span.end + 1;
  };
  static constexpr std::array<std::string_view, 11> kArticles = {
      "Le", "La", "Les", "Il", "Lo", "El", "Los", "Der", "Die", "Das", "Het"};
  const std::string_view article = text.substr(words[k - 2].span.begin, words[k - 2].span.size());
  return spaced(k - 2) && spaced(k - 1) &&
         std::find(kArticles.begin(), kArticles.end(), article) != kArticles.end();
}

bool species_epithet(const Document& document, const Analysis& analysis, const Lexicon& lexicon,
                     std::size_t i) {
  const auto& words = analysis.words;
  if (i == 0) return false;
  const Word& genus = words[i - 1];
  const std::string_view word = document.slice(words[i].stem.begin, words[i].stem.end);
  const std::string_view name = document.slice(genus.stem.begin, genus.stem.end);
  if (!genus.capitalised || genus.all_caps || name.size() < 4 || word.size() < 5 ||
      document.slice(genus.span.end, words[i].span.begin) != " " || !ascii_letters(word) ||
      !ascii_letters(name)) {
    return false;
  }
  // An epithet in -ensis, -orum, -oides, -ii is Latin whatever the genus ('Homo
  // heidelbergensis'); so is the genus repeated in lower case ('Chanos chanos'), inside a
  // sentence.
  if (ends_with_any(word, {"ensis", "orum", "arum", "oides", "ii"})) return true;
  if (!genus.sentence_start && word.size() == name.size() && word.substr(1) == name.substr(1) &&
      std::tolower(static_cast<unsigned char>(name[0])) == word[0]) {
    return true;
  }
  return ends_with_any(word, {"us", "um", "ae", "ii", "is", "a", "i", "ens", "ans", "orum", "arum",
                              "oides", "as", "or"}) &&
         (!lexicon.is_known(name) ||
          // A genus a dictionary knows has a Latin ending too ('Ichthyosaurus', 'Arabidopsis',
          // 'Homo antecessor'), unlike 'the Poles abitious'.
          ends_with_any(name, {"us", "um", "on", "is", "ia", "ops", "ex", "ix", "yx", "mo"}) ||
          // 'Aedes', not the plural of a word ('the Poles abitious').
          (name.ends_with("es") && !lexicon.is_known(to_lower(name.substr(0, name.size() - 1)))));
}

std::string_view ArticleNames::text() const { return document_.text(); }

const NameEntity* near_given_name(const ArticleNames& article, std::size_t i, std::string& given,
                                  bool unknown_word) {
  const auto& tokens = article.tokens();
  const NameToken& t = tokens[i];
  const NameToken* next = article.next(i);
  if (!next) return nullptr;
  // The surname whole when hyphenated ('Kore-eda').
  std::string surname(next->text);
  for (auto k = static_cast<std::size_t>(next - tokens.data());
       k + 1 < tokens.size() && joined_by(article.text(), tokens[k], tokens[k + 1], '-'); ++k) {
    surname += '-';
    surname += tokens[k + 1].text;
  }
  for (const NameMatch& m : article.lookup_word(surname)) {
    if (m.given || m.how == MatchHow::fuzzy) continue;
    const std::vector<std::string> words = name_words(m.entity->canonical);
    if (words.size() != 2 || m.canonical_word != words.back() || words.front() == t.text) continue;
    const std::string a = name_key(t.text), b = name_key(words.front());
    // One slip in a name of six letters or more; two in one of eight or more that is no word
    // ('Hirozaku Kore-eda' for Hirokazu).
    const std::size_t shorter = std::min(a.size(), b.size());
    const int limit = unknown_word && shorter >= 8 ? 2 : shorter >= 6 ? 1 : 0;
    if (a.empty() || b.empty() || a.front() != b.front() || key_distance(a, b, limit) > limit) {
      continue;
    }
    given = words.front();
    return m.entity;
  }
  return nullptr;
}

bool is_name_particle(std::string_view word) {
  // Romance, Germanic and Arabic particles; Spanish "los", "las" ("de los Reyes"); Romanian
  // "din" ("Banca Națională din România"); Italian articled ones ("Teatro alla Scala"); Filipino
  // "dela" ("Catherine dela Rey"); Arabic "ben", "bint", "ould"; Kikuyu "wa" ("Ngũgĩ wa Thiong'o");
  // Dutch, German and French place names ("Wijk aan Zee", "Bergen op Zoom", "Frankfurt am Main",
  // "Châlons sur Marne"); German "für" ("Alternative für Deutschland", "Institut für
  // Weltwirtschaft").
  static constexpr std::string_view kParticles[] = {
      "de",  "des", "du",   "della", "delle", "dei",   "degli", "di",  "da",   "das",
      "dos", "do",  "van",  "von",   "der",   "den",   "ter",   "ten", "la",   "le",
      "les", "el",  "al",   "y",     "bin",   "ibn",   "zu",    "los", "las",  "din",
      "del", "e",   "alla", "dalla", "dello", "sulla", "dela",  "wa",  "aan",  "op",
      "bij", "am",  "im",   "ob",    "sur",   "sous",  "für",   "ben", "bint", "ould"};
  return std::find(std::begin(kParticles), std::end(kParticles), word) != std::end(kParticles);
}

}  // namespace mtlint
