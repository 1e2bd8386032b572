#pragma once

#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/error.h"
#include "rules/rule.h"
#include "rules/rule_memo.h"

namespace mtlint {

/// Loads one rule file; `id` is derived from its path by the caller ("mt.drop-cap").
Result<std::unique_ptr<Rule>> load_rule_file(const std::string& path, const std::string& id,
                                             RuleMemo* memo = nullptr);
/// Loads rule text (for tests and user rules given inline).
Result<std::unique_ptr<Rule>> load_rule_text(std::string_view toml_text, const std::string& path,
                                             const std::string& id);
/// Loads every `<pack>/<name>.toml` under `dir`, sorted by id; the first bad file is the error.
Result<std::vector<std::unique_ptr<Rule>>> load_rule_dir(const std::string& dir,
                                                         RuleMemo* memo = nullptr);

}  // namespace mtlint
