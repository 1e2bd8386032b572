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
  // What a prize went to someone for, or what someone was nominated for.
  CHECK(quoted("The Silver Lion went to Matteo Garrone for “Io capitano”, and she was nominated "
               "for “Anatomie d’une chute” last year.") ==
        std::vector<std::string>{"“Io capitano”", "“Anatomie d’une chute”"});
  CHECK(quoted("She won the Prix Médicis in 2010 for “Naissance d’un pont”.") ==
        std::vector<std::string>{"“Naissance d’un pont”"});
  CHECK(
      quoted("The party called in 2010 for reforms, and for “Ruhe und Ordnung” in 2024.").empty());
  CHECK(quoted("The party called for “Ruhe und Ordnung” on Monday.").empty());
  CHECK(quoted("They voted for “Nous gagnerons.” again.").empty());
  // Before the name of whoever made it.
  CHECK(quoted("The jury prize went to “Sotto le nuvole” by Gianfranco Rosi.") ==
        std::vector<std::string>{"“Sotto le nuvole”"});
  CHECK(quoted("They shouted “Ruhe und Ordnung” by the gate.").empty());
  CHECK(quoted("“Nous gagnerons.” by Marine Le Pen was the slogan.").empty());
  // Named as a title: after 'behind', 'titled', 'entitled' or 'called'.
  CHECK(quoted("the filmmakers behind “Handia” and a movement called “Mer Dzevov”, a book "
               "titled “Nikkei es Perú”") ==
        std::vector<std::string>{"“Handia”", "“Mer Dzevov”", "“Nikkei es Perú”"});
  CHECK(quoted("the force behind “Nous gagnerons.” and the crowd behind “Ruhe, bitte” twice")
            .empty());
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
  // (Speech in English said to be in English may be left out: there is nothing to translate.)
  CHECK(quoted("“Nous gagnerons,” he said. “We will win,” he added in English.") ==
        std::vector<std::string>{"“We will win,”"});
  CHECK(quoted("“Nous gagnerons,” he said in a speech.\n“We will win,” in English.") ==
        std::vector<std::string>{"“We will win,”"});
  CHECK(quoted("the Spanish “Nos vamos” was heard in English pubs").empty());
}

TEST_CASE("acronym-glossed names: the words whose initials the acronym spells") {
  CHECK(named("announced by the Commission électorale indépendante (CEI), after") ==
        std::vector<std::string>{"Commission électorale indépendante (CEI)"});
  CHECK(named("at the Staatliches Museum für Naturkunde Stuttgart (SMNS) in") ==
        std::vector<std::string>{"Staatliches Museum für Naturkunde Stuttgart (SMNS)"});
  CHECK(named("the Banco de España (BE) said") == std::vector<std::string>{"Banco de España (BE)"});
  // An acronym with an accented capital, and Czech and Swedish small words skipped.
  CHECK(named("the Úřad pro ochranu hospodářské soutěže (ÚOHS), which") ==
        std::vector<std::string>{"Úřad pro ochranu hospodářské soutěže (ÚOHS)"});
  CHECK(named("by the Sveriges meteorologiska och hydrologiska institut (SMHI), the") ==
        std::vector<std::string>{"Sveriges meteorologiska och hydrologiska institut (SMHI)"});
  // Initials that do not spell it, too few words, or no acronym.
  CHECK(named("the Conseil constitutionnel (CEI) met").empty());
  CHECK(named("the word (AB) and the budget (x)").empty());
  CHECK(named("growth (GDP) rose").empty());
}

