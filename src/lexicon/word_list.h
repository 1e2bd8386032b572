#pragma once

#include <string>
#include <string_view>

namespace mtlint {

/// Unicode lower-casing of UTF-8 text.
std::string to_lower(std::string_view text);
/// Unicode upper-casing of UTF-8 text.
std::string to_upper(std::string_view text);
/// Lower-cased, with diacritics removed and special Latin letters spelled in ASCII
/// ("Erdoğan" -> "erdogan", "Wałęsa" -> "walesa", "İstanbul" -> "istanbul").
std::string fold_diacritics(std::string_view text);
/// The text with its first code point upper-cased.
std::string capitalise(std::string_view text);

}  // namespace mtlint
