#include "rules/regex.h"

#include <unicode/regex.h>
#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <mutex>

#include "core/utf8.h"
#include "lexicon/word_list.h"
#include "rules/case_closed.h"
#include "rules/rule.h"

namespace mtlint {

namespace {

std::atomic<bool> prefilters_on{true};

uint32_t flags_for(bool case_insensitive) {
  return case_insensitive ? static_cast<uint32_t>(UREGEX_CASE_INSENSITIVE) : 0u;
}

std::atomic<bool> case_rewrite_enabled{true};

// Without regard to case, the sets case folding cannot change are compiled without it (see
// wrap_case_closed_sets): ICU would close each over case, at a cost of milliseconds for the
// large ones. `as_written` compiles the source untouched (for error offsets into it).
std::unique_ptr<icu::RegexPattern> compile_icu(const std::string& source, uint32_t flags,
                                               UParseError& parse, UErrorCode& status,
                                               bool as_written = false) {
  const bool rewrite = !as_written && (flags & UREGEX_CASE_INSENSITIVE) && case_rewrite_enabled;
  const std::string text = rewrite ? wrap_case_closed_sets(source) : source;
  return std::unique_ptr<icu::RegexPattern>(
      icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(text), flags, parse, status));
}

// What matchers are left pointing at between scans, so that none points at a freed text.
const icu::UnicodeString& empty_text() {
  static const icu::UnicodeString* empty = new icu::UnicodeString();
  return *empty;
}

}  // namespace

/// A text in UTF-16 with the byte offset of each UTF-16 unit.
struct Utf16Text {
  std::string_view utf8;  ///< the text it was made from (the document's, which outlives it)
  icu::UnicodeString utf16;
  // Byte offsets and UTF-16 indexes of every 16th code point: the offset of any index is found
  // by walking at most 15 code points from one of them. A full table (4 bytes per unit) would
  // cost four times the text's size.
  std::vector<uint32_t> mark_byte;
  std::vector<int32_t> mark_unit;
  int32_t units = 0;
  // The last region looked up: boilerplate rules scan one line with many regexes.
  mutable std::size_t last_begin = SIZE_MAX, last_end = SIZE_MAX;
  mutable int32_t last_begin_unit = 0, last_end_unit = 0;

  static constexpr std::size_t kEvery = 16;

  // Reads the code point at byte `i` (advancing it) as the UTF-16 units it becomes.
  static int units_of(std::string_view text, std::size_t& i, char16_t* out) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      ++i;
      if (out) out[0] = b;
      return 1;
    }
    char32_t c = utf8::decode(text, i);
    if (i > text.size()) i = text.size();
    if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = 0xFFFD;
    if (c >= 0x10000) {
      if (out) {
        out[0] = U16_LEAD(c);
        out[1] = U16_TRAIL(c);
      }
      return 2;
    }
    if (out) out[0] = static_cast<char16_t>(c);
    return 1;
  }

  explicit Utf16Text(std::string_view text) : utf8(text) {
    const std::size_t n = text.size();
    char16_t* out = utf16.getBuffer(static_cast<int32_t>(n + 1));
    std::size_t i = 0;
    for (std::size_t count = 0; i < n; ++count) {
      if (count % kEvery == 0) {
        mark_byte.push_back(static_cast<uint32_t>(i));
        mark_unit.push_back(units);
      }
      units += units_of(text, i, out + units);
    }
    utf16.releaseBuffer(units);
  }

  /// The byte offset of UTF-16 index `k` (both units of a pair give the pair's offset).
  std::size_t byte_of(int32_t k) const {
    if (k >= units) return utf8.size();
    const auto mark = std::upper_bound(mark_unit.begin(), mark_unit.end(), k) - 1;
    std::size_t byte = mark_byte[static_cast<std::size_t>(mark - mark_unit.begin())];
    int32_t unit = *mark;
    while (true) {
      const std::size_t start = byte;
      const int n = units_of(utf8, byte, nullptr);
      if (k < unit + n) return start;
      unit += n;
    }
  }

  /// The UTF-16 index of a byte offset (the first unit at or after it).
  int32_t index_of(std::size_t byte) const {
    if (byte >= utf8.size()) return units;
    const auto mark = std::upper_bound(mark_byte.begin(), mark_byte.end(), byte) - 1;
    std::size_t at = *mark;
    int32_t unit = mark_unit[static_cast<std::size_t>(mark - mark_byte.begin())];
    while (at < byte) unit += units_of(utf8, at, nullptr);
    return unit;
  }

  /// index_of() of a region's two ends.
  void region(Span span, int32_t& begin, int32_t& end) const {
    if (span.begin != last_begin || span.end != last_end) {
      last_begin = span.begin;
      last_end = span.end;
      last_begin_unit = index_of(span.begin);
      last_end_unit = index_of(span.end);
    }
    begin = last_begin_unit;
    end = last_end_unit;
  }
};

