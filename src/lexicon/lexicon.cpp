#include "lexicon/lexicon.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <fstream>
#include <unordered_map>

#include "core/string_hash.h"
#include "core/utf8.h"
#include "lexicon/form_cache.h"
#include "lexicon/name_cache.h"
#include "lexicon/name_key.h"
#include "lexicon/translit.h"

namespace mtlint {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "1,234.5", "2024": Hunspell accepts numbers with single separators between digits.
bool is_number(std::string_view w) {
  if (w.empty() || !is_digit(w.front()) || !is_digit(w.back())) return false;
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (is_digit(w[i])) continue;
    if ((w[i] != '.' && w[i] != ',' && w[i] != '-') || !is_digit(w[i + 1])) return false;
  }
  return true;
}

// "21st", "12th", "103rd": what the English dictionaries' COMPOUNDRULE accepts beyond their
// one-digit entries. The last two digits choose the suffix.
bool is_english_ordinal(std::string_view w) {
  if (w.size() < 4) return false;  // "1st".."9th" are dictionary words
  std::string suffix(w.substr(w.size() - 2));
  if (suffix[0] >= 'A' && suffix[0] <= 'Z' && suffix[1] >= 'A' && suffix[1] <= 'Z') {
    for (char& c : suffix) c = static_cast<char>(c + 32);  // "21ST", as Hunspell allows
  }
  const std::string_view digits = w.substr(0, w.size() - 2);
  if (!std::all_of(digits.begin(), digits.end(), is_digit)) return false;
  const char last = digits.back();
  const char tens = digits[digits.size() - 2];
  if (tens == '1') return suffix == "th";
  if (last == '1') return suffix == "st";
  if (last == '2') return suffix == "nd";
  if (last == '3') return suffix == "rd";
  return suffix == "th";
}

std::vector<std::string_view> code_points(std::string_view text) {
  const auto starts = code_point_starts(text);
  std::vector<std::string_view> out;
  for (std::size_t k = 0; k + 1 < starts.size(); ++k) {
    out.push_back(text.substr(starts[k], starts[k + 1] - starts[k]));
  }
  return out;
}

// Two ASCII letters on neighbouring keys.
bool near_keys(std::string_view a, std::string_view b) {
  return a.size() == 1 && b.size() == 1 &&
         keyboard_neighbours(a[0]).find(b[0]) != std::string_view::npos;
}

}  // namespace

int typo_cost(std::string_view typed, std::string_view candidate) {
  constexpr int kNotOneEdit = 5;
  const auto t = code_points(typed), c = code_points(candidate);
  std::size_t k = 0;  // the first difference
  while (k < t.size() && k < c.size() && t[k] == c[k]) ++k;
  auto same_from = [](const auto& a, std::size_t i, const auto& b, std::size_t j) {
    return a.size() - i == b.size() - j && std::equal(a.begin() + i, a.end(), b.begin() + j);
  };
  if (c.size() == t.size() + 1) {  // a letter left out
    if (!same_from(t, k, c, k + 1)) return kNotOneEdit;
    const bool of_double = (k > 0 && c[k - 1] == c[k]) || (k + 1 < c.size() && c[k + 1] == c[k]);
    return of_double ? 1 : 2;
  }
  if (t.size() == c.size() + 1) {  // an extra letter
    if (!same_from(t, k + 1, c, k)) return kNotOneEdit;
    const bool copy = (k > 0 && t[k - 1] == t[k]) || (k + 1 < t.size() && t[k + 1] == t[k]);
    return copy ? 2 : 3;
  }
  if (t.size() != c.size() || k == t.size()) return kNotOneEdit;
  if (k + 1 < t.size() && t[k] == c[k + 1] && t[k + 1] == c[k] && same_from(t, k + 2, c, k + 2)) {
    return 2;  // two neighbours swapped
  }
  if (!same_from(t, k + 1, c, k + 1)) return kNotOneEdit;
  // The vowel of an unstressed suffix, which English spells by heart: '-ence' or '-ance', '-ent'
  // or '-ant', '-able' or '-ible' ("insurence" is "insurance" before "insurgence").
  const auto vowel = [](std::string_view v) { return v == "a" || v == "e" || v == "i"; };
  if (vowel(t[k]) && vowel(c[k]) && k + 2 < c.size()) {
    const std::string next = std::string(c[k + 1]) + std::string(c[k + 2]);
    if (next == "nc" || next == "nt" || next == "bl") return 1;
  }
  if (t[k].size() == 1 && c[k].size() == 1) return near_keys(t[k], c[k]) ? 3 : 4;
  const std::string folded = fold_to_ascii(t[k]);
  return !folded.empty() && folded == fold_to_ascii(c[k]) ? 2 : 4;  // an accent left out
}

