#include "text/analysis.h"

#include <unicode/brkiter.h>
#include <unicode/stringpiece.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <utility>
#include <vector>

#include "core/utf8.h"
#include "text/quotes.h"

namespace mtlint {

struct Segmenter::Impl {
  std::unique_ptr<icu::BreakIterator> words;
  std::unique_ptr<icu::BreakIterator> sentences;
  bool fast_words = true;
};

Segmenter::Segmenter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Segmenter::~Segmenter() = default;

Result<std::unique_ptr<Segmenter>> Segmenter::create() {
  UErrorCode status = U_ZERO_ERROR;
  auto impl = std::make_unique<Impl>();
  impl->words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), status));
  // "ss=standard" keeps "Mr. Kuleba" and "U.S. officials" in one sentence.
  impl->sentences.reset(
      icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
  if (U_FAILURE(status) || !impl->words || !impl->sentences) {
    return Error{std::string("cannot create ICU break iterators: ") + u_errorName(status)};
  }
  return std::unique_ptr<Segmenter>(new Segmenter(std::move(impl)));
}

std::unique_ptr<Segmenter> Segmenter::clone() const {
  auto impl = std::make_unique<Impl>();
  impl->words.reset(impl_->words->clone());
  impl->sentences.reset(impl_->sentences->clone());
  impl->fast_words = impl_->fast_words;
  return std::unique_ptr<Segmenter>(new Segmenter(std::move(impl)));
}

void Segmenter::set_fast_words(bool on) { impl_->fast_words = on; }

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Trailing characters that end a sentence rather than belong to a URL or address.
bool is_trailing_punct(char c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' ||
         c == '"' || c == '\'';
}

std::size_t extend_token(std::string_view text, std::size_t end) {
  while (end < text.size() && !is_space(text[end])) ++end;
  return end;
}

void trim_trailing_punct(std::string_view text, std::size_t begin, std::size_t& end) {
  while (end > begin && is_trailing_punct(text[end - 1])) --end;
}

// Fills the per-word flags from its letters; false when the "word" has no letter or digit
// (ICU gives "@" a word status).
bool classify(std::string_view text, Word& w) {
  bool any_alnum = false;
  bool first = true;
  bool any_lower = false;
  bool any_upper = false;
  std::size_t i = w.span.begin;
  while (i < w.span.end) {
    const std::size_t at = i;
    const unsigned char byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {  // ASCII, most letters of English text: no ICU property lookups
      ++i;
      if (byte == '.' && at > w.span.begin) w.has_inner_dot = true;
      const bool digit = byte >= '0' && byte <= '9';
      const bool upper = byte >= 'A' && byte <= 'Z';
      const bool lower = byte >= 'a' && byte <= 'z';
      if (digit) w.has_digit = any_alnum = true;
      if (!upper && !lower) continue;
      any_alnum = true;
      if (first) w.capitalised = upper;
      first = false;
      any_upper |= upper;
      any_lower |= lower;
      continue;
    }
    const char32_t c = utf8::decode(text, i);
    if (u_isdigit(static_cast<UChar32>(c))) w.has_digit = any_alnum = true;
    if (!u_isalpha(static_cast<UChar32>(c))) continue;
    any_alnum = true;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
    if (script != USCRIPT_LATIN && script != USCRIPT_COMMON && script != USCRIPT_INHERITED) {
      w.latin = false;
    }
    const bool upper = u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c));
    if (first) w.capitalised = upper;
    first = false;
    any_upper |= upper;
    any_lower |= u_islower(static_cast<UChar32>(c));
  }
  w.all_caps = any_upper && !any_lower;
  return any_alnum;
}

// "kyiv’s" -> stem "kyiv"; straight and curly apostrophes alike.
Span stem_of(std::string_view text, Span span) {
  static constexpr std::string_view kCurly = "\xE2\x80\x99s";  // ’s
  const std::string_view word = text.substr(span.begin, span.size());
  if (word.size() > 2 && (word.ends_with("'s") || word.ends_with("'S"))) {
    return Span{span.begin, span.end - 2};
  }
  if (word.size() > 4 && (word.ends_with(kCurly) || word.ends_with("\xE2\x80\x99S"))) {
    return Span{span.begin, span.end - 4};
  }
  return span;
}

