#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/error.h"
#include "core/string_hash.h"
#include "lexicon/form_table.h"
#include "rules/rule.h"

namespace mtlint {

struct RuleSpec;

/// Words and runs that belong to another language. Two detectors, each switchable:
/// - `scripts` (default true): any run of letters in a non-Latin script ("拘留", "[Україна]");
///   brackets around the run are included and the fix deletes a bracketed run;
/// - `dictionaries` (default none): Hunspell dictionaries of source languages ("fr", "de_DE",
///   ...), read as compiled word-form tables (Lexicon::source_dictionary). A word that English and
///   the word lists reject and a source dictionary accepts is reported when it is lower case, at
///   least `min_length` letters long and no near English typo, when it joins another such word, or,
///   capitalised, when it is a German compound of two nouns ("Kanzleramt"). Lone capitalised words
///   are names. A reported run grows over its neighbours (single spaces) that one source
///   language accepts, so that an untranslated clause is one finding; it does not end on a word
///   English knows.
/// A quotation of two to eight words, the first in lower case, that one source language reads
/// whole, with two words (short ones too) that English rejects, or one in three words or more, is
/// reported whole ('"une mesure de façade"', '«un pas en avant»').
/// Each source table loads the first time a word needs it (German for long capitalised
/// words, all of them for unknown lower-case words that are no English typo), so a disabled
/// rule, and most articles, cost nothing; German compounds are read off the table's
/// COMPOUNDBEGIN/MIDDLE/END forms.
/// A `glossary` (sub-tables by language name, each mapping a term as written to its English:
/// `[glossary.German] Autokorso = "motorcade"`) names terms the news leaves untranslated; a
/// glossary term is reported with its translation as the fix, whatever the detectors say
/// (a lower-case term also matches capitalised at a sentence start, and only there: "Alcalde"
/// elsewhere is a surname). Terms may be several
/// words ("conseil municipal") or a run of another script ("拘留").
/// With `homoglyphs = true`, a Latin word with Cyrillic or Greek letters that look like Latin ones
/// ("Kulebа") is reported whole, with the all-Latin word as the fix (`homoglyph_message`).
/// Placeholders: {match}, and {script} or {language}; {fix} in `homoglyph_message`.
class ForeignRule final : public Rule {
 public:
  static Result<std::unique_ptr<Rule>> create(const RuleSpec& spec);
  void check(const CheckContext& context, Sink& sink) const override;

 private:
  explicit ForeignRule(RuleInfo info) : Rule(std::move(info)) {}
  void check_scripts(const CheckContext& context, Sink& sink) const;
  void check_homoglyphs(const CheckContext& context, Sink& sink) const;
  /// Sentences in a Latin-script language without a source dictionary (Turkish, Romanian,
  /// Czech, Hungarian, Vietnamese), told by their letters: see the class comment.
  void check_sentences(const CheckContext& context, Sink& sink) const;
  void check_words(const CheckContext& context, Sink& sink) const;
  /// A quoted phrase left untranslated ('"une mesure de façade"'): see the class comment.
  void check_quotes(const CheckContext& context, Sink& sink) const;
  /// The index of the first loaded source dictionary accepting `word`, or -1.
  int source_language(std::string_view word, const std::vector<const FormTable*>& tables) const;
  /// The index of a compounding dictionary (German) that reads `word` as two nouns, or -1.
  int compound_language(std::string_view word, const std::vector<const FormTable*>& tables) const;
  /// True when table `d` accepts `word`, as a word or (compounding languages) a compound.
  bool accepts(const FormTable& table, std::size_t d, std::string_view word) const;
  /// Run `run` grown over the neighbouring words one loaded source language accepts, so that an
  /// untranslated clause is one finding ("según fuentes del ministerio"); `language` becomes the
  /// language that accepts the most words.
  Span grow_run(const CheckContext& context, const std::vector<const FormTable*>& tables, Span run,
                int& language) const;
  /// The sentence holding `run` (from its first word to its closing punctuation) when source
  /// language `d` reads nearly all of its words, so that an untranslated sentence is one
  /// finding; otherwise `run`.
  Span whole_sentence(const CheckContext& context, const FormTable& table, std::size_t d,
                      Span run) const;

  struct Term {
    std::vector<std::string> words;  // the term split on spaces and hyphens
    std::vector<char> gaps;          // gaps[n]: ' ' or '-' before words[n] (gaps[0] unused)
    std::string english;
    std::string language;
  };
  /// The longest glossary term starting at word `i` (words[i] may be capitalised where the term
  /// is not), with the index of its last word; nullptr when none.
  const Term* glossary_at(const CheckContext& context, std::size_t i, std::size_t& last) const;

  std::vector<Term> glossary_;
  // Into glossary_, by the term's first word.
  std::unordered_map<std::string, std::vector<std::size_t>, StringHash, std::equal_to<>>
      by_first_word_;
  // One bit per (length, first byte, last byte) of the terms' first words, hashed: most words
  // of a text are passed over without a lookup in by_first_word_.
  static constexpr std::size_t kFirstWordBits = 1 << 14;
  static std::size_t first_word_bit(std::string_view word);
  bool may_be_first_word(std::string_view word) const;
  std::vector<std::uint64_t> first_word_bits_ = std::vector<std::uint64_t>(kFirstWordBits / 64);
  bool latin_terms_ = false;  // some term is in the Latin script (else only runs are looked up)
  bool scripts_ = true;
  bool homoglyphs_ = false;  // Latin words with Cyrillic or Greek look-alike letters
  bool sentences_ = false;   // sentences of languages without a dictionary, by their letters
  std::string homoglyph_message_;
  std::size_t min_length_ = 7;
  std::string script_message_;
  std::vector<std::string> dictionaries_;  // paths without extension
  std::vector<std::string> languages_;     // "French", ...
  std::vector<bool> compounding_;          // German: nouns compound into one word
  // English words for a place that make the capitalised compound before them a place name
  // ('Westlands district'): `place_nouns`.
  std::unordered_set<std::string, StringHash, std::equal_to<>> place_nouns_;
};

}  // namespace mtlint
