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

// One edit: replace `span` of the text by `with`.
struct Edit {
  Span span;
  std::string with;
};

// Whether two sets of edits give the same text, compared over the union of all their spans
// (line breaks at its ends ignored, so that deleting a debris line with or without its newline
// both count). Edits of one set that overlap each other cannot be applied together: false.
bool same_result(std::string_view text, std::vector<Edit> a, std::vector<Edit> b) {
  if (a.empty() || b.empty()) return false;
  std::size_t begin = a.front().span.begin, end = a.front().span.end;
  for (const auto* set : {&a, &b}) {
    for (const Edit& e : *set) {
      begin = std::min(begin, e.span.begin);
      end = std::max(end, e.span.end);
    }
  }
  auto apply = [&](std::vector<Edit>& edits, std::string& out) {
    std::sort(edits.begin(), edits.end(),
              [](const Edit& x, const Edit& y) { return x.span.begin < y.span.begin; });
    std::size_t at = begin;
    for (const Edit& e : edits) {
      if (e.span.begin < at) return false;
      out += text.substr(at, e.span.begin - at);
      out += e.with;
      at = e.span.end;
    }
    out += text.substr(at, end - at);
    return true;
  };
  std::string x, y;
  if (!apply(a, x) || !apply(b, y)) return false;
  return trim_newlines(x) == trim_newlines(y);
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

  // Findings and the gold occurrences they overlap (on the finding's line) form groups: a fix is
  // right when the group's findings, applied together, give the text its gold rows give
  // ("Dzho Baiden" -> "Joe Biden" for the two rows "Dzho" and "Baiden", or the other way round).
  struct Hit {
    std::size_t place;
    Span occurrence;
  };
  std::vector<std::vector<Hit>> hits(findings.size());
  std::vector<int> lines_of(findings.size());
  std::vector<const GoldPlace*> bests(findings.size(), nullptr);
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const EvalFinding& f = findings[i];
    const int line = static_cast<int>(lines.line_of(f.span.begin)) + 1;
    lines_of[i] = line;
    std::size_t best_overlap = 0;
    for (std::size_t p = 0; p < places.size(); ++p) {
      GoldPlace& place = places[p];
      if (place.row->line != line) continue;
      for (const Span& occ : place.occurrences) {
        const bool overlaps = occ.overlaps(f.span) || (f.span.size() == 0 && occ.contains(f.span));
        if (!overlaps) continue;
        place.found = true;
        hits[i].push_back(Hit{p, occ});
        const std::size_t overlap =
            std::min(occ.end, f.span.end) - std::max(occ.begin, f.span.begin) + 1;
        if (overlap > best_overlap) {
          bests[i] = &place;
          best_overlap = overlap;
        }
      }
    }
  }
  // Groups: findings joined through a shared gold occurrence.
  std::vector<std::size_t> group(findings.size());
  for (std::size_t i = 0; i < findings.size(); ++i) group[i] = i;
  const auto root = [&](std::size_t i) {
    while (group[i] != i) i = group[i] = group[group[i]];
    return i;
  };
  for (std::size_t i = 0; i < findings.size(); ++i) {
    for (std::size_t j = i + 1; j < findings.size(); ++j) {
      for (const Hit& a : hits[i]) {
        for (const Hit& b : hits[j]) {
          if (a.place == b.place && a.occurrence == b.occurrence) group[root(j)] = root(i);
        }
      }
    }
  }
  // The gold edits of the occurrences findings `members` overlap; false when one is "?".
  const auto gold_edits = [&](const std::vector<std::size_t>& members, std::vector<Edit>& out) {
    std::vector<Span> seen;  // two gold rows with the same text on a line share occurrences
    for (const std::size_t j : members) {
      for (const Hit& h : hits[j]) {
        if (std::find(seen.begin(), seen.end(), h.occurrence) != seen.end()) continue;
        seen.push_back(h.occurrence);
        if (places[h.place].row->fix == "?") return false;
        out.push_back(Edit{h.occurrence, places[h.place].row->fix});
      }
    }
    return true;
  };
  const auto fix_is_right = [&](std::size_t i) {
    if (!findings[i].fix) return false;
    // The whole group applied together; else this finding alone against the rows it overlaps
    // (a name fixed inside a debris line that another finding deletes).
    std::vector<std::size_t> members;
    std::vector<Edit> mine;
    bool all_fixed = true;
    for (std::size_t j = 0; j < findings.size(); ++j) {
      if (root(j) != root(i)) continue;
      members.push_back(j);
      if (!findings[j].fix) all_fixed = false;
      if (findings[j].fix) mine.push_back(Edit{findings[j].fix->first, findings[j].fix->second});
    }
    std::vector<Edit> gold;
    if (all_fixed && gold_edits(members, gold) && same_result(text, gold, mine)) return true;
    std::vector<Edit> own_gold;
    return gold_edits({i}, own_gold) &&
           same_result(text, own_gold, {Edit{findings[i].fix->first, findings[i].fix->second}});
  };

  for (std::size_t i = 0; i < findings.size(); ++i) {
    const EvalFinding& f = findings[i];
    Tally& tally = scores.by_kind[f.kind];
    ++tally.findings;
    if (article.clean) ++scores.clean_findings;
    const int line = lines_of[i];
    const GoldPlace* best = bests[i];
    const std::string flagged(text.substr(f.span.begin, f.span.size()));
    if (!best) {
      scores.false_alarms.push_back(
          EvalNote{article.id, line, flagged, f.kind + " [" + f.source + "] " + describe_fix(f)});
      continue;
    }
    ++tally.findings_correct;
    if (best->row->fix == "?") continue;
    ++tally.fixes_checked;
    if (fix_is_right(i)) {
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
