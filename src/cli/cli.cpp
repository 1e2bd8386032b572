#include "cli/cli.h"

#include <fmt/format.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <istream>
#include <memory>
#include <mutex>
#include <optional>
#include <ostream>
#include <set>

#include "cli/explain_command.h"
#include "cli/files.h"
#include "cli/names_command.h"
#include "cli/outputs.h"
#include "cli/parallel.h"
#include "core/heap.h"
#include "engine/config.h"
#include "engine/data_dir.h"
#include "engine/engine.h"
#include "report/reporter.h"

namespace mtlint {

namespace {

constexpr const char* kFooter = R"(Examples:
  mtlint check article.txt                 check one article
  mtlint check corpus/ --include '*.txt'   check every .txt file below corpus/
  cat draft.txt | mtlint check -           check standard input
  mtlint check --fail-on error site/       fail CI only on errors
  mtlint check -f sarif -o x.sarif site/   SARIF report in a file
  mtlint check --fix article.txt           apply the fixes mtlint is sure of
  mtlint check --changed-since main site/  only lines changed since main
  mtlint rules                             list every rule
  mtlint names lookup Kouleba              what the name table makes of a name
  mtlint explain mt.drop-cap               describe a rule and show its examples

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage/config/input error,
3 internal error.)";

struct CheckOptions {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string fail_on = "warning";
  std::string color = "auto";
  std::string data_dir;
  std::string language = "en";
  std::vector<std::string> include;
  std::vector<std::string> exclude;
  std::vector<std::string> word_lists;
  std::vector<std::string> accept;
  std::vector<std::string> rule_dirs;
  std::vector<std::string> name_tables;
  std::string config;   ///< --config: one .mtlint.toml for every file instead of the nearest
  std::string rule_id;  ///< explain's argument
  bool quiet = false;
  unsigned jobs = 0;  ///< 0: every core
  OutputOptions outputs;
};

// At most this many bytes of input are checked at once (see ByteBudget).
constexpr std::size_t kBytesInFlight = 8u << 20;

// Engines for the command-line options plus each file's .mtlint.toml.
std::unique_ptr<EngineCache> make_engines(const CheckOptions& o) {
  EngineOptions options;
  options.data_dir = o.data_dir.empty() ? find_data_dir() : o.data_dir;
  options.language = o.language;
  options.word_lists = o.word_lists;
  options.accept_words = o.accept;
  options.rule_dirs = o.rule_dirs;
  options.name_tables = o.name_tables;
  options.cache_dir = default_cache_dir();
  // A run's first file is checked first: the engine gets ready for it while it loads.
  if (!o.paths.empty()) options.sample_path = o.paths.front();
  return std::make_unique<EngineCache>(options,
                                       o.config.empty() ? std::nullopt : std::optional(o.config));
}

// Freeing the engines (dictionaries, name tables, compiled rules) costs more than checking a
// short article; when the process ends right after the run, the operating system does it.
struct EngineHolder {
  std::unique_ptr<EngineCache> engines;
  bool leave_to_exit;
  ~EngineHolder() {
    if (leave_to_exit) (void)engines.release();
  }
  EngineCache& operator*() { return *engines; }
};

int run_check(const CheckOptions& o, Io& io) {
  const auto fail_on = parse_severity(o.fail_on);
  if (!fail_on) {
    io.err << "mtlint: error: --fail-on must be error, warning or info\n";
    return kExitUsage;
  }
  std::string format = o.format;
  auto outputs = OutputRun::start(o.outputs, format);
  if (!outputs) {
    io.err << "mtlint: " << outputs.error().format() << '\n';
    return kExitUsage;
  }
  const char* no_color = std::getenv("NO_COLOR");
  ReportOptions report_options;
  report_options.color =
      o.color == "always" || (o.color == "auto" && io.out_is_terminal && !(*outputs)->to_file() &&
                              !(no_color && *no_color));
  report_options.tool_version = MTLINT_VERSION;
  EngineHolder holder{make_engines(o), io.exits_after_run};
  EngineCache& engines = *holder;
  std::set<std::string> engine_errors;
  // Rule metadata (SARIF) from the working folder's configuration; errors surface per file.
  if (auto here = engines.engine_for("-"); here) report_options.rules = describe_rules(**here);
  auto reporter = make_reporter(format, (*outputs)->out(io.out), report_options);
  if (!reporter) {
    io.err << "mtlint: " << reporter.error().format() << '\n';
    return kExitUsage;
  }

  FileFilter filter;
  if (!o.include.empty()) filter.include = o.include;
  filter.exclude = o.exclude;
  const auto inputs =
      expand_inputs(o.paths.empty() ? std::vector<std::string>{"."} : o.paths, filter);

  RunSummary summary;
  bool failed = false;
  std::size_t gating = 0;  // findings at or above --fail-on

  // Each file's engine comes from its configuration; resolved here, on one thread, because the
  // cache creates engines lazily. A bad config or rule file concerns every file under it: it is
  // reported once.
  struct Job {
    const InputFile* input;
    const Engine* engine;
  };
  std::vector<Job> jobs;
  for (const InputFile& input : inputs) {
    if (input.error) {
      jobs.push_back(Job{&input, nullptr});
      continue;
    }
    auto config = engines.config_for(input.path);
    if (config && !config_selects(**config, input.path)) continue;
    auto engine = engines.engine_for(input.path);
    if (!engine) {
      if (engine_errors.insert(engine.error().format()).second) {
        io.err << engine.error().format() << '\n';
      }
      ++summary.failed_files;
      failed = true;
      continue;
    }
    jobs.push_back(Job{&input, *engine});
  }

  set_checking_heap_policy();  // every engine is loaded (core/heap.h)
  // Files are checked on worker threads and reported in input order (see parallel.h).
  struct Checked {
    std::optional<Error> error;
    std::unique_ptr<Document> doc;
    std::vector<Diagnostic> found;
  };
  std::mutex stdin_lock;
  ByteBudget budget(kBytesInFlight);
  auto check_one = [&](std::size_t i) {
    Checked c;
    const InputFile& input = *jobs[i].input;
    if (input.error) {
      c.error = input.error;
      return c;
    }
    std::error_code size_error;
    const auto size = input.path == "-" ? 0 : std::filesystem::file_size(input.path, size_error);
    struct Lease {
      ByteBudget& budget;
      std::size_t taken;
      ~Lease() { budget.release(taken); }
    } lease{budget, budget.acquire(size_error ? 0 : static_cast<std::size_t>(size))};
    std::unique_lock guard(stdin_lock, std::defer_lock);
    if (input.path == "-") guard.lock();
    auto doc = load_document(input.path, io.in);
    if (!doc) {
      c.error = doc.error();
      return c;
    }
    c.doc = std::move(*doc);
    c.found = jobs[i].engine->check(*c.doc);
#ifdef __GLIBC__
    // The analysis of a very long file is freed into this thread's malloc arena, where another
    // thread's next file cannot reuse it: hand it back to the system. Not after shorter files:
    // the next file reuses the pages, and each page given back costs a fault (microseconds on a
    // virtual machine) when it is touched again.
    if (c.doc->text().size() > (4u << 20)) malloc_trim(0);
#endif
    return c;
  };
  auto report_one = [&](std::size_t, Checked c) {
    if (c.error) {
      io.err << c.error->format() << '\n';
      ++summary.failed_files;
      failed = true;
      return;
    }
    ++summary.files;
    // Filters and fixes run here, in input order (baselines are used up in that order).
    FileOutcome outcome = (*outputs)->process(*c.doc, std::move(c.found));
    if (outcome.error) {
      io.err << outcome.error->format() << '\n';
      failed = true;
    }
    const std::vector<Diagnostic>& found = outcome.findings;
    for (const Diagnostic& d : found) {
      switch (d.severity) {
        case Severity::error:
          ++summary.errors;
          break;
        case Severity::warning:
          ++summary.warnings;
          break;
        case Severity::info:
          ++summary.infos;
          break;
      }
      gating += d.severity >= *fail_on ? 1 : 0;
    }
    (*reporter)->file(*c.doc, found);
  };
  run_ordered<Checked>(jobs.size(), resolve_jobs(o.jobs), check_one, report_one);
  (*reporter)->finish(summary);
  io.out.flush();
  if (Status done = (*outputs)->finish(io.err, o.quiet); !done) {
    io.err << done.error().format() << '\n';
    failed = true;
  }
  // Recording a baseline reports nothing: its "recorded N findings" line is the summary.
  if (!o.quiet && o.outputs.write_baseline.empty()) io.err << summary_line(summary) << '\n';
  if (failed) return kExitUsage;
  return gating > (*outputs)->max_findings() ? kExitFindings : kExitClean;
}

int list_rules(const Engine& engine, Io& io);

// Runs `use` on the engine of the working folder's configuration; a bad configuration or rule
// file is a usage error.
template <class Use>
int with_working_engine(const CheckOptions& o, Io& io, Use use) {
  EngineHolder holder{make_engines(o), io.exits_after_run};
  auto engine = (*holder).engine_for("-");
  if (!engine) {
    io.err << engine.error().format() << '\n';
    return kExitUsage;
  }
  return use(**engine);
}

int run_rules(const CheckOptions& o, Io& io) {
  return with_working_engine(o, io, [&](const Engine& engine) { return list_rules(engine, io); });
}

int list_rules(const Engine& engine, Io& io) {
  std::vector<const Rule*> rules;
  for (const auto& r : engine.rules()) rules.push_back(r.get());
  std::sort(rules.begin(), rules.end(),
            [](const Rule* a, const Rule* b) { return a->info().id < b->info().id; });
  std::size_t width = 0;
  for (const Rule* r : rules) width = std::max(width, r->info().id.size());
  for (const Rule* r : rules) {
    const RuleInfo& info = r->info();
    std::string summary = info.description.substr(0, info.description.find('\n'));
    io.out << fmt::format("{:<{}}  {:<7}  {:<3}  {}\n", info.id, width, to_string(info.severity),
                          info.enabled ? "on" : "off", summary);
  }
  return kExitClean;
}

void add_engine_options(CLI::App& cmd, CheckOptions& o) {
  cmd.add_option("--lang", o.language,
                 "Spelling: en (US and UK spellings both accepted, the default), en-US or en-GB")
      ->check(CLI::IsMember({"en", "en-US", "en-GB"}));
  cmd.add_option("--data-dir", o.data_dir, "Folder with the shipped dictionaries/ and rules/");
  // Each repeatable option takes one value, so that the paths after it stay paths
  // ("--accept Foo article.txt" checks article.txt).
  cmd.add_option("--word-list", o.word_lists, "Extra word list (one word per line); repeatable")
      ->allow_extra_args(false);
  cmd.add_option("--accept", o.accept, "Accept this word as written; repeatable")
      ->allow_extra_args(false);
  cmd.add_option("--rules", o.rule_dirs, "Extra rule folder (<pack>/<name>.toml); repeatable")
      ->allow_extra_args(false);
  cmd.add_option("--names", o.name_tables, "Extra name table (names.tsv format); repeatable")
      ->allow_extra_args(false);
  cmd.add_option("--config", o.config,
                 "Configuration file for every input (default: the nearest .mtlint.toml)");
}

}  // namespace

