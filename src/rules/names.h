#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/error.h"
#include "core/string_hash.h"
#include "rules/rule.h"

namespace mtlint {

struct RuleSpec;
class ArticleNames;
struct NameForm;
struct NameEntity;

/// Checks names against the name table and against the article itself. Parameter `check`:
/// - "variant": a curated or generated variant of a table entity ('Kouleba' -> 'Kuleba');
/// - "fuzzy": an unknown capitalised word whose name key is near one entity's ("possible
///   variant of");
/// - "lowercase": a table name written in lower case that is no common word ('kyiv');
/// - "consistency": one name spelled two ways in one article (the minority or non-canonical
///   spelling is flagged, pointing at the other);
/// - "garbled": a word in a name slot ("X said", "Mr. X") that nothing explains, with the
///   entity the context suggests;
/// - "arabic": a name written back from Arabic script, whose consonants are a table name's
///   ('Imanuel Makrun' -> 'Emmanuel Macron').
/// `except_phrases` lists fixed phrases in which a variant is correct ("Chicken Kiev");
/// `allow_quoted_historical` keeps historical names inside quotations.
class NamesRule final : public Rule {
 public:
  static Result<std::unique_ptr<Rule>> create(const RuleSpec& spec);
  void check(const CheckContext& context, Sink& sink) const override;

