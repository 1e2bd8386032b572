// fill_template (declared in rules/regex.h): fix and message templates over a regex match.

#include <unicode/uchar.h>

#include <charconv>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"
#include "core/utf8.h"
#include "lexicon/word_list.h"
#include "rules/regex.h"

namespace mtlint {

namespace {

// The power of ten a Chinese or Japanese numeral unit stands for, or -1.
int numeral_unit(std::string_view unit) {
  if (unit == "\xE4\xB8\x87" || unit == "\xE8\x90\xAC") return 4;               // 万 萬
  if (unit == "\xE4\xBA\xBF" || unit == "\xE5\x84\x84") return 8;               // 亿 億
  if (unit == "\xE4\xB8\x87\xE4\xBA\xBF" || unit == "\xE5\x85\x86") return 12;  // 万亿 兆
  if (unit == "\xE5\x8D\x83") return 3;                                         // 千
  // Korean counts the same way: 만, 억, 조 (and 천 for thousands).
  if (unit == "\xEB\xA7\x8C") return 4;   // 만
  if (unit == "\xEC\x96\xB5") return 8;   // 억
  if (unit == "\xEC\xA1\xB0") return 12;  // 조
  if (unit == "\xEC\xB2\x9C") return 3;   // 천
  return -1;
}

// Digits with thousands commas: "350000" -> "350,000".
std::string with_commas(std::string_view digits) {
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

// `text` with every decimal digit of another script written as an ASCII digit, and the Arabic
// decimal and thousands separators as '.' and ','.
std::string ascii_digits(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const char32_t c = utf8::decode(text, i);
    if (i <= start) i = start + 1;
    const int32_t digit = c < 0x80 ? -1 : u_charDigitValue(static_cast<UChar32>(c));
    if (digit >= 0 && u_charType(static_cast<UChar32>(c)) == U_DECIMAL_DIGIT_NUMBER) {
      out += static_cast<char>('0' + digit);
    } else if (c == 0x066B) {  // ARABIC DECIMAL SEPARATOR
      out += '.';
    } else if (c == 0x066C) {  // ARABIC THOUSANDS SEPARATOR
      out += ',';
    } else {
      out.append(text.substr(start, std::min(i, text.size()) - start));
    }
  }
  return out;
}

}  // namespace

std::optional<std::string> scaled_number(std::string_view number, int places) {
  // Exact decimal arithmetic on the digits: no rounding, whatever the size.
  const std::size_t point = number.find('.');
  std::string whole(number.substr(0, point));
  std::string fraction(point == std::string_view::npos ? "" : number.substr(point + 1));
  if (whole.empty() || places < 0) return std::nullopt;
  for (const char c : whole + fraction) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  std::string digits = whole + fraction;
  std::size_t at = whole.size() + static_cast<std::size_t>(places);
  if (digits.size() < at) digits.append(at - digits.size(), '0');
  whole = digits.substr(0, at);
  fraction = digits.substr(at);
  whole.erase(0, std::min(whole.find_first_not_of('0'), whole.size() - 1));
  while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  // From a million on, English news counts in millions, billions, trillions: "200 million".
  static constexpr std::pair<std::size_t, std::string_view> kLarge[] = {
      {12, "trillion"}, {9, "billion"}, {6, "million"}};
  for (const auto& [zeros, word] : kLarge) {
    if (whole.size() <= zeros) continue;
    std::string head = whole.substr(0, whole.size() - zeros);
    std::string tail = whole.substr(whole.size() - zeros) + fraction;
    while (!tail.empty() && tail.back() == '0') tail.pop_back();
    return with_commas(head) + (tail.empty() ? "" : "." + tail) + " " + std::string(word);
  }
  return with_commas(whole) + (fraction.empty() ? "" : "." + fraction);
}

std::string fill_template(std::string_view pattern, std::string_view text,
                          const std::vector<Span>& groups) {
  const auto group_text = [&](std::size_t g) -> std::optional<std::string_view> {
    if (g >= groups.size() || groups[g].begin == kNoGroup) return std::nullopt;
    return text.substr(groups[g].begin, groups[g].size());
  };
  const auto group_number = [](std::string_view inner) -> std::optional<std::size_t> {
    if (inner == "match") return 0;
    if (inner.empty() || inner.size() > 2) return std::nullopt;
    std::size_t g = 0;
    const auto [end, error] = std::from_chars(inner.data(), inner.data() + inner.size(), g);
    if (error != std::errc() || end != inner.data() + inner.size()) return std::nullopt;
    return g;
  };
  std::string out;
  std::size_t i = 0;
  while (i < pattern.size()) {
    const std::size_t close = pattern[i] == '{' ? pattern.find('}', i) : std::string_view::npos;
    if (close == std::string_view::npos) {
      out += pattern[i++];
      continue;
    }
    std::string_view inner = pattern.substr(i + 1, close - i - 1);
    const std::string_view as_written = pattern.substr(i, close - i + 1);
    i = close + 1;
    // {N?text}: text when group N took part and is not empty.
    if (const auto question = inner.find('?'); question != std::string_view::npos) {
      if (const auto g = group_number(inner.substr(0, question)); g && *g < groups.size()) {
        if (const auto value = group_text(*g); value && !value->empty()) {
          out.append(inner.substr(question + 1));
        }
        continue;
      }
    }
    // {N*M}: the number of group N times the numeral unit of group M ('35万' -> '350,000').
    if (const auto star = inner.find('*'); star != std::string_view::npos &&
                                           group_number(inner.substr(0, star)) &&
                                           group_number(inner.substr(star + 1))) {
      const auto g = group_number(inner.substr(0, star));
      const auto m = group_number(inner.substr(star + 1));
      const auto number = group_text(*g);
      const auto unit = group_text(*m);
      const int places = unit ? numeral_unit(*unit) : -1;
      const auto scaled = number && places >= 0 ? scaled_number(*number, places) : std::nullopt;
      out.append(scaled ? std::string_view(*scaled) : as_written);
      continue;
    }
    // {N:ordinal}: the number of group N as an English ordinal ('23' -> '23rd'); a group that
    // is no number stays as written.
    if (inner.ends_with(":ordinal")) {
      const auto g = group_number(inner.substr(0, inner.size() - 8));
      const auto value = g && *g < groups.size() ? group_text(*g) : std::nullopt;
      if (value && !value->empty() && value->size() < 10 &&
          value->find_first_not_of("0123456789") == std::string_view::npos) {
        const int n = std::stoi(std::string(*value));
        const char* suffix = "th";
        if (n % 100 < 11 || n % 100 > 13) {
          if (n % 10 == 1) suffix = "st";
          if (n % 10 == 2) suffix = "nd";
          if (n % 10 == 3) suffix = "rd";
        }
        out.append(*value).append(suffix);
      } else {
        out.append(as_written);
      }
      continue;
    }
    // {N#}: group N with its digits written in ASCII ('٢٠' -> '20').
    if (inner.size() > 1 && inner.back() == '#') {
      if (const auto g = group_number(inner.substr(0, inner.size() - 1)); g && *g < groups.size()) {
        const auto value = group_text(*g);
        out += value ? ascii_digits(*value) : std::string();
        continue;
      }
    }
    const bool cap = !inner.empty() && inner.front() == '^';
    if (cap) inner.remove_prefix(1);
    // {N/x/y}: every x of the group becomes y.
    std::string_view from, to;
    if (const auto slash = inner.find('/'); slash != std::string_view::npos) {
      const auto second = inner.find('/', slash + 1);
      if (second != std::string_view::npos && second > slash + 1 &&
          inner.find('/', second + 1) == std::string_view::npos) {
        from = inner.substr(slash + 1, second - slash - 1);
        to = inner.substr(second + 1);
        inner = inner.substr(0, slash);
      }
    }
    std::string_view fallback;
    bool has_fallback = false;
    if (const auto bar = inner.find('|'); bar != std::string_view::npos) {
      fallback = inner.substr(bar + 1);
      inner = inner.substr(0, bar);
      has_fallback = true;
    }
    const auto g = group_number(inner);
    if (!g || *g >= groups.size()) {
      out.append(as_written);
      continue;
    }
    const auto written = group_text(*g);
    std::string value(written && !(written->empty() && has_fallback)
                          ? *written
                          : (has_fallback ? fallback : std::string_view()));
    if (!from.empty()) {
      for (std::size_t at = value.find(from); at != std::string::npos;
           at = value.find(from, at + to.size())) {
        value.replace(at, from.size(), to);
      }
    }
    out += cap ? capitalise(value) : value;
  }
  return out;
}

}  // namespace mtlint