TEST_CASE("glossed quotes: a translation right after, or single quotes around a title") {
  CHECK(quoted("Vietnam’s “kỷ nguyên vươn mình,” or “era of rising,” said") ==
        std::vector<std::string>{"“kỷ nguyên vươn mình,”"});
  CHECK(quoted("the banner read “Cehenneme hoş geldiniz” – welcome to hell – a nod") ==
        std::vector<std::string>{"“Cehenneme hoş geldiniz”"});
  CHECK(quoted("described it as \"la paix des braves\" — a peace of the brave — and said") ==
        std::vector<std::string>{"\"la paix des braves\""});
  CHECK(quoted("began with a quiet “Takk fyrir” before switching to English to thank") ==
        std::vector<std::string>{"“Takk fyrir”"});
  CHECK(quoted("Icelandic fishing drama ‘Hafið kallar’ wins Golden Bear") ==
        std::vector<std::string>{"‘Hafið kallar’"});
  // Speech followed by a dash that opens a long clause, an apostrophe, or a plain 'or'.
  CHECK(quoted("“Nous gagnerons” – the minister said it twice, to the cameras and then to the "
               "crowd outside, before he left.")
            .empty());
  CHECK(quoted("the film’s ‘quiet’ power and Macron’s ‘Nous gagnerons.’ were noted").empty());
  CHECK(quoted("“Nous gagnerons” – said the minister – and left").empty());
  CHECK(quoted("“Nous gagnerons” or we lose, he said").empty());
  // A title in single quotes inside a glossed quotation is part of it, not a second span.
  CHECK(quoted("the film “Los ‘domingos’ tristes” won") ==
        std::vector<std::string>{"“Los ‘domingos’ tristes”"});
}

TEST_CASE("translated names: a name in its language and its English in brackets") {
  const auto translated = [](const std::string& text) { return found(text, translated_names); };
  CHECK(translated("includes the hard-right Svoboda a přímá demokracie (Freedom and Direct "
                   "Democracy) party and the Motoristé sobě (Motorists for Themselves).") ==
        std::vector<std::string>{"Svoboda a přímá demokracie (Freedom and Direct Democracy)",
                                 "Motoristé sobě (Motorists for Themselves)"});
  CHECK(translated("at the Staatliches Museum für Naturkunde (State Museum of Natural History)") ==
        std::vector<std::string>{
            "Staatliches Museum für Naturkunde (State Museum of Natural History)"});
  // One word, a bracket that is no English title, or no name before it.
  CHECK(translated("Kiew (Kyiv) and Warsaw (Poland) and the talks (in Geneva)").empty());
  CHECK(translated("the minister said (Reuters reported) that").empty());
  CHECK(translated("Svoboda a přímá demokracie (which means freedom)").empty());
}

TEST_CASE("introduced terms: single words given as terms without quotation marks") {
  const auto terms = [](const std::string& text) { return found(text, introduced_terms); };
  CHECK(terms("the so-called dosimetria bill, known in Icelandic as apalhraun, and the "
              "Portuguese word saudade") ==
        std::vector<std::string>{"dosimetria bill", "apalhraun", "saudade"});
  CHECK(terms("the so-called Minsk format, the Portuguese team and written in French as a rule")
            .empty());
}

TEST_CASE("introduced terms: a term of up to three words after 'so-called'") {
  const auto terms = [](const std::string& text) { return found(text, introduced_terms); };
  CHECK(terms("the so-called coalición republicana, an alliance") ==
        std::vector<std::string>{"coalición republicana"});
  // It ends at a word that goes on with the sentence, and after three words.
  CHECK(terms("the so-called tecnica sterile and the rest") ==
        std::vector<std::string>{"tecnica sterile"});
  CHECK(terms("the so-called uno dos tres cuatro plan") ==
        std::vector<std::string>{"uno dos tres"});
  CHECK(terms("the so-called ley was passed") == std::vector<std::string>{});
  CHECK(terms("the so-called Élysée talks") == std::vector<std::string>{});
}

TEST_CASE("glossed quotes: 'translates roughly as', 'meaning', '<Language> for'") {
  CHECK(quoted("quoted a proverb, \"Tishe yedesh, dalshe budesh,\" which translates roughly as "
               "\"The slower you go, the further you get.\"") ==
        std::vector<std::string>{"\"Tishe yedesh, dalshe budesh,\""});
  // (The English after 'meaning' is a term so introduced: left out too, harmlessly.)
  CHECK(quoted("the words \"Gazze yalnız değildir,\" meaning \"Gaza is not alone,\" again") ==
        std::vector<std::string>{"\"Gazze yalnız değildir,\"", "\"Gaza is not alone,\""});
  CHECK(quoted("singing \"Athletic, zu zara nagusia,\" Basque for \"Athletic, you are the "
               "greatest.\"") == std::vector<std::string>{"\"Athletic, zu zara nagusia,\""});
  // 'for' after a language that is no gloss's: the French for nothing, a team's name.
  CHECK(quoted("“Nous gagnerons,” he told the French team. “Allez!”").empty());
}

