#pragma once

#include <string>

#include "cli/cli.h"
#include "lexicon/name_table.h"

namespace mtlint {

/// `mtlint names lookup TEXT`: prints what the name table makes of a name (entity, kind, how
/// it matched, roles, native forms, where the row is). Returns 0 when some entity matched,
/// 1 when none did.
int run_names_lookup(const NameTable& table, const std::string& text, Io& io);

}  // namespace mtlint
