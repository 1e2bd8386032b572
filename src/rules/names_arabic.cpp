// names.arabic-pivot: names written back into Latin letters from Arabic script ('Imanuel Makrun'
// for Emmanuel Macron, 'Baris' for Paris), found by their consonants (arabic_skeleton()).
#include <algorithm>
#include <set>

#include "core/utf8.h"
#include "lexicon/name_key.h"
#include "rules/name_context.h"
#include "rules/names.h"

namespace mtlint {

namespace {

// True when the text has a letter or punctuation mark of the Arabic script (U+0600 to U+06FF):
// the article came through Arabic.
bool has_arabic_script(std::string_view text) {
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == 0xD8 || c == 0xD9 || c == 0xDA || c == 0xDB) return true;  // lead bytes of U+06xx
  }
  return false;
}

// The letters of a word as Arabic script would carry them back, vowels kept: a tie-break
// between canonical words of one skeleton ('Baris' is nearer Paris than Boris).
std::string arabic_letters(std::string_view word) {
  const std::string s = to_lower(fold_to_ascii(word));
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if ((c == 'c' || c == 'p') && i + 1 < s.size() && s[i + 1] == 'h') {
      out += c == 'c' ? "sh" : "f";
      ++i;
    } else {
      out += c == 'p' ? 'b' : c == 'v' ? 'f' : c == 'c' ? 'k' : c == 'z' ? 's' : c;
    }
  }
  return out;
}

// Arabic writes a name's first vowel (with alif): 'Imanuel' for Emmanuel, never 'Manuel'.
bool starts_with_vowel(std::string_view word) {
  const std::string s = to_lower(fold_to_ascii(word.substr(0, 4)));
  return !s.empty() && std::string_view("aeiou").find(s.front()) != std::string_view::npos;
}

// The word starts with the Arabic article and a hyphen ('al-Bashir', 'El-Sisi').
bool with_article(std::string_view word) {
  return word.size() > 3 && word[2] == '-' &&
         (word[0] == 'a' || word[0] == 'e' || word[0] == 'A' || word[0] == 'E') && word[1] == 'l';
}

struct Finding {
  std::size_t first, last;  // tokens
  const NameEntity* entity;
  std::string fix;
  bool strong;  // a whole name, or beside an exact word of the same name
};

}  // namespace

