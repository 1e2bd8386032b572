#include "text/quotes.h"

#include <doctest/doctest.h>

#include <string>

using namespace mtlint;

namespace {

// The text of each span that `find` returns for `text`.
std::vector<std::string> found(const std::string& text,
                               std::vector<Span> (*find)(std::string_view)) {
  std::vector<std::string> out;
  for (const Span& s : find(text)) out.push_back(text.substr(s.begin, s.size()));
  return out;
}

std::vector<std::string> quoted(const std::string& text) { return found(text, glossed_quotes); }

std::vector<std::string> named(const std::string& text) {
  return found(text, acronym_glossed_names);
}

}  // namespace

TEST_CASE("glossed quotes: original titles with their translation in brackets") {
  CHECK(quoted("Triet’s “Anatomie d’une chute” (“Anatomy of a Fall”) won.") ==
        std::vector<std::string>{"“Anatomie d’une chute”"});
  CHECK(quoted("the author of \"Cien años de soledad\" (\"One Hundred Years of Solitude\").") ==
        std::vector<std::string>{"\"Cien años de soledad\""});
  CHECK(quoted("the film “O Agente Secreto”, (The Secret Agent) opened") ==
        std::vector<std::string>{"“O Agente Secreto”"});
}

TEST_CASE("glossed quotes: terms introduced as such") {
  CHECK(quoted("known in Mexico as the “mañanera”, a daily briefing") ==
        std::vector<std::string>{"“mañanera”"});
  CHECK(quoted("what he called the \"Zeitenwende\" in 2022") ==
        std::vector<std::string>{"\"Zeitenwende\""});
  CHECK(quoted("the so-called “special military operation”") ==
        std::vector<std::string>{"“special military operation”"});
}

TEST_CASE("glossed quotes: speech and unglossed quotations stay checked") {
  // A statement, however short, is not a gloss: nothing introduces it, no bracket follows.
  CHECK(quoted("“We will win,” Zelensky said. He added: “Nous gagnerons.”").empty());
  // Too long to be a title, though a bracket follows.
  CHECK(quoted("“one two three four five six seven eight nine” (video)").empty());
  // A term too long for its introducer.
  CHECK(quoted("known as “a plan that nobody in the capital liked”").empty());
  // 'recalled' is not 'called'; an unclosed quotation is nothing.
  CHECK(quoted("he recalled “Kiev” fondly").empty());
  CHECK(quoted("known as “mañanera (morning)").empty());
  // Quotes on two lines are not one quotation.
  CHECK(quoted("called “a\nb” (x)").empty());
}

TEST_CASE("glossed quotes: titles of works after a work noun or a possessive") {
  CHECK(quoted("the Spanish film “Cinco lobitos” and Mascha Schilinski’s “In die Sonne schauen”") ==
        std::vector<std::string>{"“Cinco lobitos”", "“In die Sonne schauen”"});
  CHECK(quoted("Oliver Laxe's \"Sirāt\" premiered, as did the documentary \"Ó Brasil\".") ==
        std::vector<std::string>{"\"Sirāt\"", "\"Ó Brasil\""});
  // A statement after a possessive or a work noun is speech, not a title.
  CHECK(quoted("the minister's “Nous gagnerons.” and the film “on en parle” stay").empty());
  CHECK(quoted("the filmmaker “Cinco lobitos”").empty());
  // In apposition to the work noun.
  CHECK(quoted("whose first feature, \"Cinco lobitos\", won") ==
        std::vector<std::string>{"\"Cinco lobitos\""});
}

TEST_CASE("glossed quotes: speech given in its language, then in English or so introduced") {
  CHECK(quoted("“Je n’arrive pas à y croire,” she told the crowd, before repeating in English: "
               "“I cannot believe it.”") ==
        std::vector<std::string>{"“Je n’arrive pas à y croire,”"});
  CHECK(quoted("\"Esta película habla de la fe,\" she said, which translates as \"This film is "
               "about faith.\"") == std::vector<std::string>{"\"Esta película habla de la fe,\""});
  CHECK(quoted("He thanked the crowd in Catalan: “Moltes gràcies a tothom.”") ==
        std::vector<std::string>{"“Moltes gràcies a tothom.”"});
  // No signal, a signal after the next quotation, or a language that is not introducing it.
  CHECK(quoted("“Nous gagnerons,” he said. “We will win,” he added in English.").empty());
  CHECK(quoted("“Nous gagnerons,” he said in a speech.\n“We will win,” in English.").empty());
  CHECK(quoted("the Spanish “Nos vamos” was heard in English pubs").empty());
}

TEST_CASE("acronym-glossed names: the words whose initials the acronym spells") {
  CHECK(named("announced by the Commission électorale indépendante (CEI), after") ==
        std::vector<std::string>{"Commission électorale indépendante (CEI)"});
  CHECK(named("at the Staatliches Museum für Naturkunde Stuttgart (SMNS) in") ==
        std::vector<std::string>{"Staatliches Museum für Naturkunde Stuttgart (SMNS)"});
  CHECK(named("the Banco de España (BE) said") == std::vector<std::string>{"Banco de España (BE)"});
  // Initials that do not spell it, too few words, or no acronym.
  CHECK(named("the Conseil constitutionnel (CEI) met").empty());
  CHECK(named("the word (AB) and the budget (x)").empty());
  CHECK(named("growth (GDP) rose").empty());
}