Subject::Subject(std::string_view text, DocumentMemo* memo) : text_(text), memo_(memo) {}

const Utf16Text& Subject::utf16() const {
  if (!utf16_) {
    if (memo_) {
      // One conversion per document, shared by every regex rule that checks it.
      static const int kTag = 0;
      utf16_ = &memo_->get<Utf16Text>(&kTag, [&] { return std::make_shared<Utf16Text>(text_); });
    } else {
      own_ = std::make_unique<Utf16Text>(text_);
      utf16_ = own_.get();
    }
  }
  return *utf16_;
}

const ProbeText& Subject::probe_text() const {
  if (!probe_text_) {
    if (memo_) {
      static const int kTag = 0;
      probe_text_ =
          &memo_->get<ProbeText>(&kTag, [&] { return std::make_shared<ProbeText>(text_); });
    } else {
      own_probe_text_ = std::make_unique<ProbeText>(text_);
      probe_text_ = own_probe_text_.get();
    }
  }
  return *probe_text_;
}

struct Regex::Impl {
  uint32_t flags = 0;
  bool as_written = false;  // compiled without wrapping its case-closed sets
  std::once_flag once;
  std::unique_ptr<icu::RegexPattern> pattern;  // built by get()
  std::mutex mutex;
  std::vector<std::unique_ptr<icu::RegexMatcher>> idle;  // matchers for the next scans

  const icu::RegexPattern* get(const std::string& source) {
    std::call_once(once, [&] {
      UParseError parse{};
      UErrorCode status = U_ZERO_ERROR;
      pattern = compile_icu(source, flags, parse, status, as_written);
      if (U_FAILURE(status) && !as_written) {
        status = U_ZERO_ERROR;
        pattern = compile_icu(source, flags, parse, status, true);
      }
      if (U_FAILURE(status)) pattern.reset();
    });
    return pattern.get();
  }

  std::unique_ptr<icu::RegexMatcher> acquire(const std::string& source) {
    {
      std::lock_guard<std::mutex> lock(mutex);
      if (!idle.empty()) {
        auto m = std::move(idle.back());
        idle.pop_back();
        return m;
      }
    }
    const icu::RegexPattern* p = get(source);
    if (!p) return nullptr;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> m(p->matcher(status));
    if (U_FAILURE(status)) return nullptr;
    return m;
  }

  void release(std::unique_ptr<icu::RegexMatcher> m) {
    m->reset(empty_text());
    std::lock_guard<std::mutex> lock(mutex);
    idle.push_back(std::move(m));
  }
};

/// The matchers a subject has taken from its regexes, already reset to its text.
struct BoundMatchers {
  std::vector<std::pair<Regex::Impl*, std::unique_ptr<icu::RegexMatcher>>> bound;
};

Subject::~Subject() {
  if (!matchers_) return;
  for (auto& [regex, matcher] : matchers_->bound) regex->release(std::move(matcher));
}

Regex::Regex() : impl_(std::make_unique<Impl>()) {}
Regex::~Regex() = default;

void Regex::set_prefilters_enabled(bool enabled) { prefilters_on = enabled; }

bool Regex::prefilters_enabled() { return prefilters_on; }

void Regex::set_case_rewrite_enabled(bool enabled) { case_rewrite_enabled = enabled; }

std::string without_property_sets(std::string_view source) {
  std::string out;
  out.reserve(source.size());
  std::size_t i = 0;
  while (i < source.size()) {
    const char c = source[i];
    if (c != '\\' || i + 1 == source.size()) {
      out += c;
      ++i;
      continue;
    }
    const char e = source[i + 1];
    if ((e == 'p' || e == 'P') && i + 2 < source.size() && source[i + 2] == '{') {
      const std::size_t close = source.find('}', i + 3);
      if (close != std::string_view::npos) {
        const std::string name(source.substr(i + 3, close - i - 3));
        bool simple = !name.empty();
        for (char n : name)
          simple = simple && (std::isalpha(static_cast<unsigned char>(n)) || n == '_');
        // Next to '-' or '&' a set and a nested class may read differently inside [...].
        const char before = i > 0 ? source[i - 1] : '\0';
        const char after = close + 1 < source.size() ? source[close + 1] : '\0';
        const bool plain = before != '-' && before != '&' && after != '-' && after != '&';
        if (simple && plain &&
            u_getPropertyValueEnum(UCHAR_GENERAL_CATEGORY_MASK, name.c_str()) !=
                UCHAR_INVALID_CODE) {
          out += "[\\x{01}]";
          i = close + 1;
          continue;
        }
      }
    }
    out += c;  // any other escape is copied as a pair, so that "\\p{L}" stays literal
    out += e;
    i += 2;
  }
  return out;
}

