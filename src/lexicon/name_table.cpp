#include "lexicon/name_table.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cctype>
#include <fstream>
#include <sstream>
#include <tuple>

#include "core/utf8.h"
#include "lexicon/form_table.h"
#include "lexicon/name_key.h"
#include "lexicon/role_phrases.h"
#include "lexicon/translit.h"
#include "lexicon/word_list.h"

namespace mtlint {

namespace {

// A person whose roles tie them to Russia or Belarus, where Russian names are the usual ones,
// or whose row gives no roles to tell. Not Central Asia: its leaders have English spellings of
// their own ('Kassym-Jomart Tokayev', 'Sadyr Japarov'), and the Russian ones are errors there.
bool russian_speaking(const NameEntity& entity) {
  if (entity.roles.empty()) return true;
  static constexpr std::array<std::string_view, 17> kTies = {
      "Russia",   "Soviet",  "Kremlin", "Moscow",  "Belarus",  "Chechen",
      "Dagestan", "Crimea",  "Donetsk", "Luhansk", "Wagner",   "Duma",
      "FSB",      "Gazprom", "Rosneft", "Rosatom", "Roscosmos"};
  return std::any_of(entity.roles.begin(), entity.roles.end(), [](const std::string& role) {
    return std::any_of(kTies.begin(), kTies.end(),
                       [&](std::string_view tie) { return role.find(tie) != std::string::npos; });
  });
}

// Whether a romanised name's given names end in '-iy' where the English ones do not
// ('Dmitriy' for Dmitry, 'Yuriy' for Yuri).
bool table_iy_given_name(const std::vector<std::string>& got,
                         const std::vector<std::string>& english) {
  for (std::size_t i = 0; i + 1 < got.size() && i + 1 < english.size(); ++i) {
    if (got[i] != english[i] && got[i].ends_with("iy") && !english[i].ends_with("iy")) {
      return true;
    }
  }
  return false;
}

constexpr std::string_view kHeader = "canonical\tkind\tnative\tvariants\troles\ttests";

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// A field or list item and the byte offset in its line where it starts.
struct Piece {
  std::string_view text;
  std::size_t offset;
};

std::vector<Piece> split(std::string_view text, char separator, std::size_t base) {
  std::vector<Piece> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == separator) {
      std::string_view item = text.substr(start, i - start);
      std::size_t offset = base + start;
      while (!item.empty() && item.front() == ' ') {
        item.remove_prefix(1);
        ++offset;
      }
      item = trim(item);
      out.push_back({item, offset});
      start = i + 1;
    }
  }
  return out;
}

// Places, organisations and the rest (awards, events, families): all but people, whose names
// are given name and surname, word for word in every language.
bool entity_is_place_like(const NameEntity& e) { return e.kind != EntityKind::person; }

int column_of(std::string_view line, std::size_t offset) {
  return 1 + static_cast<int>(utf8::count_code_points(line.substr(0, offset)));
}

std::optional<EntityKind> parse_kind(std::string_view s) {
  if (s == "person") return EntityKind::person;
  if (s == "place") return EntityKind::place;
  if (s == "organisation" || s == "organization") return EntityKind::organisation;
  if (s == "other") return EntityKind::other;
  return std::nullopt;
}

bool is_language_tag(std::string_view s) {
  return s.size() >= 2 && s.size() <= 3 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

}  // namespace

std::string_view to_string(EntityKind kind) {
  switch (kind) {
    case EntityKind::person:
      return "person";
    case EntityKind::place:
      return "place";
    case EntityKind::organisation:
      return "organisation";
    case EntityKind::other:
      break;
  }
  return "other";
}

std::string_view to_string(MatchHow how) {
  switch (how) {
    case MatchHow::canonical:
      return "canonical";
    case MatchHow::curated:
      return "curated variant";
    case MatchHow::generated:
      return "generated variant";
    case MatchHow::fuzzy:
      break;
  }
  return "fuzzy key";
}

std::vector<std::string> name_words(std::string_view name) {
  // Split on ASCII white space, as a stream would, without a stream's cost (the table splits
  // thousands of names when it loads).
  constexpr std::string_view kSpace = " \t\n\v\f\r";
  std::vector<std::string> out;
  for (std::size_t at = name.find_first_not_of(kSpace); at != std::string_view::npos;) {
    const std::size_t end = name.find_first_of(kSpace, at);
    out.emplace_back(name.substr(at, end == std::string_view::npos ? end : end - at));
    at = end == std::string_view::npos ? end : name.find_first_not_of(kSpace, end);
  }
  return out;
}

