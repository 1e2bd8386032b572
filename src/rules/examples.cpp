#include "rules/examples.h"

#include <algorithm>

namespace mtlint {

namespace {

class VectorSink final : public Sink {
 public:
  explicit VectorSink(std::vector<Diagnostic>& out) : out_(out) {}
  void report(Diagnostic d) override { out_.push_back(std::move(d)); }

 private:
  std::vector<Diagnostic>& out_;
};

}  // namespace

std::vector<Diagnostic> run_rule(const Rule& rule, const Lexicon& lexicon, Segmenter& segmenter,
                                 const std::string& text) {
  std::vector<Diagnostic> found;
  auto doc = make_document("<example>", text);
  if (!doc) return found;
  const Analysis analysis = segmenter.analyse((*doc)->text());
  VectorSink sink(found);
  rule.check(CheckContext{**doc, analysis, lexicon}, sink);
  sort_and_dedup(found);
  return found;
}

std::string apply_single_fixes(std::string_view text, const std::vector<Diagnostic>& findings) {
  std::vector<Fix> fixes;
  for (const Diagnostic& d : findings) {
    if (d.fixes.size() == 1) fixes.push_back(d.fixes.front());
  }
  std::sort(fixes.begin(), fixes.end(), [](const Fix& a, const Fix& b) { return a.span < b.span; });
  std::string out;
  std::size_t at = 0;
  for (const Fix& f : fixes) {
    if (f.span.begin < at) continue;  // overlaps the previous fix: leave it for a second pass
    out.append(text.substr(at, f.span.begin - at));
    out += f.replacement;
    at = f.span.end;
  }
  out.append(text.substr(at));
  return out;
}

std::vector<std::string> verify_examples(const Rule& rule, const Lexicon& lexicon,
                                         Segmenter& segmenter) {
  std::vector<std::string> failures;
  const RuleInfo& info = rule.info();
  for (const Example& e : info.examples) {
    const auto found = run_rule(rule, lexicon, segmenter, e.text);
    const std::string where = info.path + ":" + std::to_string(e.line) + ": ";
    if (e.fires && found.empty()) {
      failures.push_back(where + "example must fire but does not: " + e.text);
    } else if (!e.fires && !found.empty()) {
      failures.push_back(where + "example must not fire but does (" + found.front().message +
                         "): " + e.text);
    } else if (e.fixed && apply_single_fixes(e.text, found) != *e.fixed) {
      failures.push_back(where + "example fixes to '" + apply_single_fixes(e.text, found) +
                         "', expected '" + *e.fixed + "'");
    }
  }
  return failures;
}

}  // namespace mtlint
