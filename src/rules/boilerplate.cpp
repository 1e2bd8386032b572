#include "rules/boilerplate.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "core/utf8.h"
#include "rules/rule_spec.h"
#include "rules/scope.h"

namespace mtlint {

namespace {

// The number of words, counting no further than `limit` + 1: most paragraphs are prose, far
// longer than any furniture line, and need not be counted to the end.
std::size_t count_words(std::string_view text, std::size_t limit) {
  if (text.size() <= limit) {  // fewer bytes than the limit: fewer words
    std::size_t n = 0;
    bool space = true;
    for (char c : text) {
      const bool is_space = c == ' ' || c == '\t';
      n += !is_space && space;
      space = is_space;
    }
    return n;
  }
  std::size_t n = 0;
  bool space = true;
  for (char c : text) {
    const bool is_space = c == ' ' || c == '\t';
    if (!is_space && space && ++n > limit) break;
    space = is_space;
  }
  return n;
}

// A headline starts with a capital letter, a digit or an opening quotation mark.
bool starts_upper(std::string_view line) {
  std::size_t at = 0;
  const char32_t c = utf8::decode(line, at);
  return u_isupper(static_cast<UChar32>(c)) || u_isdigit(static_cast<UChar32>(c)) ||
         c == U'\u201C' || c == U'"' || c == U'\u00AB' || c == U'\u2018';
}

// A line that asks the reader to do something: 'Subscribe to…', 'Follow us…', 'Don't miss…'.
bool prompt(std::string_view line) {
  static constexpr std::string_view kVerbs[] = {
      "Subscribe ", "Follow ", "Sign ",  "Receive ", "Share ", "Join ", "Download ",
      "Don't ",     "Don’t ",  "Click ", "Like ",    "Get ",   "Keep ", "Continue "};
  return std::any_of(std::begin(kVerbs), std::end(kVerbs),
                     [&](std::string_view v) { return line.starts_with(v); });
}

// True when the regex matches the whole of `span`.
bool whole(const Regex& regex, const Subject& subject, Span span, bool probes_checked) {
  bool hit = false;
  regex.scan(
      subject, span,
      [&](const std::vector<Span>& groups) {
        hit = groups[0] == span;
        return false;  // the first match decides: patterns are anchored
      },
      probes_checked);
  return hit;
}

// Each paragraph trimmed, with its words counted up to kCounted + 1, once per document for all
// boilerplate rules.
constexpr std::size_t kCounted = 64;
struct ShortLines {
  std::vector<Span> trimmed;
  std::vector<std::size_t> words;
};

const ShortLines& short_lines(const CheckContext& context) {
  auto make = [&] {
    auto lines = std::make_shared<ShortLines>();
    const std::string_view text = context.document.text();
    for (const Span paragraph : context.analysis.paragraphs) {
      const Span span = trim(text, paragraph);
      lines->trimmed.push_back(span);
      lines->words.push_back(count_words(text.substr(span.begin, span.size()), kCounted));
    }
    return lines;
  };
  static const int kTag = 0;
  if (context.memo) return context.memo->get<ShortLines>(&kTag, make);
  thread_local std::shared_ptr<ShortLines> own;
  own = make();
  return *own;
}

ProbeIndex index_of(const std::vector<std::shared_ptr<const Regex>>& regexes) {
  std::vector<const Prefilter*> prefilters;
  for (const auto& r : regexes) prefilters.push_back(&r->prefilter());
  return ProbeIndex(prefilters);
}

std::vector<std::shared_ptr<const Regex>> anchored(Params& p, std::string_view key,
                                                   bool case_insensitive) {
  // Checked as written (so that an error points into the pattern), then run anchored.
  auto regexes = read_regexes(p, key, case_insensitive, true);
  std::vector<std::shared_ptr<const Regex>> out;
  // Already validated; anchoring cannot break a valid pattern.
  for (const auto& r : regexes) out.push_back(Regex::anchored(*r));
  return out;
}

}  // namespace

Result<std::unique_ptr<Rule>> BoilerplateRule::create(const RuleSpec& spec) {
  Params& p = *spec.params;
  std::unique_ptr<BoilerplateRule> rule(new BoilerplateRule(spec.info));
  const bool case_insensitive = !p.boolean("case_sensitive", false);
  rule->lines_ = anchored(p, "lines", case_insensitive);
  rule->headers_ = anchored(p, "headers", case_insensitive);
  rule->lines_index_ = index_of(rule->lines_);
  rule->headers_index_ = index_of(rule->headers_);
  rule->max_words_ =
      static_cast<std::size_t>(std::max<std::int64_t>(1, p.integer("max_words", 30)));
  rule->max_links_ = static_cast<std::size_t>(std::max<std::int64_t>(0, p.integer("max_links", 3)));
  rule->links_after_lines_ = p.boolean("links_after_lines", false);
  if (const auto& error = p.first_error()) return *error;
  if (rule->lines_.empty() && rule->headers_.empty()) {
    return p.error_at("a boilerplate rule needs 'lines' or 'headers'", nullptr);
  }
  if (rule->info().message.empty()) {
    rule->mutable_info().message = "'{match}' is web-page furniture; delete the line";
  }
  return std::unique_ptr<Rule>(std::move(rule));
}

void BoilerplateRule::prepare(const std::atomic<bool>& stop) const {
  // A pattern without probes runs on most short lines.
  for (const auto* regexes : {&headers_, &lines_}) {
    for (const auto& regex : *regexes) {
      if (stop) return;
      if (regex->prefilter().empty()) regex->prepare();
    }
  }
}

void BoilerplateRule::warm(const ProbeText& sample, const std::vector<Span>& lines,
                           const std::atomic<bool>& stop) const {
  prepare_all_for({&headers_, &lines_}, sample, lines, stop);
}

void BoilerplateRule::report(std::string_view text, Span span, Sink& sink) const {
  const std::string message =
      expand(info().message, {{"match", std::string(text.substr(span.begin, span.size()))}});
  sink.report(finding(span, message, {Fix{span, ""}}));
}

bool BoilerplateRule::any_whole(const std::vector<std::shared_ptr<const Regex>>& regexes,
                                const ProbeIndex& index, const Subject& subject, Span span) const {
  if (regexes.empty()) return false;
  thread_local std::vector<char> passes;
  const bool filtered = Regex::prefilters_enabled();
  if (filtered) index.passes(subject.probe_text(), span, passes);
  for (std::size_t i = 0; i < regexes.size(); ++i) {
    if (filtered && !passes[i]) continue;
    if (whole(*regexes[i], subject, span, filtered)) return true;
  }
  return false;
}

void BoilerplateRule::check(const CheckContext& context, Sink& sink) const {
  const std::string_view text = context.document.text();
  const Subject subject(text, context.memo);
  const auto& paragraphs = context.analysis.paragraphs;
  const ShortLines& lines = short_lines(context);
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    const Span span = lines.trimmed[i];
    if (span.size() == 0 || lines.words[i] > max_words_ ||
        (max_words_ > kCounted && lines.words[i] > kCounted &&
         count_words(text.substr(span.begin, span.size()), max_words_) > max_words_) ||
        context.analysis.holds_non_prose(span)) {
      continue;
    }
    if (any_whole(headers_, headers_index_, subject, span)) {
      report(text, span, sink);
      i = report_links(context, i, false, sink);
      continue;
    }
    if (any_whole(lines_, lines_index_, subject, span)) {
      report(text, span, sink);
      // A label alone on its line ('See also:') heads its links as a heading does.
      const bool label_alone = lines.words[i] <= 3 && text[span.end - 1] != '.';
      if (links_after_lines_) i = report_links(context, i, !label_alone, sink);
    }
  }
}

