#include "rules/case_closed.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

#include "core/utf8.h"

namespace mtlint {

namespace {

// Whether case mapping never touches the character: it maps to nothing and nothing maps to it.
bool caseless(char32_t c) {
  return !u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_CASE_SENSITIVE);
}

// Property classes whose closure over case is the class itself (checked code point by code point
// in case_closed_test).
bool closed_property(std::string_view name) {
  static constexpr std::array<std::string_view, 8> kNames = {"N",           "Nd", "Number", "P",
                                                             "Punctuation", "Z",  "Zs",     "S"};
  return std::find(kNames.begin(), kNames.end(), name) != kNames.end();
}

// Letters: closed over case but for one mark, U+0345 (combining ypogegrammeni), which folds to
// iota: a set with all letters is closed once it also holds that mark.
bool letter_property(std::string_view name) { return name == "L" || name == "Letter"; }
constexpr std::string_view kYpogegrammeni = "\\x{345}";

class Rewriter {
 public:
  explicit Rewriter(std::string_view source) : source_(source) {
    for (std::size_t i = 0; i < source.size();) {
      starts_.push_back(i);
      cps_.push_back(utf8::decode(source, i));
    }
    starts_.push_back(source.size());
  }

  std::optional<std::string> run() {
    std::string out;
    std::size_t i = 0;
    while (i < cps_.size()) {
      const char32_t c = cps_[i];
      if (c == '\\' && i + 1 < cps_.size()) {
        const char32_t e = cps_[i + 1];
        if (e == 'Q') return std::nullopt;  // quoted text: not worth following
        std::size_t end = i + 2;
        bool closed = e == 'w' || e == 'W' || e == 'd' || e == 'D' || e == 's' || e == 'S';
        if ((e == 'p' || e == 'P') && i + 2 < cps_.size() && cps_[i + 2] == '{') {
          std::size_t close = i + 3;
          while (close < cps_.size() && cps_[close] != '}') ++close;
          if (close == cps_.size()) return std::nullopt;
          const std::string_view name = text(i + 3, close);
          closed = closed_property(name);
          end = close + 1;
          if (e == 'p' && letter_property(name)) {
            out += "(?-i:[" + std::string(kYpogegrammeni) + std::string(text(i, end)) + "])";
            i = end;
            continue;
          }
        }
        if (closed) {
          out += "(?-i:" + std::string(text(i, end)) + ")";
        } else {
          out += text(i, end);
        }
        i = end;
        continue;
      }
      if (c == '[') {
        std::size_t end = i;
        bool letters = false;
        const std::optional<bool> closed = set_is_closed(i, end, letters);
        if (!closed) return std::nullopt;
        if (*closed && letters) {  // a positive set with all letters: add their one mark
          // First, so that it can never end a range ("[ -]" stays a space and a hyphen).
          out += "(?-i:[" + std::string(kYpogegrammeni) + std::string(text(i + 1, end)) + ")";
        } else if (*closed) {
          out += "(?-i:" + std::string(text(i, end)) + ")";
        } else {
          out += text(i, end);
        }
        i = end;
        continue;
      }
      if (c == '(' && i + 2 < cps_.size() && cps_[i + 1] == '?') {
        // Flags that change how the rest reads (free spacing) or comments: leave the pattern.
        std::size_t k = i + 2;
        while (k < cps_.size() && ((cps_[k] >= 'a' && cps_[k] <= 'z') || cps_[k] == '-')) {
          if (cps_[k] == 'x') return std::nullopt;
          ++k;
        }
        if (cps_[i + 2] == '#') return std::nullopt;
      }
      out += text(i, i + 1);
      ++i;
    }
    return out;
  }

 private:
  std::string_view text(std::size_t from, std::size_t to) const {
    return source_.substr(starts_[from], starts_[to] - starts_[from]);
  }

