#pragma once

#include <optional>
#include <string_view>

namespace mtlint {

/// How serious a finding is; ordered so that a larger value is more serious.
enum class Severity { info = 0, warning = 1, error = 2 };

/// "info", "warning" or "error".
std::string_view to_string(Severity s);
/// Parses "info" / "warning" / "error"; nullopt for anything else.
std::optional<Severity> parse_severity(std::string_view text);

}  // namespace mtlint
