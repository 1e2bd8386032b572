#include "rules/phrases.h"

#include <algorithm>
#include <cctype>

#include "lexicon/word_list.h"
#include "rules/rule_spec.h"
#include "text/quotes.h"

namespace mtlint {

namespace {

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Like squeeze_spaces, but keeps a leading or trailing run as one space (the gap between two
// words).
std::string collapse(std::string_view gap) {
  std::string out;
  for (char c : gap) {
    if (!is_space_byte(c)) {
      out += c;
    } else if (out.empty() || out.back() != ' ') {
      out += ' ';
    }
  }
  return out;
}

// An upper bound on the number of ICU words in a phrase: runs of letters, digits and non-ASCII.
std::size_t count_words(std::string_view phrase) {
  std::size_t n = 0;
  bool in_word = false;
  for (char c : phrase) {
    const auto b = static_cast<unsigned char>(c);
    const bool word = b >= 0x80 || std::isalnum(b);
    if (word && !in_word) ++n;
    in_word = word;
  }
  return std::max<std::size_t>(n, 1);
}

}  // namespace

std::string match_case(std::string_view written, std::string_view replacement) {
  const std::string upper = to_upper(written);
  const std::string lower = to_lower(written);
  if (written == upper && written != lower && written.size() > 1) return to_upper(replacement);
  if (!written.empty() && capitalise(lower) == capitalise(written) && written != lower) {
    return capitalise(replacement);
  }
  return std::string(replacement);
}

std::string PhrasesRule::key(std::string_view text) const {
  return case_sensitive_ ? squeeze_spaces(text) : to_lower(squeeze_spaces(text));
}

Result<std::unique_ptr<Rule>> PhrasesRule::create(const RuleSpec& spec) {
  Params& p = *spec.params;
  std::unique_ptr<PhrasesRule> rule(new PhrasesRule(spec.info));
  rule->case_sensitive_ = p.boolean("case_sensitive", false);
  rule->skip_in_names_ = p.boolean("skip_in_names", false);
  const toml::table* table = p.table("phrases");
  if (const auto& error = p.first_error()) return *error;
  if (!table || table->empty())
    return p.error_at("a phrases rule needs a '[phrases]' table", table);
  rule->table_.reserve(table->size());
  for (const auto& [wrong, value] : *table) {
    std::vector<std::string> right;
    if (value.is_string()) {
      right.push_back(*value.value<std::string>());
    } else if (const toml::array* alternatives = value.as_array()) {
      for (const toml::node& item : *alternatives) {
        if (!item.is_string()) break;
        right.push_back(*item.value<std::string>());
      }
    }
    if (right.empty() || (value.as_array() && right.size() != value.as_array()->size())) {
      return p.error_at("each phrase maps to a string or an array of strings", &value);
    }
    const std::string k = rule->key(wrong.str());
    if (k.empty()) return p.error_at("an empty phrase", &value);
    rule->max_words_ = std::max(rule->max_words_, count_words(k));
    for (std::size_t n = 1; n <= k.size(); ++n) rule->prefixes_.insert(k.substr(0, n));
    rule->table_.emplace(k, std::move(right));
  }
  if (rule->info().message.empty()) rule->mutable_info().message = "write '{fix}' for '{match}'";
  return std::unique_ptr<Rule>(std::move(rule));
}

namespace {

// Lower-cases ASCII in place and leaves the rest to ICU only when needed; `out` is reused.
void fold_into(std::string_view text, bool case_sensitive, std::string& out) {
  bool ascii = true;
  for (char c : text) ascii &= static_cast<unsigned char>(c) < 0x80;
  if (!case_sensitive && !ascii) {
    out = to_lower(text);
    return;
  }
  out.assign(text);
  if (case_sensitive) return;
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
}

// The phrase at `at` ends a name of its own language: a capitalised word and a particle
// before it ('Tour de Pologne', 'Banco do Brasil', 'Fratelli d’Italia', 'Vuelta a España',
// 'Alternative für Deutschland').
bool in_foreign_name(std::string_view text, std::size_t at) {
  return after_name_particle(text, at,
                             {" de ", " du ", " di ", " da ", " do ", " a ", " del ", " della ",
                              " des ", " d'", " d\xE2\x80\x99", " f\xC3\xBCr "});
}

std::string fold(std::string_view text, bool case_sensitive) {
  std::string out;
  fold_into(text, case_sensitive, out);
  return out;
}

}  // namespace

void PhrasesRule::check(const CheckContext& context, Sink& sink) const {
  const std::string_view text = context.document.text();
  const auto& words = context.analysis.words;
  auto word = [&](std::size_t i) { return text.substr(words[i].span.begin, words[i].span.size()); };
  std::string first;
  std::vector<std::string> keys;
  std::size_t covered_until = 0;  // no overlapping matches: the longest one at a word wins
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i].span.begin < covered_until) continue;
    // Every key that starts here starts with this word: most words start none.
    fold_into(word(i), case_sensitive_, first);
    if (!prefixes_.contains(first)) continue;
    // Keys for the phrases of 1..max_words_ words starting here; never across a line break.
    keys.assign(1, first);
    for (std::size_t j = i + 1; j < words.size() && j < i + max_words_; ++j) {
      const std::string_view gap =
          text.substr(words[j - 1].span.end, words[j].span.begin - words[j - 1].span.end);
      if (gap.find('\n') != std::string_view::npos) break;
      keys.push_back(keys.back() + fold(collapse(gap), case_sensitive_) +
                     fold(word(j), case_sensitive_));
      if (!prefixes_.contains(keys.back())) break;  // no longer key starts this way either
    }
    for (std::size_t n = keys.size(); n-- > 0;) {
      auto it = table_.find(keys[n]);
      if (it == table_.end()) continue;
      const Span span{words[i].span.begin, words[i + n].span.end};
      if (skip_in_names_ && in_foreign_name(text, span.begin)) break;
      // After a capitalised word inside a sentence that English knows only as a name, it ends
      // the name of a company's branch ('Rosneft Deutschland', 'Ryanair España').
      if (skip_in_names_ && i > 0 && words[i - 1].capitalised && !words[i - 1].sentence_start &&
          text.substr(words[i - 1].span.end, words[i].span.begin - words[i - 1].span.end) == " " &&
          !context.lexicon.is_known(to_lower(word(i - 1)))) {
        break;
      }
      const std::string_view written = text.substr(span.begin, span.size());
      std::vector<Fix> fixes;
      for (const std::string& right : it->second) {
        fixes.push_back(Fix{span, case_sensitive_ ? right : match_case(written, right)});
      }
      const std::string message =
          expand(info().message, {{"match", std::string(written)}, {"fix", fixes[0].replacement}});
      sink.report(finding(span, message, std::move(fixes)));
      covered_until = span.end;
      break;
    }
  }
}

}  // namespace mtlint
