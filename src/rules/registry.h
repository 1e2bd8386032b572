#pragma once

#include <memory>
#include <span>
#include <string_view>

#include "core/error.h"
#include "rules/rule.h"

namespace mtlint {

struct RuleSpec;

/// One rule kind: its name in rule files and its factory.
struct RuleKind {
  std::string_view name;
  Result<std::unique_ptr<Rule>> (*create)(const RuleSpec&);
};

/// Every rule kind, in alphabetical order (an explicit table: no static self-registration).
std::span<const RuleKind> rule_kinds();
/// The kind with this name, or nullptr.
const RuleKind* find_rule_kind(std::string_view name);

}  // namespace mtlint