// Word-break classes (Unicode UAX #29) of the characters most English news lines are made of.
// A line with any other character is segmented by ICU.
enum class Wb : std::uint8_t {
  other,        // punctuation, symbols, spaces: never part of a word
  letter,       // ALetter
  digit,        // Numeric
  mid_letter,   // MidLetter: joins letters only
  mid_num_let,  // MidNumLet and Single_Quote: joins letters, or digits
  mid_num,      // MidNum: joins digits only
  extend_num,   // ExtendNumLet ("_"): joins anything wordy
  unknown,      // not in this table: ICU decides
};

// ASCII classes, as ICU 72's English word rules assign them (':' is not MidLetter there).
constexpr std::array<Wb, 128> make_ascii_classes() {
  std::array<Wb, 128> t{};
  for (auto& c : t) c = Wb::other;
  for (int c = 'a'; c <= 'z'; ++c) t[static_cast<std::size_t>(c)] = Wb::letter;
  for (int c = 'A'; c <= 'Z'; ++c) t[static_cast<std::size_t>(c)] = Wb::letter;
  for (int c = '0'; c <= '9'; ++c) t[static_cast<std::size_t>(c)] = Wb::digit;
  t['.'] = Wb::mid_num_let;
  t['\''] = Wb::mid_num_let;
  t['@'] = Wb::letter;  // ICU's word rules count '@' as a letter (e-mail addresses)
  t[','] = Wb::mid_num;
  t[';'] = Wb::mid_num;
  t['_'] = Wb::extend_num;
  // Vertical tab, form feed: line breaks for UAX #29, but not for line_spans(); let ICU see them.
  t[0x0B] = Wb::unknown;
  t[0x0C] = Wb::unknown;
  return t;
}
constexpr std::array<Wb, 128> kAsciiClasses = make_ascii_classes();

// Scratch space for fast_line_words(), kept per thread.
std::vector<std::pair<Wb, std::size_t>>& thread_local_classes() {
  thread_local std::vector<std::pair<Wb, std::size_t>> classes;
  return classes;
}

// The class of the code point at `at` (advancing `at`), for the few non-ASCII characters known
// here.
Wb word_class(std::string_view text, std::size_t& at) {
  const unsigned char b = static_cast<unsigned char>(text[at]);
  if (b < 0x80) {
    ++at;
    return kAsciiClasses[b];
  }
  const char32_t c = utf8::decode(text, at);
  if ((c >= 0xC0 && c <= 0x17F && c != 0xD7 && c != 0xF7)) return Wb::letter;  // Latin letters
  switch (c) {
    case 0x2018:  // ‘
    case 0x2019:  // ’
      return Wb::mid_num_let;
    case 0x201C:  // “
    case 0x201D:  // ”
    case 0x2013:  // –
    case 0x2014:  // —
    case 0x2026:  // …
    case 0x00AB:  // «
    case 0x00BB:  // »
    case 0x00A0:  // no-break space
    case 0x00B0:  // °
    case 0x20AC:  // €
    case 0x00A3:  // £
      return Wb::other;
    default:
      return Wb::unknown;
  }
}

bool wordy(Wb c) { return c == Wb::letter || c == Wb::digit || c == Wb::extend_num; }