NameTable::NameTable() = default;
NameTable::~NameTable() = default;
NameTable::NameTable(NameTable&&) noexcept = default;
NameTable& NameTable::operator=(NameTable&&) noexcept = default;

const std::vector<NameTable::SkeletonMatch>& NameTable::arabic_matches(
    std::string_view skeleton) const {
  static const std::vector<SkeletonMatch> kNone;
  const Derived& d = derived();
  std::call_once(derived_->skeletons_once, [this] {
    derived_->skeletons.reserve(2 * entities_.size());
    for (std::size_t e = 0; e < entities_.size(); ++e) {
      const std::vector<std::string>& words = canonical_words_[e];
      for (std::size_t k = 0; k < words.size(); ++k) {
        const std::string_view word = words[k];
        std::string key = arabic_skeleton(word);
        if (key.size() < 2) continue;
        derived_->skeletons[std::move(key)].push_back(
            SkeletonMatch{entities_[e].get(), word, k, words.size()});
        // The Arabic article is often left off: 'Bashir' for al-Bashir.
        for (const std::string_view article : {"al-", "Al-", "el-", "El-"}) {
          if (!word.starts_with(article) || word.size() <= article.size() + 2) continue;
          std::string bare = arabic_skeleton(word.substr(article.size()));
          if (bare.size() >= 2) {
            derived_->skeletons[std::move(bare)].push_back(
                SkeletonMatch{entities_[e].get(), word, k, words.size()});
          }
        }
      }
    }
  });
  const auto it = d.skeletons.find(skeleton);
  return it == d.skeletons.end() ? kNone : it->second;
}

NameTable::Derived::Derived() {
  static std::atomic<std::uint64_t> next{1};
  generation = next++;
}

const NameTable::Derived& NameTable::derived() const {
  std::call_once(derived_->once, [this] {
    derived_->roles = std::make_unique<RolePhrases>(entities_);
    derived_->keys_by_first.resize(256);
    for (std::size_t k = 0; k < keys_.size(); ++k) {
      if (keys_[k].key.empty()) continue;
      derived_->keys_by_first[static_cast<unsigned char>(keys_[k].key.front())].push_back(
          static_cast<std::uint32_t>(k));
    }
  });
  return *derived_;
}

Status NameTable::add_file(const std::string& path, Romaniser& romaniser) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{"cannot read name table", path};
  std::stringstream text;
  text << in.rdbuf();
  return add_text(text.str(), path, romaniser);
}

