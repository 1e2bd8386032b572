#include "rules/foreign.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <unordered_map>
#include <unordered_set>

#include "core/string_hash.h"
#include "core/utf8.h"
#include "lexicon/name_table.h"
#include "lexicon/word_list.h"
#include "rules/homoglyph.h"
#include "rules/name_context.h"
#include "rules/rule_spec.h"
#include "rules/spelling.h"

namespace mtlint {

namespace {

std::string language_name(std::string_view dictionary) {
  const std::string_view code = dictionary.substr(0, 2);
  if (code == "fr") return "French";
  if (code == "de") return "German";
  if (code == "es") return "Spanish";
  if (code == "it") return "Italian";
  if (code == "pt") return "Portuguese";
  if (code == "pl") return "Polish";
  if (code == "nl") return "Dutch";
  if (code == "ru") return "Russian";
  if (code == "uk") return "Ukrainian";
  return std::string(dictionary);
}

// A letter outside the Latin script (Cyrillic, Han, Arabic, Greek...); digits, punctuation and
// combining marks belong to every script.
UScriptCode foreign_script(char32_t c) {
  if (!u_isalpha(static_cast<UChar32>(c))) return USCRIPT_INVALID_CODE;
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
  if (U_FAILURE(status) || script == USCRIPT_LATIN || script == USCRIPT_COMMON ||
      script == USCRIPT_INHERITED) {
    return USCRIPT_INVALID_CODE;
  }
  return script;
}

std::size_t letters(std::string_view word) { return utf8::count_code_points(word); }

// Longer than the longest German compound in use (about 65 letters, some of them two bytes).
constexpr std::size_t kMaxCompoundBytes = 120;

}  // namespace

Result<std::unique_ptr<Rule>> ForeignRule::create(const RuleSpec& spec) {
  Params& p = *spec.params;
  std::unique_ptr<ForeignRule> rule(new ForeignRule(spec.info));
  rule->scripts_ = p.boolean("scripts", true);
  rule->homoglyphs_ = p.boolean("homoglyphs", false);
  rule->sentences_ = p.boolean("sentences", false);
  for (const std::string& noun : p.strings("place_nouns")) rule->place_nouns_.insert(noun);
  rule->homoglyph_message_ = p.string(
      "homoglyph_message", "'{match}' has {script} letters that look Latin; write '{fix}'");
  const auto min_length = p.integer("min_length", 7);
  if (min_length < 2) p.fail("'min_length' must be at least 2", p.node("min_length"));
  rule->min_length_ = static_cast<std::size_t>(min_length);
  rule->script_message_ =
      p.string("script_message", "'{match}' is in the {script} script; translate it");
  const std::string dir = p.string("hunspell_dir", "/usr/share/hunspell");
  for (const std::string& name : p.strings("dictionaries")) {
    const std::string base = dir + "/" + name;
    std::error_code ec;
    if (!std::filesystem::exists(base + ".dic", ec) ||
        !std::filesystem::exists(base + ".aff", ec)) {
      p.fail("Hunspell dictionary '" + name + "' not found in " + dir +
                 " (install the hunspell-* package)",
             p.node("dictionaries"));
      break;
    }
    rule->dictionaries_.push_back(base);
    rule->languages_.push_back(language_name(name));
    rule->compounding_.push_back(name.rfind("de", 0) == 0);
  }
  p.string_tables(
      "glossary", "terms", "glossary term",
      [&](std::string_view language, std::string_view term, const std::string& translation) {
        // Split on spaces and hyphens, as the word breaks split 'primeiro-ministro'.
        std::vector<std::string> words;
        std::vector<char> gaps;
        char gap = ' ';
        for (const std::string& spaced : name_words(term)) {
          std::size_t from = 0;
          for (std::size_t at = 0; at <= spaced.size(); ++at) {
            if (at < spaced.size() && spaced[at] != '-') continue;
            if (at > from) {
              words.push_back(spaced.substr(from, at - from));
              gaps.push_back(gap);
            }
            gap = '-';
            from = at + 1;
          }
          gap = ' ';
        }
        if (words.empty()) return "glossary term '" + std::string(term) + "' has no word";
        std::size_t at = 0;
        const char32_t first_letter = utf8::decode(words.front(), at);
        rule->latin_terms_ =
            rule->latin_terms_ || foreign_script(first_letter) == USCRIPT_INVALID_CODE;
        const std::size_t bit = first_word_bit(words.front());
        rule->first_word_bits_[bit / 64] |= std::uint64_t{1} << (bit % 64);
        rule->by_first_word_[words.front()].push_back(rule->glossary_.size());
        rule->glossary_.push_back(
            Term{std::move(words), std::move(gaps), translation, std::string(language)});
        return std::string();
      });
  if (const auto& error = p.first_error()) return *error;
  if (rule->info().message.empty()) {
    rule->mutable_info().message = "'{match}' looks {language}; translate it";
  }
  return std::unique_ptr<Rule>(std::move(rule));
}

void ForeignRule::check(const CheckContext& context, Sink& sink) const {
  if (scripts_) check_scripts(context, sink);
  if (homoglyphs_) check_homoglyphs(context, sink);
  if (!dictionaries_.empty() || latin_terms_) check_words(context, sink);
  if (!dictionaries_.empty()) check_quotes(context, sink);
  if (sentences_) check_sentences(context, sink);
}

std::size_t ForeignRule::first_word_bit(std::string_view word) {
  if (word.empty()) return 0;
  const std::size_t h = (word.size() * 0x9E3779B1u) ^
                        (static_cast<unsigned char>(word.front()) * 0x85EBCA77u) ^
                        (static_cast<unsigned char>(word.back()) * 0xC2B2AE3Du);
  return (h ^ (h >> 15)) % kFirstWordBits;
}

bool ForeignRule::may_be_first_word(std::string_view word) const {
  const std::size_t bit = first_word_bit(word);
  return (first_word_bits_[bit / 64] >> (bit % 64)) & 1;
}

const ForeignRule::Term* ForeignRule::glossary_at(const CheckContext& context, std::size_t i,
                                                  std::size_t& last) const {
  const auto& words = context.analysis.words;
  const std::string_view text = context.document.text();
  // Without a possessive: "Yuenan’s" is the term "Yuenan".
  auto word_text = [&](std::size_t k) {
    return text.substr(words[k].stem.begin, words[k].stem.size());
  };
  const std::string_view first = word_text(i);
  auto it = may_be_first_word(first) ? by_first_word_.find(first) : by_first_word_.end();
  // At a sentence's start, a lower-case term capitalised ('Sin embargo'); not a name English
  // knows only capitalised ('Domingo sang').
  if (it == by_first_word_.end() && words[i].capitalised && words[i].sentence_start) {
    const std::string lowered = to_lower(first.substr(0, 1)) + std::string(first.substr(1));
    if (may_be_first_word(lowered) &&
        (!context.lexicon.is_known(first) || context.lexicon.is_known(lowered))) {
      it = by_first_word_.find(lowered);
    }
  }
  if (it == by_first_word_.end()) return nullptr;
  const Term* best = nullptr;
  for (const std::size_t t : it->second) {
    const Term& term = glossary_[t];
    std::size_t k = i;
    bool ok = true;
    for (std::size_t n = 1; n < term.words.size() && ok; ++n) {
      ok = k + 1 < words.size() &&
           text.substr(words[k].span.end, words[k + 1].span.begin - words[k].span.end) ==
               std::string_view(&term.gaps[n], 1) &&
           word_text(k + 1) == term.words[n];
      ++k;
    }
    if (ok && (!best || term.words.size() > best->words.size())) {
      best = &term;
      last = k;
    }
  }
  return best;
}

void ForeignRule::check_scripts(const CheckContext& context, Sink& sink) const {
  const std::string_view text = context.document.text();
  std::size_t i = 0;
  while (i < text.size()) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    std::size_t next = i;
    const UScriptCode script = foreign_script(utf8::decode(text, next));
    if (script == USCRIPT_INVALID_CODE) {
      i = next;
      continue;
    }
    // Extend over letters of any non-Latin script, marks, and spaces or hyphens between them.
    Span run{i, next};
    std::size_t at = next;
    while (at < text.size()) {
      std::size_t after = at;
      const char32_t c = utf8::decode(text, after);
      if (foreign_script(c) != USCRIPT_INVALID_CODE ||
          u_getCombiningClass(static_cast<UChar32>(c)) != 0 || c == 0x200C || c == 0x200D) {
        run.end = after;
        at = after;
      } else if (c == ' ' || c == '-' || c == '\'' || c == 0x2019) {
        at = after;  // only kept when another foreign letter follows
      } else {
        break;
      }
    }
    i = run.end;
    if (context.analysis.is_skipped(run)) continue;
    // One Greek letter is a symbol of English prose: a unit prefix ('120 μm'), a variable or
    // a variant ('β-blockers', 'Δ'), not Greek left untranslated.
    if (script == USCRIPT_GREEK && run.end == next) continue;
    Span span = run;
    std::vector<Fix> fixes;
    const auto close_for = [](char open) { return open == '[' ? ']' : open == '(' ? ')' : 0; };
    if (span.begin > 0 && span.end < text.size()) {
      const char open = text[span.begin - 1];
      if (close_for(open) && text[span.end] == close_for(open)) {
        span = Span{span.begin - 1, span.end + 1};
        // A bracketed gloss of the source: delete it, with the space before it ("Russia
        // [Росія] was" -> "Russia was").
        Span removed = span;
        if (removed.begin > 1 && text[removed.begin - 1] == ' ' && text[removed.begin - 2] != ' ') {
          --removed.begin;
        }
        fixes.push_back(Fix{removed, ""});
      }
    }
    if (fixes.empty()) {
      const std::string run_text(text.substr(run.begin, run.size()));
      if (auto it = by_first_word_.find(run_text); it != by_first_word_.end()) {
        for (const std::size_t t : it->second) {
          if (glossary_[t].words.size() == 1) fixes.push_back(Fix{run, glossary_[t].english});
        }
      }
    }
    const std::string message =
        expand(script_message_, {{"match", std::string(text.substr(span.begin, span.size()))},
                                 {"script", uscript_getName(script)}});
    sink.report(finding(span, message, std::move(fixes)));
  }
}

