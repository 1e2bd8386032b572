#include "core/error.h"

namespace mtlint {

std::string Error::format() const {
  std::string out;
  if (!path.empty()) {
    out += path;
    if (line > 0) {
      out += ':' + std::to_string(line);
      if (column > 0) out += ':' + std::to_string(column);
    }
    out += ": ";
  }
  out += "error: " + message;
  return out;
}

}  // namespace mtlint
