#include "cli/explain_command.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <filesystem>
#include <ostream>

#include "engine/suppress.h"
#include "rules/examples.h"

namespace fs = std::filesystem;

namespace mtlint {

namespace {

// Examples are shown on one line each: line breaks and tabs become visible escapes.
std::string escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

int run_explain(const Engine& engine, const std::string& rule_id, Io& io) {
  const Rule* rule = nullptr;
  std::vector<std::string> similar;
  for (const auto& r : engine.rules()) {
    if (r->info().id == rule_id) rule = r.get();
    if (r->info().id.starts_with(rule_id)) similar.push_back(r->info().id);
  }
  if (!rule) {
    io.err << "mtlint: error: no rule '" << rule_id << "'";
    if (!similar.empty()) {
      std::sort(similar.begin(), similar.end());
      io.err << " (did you mean: " << fmt::format("{}", fmt::join(similar, ", ")) << ")";
    }
    io.err << "; run 'mtlint rules' to list every rule\n";
    return kExitUsage;
  }
  const RuleInfo& info = rule->info();
  io.out << fmt::format("{}  ({} rule, {}, {}, category {})\n", info.id, info.kind,
                        to_string(info.severity), info.enabled ? "on" : "off", info.category);
  // rules/<pack>/<name>.toml: where the rule lives inside its rule folder.
  const fs::path file(info.path);
  const fs::path shown =
      file.parent_path().parent_path().filename() / file.parent_path().filename() / file.filename();
  io.out << "file: " << shown.string() << "\n\n" << info.description << "\n";
  if (info.examples.empty()) return kExitClean;
  io.out << "\nExamples:\n";
  auto segmenter = Segmenter::create();
  for (const Example& e : info.examples) {
    io.out << (e.fires ? "  flagged:     " : "  not flagged: ") << escape(e.text) << '\n';
    if (!e.fires || !segmenter) continue;
    const auto found = run_rule(*rule, engine.lexicon(), **segmenter, e.text);
    if (!found.empty()) io.out << "    message:   " << found.front().message << '\n';
    const std::string fixed = apply_single_fixes(e.text, found);
    if (fixed != e.text) io.out << "    fixed:     " << escape(fixed) << '\n';
  }
  return kExitClean;
}

}  // namespace mtlint