void ForeignRule::check_homoglyphs(const CheckContext& context, Sink& sink) const {
  const std::string_view text = context.document.text();
  for (const Word& w : context.analysis.words) {
    if (w.latin || context.analysis.is_skipped(w.span)) continue;
    const std::string_view word = text.substr(w.span.begin, w.span.size());
    const auto read = read_homoglyphs(word);
    if (!read) continue;
    const std::string message =
        expand(homoglyph_message_,
               {{"match", std::string(word)}, {"script", read->script}, {"fix", read->latin}});
    sink.report(finding(w.span, message, {Fix{w.span, read->latin}}));
  }
}

bool ForeignRule::accepts(const FormTable& table, std::size_t d, std::string_view word) const {
  return table.accepts(word) || (compounding_[d] && table.is_compound(word));
}

int ForeignRule::source_language(std::string_view word,
                                 const std::vector<const FormTable*>& tables) const {
  for (std::size_t d = 0; d < tables.size(); ++d) {
    if (tables[d] && accepts(*tables[d], d, word)) return static_cast<int>(d);
  }
  return -1;
}

namespace {

// True when the sentence holding `span` also glosses it with `english` (in any case, as whole
// words), in apposition: at most three words and a comma, bracket, dash, colon or 'or' between
// them ('the Schuldenbremse, the constitutional debt brake', 'the debt brake (Schuldenbremse)').
// The same English further off is another use of the word ('the governador of Paraná …, the
// governor of Minas Gerais').
bool glossed_nearby(const CheckContext& context, Span span, std::string_view english) {
  const auto& sentences = context.analysis.sentences;
  auto it = std::upper_bound(sentences.begin(), sentences.end(), span.begin,
                             [](std::size_t at, const Span& s) { return at < s.end; });
  if (it == sentences.end() || english.empty()) return false;
  const std::string sentence = to_lower(context.document.slice(it->begin, it->end));
  const std::string wanted = to_lower(english);
  const std::size_t term_begin = span.begin - it->begin, term_end = span.end - it->begin;
  const auto apposed = [&](std::string_view between) {
    std::size_t words = 0;
    bool in_word = false;
    for (const char c : between) {
      const bool letter =
          std::isalnum(static_cast<unsigned char>(c)) != 0 || static_cast<unsigned char>(c) >= 0x80;
      if (letter && !in_word) ++words;
      in_word = letter;
    }
    return words <= 3 && (between.find_first_of(",(:") != std::string_view::npos ||
                          between.find("\xE2\x80\x93") != std::string_view::npos ||
                          between.find("\xE2\x80\x94") != std::string_view::npos ||
                          between.find(" or ") != std::string_view::npos);
  };
  for (std::size_t at = sentence.find(wanted); at != std::string::npos;
       at = sentence.find(wanted, at + 1)) {
    const std::size_t end = at + wanted.size();
    const bool starts = at == 0 || !std::isalnum(static_cast<unsigned char>(sentence[at - 1]));
    const bool ends =
        end == sentence.size() || !std::isalnum(static_cast<unsigned char>(sentence[end]));
    if (!starts || !ends) continue;
    const std::string_view text(sentence);
    if (at >= term_end && apposed(text.substr(term_end, at - term_end))) return true;
    if (end <= term_begin && apposed(text.substr(end, term_begin - end))) return true;
  }
  return false;
}

}  // namespace