std::vector<std::string> hunspell_names(std::string_view language) {
  if (language == "en") return {"en_US", "en_GB"};
  if (language == "en-US" || language == "en_US") return {"en_US"};
  if (language == "en-GB" || language == "en_GB") return {"en_GB"};
  return {};
}

Result<std::unique_ptr<Lexicon>> Lexicon::create(const LexiconOptions& options) {
  const auto names = hunspell_names(options.language);
  if (names.empty()) {
    return Error{"unsupported language '" + options.language + "' (use en, en-US or en-GB)"};
  }
  TableRecipe recipe;
  for (const auto& name : names) {
    const std::string base = options.hunspell_dir + "/" + name;
    for (const char* ext : {".aff", ".dic"}) {
      if (!std::ifstream(base + ext)) {
        return Error{
            "cannot open Hunspell dictionary file (install the hunspell-* package or fix "
            "the path)",
            base + ext};
      }
    }
    // Only the first dictionary suggests (American spellings for "en").
    const std::uint16_t keep =
        recipe.dictionaries.empty() ? 0xFFFF : static_cast<std::uint16_t>(~kFormSuggest);
    recipe.dictionaries.push_back({base, keep});
  }
  recipe.word_lists = options.word_lists;
  recipe.accept_words = options.accept_words;
  auto lexicon = std::make_unique<Lexicon>();
  lexicon->cache_dir_ = options.cache_dir;
  const std::string cache =
      options.cache_dir.empty() ? "" : cache_path_for(recipe, options.cache_dir, names.front());
  // Every word of every document is looked up here: resident, on huge pages.
  auto table = load_table(recipe, cache, true);
  if (!table) return table.error();
  lexicon->table_ = std::move(*table);
  if (!options.name_tables.empty()) {
    auto name_table = load_name_table(
        {options.name_tables, options.translit_dir, options.cache_file}, options.cache_dir);
    if (!name_table) return name_table.error();
    lexicon->names_ = std::move(*name_table);
  }
  return lexicon;
}

bool Lexicon::accepted_form(std::string_view word) const {
  if (table_.accepts(word)) return true;
  if (is_number(word)) return true;
  return english_ && is_english_ordinal(word);
}

bool Lexicon::is_known(std::string_view word) const {
  if (accepted_form(word)) return true;
  // Hunspell's default BREAK: a hyphenated word is right when each part is ("well-known").
  if (word.find('-') == std::string_view::npos) return false;
  std::string_view rest = word;
  while (!rest.empty() && rest.front() == '-') rest.remove_prefix(1);
  while (!rest.empty() && rest.back() == '-') rest.remove_suffix(1);
  if (rest.empty()) return false;
  if (rest.size() != word.size() && accepted_form(rest)) return true;
  for (std::size_t start = 0;;) {
    const std::size_t dash = rest.find('-', start);
    const std::string_view part = rest.substr(start, dash - start);
    if (part.empty() || !accepted_form(part)) return false;
    if (dash == std::string_view::npos) return true;
    start = dash + 1;
  }
}

namespace {

// Answers of the one-edit searches, per thread, for one Lexicon at a time: typos and odd names
// recur within and across documents, and each search looks up hundreds of candidates.
struct NearMemo {
  std::uint64_t owner = 0;
  std::unordered_map<std::string, bool, StringHash, std::equal_to<>> near;
  std::unordered_map<std::string, std::vector<std::string>, StringHash, std::equal_to<>>
      suggestions, distant;
};

NearMemo& near_memo(std::uint64_t owner) {
  thread_local NearMemo memo;
  constexpr std::size_t kMaxEntries = 1 << 16;  // bounds memory on any input
  if (memo.owner != owner || memo.near.size() > kMaxEntries ||
      memo.suggestions.size() > kMaxEntries || memo.distant.size() > kMaxEntries) {
    memo = NearMemo{};
    memo.owner = owner;
  }
  return memo;
}

// The answer for key in map, computed and stored on a miss. Keyed by a copy: the map may
// rehash, and compute() may itself use the memo.
template <typename Map, typename Compute>
typename Map::mapped_type memoised(Map& map, std::string_view key, Compute compute) {
  if (auto it = map.find(key); it != map.end()) return it->second;
  typename Map::mapped_type value = compute();
  map.emplace(std::string(key), value);
  return value;
}

}  // namespace

