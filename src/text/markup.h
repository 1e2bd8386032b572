#pragma once

#include <string_view>
#include <vector>

#include "core/span.h"

namespace mtlint {

/// Which markup an input is written in, from its file name.
enum class Markup { plain, markdown };

/// Markdown for *.md / *.markdown, plain text otherwise.
Markup markup_for_path(std::string_view path);

/// Spans that are not prose and must not be checked as words, sorted and disjoint: HTML comments
/// (`<!-- … -->`, which also carry mtlint's inline suppressions) in every input; in Markdown also
/// fenced code blocks, inline code, HTML tags, link and image destinations, autolinks and link
/// reference definitions. The text itself is never changed, so positions stay those of the file.
std::vector<Span> non_prose_spans(std::string_view text, Markup markup);

}  // namespace mtlint
