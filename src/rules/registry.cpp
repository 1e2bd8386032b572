#include "rules/registry.h"

#include <array>

#include "rules/boilerplate.h"
#include "rules/foreign.h"
#include "rules/names.h"
#include "rules/pattern.h"
#include "rules/phrases.h"
#include "rules/repetition.h"
#include "rules/rule_spec.h"
#include "rules/spelling.h"

namespace mtlint {

namespace {

// Keep alphabetical; one line per kind.
constexpr std::array kKinds = {
    RuleKind{"boilerplate", &BoilerplateRule::create},
    RuleKind{"foreign", &ForeignRule::create},
    RuleKind{"names", &NamesRule::create},
    RuleKind{"pattern", &PatternRule::create},
    RuleKind{"phrases", &PhrasesRule::create},
    RuleKind{"repetition", &RepetitionRule::create},
    RuleKind{"spelling", &SpellingRule::create},
};

}  // namespace

std::span<const RuleKind> rule_kinds() { return kKinds; }

const RuleKind* find_rule_kind(std::string_view name) {
  for (const RuleKind& kind : kKinds) {
    if (kind.name == name) return &kind;
  }
  return nullptr;
}

}  // namespace mtlint