TEST_CASE("original titles: the original in brackets after the English title") {
  const auto titles = [](const std::string& text) { return found(text, original_titles); };
  CHECK(titles("for The Last Day of School (Ultima zi de școală), a satire, and The Pause (La "
               "pausa)") == std::vector<std::string>{"(Ultima zi de școală)", "(La pausa)"});
  // An acronym, a name, one capitalised word before it, or figures.
  CHECK(titles("the Foreign Ministry (MID), President Andrzej Duda (Law and Justice), the film "
               "(La pausa) and The Pause (Sala 2 de cine)")
            .empty());
}

TEST_CASE("glossed quotes: a title glossed once, repeated, or coordinated with a glossed one") {
  CHECK(quoted("his debut “Torto arado” (“Crooked Plow”) is set in Bahia; “Torto arado” has sold "
               "well.") == std::vector<std::string>{"“Torto arado”", "“Torto arado”"});
  CHECK(quoted("the opera “Le nozze di Figaro” and “Così fan tutte” return; Mozart’s “Don "
               "Giovanni”, “Idomeneo” or “Zaide” too.") ==
        std::vector<std::string>{"“Le nozze di Figaro”", "“Così fan tutte”", "“Don Giovanni”",
                                 "“Idomeneo”", "“Zaide”"});
  CHECK(quoted("the house is staging a new “Tristan und Isolde”.") ==
        std::vector<std::string>{"“Tristan und Isolde”"});
  CHECK(quoted("and a new staging of “La forza del destino” opens; the end of “Nous partons”") ==
        std::vector<std::string>{"“La forza del destino”"});
  // Not titles: speech, a statement, a quotation not joined to a glossed title.
  CHECK(quoted("the film “Cinco lobitos” opened. He said “Nous ne céderons pas” and left; "
               "“Torto arado.” was a headline.")
            .size() == 1);
  CHECK(quoted("the film “Cinco lobitos” and then “Nous ne céderons pas”, he said.").size() == 1);
}

TEST_CASE(
    "glossed quotes and terms: a long quotation with its quoted translation, ', or' glosses") {
  CHECK(
      quoted("He said: “Nous ne sommes pas dans la majorité, et nous ne le serons pas” (“We are "
             "not part of the majority, and we will not be”).") ==
      std::vector<std::string>{"“Nous ne sommes pas dans la majorité, et nous ne le serons pas”"});
  CHECK(quoted("He said: “Nous ne sommes pas dans la majorité, et nous ne le serons pas” (a "
               "pledge).")
            .empty());
  CHECK(found("a campaign against neijuan, or “involution”, and a long-term hudna, or truce. "
              "Apples, or pears and more fruit of every kind, sold well.",
              introduced_terms) == std::vector<std::string>{"neijuan", "hudna"});
}

TEST_CASE("apposed names: a name in its language glossed after ', the'") {
  CHECK(found("a pace that the Cour des comptes, the national audit office, has described",
              apposed_names) == std::vector<std::string>{"Cour des comptes"});
  // English names, glosses with capitals or too long, and no gloss at all are left alone.
  CHECK(found("the European Commission, the EU executive, said; the Bank of England, the central "
              "bank, said; the Cour des comptes, the body that audits every ministry and region, "
              "said; the Cour des comptes said",
              apposed_names)
            .empty());
}

TEST_CASE("apposed names: no English word before the name, no quotation mark inside it") {
  CHECK(found("fighting continues near Artemovsk, the commander of ground forces, said",
              apposed_names)
            .empty());
  CHECK(found("under Kyiv control», the minister stressed.", apposed_names).empty());
  // A figure is no part of a name ('It was from 16h, a level set').
  CHECK(found("It was from 16h, a level set. Polls closed at 20h, a later hour than usual.",
              apposed_names)
            .empty());
}

