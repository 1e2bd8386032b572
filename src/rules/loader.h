#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/error.h"
#include "rules/rule.h"

namespace mtlint {

/// Loads one rule file; `id` is derived from its path by the caller ("mt.drop-cap").
Result<std::unique_ptr<Rule>> load_rule_file(const std::string& path, const std::string& id);
/// Loads rule text (for tests and user rules given inline).
Result<std::unique_ptr<Rule>> load_rule_text(std::string_view toml_text, const std::string& path,
                                             const std::string& id);
/// Loads every `<pack>/<name>.toml` under `dir`, sorted by id; the first bad file is the error.
Result<std::vector<std::unique_ptr<Rule>>> load_rule_dir(const std::string& dir);

}  // namespace mtlint
