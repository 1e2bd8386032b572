#include "eval/evaluate.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>

#include "eval/baseline.h"
#include "text/document.h"

namespace mtlint {

namespace {

std::string figure(double value) { return fmt::format("{:.3f}", value); }

std::string row(const std::string& kind, const Tally& t) {
  const std::string fixes =
      t.fixes_checked == 0 ? "-" : fmt::format("{}/{}", t.fixes_right, t.fixes_checked);
  return fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} | {} |\n", kind, t.gold, t.gold_found,
                     t.findings, t.findings_correct, t.findings == 0 ? "-" : figure(t.precision()),
                     t.gold == 0 ? "-" : figure(t.recall()),
                     t.findings == 0 || t.gold == 0 ? "-" : figure(t.f1()), fixes);
}

}  // namespace

Result<Scores> evaluate_engine(const Engine& engine, const std::vector<Article>& articles,
                               bool include_info) {
  std::map<std::string, std::string> category;
  for (const auto& rule : engine.rules()) category[rule->info().id] = rule->info().category;
  Scores scores;
  for (const Article& article : articles) {
    std::ifstream in(article.text_path, std::ios::binary);
    if (!in) return Error{"cannot read file", article.text_path};
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto doc = make_document(article.text_path, std::move(bytes));
    if (!doc) return doc.error();
    std::vector<EvalFinding> findings;
    for (const Diagnostic& d : engine.check(**doc)) {
      if (d.severity == Severity::info && !include_info) continue;
      EvalFinding f{d.span, category[d.rule_id], std::nullopt, d.rule_id};
      if (f.kind.empty()) f.kind = "other";
      if (d.fixes.size() == 1) f.fix = std::make_pair(d.fixes[0].span, d.fixes[0].replacement);
      findings.push_back(std::move(f));
    }
    auto scored = score_article(article, (*doc)->text(), findings, scores);
    if (!scored) return scored.error();
  }
  return scores;
}

Result<Scores> evaluate_hunspell(const std::vector<Article>& articles,
                                 const std::string& dictionary) {
  Scores scores;
  for (const Article& article : articles) {
    std::ifstream in(article.text_path, std::ios::binary);
    if (!in) return Error{"cannot read file", article.text_path};
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto findings = hunspell_findings(article.text_path, text, dictionary);
    if (!findings) return findings.error();
    auto scored = score_article(article, text, *findings, scores);
    if (!scored) return scored.error();
  }
  return scores;
}

std::string format_scores(const std::string& title, const Scores& s) {
  std::string out = fmt::format("{}: {} articles ({} clean), {} words\n\n", title, s.articles,
                                s.clean_articles, s.words);
  out +=
      "| kind | gold | found | findings | correct | precision | recall | F1 | fixes right |\n"
      "|---|--:|--:|--:|--:|--:|--:|--:|--:|\n";
  for (const auto& kind : gold_kinds()) {
    const auto it = s.by_kind.find(kind);
    out += row(kind, it == s.by_kind.end() ? Tally{} : it->second);
  }
  for (const auto& [kind, tally] : s.by_kind) {
    if (std::find(gold_kinds().begin(), gold_kinds().end(), kind) == gold_kinds().end()) {
      out += row(kind, tally);
    }
  }
  out += row("**overall**", s.overall());
  out += fmt::format("\nfalse alarms on clean articles: {} in {} words = {:.2f} per 1,000 words\n",
                     s.clean_findings, s.clean_words, s.false_alarms_per_kilo_word());
  return out;
}

std::string format_notes(const Scores& s) {
  std::string out;
  for (const auto& n : s.missed) {
    out += fmt::format("missed       {}:{}: '{}' {}\n", n.article, n.line, n.text, n.detail);
  }
  for (const auto& n : s.false_alarms) {
    out += fmt::format("false alarm  {}:{}: '{}' {}\n", n.article, n.line, n.text, n.detail);
  }
  for (const auto& n : s.wrong_fixes) {
    out += fmt::format("wrong fix    {}:{}: '{}' {}\n", n.article, n.line, n.text, n.detail);
  }
  return out;
}

}  // namespace mtlint