TEST_CASE("glossed quotes: a translation quoted after a dash, a language named, a gloss after") {
  CHECK(quoted("he told journalists: “Nejsme žádní nepřátelé” — “We are not enemies.”") ==
        std::vector<std::string>{"“Nejsme žádní nepřátelé”"});
  CHECK(
      quoted("“Não é um favor,” he told reporters at the palace — “It is not a favour.”").front() ==
      "“Não é um favor,”");
  CHECK(quoted("“La porte reste ouverte,” Faye told reporters in French. “We will see.”").front() ==
        "“La porte reste ouverte,”");
  CHECK(quoted("the region needed “bayanihan,” a word describing a community effort") ==
        std::vector<std::string>{"“bayanihan,”"});
  // Speech continued after a dash is no translation unless a quotation follows the dash at once
  // or after narration; a language word inside another word names none.
  CHECK(quoted("“We will win,” he said — and left.").empty());
  CHECK(quoted("“We will win,” he said in Frenchtown. “Soon.”").empty());
}

TEST_CASE("acronym-glossed names: small words of other languages, hyphens, elision, commas") {
  CHECK(named("Okamura’s Svoboda a přímá demokracie (SPD) and") ==
        std::vector<std::string>{"Svoboda a přímá demokracie (SPD)"});
  CHECK(named("the Union économique et monétaire ouest-africaine (UEMOA) and") ==
        std::vector<std::string>{"Union économique et monétaire ouest-africaine (UEMOA)"});
  CHECK(named("of the Patriotes africains du Sénégal pour le travail, l’éthique et la fraternité "
              "(PASTEF), is") ==
        std::vector<std::string>{
            "Patriotes africains du Sénégal pour le travail, l’éthique et la fraternité (PASTEF)"});
  // A comma right before the bracket, or initials that stop matching, end the name.
  CHECK(named("the union, (UE) said").empty());
}

TEST_CASE("introduced terms: a scientific name alone in brackets") {
  const auto terms = [](const std::string& text) { return found(text, introduced_terms); };
  CHECK(terms("yellowfin tuna (Thunnus albacares) and lingonberries (Vaccinium vitis-idaea).") ==
        std::vector<std::string>{"Thunnus albacares", "Vaccinium vitis-idaea"});
  CHECK(terms("the bank (Banco) and the rate (Fed rate cut) and (Abc de)").empty());
}

TEST_CASE("introduced terms: what others call something, before its explanation") {
  const auto terms = [](const std::string& text) { return found(text, introduced_terms); };
  CHECK(terms("what Spanish commentators call a pájara — a sudden collapse") ==
        std::vector<std::string>{"pájara"});
  CHECK(terms("they call a meeting on Monday").empty());
  // A name in its language, glossed after ', or'.
  CHECK(terms("the foundation of what he calls Jaña Qazaqstan, or New Kazakhstan, a state") ==
        std::vector<std::string>{"Jaña Qazaqstan"});
  CHECK(terms("what he calls Jaña Qazaqstan, a new state").empty());
}

TEST_CASE("introduced terms: a thing called by its name, and a word defined in apposition") {
  const auto terms = [](const std::string& text) { return found(text, introduced_terms); };
  // 'called' (or 'dubbed') before the word, which ends the phrase.
  CHECK(terms("a pillowy flatbread called somun, with onion, in a pot called a džezva.") ==
        std::vector<std::string>{"somun", "džezva"});
  CHECK(terms("he called goverment officials; she called upon them").empty());
  // After 'a', 'an' or 'of', defined by 'a' or 'an' and a lower-case word.
  CHECK(
      terms("go to an aščinica, a traditional eatery, with a spoonful of kajmak, a rich cream.") ==
      std::vector<std::string>{"aščinica", "kajmak"});
  CHECK(terms("the goverment, a move critics denounced, and the minister, a lawyer").empty());
  // Defined after a dash.
  CHECK(terms("set this year’s benefício – the allowance that decides, and the lagar — a stone "
              "trough.") == std::vector<std::string>{"benefício", "lagar"});
  CHECK(terms("the talks – The Hague said – and 2025 – a year").empty());
  // Translated after ', meaning'.
  CHECK(terms("the Greek odous, meaning tooth, and the word ceò, meaning mist") ==
        std::vector<std::string>{"odous", "ceò"});
}

