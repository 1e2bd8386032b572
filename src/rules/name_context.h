#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/string_hash.h"
#include "lexicon/lexicon.h"
#include "text/analysis.h"
#include "text/document.h"

namespace mtlint {

/// A spelling with what same_name() compares, computed once: pairs of spellings are compared by
/// the thousand in a long article.
struct NameForm {
  std::string text;
  std::string folded;  ///< lower case, ASCII letters
  std::string key;     ///< name_key(text)
};
NameForm name_form(std::string_view text);

/// One word of an article as the name checks see it.
struct NameToken {
  const Word* word;
  std::string_view text;  ///< the stem, as written: "Kouleba"
  std::size_t sentence;   ///< index into Analysis::sentences
};

/// What the name checks know about one article: its words with their sentences, and lookups
/// over them. Built once per check() call; holds views into the document.
class ArticleNames {
 public:
  ArticleNames(const Document& document, const Analysis& analysis, const Lexicon& lexicon);

  const std::vector<NameToken>& tokens() const { return tokens_; }
  /// The article's text, which the tokens view.
  std::string_view text() const;
  /// The token after `i` when only spaces separate them, else nullptr.
  const NameToken* next(std::size_t i) const;
  /// The token before `i` when only spaces (or a title's dot) separate them, else nullptr.
  const NameToken* previous(std::size_t i) const;
  /// True for a capitalised word in the Latin script that may be a name.
  bool name_like(const NameToken& t) const;
  /// How often each spelling of a name-like word occurs.
  const std::map<std::string, int, std::less<>>& counts() const { return counts_; }
  /// 1-based line of a byte offset.
  int line_of(std::size_t offset) const;
  /// The first token written exactly `text`, or nullptr.
  const NameToken* first(std::string_view text) const;
  /// The tokens written exactly `text`, in order (name-like spellings only).
  const std::vector<std::size_t>& occurrences(std::string_view text) const;
  /// Every spelling of counts(), in the same order, with its name key.
  const std::vector<NameForm>& forms() const { return forms_; }

  /// Word `i` fills a name slot: subject of a reporting verb ("X said") or after a title
  /// ("Mr. X", "President X").
  bool in_name_slot(std::size_t i) const;
  /// The entity an unexplained name at token `i` most likely stands for: a person whose role
  /// the article mentions near `i` or without a name (being quoted elsewhere only adds weight).
  const NameEntity* likely_entity(std::size_t i) const;
  /// NameTable::lookup_word, remembered per spelling for the article.
  const std::vector<NameMatch>& lookup_word(std::string_view word) const;
  /// How many times the words of entity `e`'s name (or their variants) occur in the article.
  int mentions(const NameEntity& e) const;
  /// The same, by words other than a given name alone ('Luis' names many people).
  int named(const NameEntity& e) const;
  /// The one person the article names whose surname (a Chinese person's family name) starts
  /// like `word` and is within two key edits of it ('Tiny' and Tiani); none for no one or several.
  const NameEntity* mentioned_person_like(std::string_view word) const;
  /// One of `e`'s roles stands right before token `i`, or (with `skip_given`) before the given
  /// name that precedes it: "US Secretary of State Anthony Brinken".
  bool role_before(std::size_t i, const NameEntity& e, bool skip_given = true) const;
  /// As role_before: 2 for a current role, 1 for a former one ("former German Foreign
  /// Minister"), 0 for none.
  int role_before_strength(std::size_t i, const NameEntity& e, bool skip_given = true) const;
  /// Some person's role of the table stands right before token `i` (as role_before() with
  /// `skip_given` false, for any person): a cheap test before weighing every person.
  bool any_role_before(std::size_t i) const;
  /// A current role of `e` of two words or more stands right before token `i` ("ECB President").
  bool long_current_role_before(std::size_t i, const NameEntity& e) const;
  /// The most words of one of `e`'s roles in the sentence of token `i` and the one before it.
  int role_words_near(std::size_t i, const NameEntity& e) const;

  /// "said", "stressed", ...: a verb that makes the word before it a name slot.
  bool is_reporting_verb(std::string_view word) const;
  /// "President", "Mr", ... in any case: a title that makes the word after it a name slot.
  bool is_title_any_case(std::string_view word) const;
  /// True when the dictionaries know `word` in lower case: an English word, not only a name.
  bool english_word(std::string_view word) const;

 private:
  // `role` ends right before the byte `begin` (a space between), or before ", " there.
  bool role_ends_before(std::size_t begin, std::string_view role) const;
  bool is_title(std::string_view word) const;
  int quoted(const NameEntity& e) const;
  bool unnamed_role(const NameEntity& e) const;
  bool unnamed_at(std::size_t at, std::size_t size) const;
  struct Candidate;
  /// The most words of one of the candidate's roles found in `window` (sorted).
  static int role_overlap(const Candidate& c, const std::vector<std::string>& window);
  /// The words of token i's sentence and the one before it, as role words are compared (lower
  /// case, singular: "ministers" -> "minister"), sorted.
  /// The reference stays valid until the next call.
  const std::vector<std::string>& window_at(std::size_t i) const;