Status NameTable::add_text(std::string_view text, const std::string& path, Romaniser& romaniser) {
  if (utf8::find_invalid(text)) return Error{"name table is not valid UTF-8", path};
  if (words_.empty() && !entities_.empty()) thaw();  // read from its cache
  struct Case {
    std::string text;
    bool match;
    std::size_t entity;
    int line, column;
  };
  std::vector<Case> cases;
  bool header = false;
  int line_no = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t end = std::min(text.find('\n', pos), text.size());
    const std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (trim(line).empty() || line.front() == '#') continue;
    auto fail = [&](std::string message, std::size_t offset) {
      return Error{std::move(message), path, line_no, column_of(line, offset)};
    };
    if (!header) {
      if (trim(line) != kHeader) {
        return fail(
            "the first row must be the header "
            "'canonical<TAB>kind<TAB>native<TAB>variants<TAB>roles<TAB>tests'",
            0);
      }
      header = true;
      continue;
    }
    const auto fields = split(trim(line), '\t', 0);
    if (fields.size() > 6) {
      return fail(
          "too many columns: a row has at most canonical, kind, native, variants, roles "
          "and tests",
          fields[6].offset);
    }
    if (fields.size() < 2) return fail("a row needs at least a canonical form and a kind", 0);
    auto entity = std::make_unique<NameEntity>();
    entity->path = path;
    entity->line = line_no;
    entity->canonical = std::string(fields[0].text);
    if (entity->canonical.empty()) return fail("the canonical form is empty", 0);
    if (auto it = by_canonical_.find(entity->canonical); it != by_canonical_.end()) {
      const NameEntity& other = *entities_[it->second];
      return fail("'" + entity->canonical + "' is already in the table (" + other.path + ":" +
                      std::to_string(other.line) + ")",
                  0);
    }
    const auto kind = parse_kind(fields[1].text);
    if (!kind) {
      return fail("unknown kind '" + std::string(fields[1].text) +
                      "' (use person, place, organisation or other)",
                  fields[1].offset);
    }
    entity->kind = *kind;
    if (fields.size() > 2 && !fields[2].text.empty()) {
      for (const Piece& item : split(fields[2].text, ';', fields[2].offset)) {
        const auto colon = item.text.find(':');
        if (colon == std::string_view::npos || !is_language_tag(item.text.substr(0, colon)) ||
            trim(item.text.substr(colon + 1)).empty()) {
          return fail("a native form is written 'language:text', e.g. 'uk:Київ'", item.offset);
        }
        entity->native.emplace_back(item.text);
      }
    }
    if (fields.size() > 3 && !fields[3].text.empty()) {
      for (const Piece& item : split(fields[3].text, ';', fields[3].offset)) {
        NameVariant v;
        std::string_view t = item.text;
        if (const auto open = t.find('('); open != std::string_view::npos) {
          if (t.back() != ')') {
            return fail("a variant's origin is written in parentheses at its end: 'Kiev (exonym)'",
                        item.offset + open);
          }
          v.origin = std::string(trim(t.substr(open + 1, t.size() - open - 2)));
          t = trim(t.substr(0, open));
        }
        if (t.empty()) return fail("empty variant", item.offset);
        v.text = std::string(t);
        entity->variants.push_back(std::move(v));
      }
    }
    if (fields.size() > 4 && !fields[4].text.empty()) {
      for (const Piece& item : split(fields[4].text, ';', fields[4].offset)) {
        if (!item.text.empty()) entity->roles.emplace_back(item.text);
      }
    }
    const std::size_t index_no = entities_.size();
    if (fields.size() > 5 && !fields[5].text.empty()) {
      for (const Piece& item : split(fields[5].text, ';', fields[5].offset)) {
        if (item.text.empty()) continue;
        const bool negative = item.text.front() == '!';
        cases.push_back({std::string(negative ? trim(item.text.substr(1)) : item.text), !negative,
                         index_no, line_no, column_of(line, item.offset)});
      }
    }
    by_canonical_[entity->canonical] = index_no;
    entities_.push_back(std::move(entity));
    index(index_no, romaniser);
  }
  if (!header && line_no > 0) return Error{"the name table has no header row", path, 1, 1};
  index_folded();
  freeze();
  derived_ = std::make_unique<Derived>();  // in case indexing asked for them before the last row
  for (const Case& c : cases) {
    const NameEntity& entity = *entities_[c.entity];
    const auto found = lookup_phrase(c.text);
    const bool hit = found && found->entity == &entity;
    if (hit != c.match) {
      std::string got = found ? "'" + found->entity->canonical + "'" : "nothing";
      return Error{c.match ? "test case '" + c.text + "' should name '" + entity.canonical +
                                 "' but names " + got
                           : "test case '!" + c.text + "' should not name '" + entity.canonical +
                                 "' but does (" + std::string(to_string(found->how)) + ")",
                   path, c.line, c.column};
    }
  }
  return ok_status();
}