TEST_CASE("introduced terms: several words glossed by a quotation, 'known as', 'means'") {
  const auto terms = [](const std::string& text) { return found(text, introduced_terms); };
  // One word before ', or': the words before it are the spelling rule's to judge.
  CHECK(terms("could constitute a sonritsu kiki jitai, or “survival-threatening situation”") ==
        std::vector<std::string>{"jitai"});
  CHECK(terms("he described it as a dostosowanie — an “adjustment” — rather") ==
        std::vector<std::string>{"dostosowanie"});
  CHECK(terms("her news conference, known as the mañanera, and justices known in Mexico as "
              "ministros, and in Italy as the zanzara tigre.") ==
        std::vector<std::string>{"mañanera", "ministros", "zanzara tigre"});
  CHECK(terms("a pun, since peccato means both things") == std::vector<std::string>{"peccato"});
  CHECK(terms("its own name, serangan fajar, literally “dawn attack”, and") ==
        std::vector<std::string>{"serangan fajar"});
  CHECK(terms("It was, literally, a disaster.").empty());
  CHECK(terms("He was known as a hard worker, written in French as a rule.").empty());
}

TEST_CASE("introduced terms: a word defined in apposition, with who, which or that") {
  const auto terms = [](const std::string& text) { return found(text, introduced_terms); };
  CHECK(terms("In practice it relies on the jumantik, the neighbourhood volunteers who check "
              "water jars.") == std::vector<std::string>{"jumantik"});
  CHECK(terms("He met the minister, the spokesman said.").empty());
  CHECK(terms("They left the room, the door that stayed open.").empty());
}

TEST_CASE("introduced terms: a local word, and a language's word for something") {
  const auto terms = [](const std::string& text) { return found(text, introduced_terms); };
  CHECK(terms("his reed boat, known locally as a mashoof, now lies stranded") ==
        std::vector<std::string>{"mashoof"});
  CHECK(terms("the Ahwar of Southern Iraq, ahwar being the Arabic word for marshes.") ==
        std::vector<std::string>{"ahwar"});
  CHECK(terms("a tifo, the Italian word for a fan display, and the hygge — the Danish term for "
              "cosiness") == std::vector<std::string>{"tifo", "hygge"});
  CHECK(terms("Organisers call it a dugnad, the Norwegian tradition of unpaid communal work.") ==
        std::vector<std::string>{"dugnad"});
  // (The word before ', or' counts as glossed too, as a term before its gloss would.)
  CHECK(terms("a state of natural disaster, or stan klęski żywiołowej, in parts of Silesia") ==
        std::vector<std::string>{"disaster", "stan klęski żywiołowej"});
  CHECK(terms("the budget, or the plan as a whole, was cut").empty());
  // No language before 'word for', or no link before the language: nothing.
  CHECK(terms("the last word for today, and the Arabic word for marshes").empty());
}

TEST_CASE("glossed quotes: a translation in apposition, not the speaker after the quotation") {
  CHECK(quoted("Marca called Alcaraz “el rey de la tierra”, the king of clay.") ==
        std::vector<std::string>{"“el rey de la tierra”"});
  CHECK(quoted("“Nous allons gagner”, the minister said.").empty());
  CHECK(quoted("“Nous allons gagner”, the French President Emmanuel Macron.").empty());
}

TEST_CASE("glossed quotes: a translation after narration that ends in 'for'") {
  CHECK(quoted("Their slogan, “hatupangwingi” — Sheng, or Nairobi street slang, for “we cannot be "
               "manipulated” — spread.")
            .front() == "“hatupangwingi”");
}

TEST_CASE("a word after a capitalised word and a particle ends a name in its language") {
  const auto after = [](std::string_view text, std::string_view word) {
    return after_name_particle(text, text.find(word), {" de ", " an der ", "-en-"});
  };
  CHECK(after("a stage of the Tour de Pologne", "Pologne"));
  CHECK(after("engines from Neuburg an der Donau", "Donau"));
  CHECK(after("the town of Châlons-en-Champagne", "Champagne"));
  CHECK_FALSE(after("aid de Pologne", "Pologne"));       // no capitalised word before the particle
  CHECK_FALSE(after("the Tour of Pologne", "Pologne"));  // no listed particle
}