namespace {

// A German place name by its ending ("Friedrichshafen", "Sauerland", "Lüdenscheid" not): the
// compounds a translation leaves are nouns ("Kanzleramt", "Bundeskanzler"), seldom places.
bool toponym(std::string_view word) {
  static constexpr std::array<std::string_view, 16> kEndings = {
      "hafen", "burg",  "berg",    "dorf",  "heim",  "feld", "hausen", "furt",
      "bach",  "brück", "kirchen", "ingen", "stein", "wald", "rode",   "münde"};
  if (word.size() > 6 && word.ends_with("land")) return true;  // "Sauerland", "Emsland"
  return std::any_of(kEndings.begin(), kEndings.end(), [&](std::string_view ending) {
    return word.size() > ending.size() + 3 && word.ends_with(ending);
  });
}

}  // namespace

int ForeignRule::compound_language(std::string_view word,
                                   const std::vector<const FormTable*>& tables) const {
  // Only German writes compounds as one word; names are rarely two German nouns of 4+ letters.
  // Every cut hashes both halves: a word past any real compound's length is not tried.
  if (word.size() > kMaxCompoundBytes || letters(word) < 9) return -1;
  for (std::size_t d = 0; d < tables.size(); ++d) {
    if (!tables[d] || !compounding_[d] || !accepts(*tables[d], d, word)) continue;
    // Split at code-point boundaries into two parts of at least 4 letters each.
    for (std::size_t cut = 1; cut < word.size(); ++cut) {
      if (!utf8::is_lead(static_cast<unsigned char>(word[cut]))) continue;
      const std::string_view head = word.substr(0, cut);
      const std::string_view tail = word.substr(cut);
      if (letters(head) < 4 || letters(tail) < 4) continue;
      if (tables[d]->accepts(head) && accepts(*tables[d], d, capitalise(tail))) {
        return static_cast<int>(d);
      }
    }
  }
  return -1;
}

