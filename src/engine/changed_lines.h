#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/span.h"
#include "text/document.h"

namespace mtlint {

/// 1-based, inclusive range of lines of the current file.
struct LineRange {
  int first = 1;
  int last = 1;
  friend bool operator==(const LineRange&, const LineRange&) = default;
};

/// The lines of one file that are new or changed since a revision.
struct ChangedLines {
  bool all = false;               ///< the file is not tracked: every line is new
  std::vector<LineRange> ranges;  ///< otherwise these lines, sorted

  /// True when any line the span touches is new or changed.
  bool touches(const Document& document, Span span) const;
};

/// The lines added or changed by a `git diff -U0` output (its `@@ -a,b +c,d @@` headers);
/// malformed headers are errors.
Result<std::vector<LineRange>> parse_changed_lines(std::string_view diff);

/// Runs git (never a shell) in the file's folder: the lines of `path` added or changed in the
/// working tree since revision `rev`. Not a git work tree, an unknown revision or a git failure
/// is an error naming the path.
Result<ChangedLines> changed_lines_since(const std::string& path, const std::string& rev);

/// Output and exit status of a program run without a shell.
struct ProcessResult {
  int status = -1;  ///< exit status; -1 when it could not run or was killed
  std::string out;
  std::string err;
};

/// Runs `argv[0]` (found on PATH) with `argv`, standard input closed; captures both outputs.
ProcessResult run_process(const std::vector<std::string>& argv);

}  // namespace mtlint
