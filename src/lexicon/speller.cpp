#include "lexicon/speller.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <hunspell/hunspell.hxx>

namespace mtlint {

std::string normalise_apostrophes(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (word.compare(i, 3, "\xE2\x80\x99") == 0) {  // ’
      out += '\'';
      i += 2;
    } else {
      out += word[i];
    }
  }
  return out;
}

Speller::Speller(std::unique_ptr<Hunspell> hunspell) : hunspell_(std::move(hunspell)) {}
namespace {

// Hunspell keeps a process-wide UTF-8 table whose reference count is not thread-safe: creating
// or destroying two instances at once (the foreign rule loads dictionaries on worker threads)
// races on it. Every construction and destruction goes through this lock.
std::mutex& hunspell_lifetime_lock() {
  static std::mutex lock;
  return lock;
}

}  // namespace

Speller::~Speller() {
  std::lock_guard lock(hunspell_lifetime_lock());
  hunspell_.reset();
}

Result<std::unique_ptr<Speller>> Speller::load(const std::string& base) {
  for (const char* ext : {".aff", ".dic"}) {
    const std::string file = base + ext;
    std::ifstream probe(file);
    if (!probe) {
      return Error{
          "cannot open Hunspell dictionary file (install the hunspell-* package or fix "
          "the path)",
          file};
    }
  }
  const std::string aff = base + ".aff";
  const std::string dic = base + ".dic";
  std::unique_ptr<Hunspell> hunspell;
  {
    std::lock_guard lock(hunspell_lifetime_lock());
    hunspell = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
  }
  // Hunspell reports nothing on a malformed file; a dictionary that accepts no common word is one.
  if (!hunspell->spell(std::string("the")) && !hunspell->spell(std::string("de"))) {
    std::lock_guard lock(hunspell_lifetime_lock());
    hunspell.reset();
    return Error{"Hunspell dictionary accepts no common word; is it malformed?", dic};
  }
  return std::unique_ptr<Speller>(new Speller(std::move(hunspell)));
}

void Speller::add(const std::string& word) {
  std::lock_guard lock(hunspell_lock_);
  hunspell_->add(word);
}

bool Speller::correct(std::string_view word) const {
  const std::string key = normalise_apostrophes(word);
  {
    std::shared_lock read(memo_lock_);
    if (auto it = verdicts_.find(key); it != verdicts_.end()) return it->second;
  }
  bool ok;
  {
    std::lock_guard lock(hunspell_lock_);
    ok = hunspell_->spell(key);
  }
  std::unique_lock write(memo_lock_);
  if (verdicts_.size() > kMaxMemo) verdicts_.clear();
  verdicts_.emplace(key, ok);
  return ok;
}

bool Speller::accepts_any(const std::vector<std::string>& words) const {
  std::lock_guard lock(hunspell_lock_);
  for (const std::string& w : words) {
    if (hunspell_->spell(w)) return true;
  }
  return false;
}

std::vector<std::string> Speller::accepted(const std::vector<std::string>& words,
                                           std::size_t limit) const {
  std::vector<std::string> out;
  std::lock_guard lock(hunspell_lock_);
  for (const std::string& w : words) {
    if (out.size() >= limit) break;
    if (std::find(out.begin(), out.end(), w) == out.end() && hunspell_->spell(w)) out.push_back(w);
  }
  return out;
}

std::vector<std::string> Speller::suggest(std::string_view word) const {
  const std::string key = normalise_apostrophes(word);
  {
    std::shared_lock read(memo_lock_);
    if (auto it = suggestions_.find(key); it != suggestions_.end()) return it->second;
  }
  std::vector<std::string> list;
  {
    std::lock_guard lock(hunspell_lock_);
    list = hunspell_->suggest(key);
  }
  std::unique_lock write(memo_lock_);
  if (suggestions_.size() > kMaxMemo / 8) suggestions_.clear();
  suggestions_.emplace(key, list);
  return list;
}

}  // namespace mtlint
