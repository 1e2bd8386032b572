#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace mtlint {

struct NameEntity;

/// Every role phrase of the name table ("foreign minister of ukraine"), lower case, each once,
/// indexed so that one pass over an article finds which of them it holds. Built once per
/// table (NameTable::role_phrases()), not once per article: the index is the dear part.
class RolePhrases {
 public:
  explicit RolePhrases(const std::vector<std::unique_ptr<NameEntity>>& entities);

  std::size_t size() const { return phrases_.size(); }
  /// The ids of the entity's roles (indexes of size()); none for an entity without roles.
  const std::vector<std::uint32_t>& of(const NameEntity& e) const;

  /// Some role's last word, compared byte by byte with ASCII letters in either case, ends
  /// `text` right before byte `end`: whether any role can end there at all.
  bool last_word_ends(std::string_view text, std::size_t end) const;

  /// Marks found[id] for every phrase that occurs in `lower` (an article in lower case) at a
  /// place where `accept(at, size)` holds; a phrase already marked is not looked for again.
  void find(std::string_view lower, std::vector<char>& found,
            const std::function<bool(std::size_t at, std::size_t size)>& accept) const;

 private:
  static constexpr unsigned kBits = 20;
  static std::uint32_t bit_of(std::uint32_t prefix) {
    return (prefix * 0x9E3779B1u) >> (32 - kBits);
  }

  std::vector<std::string> phrases_;
  std::unordered_map<const NameEntity*, std::vector<std::uint32_t>> of_entity_;
  std::vector<std::uint32_t> short_;  // under four bytes: found by plain search
  std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> by_prefix_;  // first four bytes
  // One bit per hashed four-byte prefix: most places of a text are passed over without a map
  // lookup (two-byte heads such as "pr" or "mi" let a third of them through).
  std::vector<std::uint64_t> heads_;
  // The last word of every role (after its last space), ASCII letters in lower case, and the
  // lengths in bytes these words come in.
  std::unordered_set<std::string> last_words_;
  std::vector<std::size_t> last_word_sizes_;
};

}  // namespace mtlint