int count_groups(std::string_view source) {
  if (source.find("\\Q") != std::string_view::npos ||
      source.find("(?#") != std::string_view::npos) {
    return -1;
  }
  for (std::size_t at = source.find("(?"); at != std::string_view::npos;
       at = source.find("(?", at + 1)) {
    for (std::size_t k = at + 2; k < source.size() && source[k] != ':' && source[k] != ')'; ++k) {
      if (source[k] == 'x') return -1;  // free spacing: comments and spaces read otherwise
      if (!std::isalpha(static_cast<unsigned char>(source[k])) && source[k] != '-') break;
    }
  }
  int groups = 0;
  int depth = 0;  // inside character sets (ICU nests them)
  for (std::size_t i = 0; i < source.size(); ++i) {
    const char c = source[i];
    if (c == '\\') {
      ++i;  // the escaped character
      continue;
    }
    if (c == '[') {
      ++depth;
    } else if (c == ']' && depth > 0) {
      --depth;
    } else if (c == '(' && depth == 0) {
      const bool flagged = i + 1 < source.size() && source[i + 1] == '?';
      const bool named = flagged && i + 3 < source.size() && source[i + 2] == '<' &&
                         source[i + 3] != '=' && source[i + 3] != '!';
      if (!flagged || named) ++groups;
    }
  }
  return groups;
}

Result<std::shared_ptr<const Regex>> Regex::compile(const std::string& source,
                                                    bool case_insensitive, int* error_offset,
                                                    bool check_syntax) {
  const uint32_t flags = flags_for(case_insensitive);
  if (!check_syntax) {
    // This file's text compiled before: no second compile to check it, only to use it.
    if (const int groups = count_groups(source); groups >= 0) {
      std::shared_ptr<Regex> regex(new Regex());
      regex->source_ = source;
      regex->groups_ = groups;
      regex->prefilter_ = Prefilter::derive(source, case_insensitive);
      regex->impl_->flags = flags;
      return std::shared_ptr<const Regex>(std::move(regex));
    }
  }
  // Checking the syntax with the property sets left out is cheap; the real pattern is built
  // on first use, and many regexes are never used on a given text thanks to their prefilter.
  const std::string cheap = without_property_sets(source);
  UParseError parse{};
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexPattern> pattern = compile_icu(cheap, flags, parse, status);
  bool as_written = false;
  if (U_FAILURE(status) || !pattern) {
    // As written (the rewritten sets can only differ in spelling: a pattern the rewriting
    // breaks is compiled as written), and for ICU's error offset into the pattern.
    parse = UParseError{};
    status = U_ZERO_ERROR;
    pattern = compile_icu(cheap, flags, parse, status, true);
    as_written = U_SUCCESS(status) && pattern;
  }
  if (!as_written && (U_FAILURE(status) || !pattern)) {
    if (cheap != source) {  // the error as ICU reports it on the pattern as written
      parse = UParseError{};
      status = U_ZERO_ERROR;
      pattern = compile_icu(source, flags, parse, status, true);
      if (U_SUCCESS(status) && pattern) status = U_REGEX_RULE_SYNTAX;
    }
    const icu::UnicodeString u = icu::UnicodeString::fromUTF8(source);
    // ICU counts UTF-16 units on one line of the pattern; report code points.
    const int32_t at = parse.offset < 0 ? 0 : std::min(parse.offset, u.length());
    const int offset = u.countChar32(0, at);
    if (error_offset) *error_offset = offset;
    return Error{"bad regular expression '" + source + "': " + u_errorName(status) + " at offset " +
                 std::to_string(offset) + " of the pattern"};
  }
  std::shared_ptr<Regex> regex(new Regex());
  regex->source_ = source;
  UErrorCode probe_status = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexMatcher> probe(pattern->matcher(probe_status));
  regex->groups_ = probe && U_SUCCESS(probe_status) ? probe->groupCount() : 0;
  probe.reset();
  regex->prefilter_ = Prefilter::derive(source, case_insensitive);
  regex->impl_->flags = flags;
  regex->impl_->as_written = as_written;
  if (cheap == source) {
    std::call_once(regex->impl_->once, [&] { regex->impl_->pattern = std::move(pattern); });
  }
  return std::shared_ptr<const Regex>(std::move(regex));
}