  const Document& document_;
  const Analysis& analysis_;
  const Lexicon& lexicon_;
  std::vector<NameToken> tokens_;
  std::map<std::string, int, std::less<>> counts_;
  // Counted once per article, so that judging many name slots stays linear in the article.
  std::unordered_map<std::string_view, std::size_t, StringHash> first_;  // spelling -> first token
  std::map<const NameEntity*, int> mentions_;  // entity -> name-like tokens
  std::map<const NameEntity*, int> named_;     // the same, without given names alone
  std::map<const NameEntity*, int> quoted_;    // entity -> "X said" tokens
  std::unordered_map<std::string_view, std::vector<std::size_t>, StringHash> occurrences_;

  mutable std::unordered_map<std::string, std::vector<NameMatch>, StringHash, std::equal_to<>>
      matches_;
  std::vector<NameForm> forms_;
  std::vector<std::size_t> sentence_tokens_;  // sentence -> index of its first token
  // Per role phrase of the table (RolePhrases id): it occurs without a name after it; filled
  // on first need.
  mutable bool roles_indexed_ = false;
  mutable std::vector<char> unnamed_roles_;
  std::string lower_text_;  // the whole text in lower case, for role phrases
  // The people likely_entity() weighs: named in the article or by a role it leaves unnamed,
  // in table order; found on first need.
  struct Candidate {
    const NameEntity* entity;
    int mentioned;
    bool unnamed;
    int quotes;
    std::vector<std::vector<std::string>> role_words;  // of each role, as window words
  };
  mutable bool candidates_found_ = false;
  mutable std::vector<Candidate> candidates_;
  // Each person mentioned, with the name key of the surname mentioned_person_like() compares;
  // filled on first need.
  mutable bool surname_keys_found_ = false;
  mutable std::vector<std::pair<const NameEntity*, std::string>> surname_keys_;
  // window_at() of the last sentence asked for.
  mutable std::size_t window_sentence_ = static_cast<std::size_t>(-1);
  mutable std::vector<std::string> window_;
};

/// `text` in lower case: ASCII bytes directly, each space-separated piece with other characters
/// through to_lower() (the roles index of ArticleNames reads it).
std::string lower_by_piece(std::string_view text);

/// A spelling in the single quotes of the names checks' messages: 'Kouleba'.
inline std::string quote(std::string_view s) { return "'" + std::string(s) + "'"; }

/// True when token `b` follows token `a` across one `separator` and nothing else: ' ' for two
/// words of one name ('Giorgia Meloni'), '-' for the parts of a double name ('Szabó-Lengyel').
inline bool joined_by(std::string_view text, const NameToken& a, const NameToken& b,
                      char separator) {
  return b.word->span.begin == a.word->span.end + 1 && text[a.word->span.end] == separator;
}

/// The largest key distance at which two spellings in one article are taken as one name:
/// stricter than the table's, since nothing else backs the match.
int article_distance(std::size_t length_a, std::size_t length_b);

/// True when two spellings of one article probably write the same name ("Tsikhanouskaya",
/// "Tikhanovskaya"): same first letter and near name keys.
bool same_name(std::string_view a, std::string_view b);
bool same_name(const NameForm& a, const NameForm& b);

/// A lower-case particle of names in the news' languages ("de", "von", "van der", "bin", "dela",
/// "wa"): "Parc des Princes", "Ursula von der Leyen", "Copa do Brasil". Compared as written.
bool is_name_particle(std::string_view word);

/// Lower-case word `k` of the analysis goes on with a name in its language: right after a
/// capitalised word after a capitalised article ('Le Canard enchaîné', 'La France insoumise').
/// Not after a particle: 'Conseil des ministres' is left untranslated as often as 'Cour des
/// comptes' is a name English news keeps.
bool continues_name(const Document& document, const Analysis& analysis, std::size_t k);

/// Word `i` of the analysis is the second word of a Latin binomial ('Stenopterygius
/// quadriscissus', 'Arabidopsis thaliana'): a lower-case word with a Latin ending right after a
/// capitalised genus that no dictionary knows, or that has a Latin ending itself.
bool species_epithet(const Document& document, const Analysis& analysis, const Lexicon& lexicon,
                     std::size_t i);

/// Token `t` could be a name's word the table does not know: a capitalised word that is no
/// reporting verb, no title and no word of a table name.
bool unknown_name_word(const ArticleNames& article, const NameToken& t);

/// Token `i` is part of the name of someone other than `e`: a capitalised word other than e's
/// given name (and no title) right before it, or a capitalised word the table does not know
/// right after it.
bool other_persons_name(const ArticleNames& article, std::size_t i, const NameEntity& e);

/// "Volodymir Zelensky": the entity whose surname follows token `i` and whose given name is
/// near (but not equal to) the token's word; `given` is set to that given name. An
/// `unknown_word` (no dictionary's) may be two slips from a long given name.
const NameEntity* near_given_name(const ArticleNames& article, std::size_t i, std::string& given,
                                  bool unknown_word = false);

}  // namespace mtlint
