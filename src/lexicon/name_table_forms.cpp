// NameTable's generated forms that no transliteration gives: the case and gender endings of
// languages that decline surnames, and Turkish dotted capitals.

#include <algorithm>
#include <cctype>

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

void NameTable::add_generated(std::size_t e, std::string form, const std::string& origin) {
  NameEntity& entity = *entities_[e];
  const bool known = std::any_of(entity.variants.begin(), entity.variants.end(),
                                 [&](const NameVariant& v) { return v.text == form; });
  if (known || form == entity.canonical) return;
  index_form(e, form, MatchHow::generated, origin);
  entity.variants.push_back({std::move(form), origin, true});
}

}  // namespace mtlint
