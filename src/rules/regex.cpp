#include "rules/regex.h"

#include <unicode/regex.h>
#include <unicode/utext.h>

#include "core/utf8.h"
#include "lexicon/word_list.h"

namespace mtlint {

struct Regex::Impl {
  std::unique_ptr<icu::RegexPattern> pattern;
};

Regex::Regex() : impl_(std::make_unique<Impl>()) {}
Regex::~Regex() = default;

Result<std::shared_ptr<const Regex>> Regex::compile(const std::string& source,
                                                    bool case_insensitive, int* error_offset) {
  UParseError parse{};
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(source);
  std::unique_ptr<icu::RegexPattern> pattern(icu::RegexPattern::compile(
      u, case_insensitive ? static_cast<uint32_t>(UREGEX_CASE_INSENSITIVE) : 0u, parse, status));
  if (U_FAILURE(status) || !pattern) {
    // ICU counts UTF-16 units on one line of the pattern; report code points.
    const int32_t at = parse.offset < 0 ? 0 : std::min(parse.offset, u.length());
    const int offset = u.countChar32(0, at);
    if (error_offset) *error_offset = offset;
    return Error{"bad regular expression '" + source + "': " + u_errorName(status) + " at offset " +
                 std::to_string(offset) + " of the pattern"};
  }
  std::shared_ptr<Regex> regex(new Regex());
  regex->source_ = source;
  std::unique_ptr<icu::RegexMatcher> probe(pattern->matcher(status));
  regex->groups_ = probe && U_SUCCESS(status) ? probe->groupCount() : 0;
  regex->impl_->pattern = std::move(pattern);
  return std::shared_ptr<const Regex>(std::move(regex));
}

void Regex::scan(std::string_view text, Span region,
                 const std::function<bool(const std::vector<Span>& groups)>& on_match) const {
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  std::unique_ptr<icu::RegexMatcher> matcher(impl_->pattern->matcher(status));
  if (U_FAILURE(status) || !matcher) {
    utext_close(ut);
    return;
  }
  matcher->reset(ut);
  matcher->useTransparentBounds(true);
  matcher->region(static_cast<int64_t>(region.begin), static_cast<int64_t>(region.end), status);
  std::vector<Span> groups(static_cast<std::size_t>(groups_) + 1);
  while (U_SUCCESS(status) && matcher->find(status)) {
    for (int g = 0; g <= groups_; ++g) {
      const int64_t b = matcher->start64(g, status);
      const int64_t e = matcher->end64(g, status);
      groups[static_cast<std::size_t>(g)] =
          b < 0 ? Span{kNoGroup, kNoGroup}
                : Span{static_cast<std::size_t>(b), static_cast<std::size_t>(e)};
    }
    if (!on_match(groups)) break;
  }
  matcher.reset();
  utext_close(ut);
}

bool Regex::search(std::string_view text, Span region) const {
  bool found = false;
  scan(text, region, [&](const std::vector<Span>&) {
    found = true;
    return false;
  });
  return found;
}

std::vector<std::shared_ptr<const Regex>> read_regexes(Params& params, std::string_view key,
                                                       bool case_insensitive, bool allow_array) {
  std::vector<std::shared_ptr<const Regex>> out;
  const toml::node* node = params.node(key);
  if (!node) return out;
  std::vector<const toml::node*> items;
  if (node->is_string()) {
    items.push_back(node);
  } else if (const toml::array* array = node->as_array(); array && allow_array) {
    for (const toml::node& item : *array) items.push_back(&item);
  } else {
    params.fail("'" + std::string(key) + "' must be " +
                    (allow_array ? "a string or an array of strings" : "a string"),
                node);
    return {};
  }
  for (const toml::node* item : items) {
    if (!item->is_string()) {
      params.fail("'" + std::string(key) + "' must be a string or an array of strings", item);
      return {};
    }
    int offset = 0;
    auto regex = Regex::compile(*item->value<std::string>(), case_insensitive, &offset);
    if (!regex) {
      // +1 skips the opening quote; exact for patterns without escapes (use '...' strings).
      params.fail(regex.error().message, item, 1 + offset);
      return {};
    }
    out.push_back(std::move(*regex));
  }
  return out;
}

std::string fill_template(std::string_view pattern, std::string_view text,
                          const std::vector<Span>& groups) {
  std::string out;
  std::size_t i = 0;
  while (i < pattern.size()) {
    const std::size_t close = pattern[i] == '{' ? pattern.find('}', i) : std::string_view::npos;
    if (close == std::string_view::npos) {
      out += pattern[i++];
      continue;
    }
    std::string_view inner = pattern.substr(i + 1, close - i - 1);
    const bool cap = !inner.empty() && inner.front() == '^';
    if (cap) inner.remove_prefix(1);
    std::string_view fallback;
    bool has_fallback = false;
    if (const auto bar = inner.find('|'); bar != std::string_view::npos) {
      fallback = inner.substr(bar + 1);
      inner = inner.substr(0, bar);
      has_fallback = true;
    }
    if (inner == "match") inner = "0";
    std::size_t g = 0;
    bool numeric = !inner.empty() && inner.size() <= 2;
    for (char c : inner) {
      if (c < '0' || c > '9') numeric = false;
    }
    if (numeric) g = static_cast<std::size_t>(std::stoi(std::string(inner)));
    if (!numeric || g >= groups.size()) {
      out.append(pattern.substr(i, close - i + 1));
      i = close + 1;
      continue;
    }
    const Span s = groups[g];
    std::string value = s.begin == kNoGroup ? std::string(has_fallback ? fallback : "")
                                            : std::string(text.substr(s.begin, s.size()));
    if (s.begin != kNoGroup && s.size() == 0 && has_fallback) value = std::string(fallback);
    out += cap ? capitalise(value) : value;
    i = close + 1;
  }
  return out;
}

}  // namespace mtlint