void ForeignRule::check_words(const CheckContext& context, Sink& sink) const {
  const std::string_view text = context.document.text();
  const Lexicon& lex = context.lexicon;
  // First pass, without source dictionaries: the words English and the word lists reject.
  struct Unknown {
    Span span;
    bool lower;
    bool near;  // one edit from an English suggestion: a typo ("maior"), not a foreign word
    // Two or three letters ('un', 'che'): only part of a clause with longer foreign words.
    bool short_word = false;
  };
  // Glossary terms first: reported with their English (at the end, unless an untranslated
  // clause found below covers them), and left out of the word detectors below.
  struct GlossaryFindings {
    Sink& sink;
    std::vector<Diagnostic> found;
    std::vector<Span> clauses;
    ~GlossaryFindings() {
      for (Diagnostic& d : found) {
        if (std::none_of(clauses.begin(), clauses.end(),
                         [&](Span c) { return c.begin <= d.span.begin && d.span.end <= c.end; })) {
          sink.report(std::move(d));
        }
      }
    }
  } glossary{sink, {}, {}};
  std::vector<Span> glossary_spans;
  if (latin_terms_) {
    const auto& words = context.analysis.words;
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (!words[i].latin || context.analysis.is_skipped(words[i].span)) continue;
      std::size_t last = i;
      const Term* term = glossary_at(context, i, last);
      if (!term) continue;
      const Span span{words[i].span.begin, words[last].stem.end};
      const bool capital =
          words[i].capitalised &&
          term->words.front() != text.substr(words[i].span.begin, words[i].span.size());
      const std::string english = capital ? capitalise(term->english) : term->english;
      // Explained in the same sentence ("the Schuldenbremse, the constitutional debt brake"):
      // a term an edited text keeps on purpose, not left untranslated.
      if (glossed_nearby(context, span, term->english)) {
        glossary_spans.push_back(span);
        i = last;
        continue;
      }
      const std::string message =
          expand(info().message, {{"match", std::string(text.substr(span.begin, span.size()))},
                                  {"language", term->language}});
      glossary.found.push_back(finding(span, message, {Fix{span, english}}));
      glossary_spans.push_back(span);
      i = last;
    }
  }
  const auto in_glossary_term = [&](Span s) {
    return std::any_of(glossary_spans.begin(), glossary_spans.end(),
                       [&](Span g) { return g.begin <= s.begin && s.end <= g.end; });
  };
  if (dictionaries_.empty()) return;
  std::vector<Unknown> unknown;
  const auto& words = context.analysis.words;
  for (std::size_t k = 0; k < words.size(); ++k) {
    const Word& w = words[k];
    if (!w.latin || w.has_digit || w.has_inner_dot || w.all_caps) continue;
    if (!glossary_spans.empty() && in_glossary_term(w.stem)) continue;
    // The species of a Latin binomial ('Arabidopsis thaliana').
    if (!w.capitalised && species_epithet(context.document, context.analysis, lex, k)) continue;
    const std::string_view word = text.substr(w.stem.begin, w.stem.size());
    const std::size_t length = letters(word);
    // A short word between two capitalised ones is a particle of a name ('Théâtre du Châtelet').
    if (length < 4 && k > 0 && k + 1 < words.size() && words[k - 1].capitalised &&
        words[k + 1].capitalised) {
      continue;
    }
    if (continues_name(context.document, context.analysis, k)) continue;
    if (length < 2 || (length < 4 && w.capitalised) || lex.is_known(word)) continue;
    // Elisions ("l’Équipe", "d’Or") belong to titles and names.
    if (word.find('\'') != std::string_view::npos ||
        word.find("\xE2\x80\x99") != std::string_view::npos) {
      continue;
    }
    const std::string lower = to_lower(word);
    if (lex.is_known(lower)) continue;
    // A short word in lower case is no name ('un' is not the 'Un' of Kim Jong Un).
    if (length < 4) {
      unknown.push_back(Unknown{w.stem, true, true, true});
      continue;
    }
    if (lex.is_known(capitalise(lower))) continue;
    // An English typo (a word one edit away) is the spelling rule's, not a foreign word.
    const bool near = !w.capitalised && lex.has_near_word(word);
    unknown.push_back(Unknown{w.stem, !w.capitalised, near});
  }
  if (unknown.empty()) return;
  auto adjacent = [&](std::size_t i) {  // unknown[i] and unknown[i + 1] are one space apart
    return i + 1 < unknown.size() && unknown[i + 1].span.begin == unknown[i].span.end + 1 &&
           text[unknown[i].span.end] == ' ';
  };
  // A sentence with kClauseWords or more unknown lower-case words may be left untranslated
  // whole ("Zelensky pede mais armas em Bruxelas"): each of them is looked up, and if that many
  // are foreign they are reportable though short or near an English word.
  constexpr int kClauseWords = 3;
  const auto& sentences = context.analysis.sentences;
  std::vector<std::size_t> sentence_of(unknown.size());
  std::vector<int> lower_in_sentence(sentences.size() + 1, 0);
  for (std::size_t i = 0, s = 0; i < unknown.size(); ++i) {
    while (s < sentences.size() && sentences[s].end <= unknown[i].span.begin) ++s;
    sentence_of[i] = s;
    if (unknown[i].lower) ++lower_in_sentence[s];
  }
  // Lower-case glossary terms count too: "mais le gouvernement reste ferme" is a clause, not a
  // glossary term among typos.
  std::vector<int> glossary_in_sentence(sentences.size() + 1, 0);
  for (std::size_t g = 0, s = 0; g < glossary_spans.size(); ++g) {
    while (s < sentences.size() && sentences[s].end <= glossary_spans[g].begin) ++s;
    const auto first = static_cast<unsigned char>(text[glossary_spans[g].begin]);
    if (!std::isupper(first)) ++glossary_in_sentence[s];
  }
  for (std::size_t s = 0; s < lower_in_sentence.size(); ++s) {
    lower_in_sentence[s] += glossary_in_sentence[s];
  }
  // Which words need which dictionaries: most articles need none, so none is loaded.
  std::vector<bool> all_needed(unknown.size()), compound_needed(unknown.size());
  std::vector<bool> wanted(dictionaries_.size(), false);
  for (std::size_t i = 0; i < unknown.size(); ++i) {
    const Unknown& u = unknown[i];
    const bool left = i > 0 && adjacent(i - 1);
    const bool right = adjacent(i);
    const std::size_t length = letters(text.substr(u.span.begin, u.span.size()));
    if (u.lower) {
      all_needed[i] = (!u.near && length >= min_length_) || left || right ||
                      lower_in_sentence[sentence_of[i]] >= kClauseWords;
    } else {
      all_needed[i] = (left && unknown[i - 1].lower) || (right && unknown[i + 1].lower);
      compound_needed[i] = length >= 9;
    }
    for (std::size_t d = 0; d < wanted.size(); ++d) {
      wanted[d] = wanted[d] || all_needed[i] || (compound_needed[i] && compounding_[d]);
    }
  }
  if (std::none_of(wanted.begin(), wanted.end(), [](bool b) { return b; })) return;
  std::vector<const FormTable*> tables(dictionaries_.size(), nullptr);
  for (std::size_t d = 0; d < tables.size(); ++d) {
    if (wanted[d]) tables[d] = lex.source_dictionary(dictionaries_[d]);
  }

  struct Candidate {
    Span span;
    int language;
    bool lower;
    bool strong;  // reportable on its own
    std::size_t sentence;
    bool short_word;
  };
  std::vector<Candidate> found;
  // Names and foreign words recur in an article: each spelling is looked up once.
  std::unordered_map<std::string_view, int, StringHash> compound_memo, source_memo;
  const auto memoised = [&](auto& memo, std::string_view word, auto&& compute) {
    const auto [it, added] = memo.try_emplace(word, -1);
    if (added) it->second = compute(word, tables);
    return it->second;
  };
  for (std::size_t i = 0; i < unknown.size(); ++i) {
    const Unknown& u = unknown[i];
    const std::string_view word = text.substr(u.span.begin, u.span.size());
    int language = compound_needed[i]
                       ? memoised(compound_memo, word,
                                  [&](auto w, const auto& t) { return compound_language(w, t); })
                       : -1;
    const bool strong = u.lower ? !u.near && letters(word) >= min_length_ : language >= 0;
    if (language < 0 && all_needed[i]) {
      language =
          memoised(source_memo, word, [&](auto w, const auto& t) { return source_language(w, t); });
    }
    if (language < 0) continue;
    found.push_back(Candidate{u.span, language, u.lower, strong, sentence_of[i], u.short_word});
  }
  // A clause: kClauseWords foreign words in lower case, two of them glossary terms or words of
  // four letters or more ('un tema che gli sta a cuore'; not three short typos).
  std::vector<int> found_in_sentence = glossary_in_sentence;
  std::vector<int> long_in_sentence = glossary_in_sentence;
  for (const Candidate& c : found) {
    found_in_sentence[c.sentence] += c.lower ? 1 : 0;
    long_in_sentence[c.sentence] += c.lower && !c.short_word ? 1 : 0;
  }
  for (Candidate& c : found) {
    if (c.lower && found_in_sentence[c.sentence] >= kClauseWords &&
        long_in_sentence[c.sentence] >= 2) {
      c.strong = true;
    }
  }
  // A capitalised compound is a place after 'in', 'from', 'near'... ("fossils from
  // Holzmaden"), and part of a name after a capitalised word, maybe across a particle ("Museum
  // für Naturkunde").
  const auto name_or_place_before = [&](Span span) {
    auto it = std::lower_bound(words.begin(), words.end(), span.begin,
                               [](const Word& w, std::size_t at) { return w.span.begin < at; });
    std::size_t k = static_cast<std::size_t>(it - words.begin());
    const auto spaced = [&](std::size_t a, std::size_t b) {  // words a and b one space apart
      return words[b].span.begin == words[a].span.end + 1 && text[words[a].span.end] == ' ';
    };
    if (k == 0 || k >= words.size() || !spaced(k - 1, k)) return false;
    const Word& p = words[k - 1];
    const std::string_view before = text.substr(p.stem.begin, p.stem.size());
    static constexpr std::array<std::string_view, 8> kPlacePrepositions = {
        "in", "from", "near", "at", "outside", "around", "to", "of"};
    if (!p.capitalised && std::find(kPlacePrepositions.begin(), kPlacePrepositions.end(), before) !=
                              kPlacePrepositions.end()) {
      return true;
    }
    if (p.capitalised && !p.sentence_start) return true;
    return !p.capitalised && letters(before) <= 3 && k >= 2 && spaced(k - 2, k - 1) &&
           words[k - 2].capitalised && !words[k - 2].sentence_start;
  };
  // And a place before an English word for a place ("the city's Westlands district").
  const auto place_noun_after = [&](Span span) {
    auto it = std::lower_bound(words.begin(), words.end(), span.end,
                               [](const Word& w, std::size_t at) { return w.span.begin < at; });
    if (it == words.end() || it->span.begin != span.end + 1 || text[span.end] != ' ') return false;
    return place_nouns_.contains(text.substr(it->stem.begin, it->stem.size()));
  };
  // A compound the article writes as a name once is a name everywhere (a headline's first word).
  std::unordered_set<std::string_view, StringHash> names_here;
  for (const Candidate& c : found) {
    if (!c.lower && (name_or_place_before(c.span) || place_noun_after(c.span)))
      names_here.insert(text.substr(c.span.begin, c.span.size()));
  }
  // Merge neighbours separated by one space into runs ("conselho municipal").
  std::vector<Diagnostic> runs;
  std::vector<bool> short_run;  // one or two words
  for (std::size_t i = 0; i < found.size();) {
    std::size_t j = i;
    bool lower = found[i].lower;
    bool strong = found[i].strong;
    bool all_near = !found[i].strong && found[i].lower;
    while (j + 1 < found.size() && found[j + 1].span.begin == found[j].span.end + 1 &&
           text[found[j].span.end] == ' ') {
      ++j;
      lower = lower || found[j].lower;
      all_near = all_near && !found[j].strong && found[j].lower;
      strong = true;
    }
    if (all_near) strong = false;  // "maior nationale": typos next to each other
    if (i == j && !lower &&
        (names_here.contains(text.substr(found[i].span.begin, found[i].span.size())) ||
         toponym(text.substr(found[i].span.begin, found[i].span.size())))) {
      strong = false;
    }
    // A name that goes on with a capitalised word after its lower-case ones ('Santé publique
    // France', the agency), or ends with one ('Passo dello Stelvio'): its first word capitalised
    // in mid-sentence too.
    if (strong && i < j && !found[i].lower && !found[i].strong) {
      auto next = std::lower_bound(words.begin(), words.end(), found[j].span.end + 1,
                                   [](const Word& w, std::size_t at) { return w.span.begin < at; });
      auto first =
          std::lower_bound(words.begin(), words.end(), found[i].span.begin,
                           [](const Word& w, std::size_t at) { return w.span.begin < at; });
      if (next != words.end() && next->span.begin == found[j].span.end + 1 &&
          text[found[j].span.end] == ' ' && next->capitalised && !next->sentence_start &&
          first != words.end() && !first->sentence_start) {
        strong = false;
      }
      // Or that ends with a capitalised word of its own, only particles between ('the Passo
      // dello Stelvio').
      bool particles = true;
      for (std::size_t k = i + 1; k < j; ++k) {
        particles = particles && found[k].lower &&
                    is_name_particle(text.substr(found[k].span.begin, found[k].span.size()));
      }
      if (particles && !found[j].lower && first != words.end() && !first->sentence_start) {
        strong = false;
      }
    }
    Span span{found[i].span.begin, found[j].span.end};
    // A run of capitalised words is a name ("Potsdamer Platz"); one lower-case word makes a phrase.
    if (strong && (lower || i == j)) {
      int language = found[i].language;
      span = grow_run(context, tables, span, language);
      span = whole_sentence(context, *tables[static_cast<std::size_t>(language)],
                            static_cast<std::size_t>(language), span);
      // The other runs of a sentence reported whole.
      if (!runs.empty() && runs.back().span.contains(span)) {
        i = j + 1;
        continue;
      }
      const std::string message =
          expand(info().message, {{"match", std::string(text.substr(span.begin, span.size()))},
                                  {"language", languages_[static_cast<std::size_t>(language)]}});
      glossary.clauses.push_back(span);
      runs.push_back(finding(span, message));
      const std::string_view run = text.substr(span.begin, span.size());
      short_run.push_back(std::count(run.begin(), run.end(), ' ') <= 1);
    }
    i = j + 1;
  }
  // Many words of one kind, each alone in English prose, are what the article is about: dishes
  // in a food report ('lomo saltado, causa, picarones'), not leftovers of a translation, which
  // come one to four in an article. Kept as notes.
  constexpr std::size_t kVocabulary = 6;
  std::unordered_set<std::string_view, StringHash> distinct;
  for (std::size_t r = 0; r < runs.size(); ++r) {
    if (short_run[r]) distinct.insert(text.substr(runs[r].span.begin, runs[r].span.size()));
  }
  for (std::size_t r = 0; r < runs.size(); ++r) {
    if (short_run[r] && distinct.size() >= kVocabulary) runs[r].severity = Severity::info;
    sink.report(std::move(runs[r]));
  }
}

}  // namespace mtlint
