#include "engine/data_dir.h"

#include <cstdlib>
#include <filesystem>

namespace mtlint {

std::string find_data_dir() {
  if (const char* env = std::getenv("MTLINT_DATA_DIR"); env && *env) return env;
  std::error_code ec;
  // An installed binary finds <prefix>/share/mtlint beside <prefix>/bin.
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const auto share = exe.parent_path().parent_path() / "share" / "mtlint";
    if (std::filesystem::is_directory(share / "rules", ec)) return share.string();
  }
  // A binary in its build tree uses the source tree it was built from (never a stale install).
  if (std::filesystem::is_directory(std::string(MTLINT_SOURCE_DATA_DIR) + "/rules", ec)) {
    return MTLINT_SOURCE_DATA_DIR;
  }
  return MTLINT_INSTALL_DATA_DIR;
}

std::string default_cache_dir() {
  if (const char* env = std::getenv("MTLINT_CACHE_DIR"); env) return env;
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) {
    return std::string(xdg) + "/mtlint";
  }
  if (const char* home = std::getenv("HOME"); home && *home) {
    return std::string(home) + "/.cache/mtlint";
  }
  return {};
}

}  // namespace mtlint
