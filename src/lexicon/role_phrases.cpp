#include "lexicon/role_phrases.h"

#include <algorithm>

#include "lexicon/name_table.h"
#include "lexicon/word_list.h"

namespace mtlint {

namespace {

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::uint32_t prefix_of(std::string_view s) {
  std::uint32_t v = 0;
  for (std::size_t k = 0; k < 4; ++k) v = (v << 8) | static_cast<unsigned char>(s[k]);
  return v;
}

}  // namespace

RolePhrases::RolePhrases(const std::vector<std::unique_ptr<NameEntity>>& entities)
    : heads_((std::size_t{1} << kBits) / 64) {
  std::unordered_map<std::string, std::uint32_t> ids;
  for (const auto& owned : entities) {
    for (const std::string& role : owned->roles) {
      std::string last = ascii_lower(std::string_view(role).substr(role.rfind(' ') + 1));
      if (std::find(last_word_sizes_.begin(), last_word_sizes_.end(), last.size()) ==
          last_word_sizes_.end()) {
        last_word_sizes_.push_back(last.size());
      }
      last_words_.insert(std::move(last));
      std::string phrase = to_lower(role);
      auto [it, added] = ids.try_emplace(phrase, static_cast<std::uint32_t>(phrases_.size()));
      if (added) {
        if (phrase.size() < 4) {
          short_.push_back(it->second);
        } else {
          const std::uint32_t prefix = prefix_of(phrase);
          by_prefix_[prefix].push_back(it->second);
          heads_[bit_of(prefix) / 64] |= std::uint64_t{1} << (bit_of(prefix) % 64);
        }
        phrases_.push_back(std::move(phrase));
      }
      of_entity_[owned.get()].push_back(it->second);
    }
  }
}

const std::vector<std::uint32_t>& RolePhrases::of(const NameEntity& e) const {
  static const std::vector<std::uint32_t> kNone;
  auto it = of_entity_.find(&e);
  return it == of_entity_.end() ? kNone : it->second;
}

bool RolePhrases::last_word_ends(std::string_view text, std::size_t end) const {
  for (const std::size_t n : last_word_sizes_) {
    if (n <= end && last_words_.contains(ascii_lower(text.substr(end - n, n)))) return true;
  }
  return false;
}

void RolePhrases::find(std::string_view lower, std::vector<char>& found,
                       const std::function<bool(std::size_t, std::size_t)>& accept) const {
  found.assign(phrases_.size(), 0);
  for (const std::uint32_t id : short_) {
    const std::string& phrase = phrases_[id];
    for (std::size_t at = lower.find(phrase); at != std::string_view::npos;
         at = lower.find(phrase, at + 1)) {
      if (accept(at, phrase.size())) {
        found[id] = 1;
        break;
      }
    }
  }
  if (by_prefix_.empty() || lower.size() < 4) return;
  std::uint32_t window = prefix_of(lower);
  for (std::size_t at = 0;; ++at) {
    const std::uint32_t bit = bit_of(window);
    if (heads_[bit / 64] >> (bit % 64) & 1) {
      if (auto it = by_prefix_.find(window); it != by_prefix_.end()) {
        for (const std::uint32_t id : it->second) {
          const std::string& phrase = phrases_[id];
          if (!found[id] && lower.compare(at, phrase.size(), phrase) == 0 &&
              accept(at, phrase.size())) {
            found[id] = 1;
          }
        }
      }
    }
    if (at + 4 >= lower.size()) break;
    window = (window << 8) | static_cast<unsigned char>(lower[at + 4]);
  }
}

}  // namespace mtlint