std::shared_ptr<const Regex> Regex::anchored(const Regex& regex) {
  std::shared_ptr<Regex> out(new Regex());
  out->source_ = "^(?:" + regex.source_ + ")$";
  out->groups_ = regex.groups_;
  out->prefilter_ = regex.prefilter_;
  out->whole_ = true;
  out->impl_->flags = regex.impl_->flags;
  out->impl_->as_written = regex.impl_->as_written;
  return out;
}

void Regex::prepare() const { (void)impl_->get(source_); }

void Regex::prepare_for(const ProbeText& sample, const std::vector<Span>& lines) const {
  if (prefilter_.empty()) return;
  for (const Span line : lines) {
    if (whole_ && !prefilter_.may_match_whole(sample.text(), line)) continue;
    if (!prefilter_.may_start(sample.text(), line)) continue;
    if (prefilter_.passes(sample, line)) {
      prepare();
      return;
    }
  }
}

void prepare_all_for(std::initializer_list<const std::vector<std::shared_ptr<const Regex>>*> lists,
                     const ProbeText& sample, const std::vector<Span>& lines,
                     const std::atomic<bool>& stop) {
  for (const auto* regexes : lists) {
    for (const auto& regex : *regexes) {
      if (stop) return;
      regex->prepare_for(sample, lines);
    }
  }
}

std::vector<Span> Regex::candidates(const Subject& subject, const std::vector<Span>& units) const {
  if (!prefilters_on) return units;
  return prefilter_.filter(subject.probe_text(), units);
}

std::vector<Span> Regex::candidates(std::string_view text, const std::vector<Span>& units) const {
  if (!prefilters_on) return units;
  return prefilter_.filter(text, units);
}

void Regex::scan(const Subject& subject, Span region,
                 const std::function<bool(const std::vector<Span>& groups)>& on_match,
                 bool probes_checked) const {
  if (prefilters_on) {
    if (whole_ && !prefilter_.may_match_whole(subject.text(), region)) return;
    if (!prefilter_.may_start(subject.text(), region)) return;
    if (!probes_checked && !prefilter_.passes(subject.probe_text(), region)) return;
  }
  const Utf16Text& text = subject.utf16();
  // The matcher this regex bound to the subject at its first scan there.
  if (!subject.matchers_) subject.matchers_ = std::make_unique<BoundMatchers>();
  icu::RegexMatcher* matcher = nullptr;
  for (auto& [regex, bound] : subject.matchers_->bound) {
    if (regex == impl_.get()) matcher = bound.get();
  }
  if (!matcher) {
    std::unique_ptr<icu::RegexMatcher> fresh = impl_->acquire(source_);
    if (!fresh) return;
    fresh->reset(text.utf16);
    fresh->useTransparentBounds(true);
    matcher = fresh.get();
    subject.matchers_->bound.emplace_back(impl_.get(), std::move(fresh));
  }
  UErrorCode status = U_ZERO_ERROR;
  int32_t from = 0, to = 0;
  text.region(region, from, to);
  matcher->region(from, to, status);
  std::vector<Span> groups(static_cast<std::size_t>(groups_) + 1);
  while (U_SUCCESS(status) && matcher->find(status)) {
    for (int g = 0; g <= groups_; ++g) {
      const int32_t b = matcher->start(g, status);
      const int32_t e = matcher->end(g, status);
      groups[static_cast<std::size_t>(g)] =
          b < 0 ? Span{kNoGroup, kNoGroup} : Span{text.byte_of(b), text.byte_of(e)};
    }
    if (!on_match(groups)) break;
  }
}

void Regex::scan(std::string_view text, Span region,
                 const std::function<bool(const std::vector<Span>& groups)>& on_match) const {
  scan(Subject(text), region, on_match);
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
    auto regex = Regex::compile(*item->value<std::string>(), case_insensitive, &offset,
                                !params.syntax_checked());
    if (!regex) {
      // +1 skips the opening quote; exact for patterns without escapes (use '...' strings).
      params.fail(regex.error().message, item, 1 + offset);
      return {};
    }
    out.push_back(std::move(*regex));
  }
  return out;
}

}  // namespace mtlint
