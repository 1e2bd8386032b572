#pragma once

#include <string>

#include "cli/cli.h"
#include "engine/engine.h"

namespace mtlint {

/// `mtlint explain RULE-ID`: prints the rule's id, kind, severity, state, file, description and
/// examples (with what each example fixes to). An unknown id is a usage error naming close ids.
int run_explain(const Engine& engine, const std::string& rule_id, Io& io);

}  // namespace mtlint
