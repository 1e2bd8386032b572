#pragma once

#include <cstddef>
#include <fstream>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/error.h"
#include "engine/baseline.h"
#include "engine/engine.h"
#include "report/reporter.h"
#include "text/document.h"

namespace CLI {
class App;
}

namespace mtlint {

/// The output and gate flags of `mtlint check` besides --format and --fail-on.
struct OutputOptions {
  std::string output_file;       ///< -o: the report goes here instead of standard output
  bool fix = false;              ///< --fix: apply single fixes in place
  bool dry_run = false;          ///< --dry-run (with --fix): print the diff, change nothing
  std::size_t max_findings = 0;  ///< the run fails when more findings than this reach --fail-on
  std::string baseline;          ///< --baseline: hide findings recorded in this file
  std::string write_baseline;    ///< --write-baseline: record every finding in this file
  std::string changed_since;     ///< --changed-since: only findings on lines changed since REV
};

/// Declares the flags of OutputOptions on `check`.
void add_output_options(CLI::App& check, OutputOptions& options);

/// What remains of one file's findings after the filters and fixes, and what went wrong.
struct FileOutcome {
  std::vector<Diagnostic> findings;  ///< to report and to count for the exit code
  std::optional<Error> error;        ///< the file could not be filtered or fixed
};

/// The per-run state of the output flags: the report file, the baselines, the fix count.
class OutputRun {
 public:
  /// Validates the flag combination, opens -o and reads --baseline. `format` becomes "diff"
  /// for --fix --dry-run.
  static Result<std::unique_ptr<OutputRun>> start(const OutputOptions& options,
                                                  std::string& format);

  /// Where the report goes: the -o file, or `standard_output`.
  std::ostream& out(std::ostream& standard_output);
  /// True when the report goes to a file.
  bool to_file() const { return file_.is_open(); }
  /// Applies --changed-since, --write-baseline, --baseline and --fix to one file's findings.
  /// Call in input order (baseline occurrences are used up in that order).
  FileOutcome process(const Document& document, std::vector<Diagnostic> found);
  /// Writes the baseline, closes the report file, and notes fixes on `err` unless `quiet`.
  Status finish(std::ostream& err, bool quiet);
  /// The --max-findings tolerance.
  std::size_t max_findings() const { return options_.max_findings; }

 private:
  OutputOptions options_;
  std::ofstream file_;
  std::optional<Baseline> accepted_;
  Baseline recorded_;
  std::size_t fixed_ = 0;
  std::size_t fixed_files_ = 0;
};

/// The loaded rules as reporters describe them, sorted by id.
std::vector<RuleDescription> describe_rules(const Engine& engine);

}  // namespace mtlint
