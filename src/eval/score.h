#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/span.h"
#include "eval/gold.h"

namespace mtlint {

/// A finding as the evaluation sees it, whichever tool made it.
struct EvalFinding {
  Span span;         ///< byte span in the article
  std::string kind;  ///< gold kind it claims (a rule's category), or "other"
  /// Its single fix (span and replacement); none when it has zero or several.
  std::optional<std::pair<Span, std::string>> fix;
  std::string source;  ///< rule id, or the peer's name
};

/// Counts for one kind (or for all kinds together).
struct Tally {
  int gold = 0;              ///< gold rows of this kind
  int gold_found = 0;        ///< of them, overlapped by at least one finding
  int findings = 0;          ///< findings claiming this kind
  int findings_correct = 0;  ///< of them, overlapping a gold row (of any kind)
  int fixes_checked = 0;     ///< correct findings whose gold row has a fix other than '?'
  int fixes_right = 0;       ///< of them, whose single fix makes the text the gold fix makes
  /// findings_correct / findings (1 when there is no finding).
  double precision() const;
  /// gold_found / gold (1 when there is no gold row).
  double recall() const;
  /// Harmonic mean of precision and recall.
  double f1() const;
  void add(const Tally& other);
};

/// One row of the detail listing: a missed gold row, a false alarm or a wrong fix.
struct EvalNote {
  std::string article;
  int line = 0;
  std::string text;    ///< the gold text or the flagged text
  std::string detail;  ///< kind, rule id, expected and proposed fix
};

/// The figures of one tool on one corpus split.
struct Scores {
  std::map<std::string, Tally> by_kind;
  int articles = 0;
  int clean_articles = 0;
  long words = 0;
  long clean_words = 0;
  int clean_findings = 0;  ///< findings on clean articles: all false alarms
  std::vector<EvalNote> missed;
  std::vector<EvalNote> false_alarms;
  std::vector<EvalNote> wrong_fixes;
  /// The sum of every kind's tally.
  Tally overall() const;
  /// Findings on clean articles per 1,000 of their words.
  double false_alarms_per_kilo_word() const;
};

/// Words in a text: whitespace-separated tokens holding at least one letter or digit.
long count_words(std::string_view text);

/// Scores one article's findings against its gold rows and adds the counts to `scores`. A
/// finding is correct when it starts on a gold row's line and overlaps an occurrence of the gold
/// text on that line. A gold text missing from its line is an error naming the gold row.
Status score_article(const Article& article, std::string_view text,
                     const std::vector<EvalFinding>& findings, Scores& scores);

}  // namespace mtlint
