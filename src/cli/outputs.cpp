#include "cli/outputs.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <sstream>

#include "cli/fix.h"
#include "engine/changed_lines.h"
#include "report/fixes.h"

namespace mtlint {

void add_output_options(CLI::App& check, OutputOptions& o) {
  check.add_option("-o,--output", o.output_file,
                   "Write the report to this file (the exit code is unchanged)");
  check.add_flag("--fix", o.fix,
                 "Apply every fix that is the only suggestion of its finding, in place");
  check.add_flag("--dry-run", o.dry_run, "With --fix: print the changes as a diff, write nothing");
  check.add_option("--max-findings", o.max_findings,
                   "Fail only when more than N findings reach --fail-on (default 0)");
  check.add_option("--baseline", o.baseline,
                   "Ignore the findings recorded in this file by --write-baseline");
  check.add_option("--write-baseline", o.write_baseline,
                   "Record every finding in this file (to accept them) and exit 0");
  check.add_option("--changed-since", o.changed_since,
                   "Report only findings on lines added or changed since this git revision");
}

Result<std::unique_ptr<OutputRun>> OutputRun::start(const OutputOptions& options,
                                                    std::string& format) {
  if (options.dry_run && !options.fix) return Error{"--dry-run only goes with --fix"};
  if (options.fix && !options.write_baseline.empty()) {
    return Error{"--fix and --write-baseline do not go together; run them one after the other"};
  }
  if (options.fix && options.dry_run) format = "diff";
  // An unknown format is reported before -o truncates anything.
  std::ostringstream probe_out;
  if (auto probe = make_reporter(format, probe_out, ReportOptions{}); !probe) return probe.error();
  auto run = std::make_unique<OutputRun>();
  run->options_ = options;
  if (options.fix && options.dry_run) {
    run->options_.fix = false;  // the diff reporter shows the edits; nothing is written
  }
  if (!options.baseline.empty() && options.write_baseline.empty()) {
    auto baseline = Baseline::load(options.baseline);
    if (!baseline) return baseline.error();
    run->accepted_ = std::move(*baseline);
  }
  if (!options.output_file.empty()) {
    run->file_.open(options.output_file, std::ios::binary | std::ios::trunc);
    if (!run->file_) return Error{"cannot write the report here", options.output_file};
  }
  return run;
}

std::ostream& OutputRun::out(std::ostream& standard_output) {
  return file_.is_open() ? file_ : standard_output;
}

FileOutcome OutputRun::process(const Document& document, std::vector<Diagnostic> found) {
  FileOutcome outcome;
  if (!options_.write_baseline.empty()) {
    for (const Diagnostic& d : found) recorded_.add(document, d);
    return outcome;
  }
  if (!options_.changed_since.empty()) {
    auto changed = changed_lines_since(document.path(), options_.changed_since);
    if (!changed) {
      outcome.error = changed.error();
      return outcome;
    }
    std::erase_if(found, [&](const Diagnostic& d) { return !changed->touches(document, d.span); });
  }
  if (accepted_) {
    std::erase_if(found, [&](const Diagnostic& d) { return accepted_->consume(document, d); });
  }
  if (options_.fix) {
    const FixPlan plan = plan_fixes(document.text(), found);
    if (!plan.edits.empty()) {
      if (Status written = fix_file(document, plan.edits); !written) {
        outcome.error = written.error();
      } else {
        fixed_ += plan.applied.size();
        ++fixed_files_;
        std::vector<Diagnostic> left;
        for (std::size_t i = 0, k = 0; i < found.size(); ++i) {
          if (k < plan.applied.size() && plan.applied[k] == i) {
            ++k;
            continue;
          }
          left.push_back(std::move(found[i]));
        }
        found = std::move(left);
      }
    }
  }
  outcome.findings = std::move(found);
  return outcome;
}

Status OutputRun::finish(std::ostream& err, bool quiet) {
  if (file_.is_open()) {
    file_.close();
    if (!file_) return Error{"cannot write the report here", options_.output_file};
  }
  if (!options_.write_baseline.empty()) {
    if (Status saved = recorded_.save(options_.write_baseline); !saved) return saved;
    if (!quiet) {
      err << "recorded " << recorded_.size() << (recorded_.size() == 1 ? " finding" : " findings")
          << " in " << options_.write_baseline << '\n';
    }
  }
  if (options_.fix && !quiet) {
    err << "fixed " << fixed_ << (fixed_ == 1 ? " finding" : " findings") << " in " << fixed_files_
        << (fixed_files_ == 1 ? " file" : " files") << '\n';
  }
  return ok_status();
}

std::vector<RuleDescription> describe_rules(const Engine& engine) {
  std::vector<RuleDescription> out;
  for (const auto& rule : engine.rules()) {
    const RuleInfo& info = rule->info();
    RuleDescription r;
    r.id = info.id;
    r.severity = info.severity;
    r.category = info.category;
    r.description = info.description;
    std::replace(r.description.begin(), r.description.end(), '\n', ' ');
    // The first sentence is the short description.
    const auto stop = r.description.find(". ");
    r.summary = r.description.substr(0, stop == std::string::npos ? stop : stop + 1);
    out.push_back(std::move(r));
  }
  std::sort(out.begin(), out.end(),
            [](const RuleDescription& a, const RuleDescription& b) { return a.id < b.id; });
  return out;
}

}  // namespace mtlint