std::size_t BoilerplateRule::report_links(const CheckContext& context, std::size_t i, bool strict,
                                          Sink& sink) const {
  // Headline-like lines directly below (no blank line between) are the links.
  const std::string_view text = context.document.text();
  const auto& paragraphs = context.analysis.paragraphs;
  std::size_t end = paragraphs[i].end;
  for (std::size_t k = 1; k <= max_links_ && i + 1 < paragraphs.size(); ++k) {
    const Span next = trim(text, paragraphs[i + 1]);
    const std::string_view between = text.substr(end, paragraphs[i + 1].begin - end);
    const auto newlines = std::count(between.begin(), between.end(), '\n');
    if (newlines > 2) break;
    const std::string_view line = text.substr(next.begin, next.size());
    if (line.empty() || line.back() == '.' || count_words(line, 20) > 20) break;
    // After a blank line, only a headline in the shape 'Energy: Ukraine braces for winter' (a
    // topic of one or two words and a colon, then four words or more) is still a link; below a
    // heading alone on its line ('Also interesting:'), any headline is (see the test below).
    const bool after_blank = newlines == 2;
    // A prompt ('Subscribe to our channel…', 'Follow us…') or a list with middle dots is another
    // kind of furniture, which its own rule reports.
    if (after_blank && !strict && (line.find("\u00B7") != std::string_view::npos || prompt(line))) {
      break;
    }
    if (after_blank && strict) {
      const std::size_t colon = line.find(": ");
      if (colon == std::string_view::npos || count_words(line.substr(0, colon), 3) > 2 ||
          count_words(line.substr(colon + 2), 4) < 4 ||
          !std::isupper(static_cast<unsigned char>(line.front())) ||
          line.find("\u00B7") != std::string_view::npos) {
        break;
      }
    }
    // Below a heading alone on its line, a headline may ask ('Nobel Prize in Chemistry: what are
    // MOFs?'), after a lead-in of its own ('The first weeks of President Nawrocki. What has he
    // done?'); below a line that only matched as furniture, a question is more likely prose.
    const bool question = !strict && line.back() == '?';
    const std::size_t stop = line.find(". ");
    // Or a headline in two parts ('Tusk: the saboteurs worked for Russia. Poland closes a
    // consulate'), below such a heading too.
    const bool one_lead_in = (question || !strict) && stop != std::string_view::npos &&
                             line.find(". ", stop + 2) == std::string_view::npos;
    // A headline may end with a quotation it opens ('Veneto, Stefani: “I will be the president
    // of all”'), below a heading alone.
    const bool quoted_end =
        !strict && line.ends_with("\u201D") && line.find("\u201C") != std::string_view::npos;
    // A headline: four words or more, not a list ('Tags: a, b, c', 'Share on Facebook').
    if ((strict || after_blank) &&
        (count_words(line, 4) < 4 || !starts_upper(line) ||
         std::count(line.begin(), line.end(), ',') > 1 ||
         line.find('|') != std::string_view::npos ||
         (stop != std::string_view::npos && !one_lead_in) ||
         (!question && std::string_view("!?,;:\"'").find(line.back()) != std::string_view::npos) ||
         (line.ends_with("\u201D") && !quoted_end) || line.ends_with("\u2019") ||
         line.ends_with("\u2026"))) {
      break;
    }
    report(text, next, sink);
    end = paragraphs[++i].end;
  }
  return i;
}

}  // namespace mtlint
