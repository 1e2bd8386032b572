// names.garbled: a surname's particle translated into English, the surname kept ('Marine The
// Pen', 'Frenkie of Jong').
#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "lexicon/name_key.h"
#include "rules/name_context.h"
#include "rules/names.h"

namespace mtlint {

namespace {

// The particles that `english` translates: 'The' for French 'Le', 'of' for Dutch 'de'.
bool translates_particle(std::string_view english, std::string_view particle) {
  static constexpr std::array<std::string_view, 3> kArticles = {"Le", "La", "Les"};
  static constexpr std::array<std::string_view, 10> kOfs = {"de", "van", "von", "da", "do",
                                                            "di", "du",  "De",  "Di", "Da"};
  if (english == "The" || english == "the") {
    return std::find(kArticles.begin(), kArticles.end(), particle) != kArticles.end();
  }
  if (english == "of") return std::find(kOfs.begin(), kOfs.end(), particle) != kOfs.end();
  // Portuguese 'e', Spanish 'y', Catalan 'i' between two surnames: 'Gouveia e Melo'.
  if (english == "and") return particle == "e" || particle == "y" || particle == "i";
  return false;
}

// The particles that 'of the' translates: Portuguese 'da', 'dos', Italian 'della', Spanish
// 'de la', 'del', Dutch 'van der', German 'von der'.
bool of_the(std::string_view particle) {
  static constexpr std::array<std::string_view, 16> kParticles = {
      "da",  "do",    "das",    "dos",    "della",   "dello",   "delle",   "degli",
      "del", "de la", "de las", "de los", "van der", "van den", "von der", "de l'"};
  return std::find(kParticles.begin(), kParticles.end(), particle) != kParticles.end();
}

}  // namespace

void NamesRule::check_translated_particles(const CheckContext& context, const ArticleNames& article,
                                           Sink& sink) const {
  const auto& tokens = article.tokens();
  const auto report = [&](Span span, const NameEntity& e, const std::string& wanted) {
    sink.report(finding(span,
                        quote(std::string(context.document.slice(span.begin, span.end))) +
                            " translates the particle of " + quote(e.canonical) + "; write " +
                            quote(wanted),
                        {Fix{span, wanted}}));
  };
  // A translated particle of `length` tokens from token `i`, between two name-like words
  // ('Abdulaziz son of Salman', 'Lula of the Silva'): reported for the first person of the
  // table whose name ends in the word after it and for whom `particle_of(words, word before)`
  // gives the particle it translates. False when the words around it are no name.
  const auto translated_phrase = [&](std::size_t i, std::size_t length, auto particle_of) {
    if (i == 0 || i + length >= tokens.size() || article.previous(i) != &tokens[i - 1] ||
        !article.name_like(tokens[i - 1]) || !article.name_like(tokens[i + length])) {
      return false;
    }
    for (std::size_t k = i; k < i + length; ++k) {
      if (article.next(k) != &tokens[k + 1]) return false;
    }
    const NameToken& n = tokens[i + length];
    for (const NameMatch& m : article.lookup_word(n.text)) {
      const NameEntity& e = *m.entity;
      if (m.given || e.kind != EntityKind::person) continue;
      const std::vector<std::string> words = name_words(e.canonical);
      if (words.size() < 3 || words.back() != n.text) continue;
      const std::string particle = particle_of(words, tokens[i - 1].text);
      if (particle.empty()) continue;
      report(Span{tokens[i].word->stem.begin, n.word->stem.end}, e, particle + " " + words.back());
      break;
    }
    return true;
  };
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    const NameToken& t = tokens[i];
    // Arabic 'bin' (son of) translated, right after the person's given name ('Abdulaziz son of
    // Salman').
    if (t.text == "son" && tokens[i + 1].text == "of" &&
        translated_phrase(
            i, 2,
            [](const std::vector<std::string>& words, std::string_view before) -> std::string {
              const std::string& particle = words[words.size() - 2];
              if (particle != "bin" && particle != "ibn" && particle != "ben") return {};
              return words[words.size() - 3] == before ? particle : std::string();
            })) {
      continue;
    }
    // 'of the' for the particle of a table person, right after the word before it in the
    // person's name ('Lula of the Silva', 'Ursula of the Leyen').
    if (t.text == "of" && tokens[i + 1].text == "the" &&
        translated_phrase(
            i, 2,
            [](const std::vector<std::string>& words, std::string_view before) -> std::string {
              // The particle: the lower-case words before the surname.
              std::size_t k = words.size() - 1;
              while (k > 1 && !words[k - 1].empty() &&
                     std::islower(static_cast<unsigned char>(words[k - 1].front()))) {
                --k;
              }
              std::string particle;
              for (std::size_t w = k; w + 1 < words.size(); ++w) {
                particle += (particle.empty() ? "" : " ") + words[w];
              }
              return of_the(particle) && words[k - 1] == before ? particle : std::string();
            })) {
      continue;
    }
    if (t.text != "The" && t.text != "the" && t.text != "of" && t.text != "and") continue;
    const NameToken* n = article.next(i);
    if (!n || !article.name_like(*n)) continue;
    // The given name right before ('Frenkie of Jong'), or for 'The' a capital in mid-sentence
    // ('the ban, The Pen will'); never a headline's title case.
    const NameToken* p = article.previous(i);
    const bool after_name = p && p == &tokens[i - 1] && article.name_like(*p);
    const bool capital_inside = t.text == "The" && !t.word->sentence_start &&
                                article.line_of(t.word->stem.begin) != article.line_of(0);
    if (!after_name && !capital_inside) continue;
    for (const NameMatch& m : article.lookup_word(n->text)) {
      const NameEntity& e = *m.entity;
      if (m.given || e.kind != EntityKind::person) continue;
      const std::vector<std::string> words = name_words(e.canonical);
      if (words.size() < 3 || words.back() != n->text) continue;
      const std::string& particle = words[words.size() - 2];
      if (!translates_particle(t.text, particle)) continue;
      // After that person's given name (or its last part: 'Jean-Yves'), or a capital 'The' in
      // mid-sentence for a person the article names elsewhere too.
      const std::string& given = words.front();
      const bool given_before =
          after_name &&
          (given == p->text || (given.size() > p->text.size() && given.ends_with(p->text) &&
                                given[given.size() - p->text.size() - 1] == '-'));
      // 'and' between the person's two surnames ('Gouveia and Melo'), from the first one.
      const bool surname_before =
          after_name && t.text == "and" && p->text == words[words.size() - 3];
      // 'the' in lower case only after the person's own given name ('Marine the Pen').
      if (t.text == "and"   ? !surname_before
          : t.text == "the" ? !given_before
                            : !given_before && !(capital_inside && article.mentions(e) >= 2)) {
        continue;
      }
      report(Span{(surname_before ? p : &t)->word->stem.begin, n->word->stem.end}, e,
             (surname_before ? std::string(p->text) + " " : std::string()) + particle + " " +
                 words.back());
      break;
    }
  }
}

}  // namespace mtlint
