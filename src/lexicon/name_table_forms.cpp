// NameTable's generated forms that no transliteration gives: the case and gender endings of
// languages that decline surnames, Turkish dotted capitals, and Korean names romanised syllable
// by syllable.

#include <algorithm>
#include <cctype>

#include "core/utf8.h"
#include "lexicon/name_table.h"

namespace mtlint {

void NameTable::add_polish_case_forms(std::size_t e) {
  // Polish declines surnames in -ski, -cki, -dzki (and -ska...): translation from Polish leaves
  // their case forms ("prezydenta Nawrockiego" -> "of President Nawrockiego").
  const std::string& surname = canonical_words_[e].back();
  std::vector<std::string> forms;
  const auto ends = [&](std::string_view suffix) {
    return surname.size() > suffix.size() + 2 && surname.ends_with(suffix);
  };
  if (ends("ski") || ends("cki")) {
    const std::string stem = surname.substr(0, surname.size() - 1);  // "Nawrock"
    forms = {stem + "iego", stem + "iemu", stem + "im"};
  } else if (ends("ska") || ends("cka")) {
    const std::string stem = surname.substr(0, surname.size() - 1);
    forms = {stem + "iej", stem + "\xC4\x85"};  // "-skiej", "-ską"
  } else if (surname.size() >= 4 && surname.back() == 'i' &&
             std::islower(static_cast<unsigned char>(surname[surname.size() - 2]))) {
    // A foreign surname in -i takes the adjectival endings after it ("Messiego", "Messiemu",
    // "z Messim").
    forms = {surname + "ego", surname + "emu", surname + "m"};
  } else if (surname.size() >= 4 &&
             std::string_view("bcdfhlmnprstvwxz").find(surname.back()) != std::string_view::npos &&
             std::islower(static_cast<unsigned char>(surname[surname.size() - 2]))) {
    // A foreign surname that ends in a consonant takes the masculine endings: genitive -a,
    // instrumental -em, dative -owi ("Macrona", "z Macronem", "Merzowi"). After k and g the
    // instrumental is -iem ("Tuskiem"); those, and -y or vowel endings, are left out.
    forms = {surname + "a", surname + "em", surname + "owi"};
  }
  for (std::string& form : forms) add_generated(e, std::move(form), "Polish case form");
}

void NameTable::add_czech_feminine_form(std::size_t e) {
  // Czech and Slovak give a woman's foreign surname the ending -ová ("Frederiksenová",
  // "Metsolová"), which a translation from them keeps. Made for every person: no one writes
  // the form of a man's name, so it costs nothing there.
  const std::string& surname = canonical_words_[e].back();
  if (surname.size() < 3 || surname.ends_with("\xC3\xA1") ||  // "-á": Czech already
      !std::isalpha(static_cast<unsigned char>(surname.back()))) {
    return;
  }
  std::string form =
      surname.back() == 'a' ? surname.substr(0, surname.size() - 1) : std::string(surname);
  form += "ov\xC3\xA1";  // "ová"
  add_generated(e, std::move(form), "Czech feminine form");
}

void NameTable::add_turkish_dotted_form(std::size_t e) {
  // Turkish writes the capital of 'i' with a dot ("İstanbul", "İlham Aliyev", "İran"); a
  // translation from Turkish keeps it where English writes "I". It stays inside an official
  // Turkish name ("Borsa İstanbul"), like an endonym.
  NameEntity& entity = *entities_[e];
  std::string form;
  bool dotted = false;
  for (std::size_t i = 0; i < entity.canonical.size(); ++i) {
    const bool word_start = i == 0 || entity.canonical[i - 1] == ' ';
    if (word_start && entity.canonical[i] == 'I' &&
        (i + 1 >= entity.canonical.size() ||
         std::islower(static_cast<unsigned char>(entity.canonical[i + 1])))) {
      form += "\xC4\xB0";  // İ
      dotted = true;
    } else {
      form += entity.canonical[i];
    }
  }
  if (dotted) add_generated(e, std::move(form), "Turkish dotted-capital spelling");
}

namespace {

// The Revised Romanization of one Hangul syllable as names are written, each syllable alone:
// a final consonant keeps its sound at the syllable's end ('seok', not 'seog' before a vowel).
std::string revised_syllable(char32_t c) {
  static constexpr std::string_view kInitial[] = {"g",  "kk", "n", "d",  "tt", "r", "m",
                                                  "b",  "pp", "s", "ss", "",   "j", "jj",
                                                  "ch", "k",  "t", "p",  "h"};
  static constexpr std::string_view kVowel[] = {"a",  "ae", "ya", "yae", "eo", "e",  "yeo",
                                                "ye", "o",  "wa", "wae", "oe", "yo", "u",
                                                "wo", "we", "wi", "yu",  "eu", "ui", "i"};
  static constexpr std::string_view kFinal[] = {"",  "k",  "k", "k", "n", "n", "n", "t", "l", "k",
                                                "m", "l",  "l", "l", "p", "l", "m", "p", "p", "t",
                                                "t", "ng", "t", "t", "k", "t", "p", "t"};
  const char32_t s = c - 0xAC00;
  return std::string(kInitial[s / 588]) + std::string(kVowel[s % 588 / 28]) +
         std::string(kFinal[s % 28]);
}

std::string capitalised(std::string s) {
  if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

}  // namespace

void NameTable::add_korean_name_forms(std::size_t e, std::string_view native) {
  // Korean names are romanised one syllable at a time ('Yun Seok-yeol' for 윤석열), which ICU's
  // Hangul-Latin does not do ('seog-yeol'). Only for a Korean's name: Hangul syllables alone,
  // as many as the English name has (its words and hyphenated parts), not a foreign name
  // written in Hangul ('트럼프').
  std::vector<char32_t> syllables;
  for (std::size_t i = 0; i < native.size();) {
    const char32_t c = utf8::decode(native, i);
    if (c < 0xAC00 || c > 0xD7A3) return;
    syllables.push_back(c);
  }
  const auto& words = canonical_words_[e];
  std::size_t parts = 0;
  for (const std::string& w : words) parts += 1 + std::count(w.begin(), w.end(), '-');
  if (syllables.size() < 2 || syllables.size() > 4 || parts != syllables.size()) return;
  std::vector<std::string> given;
  for (std::size_t k = 1; k < syllables.size(); ++k)
    given.push_back(revised_syllable(syllables[k]));
  std::string hyphenated = capitalised(given[0]), joined = capitalised(given[0]),
              spaced = capitalised(given[0]);
  for (std::size_t k = 1; k < given.size(); ++k) {
    hyphenated += "-" + given[k];
    joined += given[k];
    spaced += " " + capitalised(given[k]);
  }
  // The given name spaced only where the English name spaces it too ('Yoon Suk Yeol'): one
  // word per syllable then stands where the English name's do.
  std::vector<std::string> forms_of_given = {hyphenated, joined};
  if (words.size() == syllables.size()) forms_of_given.push_back(spaced);
  // Hyphens and spaces in other places than the English name's are house style, not another
  // spelling ('Lee Jaeyong' for Lee Jae-yong).
  const auto letters = [](std::string_view name) {
    std::string out;
    for (const char c : name) {
      if (c != ' ' && c != '-')
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
  };
  const std::string english = letters(entities_[e]->canonical);
  std::string english_given;
  for (std::size_t k = 1; k < words.size(); ++k) english_given += (k > 1 ? " " : "") + words[k];
  if (letters(hyphenated) == letters(english_given)) forms_of_given = {english_given};
  for (const std::string& surname : {capitalised(revised_syllable(syllables[0])), words[0]}) {
    for (const std::string& g : forms_of_given) {
      std::string form = surname + " " + g;
      if (letters(form) != english) add_generated(e, std::move(form), "Revised Romanization");
    }
  }
}

void NameTable::add_generated(std::size_t e, std::string form, const std::string& origin) {
  NameEntity& entity = *entities_[e];
  const bool known = std::any_of(entity.variants.begin(), entity.variants.end(),
                                 [&](const NameVariant& v) { return v.text == form; });
  if (known || form == entity.canonical) return;
  index_form(e, form, MatchHow::generated, origin);
  entity.variants.push_back({std::move(form), origin, true});
}

}  // namespace mtlint