 private:
  enum class Check { variant, fuzzy, lowercase, consistency, garbled, arabic };
  NamesRule(RuleInfo info, Check check, std::vector<std::string> except_phrases,
            bool allow_quoted_historical);
  void check_variants(const CheckContext& context, const ArticleNames& article, Sink& sink) const;
  /// A person's two-word name with its words swapped ('Ueda Kazuo' for Kazuo Ueda): the order
  /// of a source language that writes the surname first.
  void check_reordered(const CheckContext& context, const ArticleNames& article, Sink& sink) const;
  void check_fuzzy(const CheckContext& context, const ArticleNames& article, Sink& sink) const;
  /// An unknown word right before an entity's surname and near its given name; false when
  /// there is no such entity.
  bool report_given_name(const CheckContext& context, const ArticleNames& article, std::size_t i,
                         bool known, Sink& sink) const;
  /// A given name the table knows only in another language's romanisation ("Juri", "Oleksij"),
  /// before a surname the table does not know: the English spelling of the given name.
  void report_pivot_given_name(const CheckContext& context, const ArticleNames& article,
                               std::size_t i, Sink& sink) const;
  void check_lowercase(const CheckContext& context, const ArticleNames& article, Sink& sink) const;
  // Token i, a word English does not know, is a one-word name's curated variant in lower case
  // ('kiev'): reports it with the canonical name as the fix.
  void report_lowercase_variant(const CheckContext& context, const ArticleNames& article,
                                std::size_t i, Sink& sink) const;
  // The common word at token i is the whole lower-cased name of a place or organisation
  // (`proper` is its capitalised word) that the article writes with capitals in mid-sentence.
  // Returns the span of the whole name.
  std::optional<Span> written_capitalised_elsewhere(const CheckContext& context,
                                                    const ArticleNames& article, std::size_t i,
                                                    const std::string& proper) const;
  void check_consistency(const CheckContext& context, const ArticleNames& article,
                         Sink& sink) const;
  // "Uznańskim-Wiśniewskim", "Tuska": a surname the article writes, elsewhere in a Slavic case
  // form.
  void check_declined(const CheckContext& context, const ArticleNames& article, Sink& sink) const;
  void check_given_name_mix(const CheckContext& context, const ArticleNames& article,
                            Sink& sink) const;
  void check_diacritic_mix(const CheckContext& context, const ArticleNames& article,
                           const std::vector<const NameForm*>& forms, Sink& sink) const;
  // Whether the lower-case common word at token i stands for the name `proper`: after a title
  // or the person's first name, or as the subject of "said" without a determiner.
  bool lower_case_name_in_slot(const ArticleNames& article, std::size_t i,
                               std::string_view proper) const;
  void check_capital_particles(const CheckContext& context, const ArticleNames& article,
                               Sink& sink) const;
  // Whether the place variant at tokens first..last (written as `origin` says) is part of
  // another name: a club, a cup, a bank, a court.
  // "Friedrich Mertz", "Xi Jinpin": an unknown word one slip from the second word of a
  // two-word person of the table, right after the first.
  /// A slip in a hyphenated name as a whole ('Auger-Aliasime'); the last token of the
  /// reported hyphenated name starting at token `i` (`i` itself when none is reported).
  std::size_t report_hyphenated_slip(const CheckContext& context, const ArticleNames& article,
                                     std::size_t i, Sink& sink) const;
  void report_second_word_typo(const CheckContext& context, const ArticleNames& article,
                               std::size_t i, Sink& sink) const;
  bool inside_other_name(const CheckContext& context, const ArticleNames& article,
                         std::size_t first, std::size_t last, const NameEntity& entity,
                         std::string_view origin) const;
  void check_garbled(const CheckContext& context, const ArticleNames& article, Sink& sink) const;
  // "Imanuel Makrun", "Baris": names written back from Arabic script, by their consonants.
  void check_arabic(const CheckContext& context, const ArticleNames& article, Sink& sink) const;
  // "Marine The Pen", "Frenkie of Jong": a surname's particle translated, the surname kept.
  void check_translated_particles(const CheckContext& context, const ArticleNames& article,
                                  Sink& sink) const;
  // An English word in a name slot right after one of a table person's roles ("Commerce
  // Minister Wanton"): the person's name garbled or translated.
  void report_word_after_role(const CheckContext& context, const ArticleNames& article,
                              std::size_t i, Sink& sink) const;
  // "For Antonio Count" (Conte), "Hair insisted" (Cabello): a capitalised English word in a
  // name's place that translates a surname of `surname_words_`, where the article writes that
  // surname elsewhere or the table knows the given name before it with that surname; or, after a
  // given name, a word that starts like the surname of that person of the table ('Oleksandr
  // Syrian'). True when reported.
  bool report_translated_surname_word(const CheckContext& context, const ArticleNames& article,
                                      std::size_t i, Sink& sink) const;
  // "John Fonseca" (João Fonseca): an English given name right before the surname of a person
  // of the table whose given name is that name in another language (`given_names_`). True
  // when reported.
  bool report_translated_given_name(const CheckContext& context, const ArticleNames& article,
                                    std::size_t i, Sink& sink) const;
  // Whether the unknown word at token i in a name slot is the name of someone (or some firm)
  // the table does not list, as its neighbours show, rather than a garbled name.
  bool real_unknown_name(const CheckContext& context, const ArticleNames& article,
                         std::size_t i) const;
  bool excepted(const CheckContext& context, Span span) const;

  Check check_;
  std::vector<std::string> except_phrases_;
  // Lower-case words that are never a garbled subject ('she', 'several'): `common_subjects`.
  std::unordered_set<std::string, StringHash, std::equal_to<>> common_subjects_;
  // Surnames that are words of their language, by their English ("count": Conte, Italian).
  struct SurnameWord {
    std::string surname;
    std::string language;
    /// The language puts the surname first (`surname_first`): its translated surnames are
    /// reported only before a given name the table knows with the surname ('King Yi').
    bool first = false;
  };
  std::unordered_map<std::string, std::vector<SurnameWord>, StringHash, std::equal_to<>>
      surname_words_;
  // Given names by their English form ("john": João, Portuguese; Juan, Spanish).
  struct GivenName {
    std::string name;
    std::string language;
  };
  std::unordered_map<std::string, std::vector<GivenName>, StringHash, std::equal_to<>> given_names_;
  bool allow_quoted_historical_;
};

}  // namespace mtlint
