#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "text/document.h"

namespace mtlint {

/// One inline directive in a checked text: `<!-- mtlint-disable RULE… -->`,
/// `<!-- mtlint-enable [RULE…] -->` or `<!-- mtlint-disable-next-line RULE… -->`. HTML comments
/// read the same in plain text and Markdown. No rule means every rule.
struct Directive {
  enum class Kind { disable, enable, disable_next_line };
  Kind kind = Kind::disable;
  Span comment;                    ///< the whole `<!-- … -->`
  std::vector<std::string> rules;  ///< ids or prefixes ("mt", "mt.doubled-*")
};

/// Every directive in `text`, in order. Other HTML comments are ignored.
std::vector<Directive> find_directives(std::string_view text);

/// True when a rule selector covers `id`: the id itself, a pack or id prefix followed by '.'
/// ("mt" covers "mt.drop-cap"), or a prefix ending in '*' ("mt.foreign-*").
bool selector_matches(std::string_view selector, std::string_view id);

/// The rule id of the finding that reports an unused suppression.
inline constexpr std::string_view kUnusedSuppressionId = "suppression.unused";

/// Drops the findings that directives suppress and those inside a directive itself, and adds an
/// info finding for every disable directive that suppressed nothing. Keeps position order.
void apply_suppressions(const Document& document, std::vector<Diagnostic>& findings);

}  // namespace mtlint