void NameTable::index(std::size_t e, Romaniser& romaniser) {
  NameEntity& entity = *entities_[e];
  const auto words = name_words(entity.canonical);
  canonical_words_.push_back(words);
  for (std::size_t i = 0; i < words.size(); ++i) {
    words_[words[i]].push_back(make_ref(e, i, MatchHow::canonical));
    lower_.emplace(to_lower(words[i]),
                   std::pair{static_cast<std::uint32_t>(e), static_cast<std::uint32_t>(i)});
    const bool fuzzy_word =
        entity.kind == EntityKind::person ? i + 1 == words.size() : words.size() == 1;
    if (fuzzy_word) keys_.push_back({name_key(words[i]), e, i});
  }
  if (words.size() > 1) phrases_.emplace(entity.canonical, make_ref(e, 0, MatchHow::canonical));
  short_form_.push_back(std::string::npos);
  for (const NameVariant& v : entity.variants) {
    if (v.origin != "accepted" || v.text.find(' ') != std::string::npos) continue;
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (words.size() > 1 && words[i] == v.text) short_form_[e] = i;
    }
  }
  for (const NameVariant& v : entity.variants) index_form(e, v.text, MatchHow::curated, v.origin);
  for (const std::string& native : entity.native) {
    const auto colon = native.find(':');
    const std::string language = native.substr(0, colon);
    const std::string text = native.substr(colon + 1);
    bool person = entity.kind == EntityKind::person;
    if (language == "zh") {
      // A Chinese name reads surname first ("Xi Jinping"): its first syllable is a word of the
      // canonical form. Otherwise the characters transcribe a foreign name ("布林肯" is
      // "Bulinken", not "Bu Linken"), whose syllables are joined.
      bool chinese = false;
      const auto romanised = romaniser.romanise(language, text, person);
      const auto first =
          romanised.empty() ? std::vector<std::string>{} : name_words(romanised.front().text);
      if (!first.empty()) {
        // Compared by name key, so that Wade-Giles "Tsai" is the pinyin "Cai".
        const std::string key = name_key(first.front());
        chinese = std::any_of(words.begin(), words.end(),
                              [&](const std::string& w) { return name_key(w) == key; });
      }
      if (chinese) entity.exact_only = true;
      // A Korean name in three characters is read as a Chinese one, surname first: '李在明'
      // is "Li Zaiming" for Lee Jae-myung. So both readings are kept for three characters
      // whose English name has three syllables too ('Lee Jae-myung', 'Kim Jong Un'; not
      // '米卡提' for Najib Mikati, which is no "Mi Kati").
      std::size_t syllables = 0;
      for (const std::string& w : words) {
        syllables += 1 + static_cast<std::size_t>(std::count(w.begin(), w.end(), '-'));
      }
      const bool korean_like =
          person && !chinese && utf8::count_code_points(text) == 3 && syllables == 3;
      person = person && chinese;
      if (korean_like) add_romanised(e, romaniser.romanise(language, text, true));
    }
    if (language == "ko" && person) add_korean_name_forms(e, text);
    auto romanised = romaniser.romanise(language, text, person);
    // A Russian's given name has several English spellings ('Yury' and 'Yuri', 'Alexey' and
    // 'Alexei'): the English conventions' forms of a Russian name (its first native form) that
    // differ only in the given names are accepted spellings, not errors. Not so for someone
    // whose roles say they are from elsewhere: 'Dzhared Kushner' is Jared Kushner spelled back
    // from Russian. Only the transliteration tables' '-iy' for '-ий' ('Dmitriy', 'Yuriy') is
    // no newspaper's spelling of a Russian given name: that stays a variant.
    if (person && language == "ru" && entity.native.front().starts_with("ru:") &&
        russian_speaking(entity)) {
      for (Romanisation& r : romanised) {
        const auto got = name_words(r.text);
        if ((r.convention == "BGN/PCGN" || r.convention == "Russian-style") &&
            got.size() == words.size() && got.back() == words.back() &&
            !table_iy_given_name(got, words)) {
          r.convention = "accepted";
        }
      }
    }
    add_romanised(e, std::move(romanised));
  }
  if (entity.kind == EntityKind::person) {
    add_polish_case_forms(e);
    add_czech_feminine_form(e);
  }
  add_turkish_dotted_form(e);
}

void NameTable::add_romanised(std::size_t e, std::vector<Romanisation> romanised) {
  for (Romanisation& r : romanised) add_generated(e, std::move(r.text), r.convention);
}