std::uint64_t Lexicon::next_id() {
  static std::atomic<std::uint64_t> counter{0};
  return ++counter;
}

bool Lexicon::has_near_word(std::string_view word) const {
  return memoised(near_memo(id_).near, word, [&] { return find_near_word(word); });
}

std::vector<std::string> Lexicon::suggest(std::string_view word) const {
  return memoised(near_memo(id_).suggestions, word, [&] { return find_suggestions(word); });
}

bool Lexicon::find_near_word(std::string_view word) const {
  if (word.size() > kMaxNearBytes) return false;
  const std::string lower = form_key(word);
  if (table_.has_key(lower, kFormSuggest | kFormStandalone)) return true;
  // In batches, so that the search stops soon after the first near word, and the table is
  // fetched ahead within a batch.
  constexpr std::size_t kBatch = 32;
  thread_local std::string bytes;
  thread_local std::vector<std::size_t> ends;
  thread_local std::vector<std::string_view> views;
  bytes.clear();
  ends.clear();
  auto flush = [&] {
    views.clear();
    std::size_t begin = 0;
    for (const std::size_t end : ends) {
      views.emplace_back(bytes.data() + begin, end - begin);
      begin = end;
    }
    const bool found =
        table_.has_keys(views, kFormSuggest | kFormStandalone, [](std::size_t) { return true; });
    bytes.clear();  // after the lookups: the views point into it
    ends.clear();
    return found;
  };
  if (for_each_one_edit(lower, true, [&](std::string_view candidate) {
        bytes += candidate;
        ends.push_back(bytes.size());
        return ends.size() == kBatch && flush();
      })) {
    return true;
  }
  return !ends.empty() && flush();
}

std::vector<std::string> Lexicon::find_suggestions(std::string_view word) const {
  if (word.size() > kMaxNearBytes) return {};
  // Candidates in the case of the word: "Zelesnky" -> "Zelensky", "goverment" -> "government";
  // a lower-case word also gets capitalised candidates ("kyvi" -> "Kyiv").
  const std::string lower = to_lower(word);
  const bool capitalised = lower != word;
  auto accepted = [&](const std::vector<std::string>& candidates) {
    std::vector<std::string> list;
    for (const std::string& c : candidates) {
      if (list.size() >= 10) break;
      if (std::find(list.begin(), list.end(), c) == list.end() && table_.accepts(c, kFormSuggest)) {
        list.push_back(c);
      }
    }
    return list;
  };
  // First of all the same letters in another case ("nasa" -> "NASA"): likelier than any slip.
  if (!capitalised) {
    if (auto same = accepted({capitalise(lower), to_upper(lower)}); !same.empty()) return same;
  }
  // No hyphen splits: "Eco-was" for "Ecowas" is no help. Only the few keys in the table are
  // re-cased (ICU work) and checked as written.
  std::vector<std::string> keys;
  thread_local EditCandidates edits;
  one_edit_candidates(lower, false, edits);
  table_.has_keys(edits.views, kFormSuggest | kFormStandalone, [&](std::size_t i) {
    if (std::find(keys.begin(), keys.end(), edits.views[i]) == keys.end()) {
      keys.emplace_back(edits.views[i]);
    }
    return false;
  });
  // Each word with its forms as the table accepts them, in the case of the typo.
  struct Ranked {
    int cost;
    std::string as_typed;            // "competition", or "Competition" for "Competiton"
    std::vector<std::string> forms;  // the accepted ones of as_typed and its capitalised form
  };
  std::vector<Ranked> ranked;
  for (const std::string& k : keys) {
    std::string as_typed = capitalised ? capitalise(k) : k;
    std::vector<std::string> forms = accepted({as_typed, capitalise(k)});
    if (!forms.empty()) ranked.push_back({typo_cost(lower, k), std::move(as_typed), forms});
  }
  // Likeliest slip first (ties keep the search order). A word clearly likelier than all the
  // others is the only suggestion, in one form ("competition", not also "Competition"), so that
  // its fix can be applied.
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const Ranked& a, const Ranked& b) { return a.cost < b.cost; });
  if (ranked.empty()) return {};
  if (ranked.size() == 1 || ranked[0].cost < ranked[1].cost) return {ranked[0].forms.front()};
  // A tie: every word, those in the case of the typo before the re-cased ones.
  std::vector<std::string> candidates;
  for (const Ranked& r : ranked) {
    if (r.forms.front() == r.as_typed) candidates.push_back(r.as_typed);
  }
  for (const Ranked& r : ranked) {
    for (const std::string& form : r.forms) {
      if (form != r.as_typed) candidates.push_back(form);
    }
  }
  return accepted(candidates);
}

