#include "lexicon/near_words.h"

#include <functional>

namespace mtlint {

namespace {

constexpr std::string_view kAlphabet = "abcdefghijklmnopqrstuvwxyz'-";

}  // namespace

std::string_view keyboard_neighbours(char c) {
  if (c < 'a' || c > 'z') return {};
  static constexpr std::string_view kNeighbours[26] = {
      "qwsz",   "vghn",  "xdfv", "serfcx", "wsdr", "drtgvc", "ftyhbv", "gyujnb", "ujko",
      "huikmn", "jiolm", "kop",  "njk",    "bhjm", "iklp",   "ol",     "wa",     "edft",
      "awedxz", "rfgy",  "yhji", "cfgb",   "qase", "zsdc",   "tghu",   "asx"};
  return kNeighbours[c - 'a'];
}

std::vector<std::size_t> code_point_starts(std::string_view text) {
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) starts.push_back(i);
  }
  starts.push_back(text.size());
  return starts;
}

bool for_each_one_edit(std::string_view lower, bool hyphen,
                       const std::function<bool(std::string_view)>& visit) {
  const auto starts = code_point_starts(lower);
  const std::size_t n = starts.size() - 1;  // code points
  std::string buffer;  // each candidate is built here: no allocation per candidate
  buffer.reserve(lower.size() + 2);
  auto head = [&](std::size_t k) { return lower.substr(0, starts[k]); };
  auto tail = [&](std::size_t k) { return lower.substr(starts[k]); };
  auto at = [&](std::size_t k) { return lower.substr(starts[k], starts[k + 1] - starts[k]); };
  auto emit = [&](std::string_view a, std::string_view b, std::string_view c, std::string_view d) {
    buffer.assign(a).append(b).append(c).append(d);
    return visit(buffer);
  };
  auto substitute = [&](std::size_t k, char c) {
    return emit(head(k), std::string_view(&c, 1), tail(k + 1), {});
  };
  // Roughly Hunspell's order of edit kinds: swapped letters, a neighbouring key, an extra
  // letter, a missing one, any other wrong one.
  for (std::size_t k = 0; k + 1 < n; ++k) {
    if (emit(head(k), at(k + 1), at(k), tail(k + 2))) return true;
  }
  for (std::size_t k = 0; k < n; ++k) {
    const std::string_view letter = at(k);
    if (letter.size() != 1 || letter[0] < 'a' || letter[0] > 'z') continue;
    for (const char c : keyboard_neighbours(letter[0])) {
      if (substitute(k, c)) return true;
    }
  }
  for (std::size_t k = 0; k < n; ++k) {
    if (emit(head(k), tail(k + 1), {}, {})) return true;
  }
  for (std::size_t k = 0; k <= n; ++k) {
    for (const char c : kAlphabet) {
      if (c != '-' && emit(head(k), std::string_view(&c, 1), tail(k), {})) return true;
    }
  }
  for (std::size_t k = 0; k < n; ++k) {
    for (const char c : kAlphabet) {
      if (c != '-' && at(k) != std::string_view(&c, 1) && substitute(k, c)) return true;
    }
  }
  // Last, a word split in two by a hyphen ("Euro-next"), as Hunspell proposes after the others.
  for (std::size_t k = 1; hyphen && k < n; ++k) {
    if (emit(head(k), "-", tail(k), {})) return true;
  }
  return false;
}

void one_edit_candidates(std::string_view lower, bool hyphen, EditCandidates& out) {
  out.bytes.clear();
  out.views.clear();
  std::vector<std::size_t> ends;
  for_each_one_edit(lower, hyphen, [&](std::string_view candidate) {
    out.bytes += candidate;
    ends.push_back(out.bytes.size());
    return false;
  });
  std::size_t begin = 0;
  for (const std::size_t end : ends) {
    out.views.emplace_back(out.bytes.data() + begin, end - begin);
    begin = end;
  }
}

std::vector<std::string> one_edit_candidates(std::string_view lower, bool hyphen) {
  std::vector<std::string> out;
  for_each_one_edit(lower, hyphen, [&](std::string_view candidate) {
    out.emplace_back(candidate);
    return false;
  });
  return out;
}

bool is_transposition(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  std::size_t first = 0;
  while (first < a.size() && a[first] == b[first]) ++first;
  if (first + 1 >= a.size()) return false;
  if (a[first] != b[first + 1] || a[first + 1] != b[first]) return false;
  return a.substr(first + 2) == b.substr(first + 2);
}

}  // namespace mtlint