void NameTable::index_form(std::size_t e, std::string_view form, MatchHow how,
                           const std::string& origin) {
  const auto& canonical = canonical_words_[e];
  const auto words = name_words(form);
  const std::uint32_t origin_id = intern(origin);
  if (words.size() > 1) phrases_.emplace(std::string(form), make_ref(e, 0, how, origin_id));
  auto add = [&](const std::string& word, std::size_t i) {
    if (word == canonical[i] || utf8::count_code_points(word) < 2) return;
    // A generated surname of three letters or fewer is as often a word or a name of its own
    // ('Mer' for Maire, 'Kaz' for Katz); as part of a whole generated name it is still found.
    // (Given names of three letters are trusted only next to the surname anyway: 'Kir'.)
    if (how == MatchHow::generated && canonical.size() > 1 && i + 1 == canonical.size() &&
        utf8::count_code_points(word) <= 3) {
      return;
    }
    auto& refs = words_[word];
    // This entity's refs are the last ones (entities are indexed one at a time); a curated
    // label beats a generated one. Scanning only them keeps shared first names linear.
    for (auto r = refs.rbegin(); r != refs.rend() && r->entity == e; ++r) {
      if (r->word == i) return;
    }
    refs.push_back(make_ref(e, i, how, origin_id));
  };
  if (words.size() > 1 && entity_is_place_like(*entities_[e]) && how != MatchHow::generated) {
    // A place's longer name is matched word by word only where its words stand where the
    // English ones do ("Khan Younès", "Sankt Petersburg", "Nueva York": each word's key starts
    // as the English word's); otherwise only whole ("Emiratos Árabes Unidos": 'Unidos' alone
    // names nothing).
    bool aligned = words.size() == canonical.size();
    for (std::size_t i = 0; aligned && i < words.size(); ++i) {
      const std::string a = name_key(words[i]), b = name_key(canonical[i]);
      aligned = !a.empty() && !b.empty() && a.front() == b.front();
    }
    if (!aligned) return;
  }
  if (words.size() == canonical.size()) {
    for (std::size_t i = 0; i < words.size(); ++i) add(words[i], i);
  } else if (words.size() > canonical.size() && canonical.size() > 1 &&
             entities_[e]->kind == EntityKind::person && !entities_[e]->exact_only) {
    // Initials spelt out ('Dzhey Di Vens' for JD Vance): the surname still ends the name.
    add(words.back(), canonical.size() - 1);
  } else if (words.size() == 1 && entity_is_place_like(*entities_[e])) {
    // "Niuyue", "Xianggang": one word for the whole name of a place.
    const std::string& word = words[0];
    if (word == entities_[e]->canonical || utf8::count_code_points(word) < 2) return;
    auto& refs = words_[word];
    for (auto r = refs.rbegin(); r != refs.rend() && r->entity == e; ++r) {
      if (r->whole) return;
    }
    refs.push_back(make_ref(e, 0, how, origin_id, true));
  } else if (words.size() == 1) {
    // One word for a longer name ("Kouleba"): the canonical word it is nearest to, or the one
    // the person is known by ("Squid" for Lula).
    if (short_form_[e] != std::string::npos) return add(words[0], short_form_[e]);
    std::size_t best = canonical.size() - 1;
    int best_distance = 1000;
    const std::string key = name_key(words[0]);
    for (std::size_t i = canonical.size(); i-- > 0;) {
      const int d = key_distance(key, name_key(canonical[i]), 999);
      if (d < best_distance) best_distance = d, best = i;
    }
    add(words[0], best);
  }
}

bool NameTable::ref_order(const WordRef& a, const WordRef& b) const {
  return std::tie(a.entity, a.word, a.how, text_of(a.origin), a.whole, text_of(a.source)) <
         std::tie(b.entity, b.word, b.how, text_of(b.origin), b.whole, text_of(b.source));
}

std::uint32_t NameTable::intern(std::string_view text) {
  if (text.empty()) return 0;
  if (string_ids_.empty()) {
    for (std::uint32_t id = 1; id < strings_.size(); ++id) string_ids_.emplace(strings_[id], id);
  }
  const auto it = string_ids_.find(text);
  if (it != string_ids_.end()) return it->second;
  const auto id = static_cast<std::uint32_t>(strings_.size());
  strings_.emplace_back(text);
  string_ids_.emplace(strings_.back(), id);
  return id;
}

