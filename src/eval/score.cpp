#include "eval/score.h"

#include <algorithm>

#include "core/line_index.h"

namespace mtlint {

namespace {

double ratio(int num, int den) { return den == 0 ? 1.0 : static_cast<double>(num) / den; }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view trim_newlines(std::string_view s) {
  while (!s.empty() && (s.front() == '\n' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Whether replacing `fix_span` by `replacement` gives the same text as replacing `gold_span` by
// `gold_fix`, compared over the union of both spans (line breaks at its ends ignored, so that
// deleting a debris line with or without its newline both count).
bool same_result(std::string_view text, Span gold_span, const std::string& gold_fix, Span fix_span,
                 const std::string& replacement) {
  const std::size_t begin = std::min(gold_span.begin, fix_span.begin);
  const std::size_t end = std::max(gold_span.end, fix_span.end);
  auto apply = [&](Span span, const std::string& with) {
    return std::string(text.substr(begin, span.begin - begin)) + with +
           std::string(text.substr(span.end, end - span.end));
  };
  return trim_newlines(apply(gold_span, gold_fix)) == trim_newlines(apply(fix_span, replacement));
}

struct GoldPlace {
  const GoldRow* row;
  std::vector<Span> occurrences;
  bool found = false;
};

std::string describe_fix(const EvalFinding& f) {
  if (!f.fix) return "no single fix";
  return "fix '" + f.fix->second + "'";
}

}  // namespace

double Tally::precision() const { return ratio(findings_correct, findings); }
double Tally::recall() const { return ratio(gold_found, gold); }
double Tally::f1() const {
  const double p = precision(), r = recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

void Tally::add(const Tally& o) {
  gold += o.gold;
  gold_found += o.gold_found;
  findings += o.findings;
  findings_correct += o.findings_correct;
  fixes_checked += o.fixes_checked;
  fixes_right += o.fixes_right;
}

Tally Scores::overall() const {
  Tally all;
  for (const auto& [kind, tally] : by_kind) all.add(tally);
  return all;
}

double Scores::false_alarms_per_kilo_word() const {
  return clean_words == 0 ? 0.0 : 1000.0 * clean_findings / static_cast<double>(clean_words);
}

long count_words(std::string_view text) {
  long words = 0;
  bool in_token = false, has_alnum = false;
  for (const char c : text) {
    if (is_space(c)) {
      if (in_token && has_alnum) ++words;
      in_token = has_alnum = false;
      continue;
    }
    in_token = true;
    const auto u = static_cast<unsigned char>(c);
    has_alnum |= u >= 0x80 || (u >= '0' && u <= '9') || ((u | 0x20) >= 'a' && (u | 0x20) <= 'z');
  }
  if (in_token && has_alnum) ++words;
  return words;
}

Status score_article(const Article& article, std::string_view text,
                     const std::vector<EvalFinding>& findings, Scores& scores) {
  const LineIndex lines(text);
  std::vector<GoldPlace> places;
  for (const GoldRow& row : article.gold) {
    if (static_cast<std::size_t>(row.line) > lines.line_count()) {
      return Error{"line " + std::to_string(row.line) + " is past the end of " + article.text_path,
                   article.gold_path, row.file_line, 1};
    }
    const std::size_t start = lines.line_start(static_cast<std::size_t>(row.line - 1));
    const std::string_view content = lines.line_text(static_cast<std::size_t>(row.line - 1));
    GoldPlace place{&row, {}};
    for (std::size_t at = content.find(row.text); at != std::string_view::npos;
         at = content.find(row.text, at + 1)) {
      place.occurrences.push_back(Span{start + at, start + at + row.text.size()});
    }
    if (place.occurrences.empty()) {
      return Error{"'" + row.text + "' does not occur on line " + std::to_string(row.line),
                   article.gold_path, row.file_line, 1};
    }
    places.push_back(std::move(place));
  }

  ++scores.articles;
  const long words = count_words(text);
  scores.words += words;
  if (article.clean) {
    ++scores.clean_articles;
    scores.clean_words += words;
  }
  for (const GoldRow& row : article.gold) ++scores.by_kind[row.kind].gold;

  for (const EvalFinding& f : findings) {
    Tally& tally = scores.by_kind[f.kind];
    ++tally.findings;
    if (article.clean) ++scores.clean_findings;
    const int line = static_cast<int>(lines.line_of(f.span.begin)) + 1;
    // The gold row this finding overlaps most.
    GoldPlace* best = nullptr;
    Span best_span;
    std::size_t best_overlap = 0;
    for (GoldPlace& place : places) {
      if (place.row->line != line) continue;
      for (const Span& occ : place.occurrences) {
        const bool overlaps = occ.overlaps(f.span) || (f.span.size() == 0 && occ.contains(f.span));
        if (!overlaps) continue;
        place.found = true;
        const std::size_t overlap =
            std::min(occ.end, f.span.end) - std::max(occ.begin, f.span.begin) + 1;
        if (overlap > best_overlap) {
          best = &place;
          best_span = occ;
          best_overlap = overlap;
        }
      }
    }
    const std::string flagged(text.substr(f.span.begin, f.span.size()));
    if (!best) {
      scores.false_alarms.push_back(
          EvalNote{article.id, line, flagged, f.kind + " [" + f.source + "] " + describe_fix(f)});
      continue;
    }
    ++tally.findings_correct;
    if (best->row->fix == "?") continue;
    ++tally.fixes_checked;
    if (f.fix && same_result(text, best_span, best->row->fix, f.fix->first, f.fix->second)) {
      ++tally.fixes_right;
    } else {
      scores.wrong_fixes.push_back(EvalNote{
          article.id, line, flagged,
          "expected '" + best->row->fix + "', got " + describe_fix(f) + " [" + f.source + "]"});
    }
  }
  for (const GoldPlace& place : places) {
    if (place.found) {
      ++scores.by_kind[place.row->kind].gold_found;
    } else {
      scores.missed.push_back(EvalNote{article.id, place.row->line, place.row->text,
                                       place.row->kind + " -> '" + place.row->fix + "'"});
    }
  }
  return ok_status();
}

}  // namespace mtlint