  // The character class starting at `at` ('['): true when its closure over case is itself,
  // false when it may not be, nullopt when it is not understood. `end` is past its ']'.
  std::optional<bool> set_is_closed(std::size_t at, std::size_t& end, bool& letters) const {
    std::size_t i = at + 1;
    const bool negated = i < cps_.size() && cps_[i] == '^';
    if (negated) ++i;  // the complement of a closed set is closed
    bool closed = true;
    bool first = true;
    while (i < cps_.size()) {
      const char32_t c = cps_[i];
      if (c == ']') {
        if (first) return std::nullopt;  // "[]…]": read differently by engines; not followed
        end = i + 1;
        return closed;
      }
      first = false;
      if (c == '[') return std::nullopt;  // nested sets
      if (c == '&' && i + 1 < cps_.size() && cps_[i + 1] == '&') return std::nullopt;
      if (c == '-' && i + 1 < cps_.size() && cps_[i + 1] == '-') return std::nullopt;
      char32_t lo = c;
      std::size_t next = i + 1;
      if (c == '\\') {
        if (i + 1 >= cps_.size()) return std::nullopt;
        const char32_t e = cps_[i + 1];
        next = i + 2;
        if (e == 'p' || e == 'P') {
          if (i + 2 >= cps_.size() || cps_[i + 2] != '{') return std::nullopt;
          std::size_t close = i + 3;
          while (close < cps_.size() && cps_[close] != '}') ++close;
          if (close == cps_.size()) return std::nullopt;
          const std::string_view name = text(i + 3, close);
          if (e == 'p' && letter_property(name) && !negated) {
            letters = true;  // closed once U+0345 is added
          } else {
            closed = closed && closed_property(name);
          }
          i = close + 1;
          continue;
        }
        if (e == 'w' || e == 'W' || e == 'd' || e == 'D' || e == 's' || e == 'S') {
          i = next;
          continue;
        }
        if (e == 'n') {
          lo = '\n';
        } else if (e == 't') {
          lo = '\t';
        } else if (e == 'r') {
          lo = '\r';
        } else if (e == 'x' || e == 'u') {
          // \xHH, \x{H…}, \uHHHH
          std::size_t k = i + 2;
          std::size_t digits = e == 'u' ? 4 : 2;
          const bool braced = e == 'x' && k < cps_.size() && cps_[k] == '{';
          if (braced) ++k;
          lo = 0;
          std::size_t read = 0;
          while (k < cps_.size() && (braced ? cps_[k] != '}' : read < digits)) {
            const char32_t h = cps_[k];
            int v = -1;
            if (h >= '0' && h <= '9') v = static_cast<int>(h - '0');
            if (h >= 'a' && h <= 'f') v = static_cast<int>(h - 'a' + 10);
            if (h >= 'A' && h <= 'F') v = static_cast<int>(h - 'A' + 10);
            if (v < 0 || read > 6) return std::nullopt;
            lo = lo * 16 + static_cast<char32_t>(v);
            ++read;
            ++k;
          }
          if (read == 0 || (braced && k == cps_.size()) || (!braced && read != digits)) {
            return std::nullopt;
          }
          next = braced ? k + 1 : k;
          if (lo > 0x10FFFF) return std::nullopt;
        } else if (e == 'N') {
          return std::nullopt;  // named characters: not followed here
        } else if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9')) {
          return std::nullopt;  // other escapes
        } else {
          lo = e;  // an escaped punctuation character stands for itself
        }
      }
      char32_t hi = lo;
      if (next + 1 < cps_.size() && cps_[next] == '-' && cps_[next + 1] != ']') {
        hi = cps_[next + 1];
        if (hi == '\\' || hi == '[') return std::nullopt;
        next += 2;
        if (hi < lo || hi - lo > 0x400) return std::nullopt;
      }
      for (char32_t m = lo; m <= hi && closed; ++m) closed = caseless(m);
      i = next;
    }
    return std::nullopt;  // no closing bracket
  }

  std::string_view source_;
  std::vector<char32_t> cps_;
  std::vector<std::size_t> starts_;  // byte offset of each code point, and the end
};

}  // namespace

std::string wrap_case_closed_sets(std::string_view source) {
  auto rewritten = Rewriter(source).run();
  return rewritten ? *rewritten : std::string(source);
}

}  // namespace mtlint