namespace {

// Edit distance in code points, for the few words that fold to one key.
std::size_t spelling_distance(std::string_view a, std::string_view b) {
  std::vector<char32_t> x, y;
  for (std::size_t i = 0; i < a.size();) x.push_back(utf8::decode(a, i));
  for (std::size_t i = 0; i < b.size();) y.push_back(utf8::decode(b, i));
  std::vector<std::size_t> row(y.size() + 1);
  for (std::size_t j = 0; j <= y.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= x.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= y.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[y.size()];
}

}  // namespace

void NameTable::index_folded() {
  folded_.clear();
  folded_phrases_.clear();
  // In the words' order, not the hash map's (which depends on how the map was filled: from the
  // rows, or from a cache file and then more rows): the strings interned here get the same ids.
  std::vector<const std::pair<const std::string, std::vector<WordRef>>*> entries;
  entries.reserve(words_.size());
  for (const auto& entry : words_) entries.push_back(&entry);
  std::sort(entries.begin(), entries.end(),
            [](const auto* a, const auto* b) { return a->first < b->first; });
  for (const auto* entry : entries) {
    const auto& [word, refs] = *entry;
    const std::string key = fold_to_ascii(word);
    for (const WordRef& r : refs) {
      if (r.how != MatchHow::canonical) {
        folded_[key].push_back(r);
        folded_[key].back().source = intern(word);
      } else if (key != word) {
        // An accented canonical word with other accents ("Elysée" for "Élysée") is wrong;
        // a plain ASCII one stays exact, since "Novák" and "Novak" may be two people.
        folded_[key].push_back(make_ref(r.entity, r.word, MatchHow::curated,
                                        intern("wrongly accented spelling"), r.whole,
                                        intern(word)));
      }
    }
  }
  // Refs of words that fold alike in table order, not in the hash map's (which changes as
  // unrelated rows are added): which entity a folded lookup finds first must not depend on it.
  for (auto& [key, refs] : folded_) {
    if (refs.size() < 2) continue;
    std::sort(refs.begin(), refs.end(),
              [this](const WordRef& a, const WordRef& b) { return ref_order(a, b); });
  }
  long_form_starts_.clear();
  form_starts_.clear();
  for (const auto& [phrase, ref] : phrases_) {
    const std::string_view first = std::string_view(phrase).substr(0, phrase.find(' '));
    form_starts_.emplace(first);
    form_starts_.emplace(fold_to_ascii(first));
    if (ref.how != MatchHow::canonical) {
      // Of two forms that fold alike, the first in table order, whatever the hash map's order.
      auto [it, added] = folded_phrases_.emplace(fold_to_ascii(phrase), ref);
      if (!added && ref_order(ref, it->second)) it->second = ref;
    }
    if (std::count(phrase.begin(), phrase.end(), ' ') >= 2) {  // three words or more
      const auto words = name_words(phrase);
      if (words.size() >= 3) {
        long_form_starts_.insert(words.front());
        long_form_starts_.insert(fold_to_ascii(words.front()));
      }
    }
  }
}

std::span<const NameTable::WordRef> NameTable::find_refs(std::string_view word) const {
  if (const auto found = frozen_.words.find(word)) return frozen_.refs.subspan(found->a, found->b);
  // A typographic apostrophe where the table has a straight one ('Fo’an', "d’Oro").
  if (word.find("\xE2\x80\x99") != std::string_view::npos) return find_refs(normalise_quotes(word));
  // Folding changes nothing in ASCII.
  if (std::all_of(word.begin(), word.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    return {};
  }
  const std::string key = fold_to_ascii(word);
  if (key == word) return {};
  if (const auto found = frozen_.folded.find(key)) return frozen_.refs.subspan(found->a, found->b);
  return {};
}

NameMatch NameTable::make_match(const WordRef& ref) const {
  const NameEntity& entity = *entities_[ref.entity];
  const auto& words = canonical_words_[ref.entity];
  NameMatch m;
  m.entity = &entity;
  m.canonical_word = ref.whole ? entity.canonical : words[ref.word];
  m.how = ref.how;
  m.origin = text_of(ref.origin);
  // Chinese names put the family name first ("Wang said"), so no word of theirs is a given name.
  m.given = entity.kind == EntityKind::person && !entity.exact_only && words.size() > 1 &&
            ref.word + 1 < words.size() && ref.word != short_form_[ref.entity];
  return m;
}

std::vector<NameMatch> NameTable::lookup_word(std::string_view word) const {
  std::vector<NameMatch> out;
  const auto refs = find_refs(word);
  if (refs.empty()) return hepburn_macrons(word);
  const bool canonical = std::any_of(refs.begin(), refs.end(),
                                     [](const WordRef& r) { return r.how == MatchHow::canonical; });
  std::vector<std::size_t> distance;  // of the table's spelling from `word` (folded refs)
  // Accents in other places than the canonical spelling's ('Martinéz' for Martínez): a
  // misspelling, where a spelling without any ('Martinez') is the plain-letter convention.
  const auto accented = [](std::string_view w) {
    return std::any_of(w.begin(), w.end(), [](char c) { return (c & 0x80) != 0; });
  };
  const bool word_accented = accented(word);
  for (const WordRef& r : refs) {
    if (canonical && r.how != MatchHow::canonical) continue;
    out.push_back(make_match(r));
    NameMatch& m = out.back();
    if (word_accented && r.source != 0 &&
        (m.how == MatchHow::canonical || m.origin == "accepted") && m.canonical_word != word &&
        accented(m.canonical_word) && fold_to_ascii(m.canonical_word) == fold_to_ascii(word)) {
      m.how = MatchHow::curated;
      m.origin = "wrongly accented spelling";
    }
    distance.push_back(r.source == 0 ? 0 : spelling_distance(word, text_of(r.source)));
  }
  std::vector<std::size_t> order(out.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
  // Canonical words first, then curated, then generated; among words folded alike, the one
  // spelt nearest the text ("Serguéi" is the Spanish "Serguei" before the French "Sergueï").
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return std::make_pair(static_cast<int>(out[a].how), distance[a]) <
           std::make_pair(static_cast<int>(out[b].how), distance[b]);
  });
  std::vector<NameMatch> sorted;
  sorted.reserve(out.size());
  for (const std::size_t k : order) sorted.push_back(std::move(out[k]));
  return sorted;
}

std::vector<NameMatch> NameTable::hepburn_macrons(std::string_view word) const {
  // Only ō and ū, the long vowels Hepburn marks most: other macrons belong to languages that
  // keep them in English too ('Māori'). Both begin with the byte C5: most words that miss the
  // table have none, and cost no copy.
  if (word.find('\xC5') == std::string_view::npos) return {};
  std::string plain;
  bool marked = false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const auto c = static_cast<unsigned char>(word[i]);
    if (c < 0x80) {
      plain += word[i];
      continue;
    }
    const std::string_view pair = word.substr(i, 2);
    if (pair == "\xC5\x8D" || pair == "\xC5\xAB") {
      plain += pair == "\xC5\x8D" ? 'o' : 'u';
    } else if (pair == "\xC5\x8C" || pair == "\xC5\xAA") {
      plain += pair == "\xC5\x8C" ? 'O' : 'U';
    } else {
      return {};
    }
    marked = true;
    ++i;
  }
  std::vector<NameMatch> out;
  if (!marked) return out;
  for (const WordRef& r : find_refs(plain)) {
    if (r.how != MatchHow::canonical) continue;
    NameMatch m = make_match(r);
    m.how = MatchHow::generated;
    m.origin = "Hepburn (with long-vowel marks)";
    out.push_back(std::move(m));
  }
  return out;
}

