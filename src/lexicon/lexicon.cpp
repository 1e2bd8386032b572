#include "lexicon/lexicon.h"

#include <fstream>
#include <mutex>

#include "lexicon/translit.h"

namespace mtlint {

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
  auto lexicon = std::make_unique<Lexicon>();
  for (const auto& name : names) {
    auto speller = Speller::load(options.hunspell_dir + "/" + name);
    if (!speller) return speller.error();
    lexicon->spellers_.push_back(std::move(*speller));
  }
  for (const auto& path : options.word_lists) {
    auto list = WordList::load(path);
    if (!list) return list.error();
    lexicon->words_.merge(*list);
  }
  for (const auto& word : options.accept_words) lexicon->words_.add(word);
  // Hunspell learns the list words too, so that it suggests "Kyiv" for "Kyvi".
  for (const auto& word : lexicon->words_.entries()) lexicon->spellers_.front()->add(word);
  if (!options.name_tables.empty()) {
    auto romaniser = Romaniser::create(options.translit_dir);
    if (!romaniser) return romaniser.error();
    if (!options.cache_file.empty()) (*romaniser)->use_cache(options.cache_file);
    for (const auto& path : options.name_tables) {
      if (auto status = lexicon->names_.add_file(path, **romaniser); !status) return status.error();
    }
    (*romaniser)->save_cache();
  }
  // has_near_word() asks Hunspell about lower-case and capitalised candidates; index the
  // suggesting dictionary's other stems (acronyms, "McCain", "café") and the list words here.
  for (const auto& word : lexicon->words_.entries()) lexicon->near_.add(word);
  std::ifstream dic(options.hunspell_dir + "/" + names.front() + ".dic");
  for (std::string line; std::getline(dic, line);) {
    const std::string_view stem = std::string_view(line).substr(0, line.find('/'));
    bool plain = true;
    for (const char c : stem) plain &= (c >= 'a' && c <= 'z') || c == '\'';
    if (!plain && !stem.empty() && !(stem[0] >= '0' && stem[0] <= '9')) lexicon->near_.add(stem);
  }
  return lexicon;
}

bool Lexicon::is_known(std::string_view word) const {
  if (words_.contains(word)) return true;
  for (const auto& speller : spellers_) {
    if (speller->correct(word)) return true;
  }
  return false;
}

bool Lexicon::has_near_word(std::string_view word) const {
  const std::string lower = to_lower(word);
  {
    std::shared_lock read(near_lock_);
    if (auto it = near_memo_.find(lower); it != near_memo_.end()) return it->second;
  }
  bool near = near_.may_have_near(lower);
  if (!near) {
    std::vector<std::string> candidates = one_edit_candidates(lower);
    const std::size_t n = candidates.size();
    for (std::size_t i = 2; i < n + 2; ++i) candidates.push_back(capitalise(candidates[i]));
    near = spellers_.front()->accepts_any(candidates);
  }
  std::unique_lock write(near_lock_);
  if (near_memo_.size() > kMaxMemo) near_memo_.clear();
  near_memo_.emplace(lower, near);
  return near;
}

std::vector<std::string> Lexicon::suggest(std::string_view word) const {
  const std::string key(word);
  {
    std::shared_lock read(near_lock_);
    if (auto it = suggest_memo_.find(key); it != suggest_memo_.end()) return it->second;
  }
  // Candidates in the case of the word: "Zelesnky" -> "Zelensky", "goverment" -> "government";
  // a lower-case word also gets capitalised candidates ("kyvi" -> "Kyiv").
  const std::string lower = to_lower(word);
  const bool capitalised = lower != word;
  // No hyphen splits here: Hunspell ranks "Eco-was" for "Ecowas" too low to offer it, and the
  // fallback below still proposes the splits it does offer ("Euro-next").
  std::vector<std::string> candidates = one_edit_candidates(lower, false);
  const std::size_t n = candidates.size();
  // First of all the same letters in another case: "nasa" -> "NASA".
  if (!capitalised) candidates.insert(candidates.begin(), {capitalise(lower), to_upper(lower)});
  if (capitalised) {
    for (std::size_t i = 0; i < n; ++i) candidates[i] = capitalise(candidates[i]);
  } else {
    for (std::size_t i = 2; i < n + 2; ++i) candidates.push_back(capitalise(candidates[i]));
  }
  std::vector<std::string> list = spellers_.front()->accepted(candidates, 10);
  if (list.empty()) list = spellers_.front()->suggest(word);
  std::unique_lock write(near_lock_);
  if (suggest_memo_.size() > kMaxMemo / 8) suggest_memo_.clear();
  suggest_memo_.emplace(key, list);
  return list;
}

const std::string* Lexicon::proper_form(std::string_view word) const {
  return words_.proper_form(word);
}

}  // namespace mtlint
