#pragma once

#include <string>
#include <string_view>

namespace mtlint {

/// Where escaped text goes: HTML text or attribute values, or a double- or single-quoted XML
/// attribute (where line breaks and tabs must be character references and control
/// characters, which XML 1.0 forbids, become U+FFFD).
enum class EscapeFor { html_text, xml_attribute };

/// `text` with the markup characters & < > " ' written as references for `where`.
std::string escape_markup(std::string_view text, EscapeFor where);

}  // namespace mtlint
