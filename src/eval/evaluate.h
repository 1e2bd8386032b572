#pragma once

#include <string>
#include <vector>

#include "core/error.h"
#include "engine/engine.h"
#include "eval/gold.h"
#include "eval/score.h"

namespace mtlint {

/// Runs the engine on every article and scores its findings; each finding's kind is its rule's
/// category. Info-severity findings are left out unless `include_info`.
Result<Scores> evaluate_engine(const Engine& engine, const std::vector<Article>& articles,
                               bool include_info);

/// Runs `hunspell -d <dictionary> -l` on every article and scores the words it lists.
Result<Scores> evaluate_hunspell(const std::vector<Article>& articles,
                                 const std::string& dictionary);

/// The figures as a Markdown table: per kind and overall precision, recall, F1 and fixes, then
/// the false alarms per 1,000 words on the clean articles.
std::string format_scores(const std::string& title, const Scores& scores);

/// Every missed gold row, false alarm and wrong fix, one per line (for tuning on dev/).
std::string format_notes(const Scores& scores);

}  // namespace mtlint