int run_cli(const std::vector<std::string>& args, Io& io) {
  try {
    CLI::App app{"mtlint: checks machine-translated English news before it is published"};
    app.name("mtlint");
    app.footer(kFooter);
    app.set_version_flag("--version", std::string("mtlint ") + MTLINT_VERSION);
    app.require_subcommand(1);
    CheckOptions o;

    CLI::App* check = app.add_subcommand("check", "Check files, folders or standard input (-)");
    check->footer(kFooter);
    check->add_option("paths", o.paths, "Files, folders, or - for standard input (default: .)");
    check->add_option("-f,--format", o.format,
                      "Output format: text, json, jsonl, sarif, diff, github, checkstyle, html");
    check
        ->add_option("--fail-on", o.fail_on,
                     "Lowest severity that fails the run: error|warning|info")
        ->check(CLI::IsMember({"error", "warning", "info"}));
    check
        ->add_option("--include", o.include,
                     "Glob of files to check in folders (default *.txt *.md); repeatable")
        ->allow_extra_args(false);
    check->add_option("--exclude", o.exclude, "Glob of files to skip in folders; repeatable")
        ->allow_extra_args(false);
    check->add_option("--color", o.color, "auto|always|never (auto honours NO_COLOR)")
        ->check(CLI::IsMember({"auto", "always", "never"}));
    check->add_flag("-q,--quiet", o.quiet, "No summary line on standard error");
    check->add_option("-j,--jobs", o.jobs, "Check N files at once (default 0: every core)");
    add_engine_options(*check, o);
    add_output_options(*check, o.outputs);

    CLI::App* rules = app.add_subcommand("rules", "List every rule: id, severity, on/off, summary");
    add_engine_options(*rules, o);

    CLI::App* names = app.add_subcommand("names", "Query the name table: names lookup TEXT");
    names->require_subcommand(1);
    CLI::App* lookup = names->add_subcommand("lookup", "Explain what the name table makes of TEXT");
    std::vector<std::string> lookup_words;
    lookup->add_option("text", lookup_words, "A name, e.g. Kouleba or \"Dmitro Kuleba\"")
        ->required();
    add_engine_options(*lookup, o);

    CLI::App* explain = app.add_subcommand("explain", "Describe a rule and show its examples");
    explain->add_option("rule", o.rule_id, "Rule id, e.g. mt.drop-cap")->required();
    add_engine_options(*explain, o);

    std::vector<std::string> reversed(args.rbegin(), args.rend());
    try {
      app.parse(reversed);
    } catch (const CLI::CallForHelp& e) {
      io.out << app.help(e.get_exit_code() == 0 && app.get_subcommands().size() == 1
                             ? app.get_subcommands().front()->get_name()
                             : "");
      return kExitClean;
    } catch (const CLI::CallForVersion&) {
      io.out << "mtlint " << MTLINT_VERSION << '\n';
      return kExitClean;
    } catch (const CLI::ParseError& e) {
      io.err << "mtlint: error: " << e.what() << "\nRun 'mtlint --help' for usage.\n";
      return kExitUsage;
    }
    if (check->parsed()) return run_check(o, io);
    if (rules->parsed()) return run_rules(o, io);
    if (lookup->parsed()) {
      std::string text;
      for (const auto& w : lookup_words) text += (text.empty() ? "" : " ") + w;
      return with_working_engine(o, io, [&](const Engine& engine) {
        return run_names_lookup(engine.lexicon().names(), text, io);
      });
    }
    if (explain->parsed()) {
      return with_working_engine(
          o, io, [&](const Engine& engine) { return run_explain(engine, o.rule_id, io); });
    }
    return kExitUsage;
  } catch (const std::exception& e) {
    io.err << "mtlint: internal error: " << e.what() << '\n';
    return kExitInternal;
  }
}

}  // namespace mtlint