TEST_CASE("introduced terms: the source's word alone in brackets after its English one") {
  const auto terms = [](const std::string& text) { return found(text, introduced_terms); };
  // (Two words in brackets may also gloss the word before them: 'runoff' is left alone too.)
  CHECK(terms("thousands of tally sheets (actas) and the runoff (segunda vuelta) were set aside") ==
        std::vector<std::string>{"actas", "runoff", "segunda vuelta"});
  // Not after a capital or a digit, not three words, not a short word, not unclosed.
  CHECK(terms("the Senate (actas) and 2025 (actas), the sheets (actas de la mesa dos), the body "
              "(sic) and the sheets (actas")
            .size() == 1);  // 'sheets', glossed by four words
}

TEST_CASE("introduced terms: a thing named after 'for', 'of', 'de' and defined in apposition") {
  CHECK(found("Fans queued for karak, the sweet spiced tea sold at stalls, and the history of "
              "joik, the Sámi vocal tradition in which a song evokes a place, was told in a "
              "majlis, the traditional Gulf sitting room, beside a queue for bidos, a reindeer "
              "stew, and pastel de choclo, a baked pie.",
              introduced_terms) ==
        std::vector<std::string>{"karak", "joik", "majlis", "bidos", "choclo"});
  // Speech after ', the', a gloss of one word, a word after no such small word, and a
  // definition that goes on only with a preposition are no definitions.
  CHECK(found("They voted for goverment, the minister said. He spoke of reforms, the end. "
              "Prices rose milyar, the highest rate that year.",
              introduced_terms)
            .empty());
}

TEST_CASE("introduced terms: a term before its English in brackets, one another language calls") {
  CHECK(found("over a plate of nyama choma (roast goat), a bowl of żurek (sour rye soup) and "
              "the old Bankgeheimnis (banking secrecy), which is what he calls la casta, the "
              "elite.",
              introduced_terms) == std::vector<std::string>{"plate of nyama choma", "roast goat",
                                                            "bowl of żurek", "Bankgeheimnis",
                                                            "casta"});
  // A clause, figures or a capital in brackets, and a capitalised word at a sentence's start.
  CHECK(found("the goverment (which is new), the parliment (in 2020), the kyiv (Ukraine) office. "
              "Bankgeheimnis (banking secrecy) went.",
              introduced_terms)
            .empty());
}

TEST_CASE("introduced terms: a term in apposition after its English, with its own article") {
  CHECK(found("He campaigned with a chainsaw, la motosierra, and cut the casta, el gasto.",
              introduced_terms) == std::vector<std::string>{"motosierra", "gasto"});
  // A clause in another language goes on past two words; a capital is no term.
  CHECK(found("The minister, la ministra dijo que no, left. He said, die Regierung, no.",
              introduced_terms)
            .empty());
}

TEST_CASE("introduced terms: two words defined in apposition, and 'the' before the term") {
  const auto terms = [](const std::string& text) { return found(text, introduced_terms); };
  CHECK(terms("women have set up an olla común, a shared cooking pot, at the roadside") ==
        std::vector<std::string>{"olla común"});
  CHECK(terms("Leaders of the comunidades campesinas, the peasant communities that hold title") ==
        std::vector<std::string>{"comunidades campesinas"});
  CHECK(terms("glasses of chicha morada, the purple-corn drink, for the children") ==
        std::vector<std::string>{"chicha morada"});
  // After 'the', only a relative or a participle shows a definition; a capitalised word is no
  // term of two.
  CHECK(terms("He is president of the lfi group, the suspension is only a lure.").empty());
  CHECK(terms("a member of Senate committees, a body that meets").empty());
}

