#include "rules/repetition.h"

#include <unordered_set>

#include "core/string_hash.h"
#include "lexicon/word_list.h"
#include "rules/rule_spec.h"
#include "rules/scope.h"

namespace mtlint {

Result<std::unique_ptr<Rule>> RepetitionRule::create(const RuleSpec& spec) {
  Params& p = *spec.params;
  std::unique_ptr<RepetitionRule> rule(new RepetitionRule(spec.info));
  const std::string unit = p.string("unit", "word");
  if (unit == "sentence") {
    rule->unit_ = Unit::sentence;
  } else if (unit == "paragraph") {
    rule->unit_ = Unit::paragraph;
  } else if (unit != "word") {
    p.fail("'unit' must be word, sentence or paragraph", p.node("unit"));
  }
  const auto min_words = p.integer("min_words", 4);
  if (min_words < 1) p.fail("'min_words' must be at least 1", p.node("min_words"));
  rule->min_words_ = static_cast<std::size_t>(min_words);
  for (const std::string& word : p.strings("allow")) rule->allow_.insert(to_lower(word));
  if (const auto& error = p.first_error()) return *error;
  if (rule->info().message.empty()) {
    rule->mutable_info().message = "'{match}' is repeated; delete the copy";
  }
  return std::unique_ptr<Rule>(std::move(rule));
}

void RepetitionRule::check(const CheckContext& context, Sink& sink) const {
  if (unit_ == Unit::word) {
    check_words(context, sink);
  } else {
    check_blocks(context, sink);
  }
}

namespace {

// to_lower(a) == to_lower(b), without ICU or allocations when both words are ASCII.
bool same_ignoring_case(std::string_view a, std::string_view b) {
  bool ascii = true;
  for (char c : a) ascii &= static_cast<unsigned char>(c) < 0x80;
  for (char c : b) ascii &= static_cast<unsigned char>(c) < 0x80;
  if (!ascii) return to_lower(a) == to_lower(b);
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const char x = a[i] >= 'A' && a[i] <= 'Z' ? static_cast<char>(a[i] - 'A' + 'a') : a[i];
    const char y = b[i] >= 'A' && b[i] <= 'Z' ? static_cast<char>(b[i] - 'A' + 'a') : b[i];
    if (x != y) return false;
  }
  return true;
}

}  // namespace

void RepetitionRule::check_words(const CheckContext& context, Sink& sink) const {
  const std::string_view text = context.document.text();
  const auto& words = context.analysis.words;
  // Whether words i and i + 1 are the same word separated by spaces only.
  auto same = [&](std::size_t i) {
    const Word& a = words[i];
    const Word& b = words[i + 1];
    // Numbers, and capitalised pairs, which are names ("Bora Bora", "Baden Baden").
    if (a.has_digit || b.has_digit || (a.capitalised && b.capitalised)) return false;
    // A species named by its genus twice, inside a sentence ("the milkfish, Chanos chanos"):
    // a capital the sentence does not explain, then the same word in lower case.
    if (a.capitalised && !a.sentence_start && !b.capitalised) return false;
    const std::string_view gap = text.substr(a.span.end, b.span.begin - a.span.end);
    if (gap.empty() || gap.find_first_not_of(" \t") != std::string_view::npos) return false;
    return same_ignoring_case(text.substr(a.span.begin, a.span.size()),
                              text.substr(b.span.begin, b.span.size()));
  };
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    if (!same(i)) continue;
    std::size_t last = i + 1;
    while (last + 1 < words.size() && same(last)) ++last;
    // Exactly two copies: three or more ("ha ha ha", "no no no") are deliberate.
    const bool doubled = last == i + 1;
    const Word& a = words[i];
    const std::string_view first = text.substr(a.span.begin, a.span.size());
    // An allowed pair, or a pair allowed before the word after it ('at at least').
    const std::string lower = to_lower(first);
    const bool allowed = allow_.contains(lower) ||
                         (last + 1 < words.size() &&
                          allow_.contains(lower + " " + lower + " " +
                                          to_lower(text.substr(words[last + 1].span.begin,
                                                               words[last + 1].span.size()))));
    // A word English does not know, doubled in lower case, is a reduplication of another
    // language ('our palli palli culture', Korean for 'hurry, hurry'), not a slip.
    const bool foreign = !a.capitalised && !context.lexicon.is_known(lower);
    if (doubled && !allowed && !foreign) {
      const Span span{a.span.begin, words[last].span.end};
      const std::string message =
          expand(info().message, {{"match", std::string(text.substr(span.begin, span.size()))},
                                  {"fix", std::string(first)}});
      sink.report(finding(span, message, {Fix{span, std::string(first)}}));
    }
    i = last;
  }
}

namespace {

// The text of a block with white space collapsed, and its number of words.
std::string normalise(std::string_view text, std::size_t& words) {
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  std::string out;
  out.reserve(text.size());
  words = 0;
  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n;) {
    if (blank(text[i])) {
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    while (j < n && !blank(text[j])) ++j;
    if (!out.empty()) out += ' ';
    out.append(text.data() + i, j - i);  // a word at once
    ++words;
    i = j;
  }
  return out;
}

}  // namespace

void RepetitionRule::check_blocks(const CheckContext& context, Sink& sink) const {
  const std::string_view text = context.document.text();
  const auto& blocks =
      unit_ == Unit::sentence ? context.analysis.sentences : context.analysis.paragraphs;
  std::unordered_set<std::string, StringHash, std::equal_to<>> seen;
  std::string previous;
  for (const Span& block : blocks) {
    const Span span = trim(text, block);
    std::size_t words = 0;
    std::string key = normalise(text.substr(span.begin, span.size()), words);
    if (words < min_words_ || context.analysis.holds_non_prose(span)) {
      previous.clear();
      continue;
    }
    const bool repeated = unit_ == Unit::sentence ? key == previous : !seen.insert(key).second;
    if (repeated) {
      const std::string message =
          expand(info().message,
                 {{"match", std::string(text.substr(span.begin, span.size()))}, {"fix", ""}});
      sink.report(finding(span, message, {Fix{span, ""}}));
    }
    previous = std::move(key);
  }
}

}  // namespace mtlint