void NamesRule::check_arabic(const CheckContext& context, const ArticleNames& article,
                             Sink& sink) const {
  const NameTable& names = context.lexicon.names();
  const auto& tokens = article.tokens();
  const std::string_view text = context.document.text();
  // A capitalised word of `shortest` letters or more that no table form and no English word is,
  // and that no dictionary or word list knows as a name either, unless `named` allows one.
  const auto candidate = [&](const NameToken& t, std::size_t shortest, bool named) {
    return article.name_like(t) && !t.word->all_caps &&
           utf8::count_code_points(t.text) >= shortest &&
           (named || !context.lexicon.is_known(t.text)) &&
           !context.lexicon.is_known(to_lower(t.text)) && article.lookup_word(t.text).empty();
  };
  // The canonical word at `position` of an entity's name that the word's skeleton gives.
  const auto word_of = [&](const NameToken& t, const NameEntity& e,
                           std::size_t position) -> const NameTable::SkeletonMatch* {
    for (const auto& m : names.arabic_matches(arabic_skeleton(t.text))) {
      if (m.entity == &e && m.position == position &&
          starts_with_vowel(m.word) == starts_with_vowel(t.text)) {
        return &m;
      }
    }
    return nullptr;
  };
  // An English word written capitalised inside a sentence, where only a name's word would be
  // ('Bit Higsith' for Pete Hegseth): it may be the given name of a whole name written back,
  // before the surname. No title ('President').
  const auto english_in_name = [&](const NameToken& t) {
    return article.name_like(t) && !t.word->all_caps && !t.word->sentence_start &&
           utf8::count_code_points(t.text) >= 3 && article.lookup_word(t.text).empty() &&
           !article.is_title_any_case(t.text);
  };
  std::vector<Finding> found;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const NameToken& t = tokens[i];
    // Beside a word of the same name, a name the word lists know will do too ('Mishal Aoun').
    const bool alone = candidate(t, 4, false);
    if (!alone && !candidate(t, 4, true)) continue;
    const std::string skeleton = arabic_skeleton(t.text);
    if (skeleton.size() < 2) continue;
    // After the Arabic article ('al-Bachir'), only a name that has it.
    const std::size_t begin = t.word->stem.begin;
    const bool after_article = begin >= 3 && with_article(text.substr(begin - 3, 4));
    std::vector<NameTable::SkeletonMatch> matches;
    for (const auto& m : names.arabic_matches(skeleton)) {
      if (after_article && !with_article(m.word)) continue;
      if (starts_with_vowel(after_article ? m.word.substr(3) : m.word) ==
          starts_with_vowel(t.text)) {
        matches.push_back(m);
        if (after_article) matches.back().word = m.word.substr(3);  // the article is written
      }
    }
    if (matches.empty()) continue;
    const NameToken* n = article.next(i);
    const NameToken* p = article.previous(i);
    // A whole two-word name of a person, both words written back ('Imanuel Makrun'); the second
    // may be short ('Stifani Bub' for Stephanie Pope).
    // (The second word may be an English word or a spelling the table knows: 'Ilun Mask'.)
    if (alone && n && n == &tokens[i + 1] && article.name_like(*n) && !n->word->all_caps &&
        utf8::count_code_points(n->text) >= 3) {
      const auto whole = std::find_if(matches.begin(), matches.end(), [&](const auto& m) {
        return m.position == 0 && m.words == 2 && m.entity->kind == EntityKind::person &&
               word_of(*n, *m.entity, 1) != nullptr;
      });
      if (whole != matches.end()) {
        found.push_back(Finding{i, i + 1, whole->entity, whole->entity->canonical, true});
        ++i;
        continue;
      }
    }
    // One word written back beside a word of the same name as the table writes it: the given
    // name before the surname ('Jozaf Aoun'), the surname after the given name ('Nabih Barri').
    const NameTable::SkeletonMatch* beside = nullptr;
    for (const auto& m : matches) {
      if (m.entity->kind != EntityKind::person || m.words < 2) continue;
      const std::vector<std::string> words = name_words(m.entity->canonical);
      const bool before_surname =
          m.position + 1 == m.words - 1 && n && n == &tokens[i + 1] && n->text == words.back();
      // (A particle before it is no word of the name: 'bin Saeed' is not 'bin Zayed'.)
      const bool after_given = m.position == m.words - 1 && m.position > 0 && p && i > 0 &&
                               p == &tokens[i - 1] && p->text == words[m.position - 1] &&
                               p->word->capitalised && !is_name_particle(to_lower(p->text));
      if (!before_surname && !after_given) continue;
      if (beside && beside->word != m.word) {  // two people: which one is unknown
        beside = nullptr;
        break;
      }
      beside = &m;
    }
    if (beside) {
      found.push_back(Finding{i, i, beside->entity, std::string(beside->word), true});
      continue;
    }
    // The surname of a whole two-word name whose given name is written back as an English word.
    if (alone && p && i > 0 && p == &tokens[i - 1] && english_in_name(*p) &&
        (found.empty() || found.back().last < i - 1)) {
      const auto whole = std::find_if(matches.begin(), matches.end(), [&](const auto& m) {
        return m.position == 1 && m.words == 2 && m.entity->kind == EntityKind::person &&
               word_of(*p, *m.entity, 0) != nullptr;
      });
      if (whole != matches.end()) {
        found.push_back(Finding{i - 1, i, whole->entity, whole->entity->canonical, true});
        continue;
      }
    }
    // A surname or a place's word alone: of three consonants or more, and one canonical word,
    // the nearest by its letters when several share the skeleton.
    if (!alone || skeleton.size() < 3) continue;
    const std::string letters = arabic_letters(t.text);
    // After a particle ('Soufiane El Bakali'), only a name with that particle before the word.
    const bool after_particle = p && i > 0 && p == &tokens[i - 1] &&
                                is_name_particle(to_lower(p->text)) &&
                                p->word->span.end + 1 == t.word->span.begin;
    const NameTable::SkeletonMatch* best = nullptr;
    int best_distance = 0;
    bool tie = false;
    for (const auto& m : matches) {
      const bool person = m.entity->kind == EntityKind::person;
      if (person && (m.words < 2 || m.position != m.words - 1)) continue;  // no given name alone
      if (after_particle) {
        const std::vector<std::string> words = name_words(m.entity->canonical);
        if (m.position == 0 || m.position >= words.size() ||
            to_lower(words[m.position - 1]) != to_lower(p->text)) {
          continue;
        }
      }
      if (to_lower(fold_to_ascii(m.word)) == to_lower(fold_to_ascii(t.text))) {
        best = nullptr;  // the same name with other accents: not this check's
        tie = false;
        break;
      }
      // Without the Arabic article the word may have lost.
      const std::string_view bare = with_article(m.word) ? m.word.substr(3) : m.word;
      const int distance = key_distance(letters, arabic_letters(bare), 8);
      if (!best || distance < best_distance) {
        best = &m;
        best_distance = distance;
        tie = false;
      } else if (distance == best_distance && m.word != best->word) {
        tie = true;
      }
    }
    if (best && !tie) found.push_back(Finding{i, i, best->entity, std::string(best->word), false});
  }
  if (found.empty()) return;
  // Only in an article that shows it came through Arabic: by its script, or by two names
  // written back, whole or beside a word of theirs, at two letters or more from the table's
  // spelling (a typo is one: 'Salvinni Matteo'). Many names of other languages share their
  // consonants with a name of the table: 'Simón' and Simeone, 'Buruk' and Boric.
  std::set<std::string_view> evidence;
  for (const Finding& f : found) {
    if (!f.strong) continue;
    const Span span{tokens[f.first].word->stem.begin, tokens[f.last].word->stem.end};
    const std::string written = to_lower(fold_to_ascii(text.substr(span.begin, span.size())));
    if (key_distance(written, to_lower(fold_to_ascii(f.fix)), 2) >= 2) {
      evidence.insert(tokens[f.first].text);
    }
  }
  if (evidence.size() < 2 && !has_arabic_script(text)) return;
  for (const Finding& f : found) {
    const Span span{tokens[f.first].word->stem.begin, tokens[f.last].word->stem.end};
    const std::string written(text.substr(span.begin, span.size()));
    const std::string of = f.fix == f.entity->canonical ? "" : " (" + f.entity->canonical + ")";
    sink.report(finding(span,
                        quote(written) + " looks like " + quote(f.fix) + of +
                            " written back from Arabic script, which has no p or v and leaves "
                            "short vowels out; write " +
                            quote(f.fix),
                        {Fix{span, f.fix}}));
  }
}

}  // namespace mtlint