TEST_CASE("introduced terms: what something is called, glossed by a quotation after a comma") {
  const auto terms = [](const std::string& text) { return found(text, introduced_terms); };
  CHECK(terms("the company is sometimes called hu guo shen shan, the “sacred mountain that "
              "protects the nation”, a phrase") == std::vector<std::string>{"hu guo shen shan"});
  // Without 'called' before it, a quotation after a comma glosses nothing.
  CHECK(terms("he praised the new goverment law, the “best in a generation”").empty());
}

TEST_CASE("introduced terms: a capitalised noun after 'known in German as'") {
  const auto terms = [](const std::string& text) { return found(text, introduced_terms); };
  CHECK(terms("the debt brake, known in German as the Schuldenbremse, begins to bite") ==
        std::vector<std::string>{"Schuldenbremse"});
  CHECK(terms("the anti-green Motorists for Themselves, known in Czech as Motoristé sobě, won") ==
        std::vector<std::string>{"Motoristé sobě"});
  // Not after a place: 'known in Berlin as the Red Mayor' names a person.
  CHECK(terms("known in Berlin as the Red Mayor").empty());
}

TEST_CASE("original titles: a work's title in quotation marks after the noun that names it") {
  CHECK(found("an award for the author of “Cinco lobitos”, and her novel “Sól ziemi czarnej” too",
              original_titles) ==
        std::vector<std::string>{"“Cinco lobitos”", "“Sól ziemi czarnej”"});
  // Not any quotation: 'he said “muy bien”' is speech.
  CHECK(found("he said “muy bien” and the film was “a triumph of nerve”", original_titles).empty());
}

TEST_CASE("introduced terms: a term defined as one of a kind, or by a participle") {
  const auto terms = [](const std::string& text) { return found(text, introduced_terms); };
  CHECK(terms("In Santa Teresa, where a bloco, one of the informal street bands, played.") ==
        std::vector<std::string>{"bloco"});
  CHECK(terms("sharing a plate of attiéké, fermented cassava semolina, with grilled fish") ==
        std::vector<std::string>{"attiéké"});
  // An English word (no letters English lacks), a participle alone or no comma after the
  // definition: no term.
  CHECK(terms("the decision of goverment, based on the report, was final").empty());
  CHECK(terms("a plate of attiéké, fermented, with fish").empty());
  CHECK(terms("a plate of attiéké, fermented in jars for days and then sold.").empty());
}

TEST_CASE("introduced terms: a name in another language after 'in <language> as'") {
  const auto terms = [](const std::string& text) { return found(text, introduced_terms); };
  CHECK(terms("known in Serbian as Zajednica srpskih opština and in Albanian as Asociacioni i "
              "komunave me shumicë serbe. It was agreed in 2013.") ==
        std::vector<std::string>{"Zajednica srpskih opština",
                                 "Asociacioni i komunave me shumicë serbe"});
  // The name ends before an English word that goes on with the sentence.
  CHECK(terms("known in German as Schuldenbremse and is in the constitution") ==
        std::vector<std::string>{"Schuldenbremse"});
}

TEST_CASE("apposed names: English words and verb forms before a gloss are no part of a name") {
  CHECK(found("an analyst of a bank of Genève contacted by our newsroom, the plan is credible",
              apposed_names)
            .empty());
  CHECK(found("a bank of Genève contacted us, the plan is credible", apposed_names).empty());
  CHECK(found("the Cour des comptes, the national audit office, has described", apposed_names) ==
        std::vector<std::string>{"Cour des comptes"});
}

TEST_CASE("introduced terms: after 'sells', in pairs, with accents") {
  const auto terms = [](const std::string& text) { return found(text, introduced_terms); };
  CHECK(terms("Eugenia Mamani, who sells api, a hot drink made from purple maize") ==
        std::vector<std::string>{"api"});
  CHECK(terms("products now compete with ajo and esusu, the informal rotating savings clubs common "
              "in south-western Nigeria") == std::vector<std::string>{"ajo", "esusu"});
  CHECK(
      terms("the price of a çeyrek altın, the quarter-gold coin traditionally given at weddings") ==
      std::vector<std::string>{"çeyrek altın"});
  // No definition after the pair: no term.
  CHECK(terms("compete with ajo and esusu, the minister said.").empty());
}
