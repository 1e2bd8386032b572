#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace mtlint {

/// The streams and terminal facts a run uses, so that tests can run the CLI in-process.
struct Io {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
  bool out_is_terminal = false;
  /// The process exits as soon as run_cli returns: long-lived data need not be freed.
  bool exits_after_run = false;
};

/// Exit codes, as documented in the README.
enum ExitCode : int {
  kExitClean = 0,     ///< nothing at or above --fail-on
  kExitFindings = 1,  ///< findings at or above --fail-on
  kExitUsage = 2,     ///< bad usage, configuration or input
  kExitInternal = 3,  ///< a bug in mtlint
};

/// Runs mtlint with `args` (without the program name) and returns the exit code.
int run_cli(const std::vector<std::string>& args, Io& io);

}  // namespace mtlint