std::vector<std::string> Lexicon::distant_suggestions(std::string_view word) const {
  if (word.size() > kMaxNearBytes || utf8::has_non_ascii(word)) return {};
  return memoised(near_memo(id_).distant, word, [&] { return find_distant_suggestions(word); });
}

std::vector<std::string> Lexicon::find_distant_suggestions(std::string_view word) const {
  const std::string lower = to_lower(word);
  std::vector<std::string> found;
  const auto keep = [&](std::string_view candidate) {
    if (found.size() < 10 && std::find(found.begin(), found.end(), candidate) == found.end()) {
      found.emplace_back(candidate);
    }
  };
  // One edit to a form only a later dictionary knows ("maneouvres" -> "manoeuvres").
  thread_local EditCandidates edits;
  one_edit_candidates(lower, false, edits);
  table_.has_keys(edits.views, kFormStandalone, [&](std::size_t i) {
    keep(edits.views[i]);
    return false;
  });
  // Two letters swapped across one or two others.
  std::string swapped = lower;
  for (std::size_t a = 0; a < lower.size(); ++a) {
    for (std::size_t b = a + 2; b < lower.size() && b <= a + 3; ++b) {
      if (lower[a] == lower[b]) continue;
      std::swap(swapped[a], swapped[b]);
      if (table_.has_key(swapped, kFormSuggest | kFormStandalone)) keep(swapped);
      std::swap(swapped[a], swapped[b]);
    }
  }
  // A doubled letter written single and a single one doubled ("dissapointment" ->
  // "disappointment", "tommorow" -> "tomorrow").
  for (std::size_t a = 0; a + 1 < lower.size(); ++a) {
    if (lower[a] != lower[a + 1] || !std::isalpha(static_cast<unsigned char>(lower[a]))) continue;
    const std::string single = lower.substr(0, a) + lower.substr(a + 1);
    for (std::size_t b = 0; b < single.size(); ++b) {
      if (b == a || !std::isalpha(static_cast<unsigned char>(single[b])) ||
          (b + 1 < single.size() && single[b + 1] == single[b]) ||
          (b > 0 && single[b - 1] == single[b])) {
        continue;
      }
      std::string doubled = single;
      doubled.insert(b, 1, single[b]);
      if (table_.has_key(doubled, kFormSuggest | kFormStandalone)) keep(doubled);
    }
  }
  // Only the lower-case forms the table accepts as written.
  std::vector<std::string> out;
  for (const std::string& k : found) {
    if (table_.accepts(k)) out.push_back(k);
  }
  return out;
}

std::optional<std::string> Lexicon::proper_form(std::string_view word) const {
  return table_.proper_form(form_key(word), kFormListed);
}

std::optional<std::string> Lexicon::dictionary_case_form(std::string_view word) const {
  // Six letters or more: shorter ones are as often a word of another language ('des', 'oro',
  // 'terre') as a name.
  if (utf8::count_code_points(word) < 6) return std::nullopt;
  auto form = table_.proper_form(form_key(word), kFormStandalone);
  if (form && to_lower(*form) != word) form.reset();  // the same letters only
  return form;
}

const FormTable* Lexicon::source_dictionary(const std::string& base) const {
  std::lock_guard guard(sources_lock_);
  auto it = sources_.find(base);
  if (it != sources_.end()) return it->second.get();
  TableRecipe recipe;
  // The foreign rule never looks at words with apostrophes: no elided-article forms.
  recipe.dictionaries.push_back({base, 0xFFFF, 8'000'000, false});
  const std::string name = base.substr(base.find_last_of('/') + 1);
  const std::string cache = cache_dir_.empty() ? "" : cache_path_for(recipe, cache_dir_, name);
  auto table = load_table(recipe, cache);
  auto& slot = sources_[base];
  if (table) slot = std::make_unique<FormTable>(std::move(*table));
  return slot.get();
}

}  // namespace mtlint
