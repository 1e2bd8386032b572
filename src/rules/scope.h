#pragma once

#include <string_view>
#include <vector>

#include "core/span.h"
#include "rules/params.h"
#include "text/analysis.h"

namespace mtlint {

/// The stretch of text a rule looks at in one go.
enum class Scope { line, sentence, paragraph, document };

/// Reads the optional `scope` key ("line" unless `fallback` says otherwise).
Scope read_scope(Params& params, Scope fallback = Scope::line);

/// The spans of every unit of `scope` in the text: lines without their line break (and without
/// a trailing '\r'), ICU sentences, paragraphs, or the whole text.
std::vector<Span> scope_units(Scope scope, std::string_view text, const Analysis& analysis);

/// The span of the line around byte `at`, without its line break.
Span line_around(std::string_view text, std::size_t at);

/// `span` without leading and trailing white space (ASCII, no-break and other Unicode spaces).
Span trim(std::string_view text, Span span);

}  // namespace mtlint
