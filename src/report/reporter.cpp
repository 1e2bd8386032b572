#include "report/reporter.h"

#include "report/checkstyle.h"
#include "report/diff.h"
#include "report/github.h"
#include "report/html.h"
#include "report/json.h"
#include "report/sarif.h"
#include "report/text.h"

namespace mtlint {

std::vector<std::string_view> report_formats() {
  return {"text", "json", "jsonl", "sarif", "diff", "github", "checkstyle", "html"};
}

Result<std::unique_ptr<Reporter>> make_reporter(std::string_view format, std::ostream& out,
                                                const ReportOptions& options) {
  if (format == "text") return std::unique_ptr<Reporter>(new TextReporter(out, options));
  if (format == "json") return std::unique_ptr<Reporter>(new JsonReporter(out, options));
  if (format == "jsonl") return std::unique_ptr<Reporter>(new JsonLinesReporter(out));
  if (format == "sarif") return std::unique_ptr<Reporter>(new SarifReporter(out, options));
  if (format == "diff") return std::unique_ptr<Reporter>(new DiffReporter(out));
  if (format == "github") return std::unique_ptr<Reporter>(new GithubReporter(out));
  if (format == "checkstyle") return std::unique_ptr<Reporter>(new CheckstyleReporter(out));
  if (format == "html") return std::unique_ptr<Reporter>(new HtmlReporter(out, options));
  std::string known;
  for (auto f : report_formats()) known += (known.empty() ? "" : ", ") + std::string(f);
  return Error{"unknown output format '" + std::string(format) + "' (known: " + known + ")"};
}

namespace {

std::string count(std::size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

}  // namespace

std::string summary_line(const RunSummary& s) {
  std::string parts;
  auto add = [&](std::size_t n, std::string_view one, std::string_view many) {
    if (n == 0) return;
    parts += (parts.empty() ? "" : ", ") + count(n, one, many);
  };
  add(s.errors, "error", "errors");
  add(s.warnings, "warning", "warnings");
  add(s.infos, "info", "infos");
  std::string line =
      (parts.empty() ? "no findings" : parts) + " in " + count(s.files, "file", "files");
  if (s.failed_files)
    line += " (" + count(s.failed_files, "file", "files") + " could not be checked)";
  return line;
}

}  // namespace mtlint
