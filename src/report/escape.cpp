#include "report/escape.h"

namespace mtlint {

std::string escape_markup(std::string_view text, EscapeFor where) {
  const bool xml = where == EscapeFor::xml_attribute;
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const auto b = static_cast<unsigned char>(c);
    switch (c) {
      case '&':
        out += "&amp;";
        continue;
      case '<':
        out += "&lt;";
        continue;
      case '>':
        out += "&gt;";
        continue;
      case '"':
        out += "&quot;";
        continue;
      case '\'':
        out += xml ? "&apos;" : "&#39;";
        continue;
      default:
        break;
    }
    if (!xml) {
      out += c;
    } else if (c == '\t') {
      out += "&#9;";
    } else if (c == '\n') {
      out += "&#10;";
    } else if (c == '\r') {
      out += "&#13;";
    } else if (b < 0x20 || b == 0x7F) {
      out += "\xEF\xBF\xBD";
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace mtlint