std::optional<NameMatch> NameTable::fuzzy_word(std::string_view word) const {
  // Each answer is remembered per thread for these rows, as the entity's and word's indexes:
  // an unknown capitalised word recurs within an article and across articles, and each search
  // compares it with every key that starts with its letter.
  struct Answer {
    std::uint32_t entity, word;  // entity == kNone: no match
    int distance;
  };
  constexpr std::uint32_t kNone = ~std::uint32_t{0};
  struct Memo {
    std::uint64_t generation = 0;
    std::unordered_map<std::string, Answer, StringHash, std::equal_to<>> answers;
  };
  thread_local Memo memo;
  constexpr std::size_t kMaxAnswers = 1 << 12;  // bounds memory (about 400 KB) on any input
  const std::uint64_t generation = derived().generation;
  if (memo.generation != generation || memo.answers.size() >= kMaxAnswers) {
    memo.answers.clear();
    memo.generation = generation;
  }
  auto it = memo.answers.find(word);
  if (it == memo.answers.end()) {
    Answer a{kNone, 0, 0};
    if (const auto found = fuzzy_word_uncached(word)) {
      a = Answer{static_cast<std::uint32_t>(found->entity), static_cast<std::uint32_t>(found->word),
                 found->distance};
    }
    it = memo.answers.emplace(std::string(word), a).first;
  }
  if (it->second.entity == kNone) return std::nullopt;
  NameMatch m = make_match(make_ref(it->second.entity, it->second.word, MatchHow::fuzzy));
  m.distance = it->second.distance;
  return m;
}

std::optional<NameTable::FuzzyHit> NameTable::fuzzy_word_uncached(std::string_view word) const {
  const std::string key = name_key(word);
  if (key.empty()) return std::nullopt;
  int best = 1000;
  std::vector<const KeyRef*> nearest;
  for (const std::uint32_t index :
       derived().keys_by_first[static_cast<unsigned char>(key.front())]) {
    const KeyRef& k = keys_[index];
    const bool exact = entities_[k.entity]->exact_only;
    const int limit = exact ? 0 : allowed_distance(key.size(), k.key.size());
    const int d = key_distance(key, k.key, limit);
    if (d > limit) continue;
    // A Chinese name's syllables match exactly or not at all: an equal key is no evidence
    // ('Zhijun' is no 'Jun' of Dong Jun), the same letters with other accents are ('Shanghaï').
    if (exact && to_lower(fold_to_ascii(word)) !=
                     to_lower(fold_to_ascii(canonical_words_[k.entity][k.word]))) {
      continue;
    }
    // Zakharov and Zakharova, Navalny and Navalnaya: a gendered form is another person.
    if (d > 0 && (key + "a" == k.key || k.key + "a" == key)) continue;
    if (d < best) {
      best = d;
      nearest.clear();
    }
    if (d == best) nearest.push_back(&k);
  }
  if (nearest.empty()) return std::nullopt;
  for (const KeyRef* k : nearest) {
    if (canonical_words_[k->entity][k->word] !=
        canonical_words_[nearest.front()->entity][nearest.front()->word]) {
      return std::nullopt;  // ambiguous: two names are equally near
    }
  }
  return FuzzyHit{nearest.front()->entity, nearest.front()->word, best};
}