// The words of one line (no line break inside) by the UAX #29 rules for the classes above, or
// false when the line holds a character outside them. Words are the segments ICU gives rule
// status "letter" or "number"; punctuation and space segments are left out.
bool fast_line_words(std::string_view text, Span line, std::vector<Span>& words) {
  std::vector<std::pair<Wb, std::size_t>>& cls = thread_local_classes();
  cls.clear();
  for (std::size_t at = line.begin; at < line.end;) {
    const std::size_t start = at;
    const Wb c = word_class(text, at);
    if (c == Wb::unknown) return false;
    cls.emplace_back(c, start);
  }
  cls.emplace_back(Wb::other, line.end);  // sentinel
  const std::size_t n = cls.size() - 1;
  for (std::size_t i = 0; i < n;) {
    if (!wordy(cls[i].first)) {
      ++i;
      continue;
    }
    std::size_t j = i + 1;  // one past the last character of the word
    while (j < n) {
      const Wb prev = cls[j - 1].first, cur = cls[j].first;
      if (wordy(cur) && (wordy(prev))) {  // WB5, WB8-10, WB13a-b
        ++j;
        continue;
      }
      // WB6-7 (letter mid letter), WB11-12 (digit mid digit)
      const Wb after = cls[j + 1].first;
      if (prev == Wb::letter && after == Wb::letter &&
          (cur == Wb::mid_letter || cur == Wb::mid_num_let)) {
        j += 2;
        continue;
      }
      if (prev == Wb::digit && after == Wb::digit &&
          (cur == Wb::mid_num || cur == Wb::mid_num_let)) {
        j += 2;
        continue;
      }
      break;
    }
    words.push_back(Span{cls[i].second, cls[j].second});
    i = j;
  }
  return true;
}

}  // namespace

std::vector<Span> line_spans(std::string_view text) {
  std::vector<Span> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::size_t content_end = end;
    if (content_end > start && text[content_end - 1] == '\r') --content_end;
    lines.push_back(Span{start, content_end});
    if (end == text.size()) break;
    start = end + 1;
  }
  return lines;
}

std::string squeeze_spaces(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::vector<Span> find_urls_and_emails(std::string_view text) {
  std::vector<Span> spans;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t scheme = text.find("://", i);
    const std::size_t www = text.find("www.", i);
    const std::size_t at = text.find('@', i);
    const std::size_t next = std::min({scheme, www, at});
    if (next == std::string_view::npos) break;
    std::size_t begin = next;
    while (begin > 0 && !is_space(text[begin - 1]) && text[begin - 1] != '(' &&
           text[begin - 1] != '<' && static_cast<unsigned char>(text[begin - 1]) < 0x80) {
      --begin;
    }
    std::size_t end = extend_token(text, next);
    trim_trailing_punct(text, begin, end);
    const std::string_view token = text.substr(begin, end - begin);
    const bool is_email = next == at && token.find('.', next - begin) != std::string_view::npos &&
                          next > begin && next + 1 < end;
    if (next != at || is_email) spans.push_back(Span{begin, end});
    i = std::max(end, next + 1);
  }
  return spans;
}

bool Analysis::is_skipped(Span span) const {
  auto it = std::upper_bound(skipped.begin(), skipped.end(), span.begin,
                             [](std::size_t at, const Span& s) { return at < s.end; });
  return it != skipped.end() && it->overlaps(span);
}

bool Analysis::holds_non_prose(Span span) const {
  auto it = std::upper_bound(skipped.begin(), skipped.end(), span.begin,
                             [](std::size_t at, const Span& s) { return at < s.end; });
  for (; it != skipped.end() && it->overlaps(span); ++it) {
    if (!std::binary_search(glossed.begin(), glossed.end(), *it)) return true;
  }
  return false;
}

