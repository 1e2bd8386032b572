// ForeignRule::grow_run and check_quotes: an untranslated clause or quoted phrase as one finding.
#include <algorithm>
#include <cctype>
#include <cstring>
#include <initializer_list>
#include <string>

#include "core/utf8.h"
#include "lexicon/word_list.h"
#include "rules/foreign.h"

namespace mtlint {

Span ForeignRule::grow_run(const CheckContext& context, const std::vector<const FormTable*>& tables,
                           Span run, int& language) const {
  // Words join across single spaces only: punctuation ends a clause ("euros, según ...").
  // A joining word is lower case (German nouns: capitalised and unknown to English too), and
  // the run may not end on a word English knows: 'del', 'i', 'z' join only between foreign
  // words, so an English neighbour the source dictionary happens to accept ('a', 'plan') stays
  // out.
  constexpr std::size_t kMaxWords = 12;  // per side: a clause, not a paragraph
  const std::string_view text = context.document.text();
  const Lexicon& lex = context.lexicon;
  const auto& words = context.analysis.words;
  const auto first =
      std::lower_bound(words.begin(), words.end(), run.begin,
                       [](const Word& w, std::size_t at) { return w.stem.begin < at; });
  if (first == words.end() || first->stem.begin != run.begin) return run;
  const std::size_t seed_begin = static_cast<std::size_t>(first - words.begin());
  std::size_t seed_end = seed_begin;
  while (seed_end + 1 < words.size() && words[seed_end].stem.end < run.end) ++seed_end;
  const auto joined = [&](std::size_t k) {  // words k and k + 1 are one space apart
    return words[k + 1].stem.begin == words[k].stem.end + 1 && words[k].span == words[k].stem &&
           text[words[k].stem.end] == ' ';
  };
  const auto english = [&](std::string_view word) {
    return lex.is_known(word) || lex.is_known(to_lower(word));
  };
  std::size_t best_from = seed_begin, best_to = seed_end, best_words = 0;
  for (std::size_t d = 0; d < tables.size(); ++d) {
    if (!tables[d]) continue;
    const auto joins = [&](std::size_t k) {
      const Word& w = words[k];
      if (!w.latin || w.has_digit || w.has_inner_dot || w.all_caps) return false;
      if (context.analysis.is_skipped(w.span)) return false;
      const std::string_view word = text.substr(w.stem.begin, w.stem.size());
      if (w.capitalised && (!compounding_[d] || english(word))) return false;
      return accepts(*tables[d], d, word);
    };
    std::size_t from = seed_begin, to = seed_end;
    while (from > 0 && seed_begin - from < kMaxWords && joined(from - 1) && joins(from - 1)) --from;
    while (to + 1 < words.size() && to - seed_end < kMaxWords && joined(to) && joins(to + 1)) ++to;
    const auto english_at = [&](std::size_t k) {
      return english(text.substr(words[k].stem.begin, words[k].stem.size()));
    };
    while (from < seed_begin && english_at(from)) ++from;
    while (to > seed_end && english_at(to)) --to;
    const std::size_t count = to - from + 1;
    if (count > best_words || (count == best_words && static_cast<int>(d) == language)) {
      best_from = from;
      best_to = to;
      best_words = count;
      if (count > seed_end - seed_begin + 1) language = static_cast<int>(d);
    }
  }
  // Of the languages that accept every word of the run, the one that accepts the most words
  // English rejects in the sentence names it ('pede mais armas ... promete apoio' is
  // Portuguese, though French reads 'pede mais armas' too).
  const auto& sentences = context.analysis.sentences;
  const std::size_t at = words[best_from].stem.begin;
  const auto sentence = std::upper_bound(sentences.begin(), sentences.end(), at,
                                         [](std::size_t x, Span s) { return x < s.end; });
  if (sentence != sentences.end() && sentence->begin <= at) {
    // The sentence's words, found by binary search: runs are many in a long text.
    const auto sentence_words =
        std::lower_bound(words.begin(), words.end(), sentence->begin,
                         [](const Word& w, std::size_t x) { return w.stem.begin < x; });
    int best_votes = -1;
    for (std::size_t d = 0; d < tables.size(); ++d) {
      if (!tables[d]) continue;
      bool whole = true;
      for (std::size_t k = best_from; k <= best_to && whole; ++k) {
        whole = accepts(*tables[d], d, text.substr(words[k].stem.begin, words[k].stem.size()));
      }
      if (!whole) continue;
      int votes = 0;
      // At most the sentence's first 200 words: a "sentence" may be a whole unpunctuated part.
      const auto last = words.end() - sentence_words > 200 ? sentence_words + 200 : words.end();
      for (auto w = sentence_words; w != last && w->stem.begin < sentence->end; ++w) {
        if (w->capitalised || !w->latin) continue;
        const std::string_view word = text.substr(w->stem.begin, w->stem.size());
        if (!english(word) && accepts(*tables[d], d, word)) ++votes;
      }
      if (votes > best_votes || (votes == best_votes && static_cast<int>(d) == language)) {
        best_votes = votes;
        language = static_cast<int>(d);
      }
    }
  }
  return Span{words[best_from].stem.begin, words[best_to].stem.end};
}

namespace {

// The language that letters of `words` point to, of those without a source dictionary; empty
// for none. Letters no other language of the news shares: Turkish dotless 'ı' and 'ğ', Romanian
// 'ă', 'ș', 'ț', Czech 'ř', 'ě', 'ů', Hungarian 'ő', 'ű', Vietnamese 'ơ', 'ư' and its stacked
// tone marks.
std::string_view language_by_letters(std::string_view words) {
  const auto any = [&](std::initializer_list<std::string_view> letters) {
    return std::any_of(letters.begin(), letters.end(),
                       [&](std::string_view l) { return words.find(l) != std::string_view::npos; });
  };
  if (any({"ơ", "ư", "ạ", "ả", "ấ", "ầ", "ậ", "ắ", "ặ", "ẹ", "ế", "ề", "ể", "ệ",
           "ị", "ọ", "ố", "ồ", "ộ", "ớ", "ờ", "ợ", "ụ", "ủ", "ứ", "ừ", "ự"})) {
    return "Vietnamese";
  }
  if (any({"ă", "ș", "ț"})) return "Romanian";
  if (any({"ı", "ğ"})) return "Turkish";
  if (any({"ř", "ě", "ů"})) return "Czech";
  if (any({"ő", "ű"})) return "Hungarian";
  return {};
}

// The end of a sentence's closing punctuation from `end` (after its last word), within `limit`.
std::size_t closing_end(std::string_view text, std::size_t end, std::size_t limit) {
  while (end < limit) {
    const std::string_view rest = text.substr(end);
    if (rest.front() != '\0' && std::strchr(".!?\"')", rest.front()) != nullptr) {
      ++end;
    } else if (rest.starts_with("\xE2\x80\x9D") || rest.starts_with("\xE2\x80\xA6")) {  // ” …
      end += 3;
    } else if (rest.starts_with("\xC2\xBB")) {  // »
      end += 2;
    } else {
      break;
    }
  }
  return end;
}

}  // namespace

Span ForeignRule::whole_sentence(const CheckContext& context, const FormTable& table, std::size_t d,
                                 Span run) const {
  // 'Die Aktie schloss am Freitag mit einem Minus von rund zwei Prozent.': the run is 'rund zwei
  // Prozent', since words English knows too ('Die', 'am', 'Minus', 'von') do not grow it; but
  // German reads the sentence whole. At least kMinWords words, nearly all of them the source
  // language's, and a sentence of one line.
  constexpr std::size_t kMinWords = 5, kMaxWords = 80;
  const std::string_view text = context.document.text();
  const auto& sentences = context.analysis.sentences;
  const auto sentence = std::upper_bound(sentences.begin(), sentences.end(), run.begin,
                                         [](std::size_t x, Span s) { return x < s.end; });
  if (sentence == sentences.end() || sentence->begin > run.begin) return run;
  const auto& words = context.analysis.words;
  auto w = std::lower_bound(words.begin(), words.end(), sentence->begin,
                            [](const Word& word, std::size_t x) { return word.stem.begin < x; });
  std::size_t count = 0, accepted = 0, numbers = 0;
  bool first = true;
  Span whole{0, 0};
  for (; w != words.end() && w->stem.begin < sentence->end; ++w) {
    if (++count > kMaxWords) return run;
    if (first) whole.begin = w->stem.begin;
    first = false;
    whole.end = w->stem.end;
    if (w->has_digit || (w->all_caps && w->stem.size() > 1)) {
      ++accepted;  // numbers and acronyms are every language's, but do not make a sentence
      ++numbers;
      continue;
    }
    if (!w->latin || context.analysis.is_skipped(w->span)) return run;
    if (accepts(table, d, text.substr(w->stem.begin, w->stem.size()))) ++accepted;
  }
  // At most one word in ten the source language does not read (a name, an English loan).
  if (count - numbers < kMinWords || accepted * 10 < count * 9) return run;
  // To the sentence's closing punctuation on its line.
  const std::size_t end = closing_end(text, whole.end, sentence->end);
  if (text.substr(whole.begin, end - whole.begin).find('\n') != std::string_view::npos) return run;
  return Span{whole.begin, end};
}

void ForeignRule::check_sentences(const CheckContext& context, Sink& sink) const {
  // A sentence most of whose words English does not know, with at least kMarked lower-case ones
  // written with letters of one language mtlint has no dictionary of ('Konuya ilişkin resmi bir
  // açıklama henüz yapılmadı.'): left untranslated. English with a few accented loans or names
  // ('the café owner in Beşiktaş') has too few unknown words.
  constexpr std::size_t kMinWords = 4, kMarked = 2, kUnknownLower = 3;
  const std::string_view text = context.document.text();
  const Lexicon& lex = context.lexicon;
  const auto& words = context.analysis.words;
  auto w = words.begin();
  for (const Span& sentence : context.analysis.sentences) {
    while (w != words.end() && w->stem.begin < sentence.begin) ++w;
    // Most sentences have no lower-case word with a letter outside ASCII: no lookups for them.
    std::size_t candidates = 0;
    for (auto c = w; c != words.end() && c->stem.begin < sentence.end && candidates < kMarked;
         ++c) {
      if (!c->capitalised && c->latin &&
          utf8::has_non_ascii(text.substr(c->stem.begin, c->stem.size()))) {
        ++candidates;
      }
    }
    if (candidates < kMarked) continue;
    std::size_t count = 0, unknown = 0, unknown_lower = 0, marked = 0;
    std::string marked_words;
    Span whole{0, 0};
    bool first = true, skip = false;
    for (; w != words.end() && w->stem.begin < sentence.end; ++w) {
      if (w->has_digit || w->all_caps) continue;
      if (!w->latin || context.analysis.is_skipped(w->span)) {
        skip = true;
        continue;
      }
      if (first) whole.begin = w->stem.begin;
      first = false;
      whole.end = w->stem.end;
      ++count;
      const std::string_view word = text.substr(w->stem.begin, w->stem.size());
      if (lex.is_known(word) || lex.is_known(to_lower(word))) continue;
      ++unknown;
      if (w->capitalised) continue;
      ++unknown_lower;
      if (utf8::has_non_ascii(word)) {
        ++marked;
        marked_words += word;
        marked_words += ' ';
      }
    }
    if (skip || count < kMinWords || marked < kMarked || unknown_lower < kUnknownLower ||
        unknown * 2 < count) {
      continue;
    }
    const std::string_view language = language_by_letters(marked_words);
    if (language.empty()) continue;
    const std::size_t end = closing_end(text, whole.end, sentence.end);
    if (text.substr(whole.begin, end - whole.begin).find('\n') != std::string_view::npos) continue;
    const Span span{whole.begin, end};
    sink.report(finding(
        span, expand(info().message, {{"match", std::string(text.substr(span.begin, span.size()))},
                                      {"language", std::string(language)}})));
  }
}

namespace {

// A quotation on one line: the span of its text, inside the marks.
struct Quotation {
  Span inside;
};

// The quotations of `text` in curly, straight, low or angle marks, at most `max_bytes` long.
std::vector<Quotation> quotations(std::string_view text, std::size_t max_bytes) {
  struct Pair {
    std::string_view open, close;
  };
  static constexpr Pair kPairs[] = {{"\xE2\x80\x9C", "\xE2\x80\x9D"},  // “ ”
                                    {"\xE2\x80\x9E", "\xE2\x80\x9C"},  // „ “
                                    {"\xC2\xAB", "\xC2\xBB"},          // « »
                                    {"\"", "\""}};
  std::vector<Quotation> out;
  for (const Pair& pair : kPairs) {
    for (std::size_t at = text.find(pair.open); at != std::string_view::npos;
         at = text.find(pair.open, at + 1)) {
      if (pair.open == "\"" && at > 0 && std::isalnum(static_cast<unsigned char>(text[at - 1]))) {
        continue;  // a closing mark
      }
      const std::size_t begin = at + pair.open.size();
      const std::size_t end = text.find(pair.close, begin);
      if (end == std::string_view::npos || end - begin > max_bytes ||
          text.substr(begin, end - begin).find('\n') != std::string_view::npos) {
        continue;
      }
      out.push_back(Quotation{Span{begin, end}});
      at = end;
    }
  }
  std::sort(out.begin(), out.end(),
            [](const Quotation& a, const Quotation& b) { return a.inside < b.inside; });
  return out;
}

}  // namespace

void ForeignRule::check_quotes(const CheckContext& context, Sink& sink) const {
  constexpr std::size_t kMinWords = 2, kMaxWords = 8;
  const std::string_view text = context.document.text();
  const Lexicon& lex = context.lexicon;
  const auto& words = context.analysis.words;
  std::vector<const FormTable*> tables(dictionaries_.size(), nullptr);
  for (const Quotation& q : quotations(text, 160)) {
    if (context.analysis.is_skipped(q.inside)) continue;
    const auto first =
        std::lower_bound(words.begin(), words.end(), q.inside.begin,
                         [](const Word& w, std::size_t at) { return w.stem.begin < at; });
    // A quotation that starts with a capital is a title or a sentence ('"Księgi Jakubowe"
    // appeared in English as "The Books of Jacob"'); a phrase left untranslated runs on in
    // lower case.
    if (first == words.end() || first->capitalised) continue;
    std::vector<std::string_view> inside;
    std::size_t rejected = 0;
    bool plain = true;
    for (auto w = first; w != words.end() && w->stem.end <= q.inside.end; ++w) {
      if (!w->latin || w->has_digit || w->all_caps) plain = false;
      const std::string_view word = text.substr(w->stem.begin, w->stem.size());
      inside.push_back(word);
      // Lower-case words only: unknown names ('“we met Kuleba and Sybiha”') make no phrase
      // foreign, and a source table loads only for a quotation that may be one.
      if (!w->capitalised && !lex.is_known(word)) ++rejected;
    }
    // Two words English rejects, or one in three words or more ('un pas en avant').
    if (!plain || inside.size() < kMinWords || inside.size() > kMaxWords || rejected == 0 ||
        (rejected == 1 && inside.size() < 3)) {
      continue;
    }
    // Speech in English with two unknown names is no foreign phrase: every word must be read.
    for (std::size_t d = 0; d < dictionaries_.size(); ++d) {
      if (!tables[d]) tables[d] = lex.source_dictionary(dictionaries_[d]);
      if (!tables[d]) continue;
      if (!std::all_of(inside.begin(), inside.end(),
                       [&](std::string_view word) { return accepts(*tables[d], d, word); })) {
        continue;
      }
      const std::string message = expand(
          info().message, {{"match", std::string(text.substr(q.inside.begin, q.inside.size()))},
                           {"language", languages_[d]}});
      sink.report(finding(q.inside, message));
      break;
    }
  }
}

}  // namespace mtlint