std::optional<NameMatch> NameTable::variant_of(std::string_view word,
                                               const NameEntity& entity) const {
  const WordRef* best = nullptr;
  std::size_t best_distance = 0;
  for (const WordRef& r : find_refs(word)) {
    if (r.how == MatchHow::canonical || entities_[r.entity].get() != &entity) continue;
    // Of words folded alike, the one spelt nearest `word` (see lookup_word).
    const std::size_t d = r.source == 0 ? 0 : spelling_distance(word, text_of(r.source));
    if (!best || d < best_distance) {
      best = &r;
      best_distance = d;
    }
  }
  if (!best) return std::nullopt;
  return make_match(*best);
}

bool NameTable::is_accepted_word(std::string_view word, const NameEntity& entity) const {
  const auto found = frozen_.words.find(word);
  if (!found) return false;
  const auto refs = frozen_.refs.subspan(found->a, found->b);
  return std::any_of(refs.begin(), refs.end(), [&](const WordRef& r) {
    return text_of(r.origin) == "accepted" && entities_[r.entity].get() == &entity;
  });
}

bool NameTable::starts_long_form(std::string_view word) const {
  if (frozen_.long_form_starts.contains(word)) return true;
  const bool ascii = std::all_of(word.begin(), word.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  return !ascii && frozen_.long_form_starts.contains(fold_to_ascii(word));
}

bool NameTable::may_start_form(std::string_view first) const {
  if (frozen_.form_starts.contains(first)) return true;
  const bool ascii = std::all_of(first.begin(), first.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  return !ascii && frozen_.form_starts.contains(fold_to_ascii(first));
}

std::optional<NameMatch> NameTable::lookup_form(std::string_view form) const {
  if (form.find("\xE2\x80\x99") != std::string_view::npos) {
    return lookup_form(normalise_quotes(form));  // 'Leone d’Oro' as 'Leone d'Oro'
  }
  if (const std::size_t space = form.find(' ');
      space != std::string_view::npos && !may_start_form(form.substr(0, space))) {
    return std::nullopt;
  }
  if (const auto found = frozen_.phrases.find(form)) return make_match(frozen_.refs[found->a]);
  // Folding changes nothing in ASCII.
  if (std::all_of(form.begin(), form.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    return std::nullopt;
  }
  const std::string key = fold_to_ascii(form);
  if (key == form) return std::nullopt;
  if (const auto found = frozen_.folded_phrases.find(key)) {
    return make_match(frozen_.refs[found->a]);
  }
  return std::nullopt;
}

std::optional<NameMatch> NameTable::lookup_phrase(std::string_view phrase) const {
  const std::string text(trim(phrase));
  if (auto m = lookup_form(text)) return m;
  const auto words = name_words(text);
  if (words.empty()) return std::nullopt;
  auto matches = lookup_word(words.back());
  if (!matches.empty()) return matches.front();
  if (words.size() == 1 && (text == to_lower(text))) {
    if (const std::string* proper = proper_form(text)) {
      auto m = lookup_word(*proper);
      if (!m.empty()) return m.front();
    }
  }
  return fuzzy_word(words.back());
}

const std::string* NameTable::proper_form(std::string_view lower) const {
  const auto found = frozen_.lower.find(lower);
  return found ? &canonical_words_[found->a][found->b] : nullptr;
}

bool NameTable::is_canonical_word(std::string_view word) const {
  const auto found = frozen_.words.find(word);
  if (!found) return false;  // exact: an accented form is not the canonical word
  const auto refs = frozen_.refs.subspan(found->a, found->b);
  return std::any_of(refs.begin(), refs.end(),
                     [](const WordRef& r) { return r.how == MatchHow::canonical; });
}

}  // namespace mtlint
