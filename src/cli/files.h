#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/error.h"

namespace mtlint {

/// Which files a directory walk picks.
struct FileFilter {
  std::vector<std::string> include{"*.txt", "*.md"};
  std::vector<std::string> exclude;
};

/// One input of a run: a path to check, or an error to report for it.
struct InputFile {
  std::string path;
  std::optional<Error> error;
};

/// Expands the command-line paths: files as given ("-" is stdin), directories walked
/// recursively (sorted, hidden folders skipped) keeping files that match an include glob and no
/// exclude glob. A glob without '/' matches the file name, one with '/' the path below the
/// directory argument. A path that does not exist becomes an InputFile with an error.
std::vector<InputFile> expand_inputs(const std::vector<std::string>& paths,
                                     const FileFilter& filter);

/// fnmatch-style glob match ('*', '?', '[...]'; '*' does not cross '/').
bool glob_match(const std::string& pattern, const std::string& text);

}  // namespace mtlint
