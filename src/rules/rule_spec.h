#pragma once

#include "rules/params.h"
#include "rules/rule.h"

namespace mtlint {

/// What a kind's create() gets: the common rule information, already read and validated, and
/// the rule file's own parameters. create() reads its parameters through `params`; the loader
/// then rejects any key nobody read.
struct RuleSpec {
  RuleInfo info;
  Params* params;
};

}  // namespace mtlint