Analysis Segmenter::analyse(std::string_view text, Markup markup) {
  Analysis out;
  // About one word per six bytes of English: reserving avoids the copy (and the doubled peak
  // memory) of growing the vector on a long file.
  out.words.reserve(text.size() / 6 + 16);
  out.skipped = find_urls_and_emails(text);
  for (const Span& s : non_prose_spans(text, markup)) out.skipped.push_back(s);
  out.glossed = glossed_quotes(text);
  for (const Span& s : acronym_glossed_names(text)) out.glossed.push_back(s);
  for (const Span& s : translated_names(text)) out.glossed.push_back(s);
  for (const Span& s : introduced_terms(text)) out.glossed.push_back(s);
  for (const Span& s : original_titles(text)) out.glossed.push_back(s);
  for (const Span& s : apposed_names(text)) out.glossed.push_back(s);
  std::sort(out.glossed.begin(), out.glossed.end());
  for (const Span& s : out.glossed) out.skipped.push_back(s);
  std::sort(out.skipped.begin(), out.skipped.end());
  std::vector<Span> merged;
  for (const Span& s : out.skipped) {
    if (!merged.empty() && s.begin <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, s.end);
    } else {
      merged.push_back(s);
    }
  }
  out.skipped = std::move(merged);

  UErrorCode status = U_ZERO_ERROR;
  // Sentences on a UTF-16 copy: ICU reads UTF-16 directly, and UTF-8 through a conversion on
  // every step (a fifth of the segmentation's time). Boundaries come back as UTF-16 indexes and
  // are turned into byte offsets in one walk, since they only grow.
  {
    icu::UnicodeString utf16 = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    impl_->sentences->setText(utf16);
    // U8_NEXT reads ill-formed bytes as fromUTF8() does (each maximal subpart one U+FFFD).
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    int32_t byte = 0;
    int32_t unit = 0;
    auto byte_of = [&](int32_t boundary) {
      while (unit < boundary && byte < length) {
        UChar32 c = 0;
        U8_NEXT(bytes, byte, length, c);
        unit += c >= 0x10000 ? 2 : 1;
      }
      return static_cast<std::size_t>(byte);
    };
    std::size_t previous = byte_of(impl_->sentences->first());
    for (int32_t e = impl_->sentences->next(); e != icu::BreakIterator::DONE;
         e = impl_->sentences->next()) {
      const std::size_t end = byte_of(e);
      out.sentences.push_back(Span{previous, end});
      previous = end;
    }
    // The iterator must not keep pointing at the copy, which goes now.
    impl_->sentences->setText(icu::UnicodeString());
  }

  // Words: line by line (UAX #29 always breaks at a line break). Lines of the common
  // characters are segmented here, the others by ICU; both give the same words.
  std::size_t sentence = 0;
  std::size_t skip = 0;
  std::size_t last_sentence_with_word = static_cast<std::size_t>(-1);
  std::size_t line_of_last_word = static_cast<std::size_t>(-1);
  std::vector<Span> line_words;
  UText* line_text = nullptr;
  for (const Span& line : line_spans(text)) {
    line_words.clear();
    if (!impl_->fast_words || !fast_line_words(text, line, line_words)) {
      line_words.clear();
      line_text = utext_openUTF8(line_text, text.data() + line.begin,
                                 static_cast<int64_t>(line.size()), &status);
      if (U_FAILURE(status)) break;
      impl_->words->setText(line_text, status);
      for (int32_t b = impl_->words->first(), e = impl_->words->next();
           e != icu::BreakIterator::DONE; b = e, e = impl_->words->next()) {
        if (impl_->words->getRuleStatus() < UBRK_WORD_NONE_LIMIT) continue;
        line_words.push_back(Span{line.begin + static_cast<std::size_t>(b),
                                  line.begin + static_cast<std::size_t>(e)});
      }
    }
    for (const Span& span : line_words) {
      Word w;
      w.span = span;
      while (skip < out.skipped.size() && out.skipped[skip].end <= w.span.begin) ++skip;
      if (skip < out.skipped.size() && out.skipped[skip].overlaps(w.span)) continue;
      while (sentence + 1 < out.sentences.size() && out.sentences[sentence].end <= w.span.begin) {
        ++sentence;
      }
      w.stem = stem_of(text, w.span);
      if (!classify(text, w)) continue;
      // A number segment ("1,000", "3.5") always holds a digit: classify() flagged it.
      w.sentence_start = sentence != last_sentence_with_word || line.begin != line_of_last_word;
      last_sentence_with_word = sentence;
      line_of_last_word = line.begin;
      out.words.push_back(w);
    }
  }
  if (line_text) utext_close(line_text);

  // Paragraphs: lines with some non-blank text.
  for (const Span& line : line_spans(text)) {
    if (text.substr(line.begin, line.size()).find_first_not_of(" \t") != std::string_view::npos) {
      out.paragraphs.push_back(line);
    }
  }
  return out;
}

}  // namespace mtlint
