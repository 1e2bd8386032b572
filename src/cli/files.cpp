#include "cli/files.h"

#include <fnmatch.h>

#include <algorithm>
#include <filesystem>
#include <optional>

namespace fs = std::filesystem;

namespace mtlint {

bool glob_match(const std::string& pattern, const std::string& text) {
  return fnmatch(pattern.c_str(), text.c_str(), FNM_PATHNAME) == 0;
}

namespace {

bool matches_any(const std::vector<std::string>& globs, const std::string& name,
                 const std::string& relative) {
  return std::any_of(globs.begin(), globs.end(), [&](const std::string& g) {
    return glob_match(g, g.find('/') == std::string::npos ? name : relative);
  });
}

}  // namespace

std::vector<InputFile> expand_inputs(const std::vector<std::string>& paths,
                                     const FileFilter& filter) {
  std::vector<InputFile> out;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (path == "-" || !fs::is_directory(path, ec)) {
      if (path != "-" && !fs::exists(path, ec)) {
        out.push_back(InputFile{path, Error{"no such file or directory", path}});
      } else {
        out.push_back(InputFile{path, std::nullopt});
      }
      continue;
    }
    std::vector<std::string> found;
    auto it =
        fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      const fs::path& p = it->path();
      const std::string name = p.filename().string();
      if (it->is_directory(ec)) {
        if (name.starts_with(".")) it.disable_recursion_pending();
        continue;
      }
      if (!it->is_regular_file(ec)) continue;
      const std::string relative = fs::relative(p, path, ec).generic_string();
      if (!matches_any(filter.include, name, relative)) continue;
      if (matches_any(filter.exclude, name, relative)) continue;
      found.push_back(p.generic_string());
    }
    if (ec) out.push_back(InputFile{path, Error{"cannot walk directory: " + ec.message(), path}});
    std::sort(found.begin(), found.end());
    for (auto& f : found) out.push_back(InputFile{std::move(f), std::nullopt});
  }
  return out;
}

}  // namespace mtlint
