#include "rules/loader.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "core/read_file.h"
#include "rules/registry.h"
#include "rules/rule_spec.h"

namespace fs = std::filesystem;

namespace mtlint {

namespace {

// Reads the [[examples]] array: each has `text`, `fires` and optionally `fixed`. A table read
// from the memo has no source places: its example lines come from `lines`.
void read_examples(Params& params, RuleInfo& info, const std::vector<int>* lines) {
  const toml::array* examples = params.array("examples");
  if (!examples) return;
  for (const toml::node& node : *examples) {
    const toml::table* table = node.as_table();
    if (!table) {
      params.fail("each entry of 'examples' must be a table with 'text' and 'fires'", &node);
      return;
    }
    Params example(*table, params.path());
    Example e;
    e.text = example.string("text");
    e.fires = example.boolean("fires", true);
    e.fixed = example.optional_string("fixed");
    e.line = static_cast<int>(node.source().begin.line);
    if (lines && info.examples.size() < lines->size()) e.line = (*lines)[info.examples.size()];
    if (!example.has("text")) example.fail("an example needs 'text'", &node);
    if (auto error = example.finish()) {
      params.fail(error->message, &node);
      return;
    }
    info.examples.push_back(std::move(e));
  }
}

Result<std::unique_ptr<Rule>> create_rule(const toml::table& table, const std::string& path,
                                          const std::string& id, bool syntax_checked = false,
                                          const std::vector<int>* example_lines = nullptr) {
  Params params(table, path);
  params.set_syntax_checked(syntax_checked);
  RuleSpec spec{RuleInfo{}, &params};
  RuleInfo& info = spec.info;
  info.id = id;
  info.path = path;
  info.kind = params.string("kind");
  const std::string severity = params.string("severity", "warning");
  if (auto s = parse_severity(severity)) {
    info.severity = *s;
  } else {
    params.fail("'severity' must be error, warning or info", table.get("severity"));
  }
  info.enabled = params.boolean("enabled", true);
  info.priority = static_cast<int>(params.integer("priority", 50));
  info.category = params.string("category", "other");
  static const std::set<std::string, std::less<>> kCategories = {
      "name",       "spelling",     "artefact", "boilerplate",
      "typography", "untranslated", "grammar",  "other"};
  if (!kCategories.contains(info.category)) {
    params.fail(
        "'category' must be one of name, spelling, artefact, boilerplate, typography, "
        "untranslated, grammar, other",
        table.get("category"));
  }
  info.message = params.string("message");
  info.description = params.string("description");
  read_examples(params, info, example_lines);
  if (const auto& error = params.first_error()) return *error;

  const RuleKind* kind = find_rule_kind(info.kind);
  if (!kind) {
    std::string known;
    for (const RuleKind& k : rule_kinds())
      known += (known.empty() ? "" : ", ") + std::string(k.name);
    return params.error_at("unknown rule kind '" + info.kind + "' (known: " + known + ")",
                           table.get("kind"));
  }
  auto rule = kind->create(spec);
  if (!rule) return rule.error();
  if (auto error = params.finish()) return *error;
  return rule;
}

}  // namespace

Result<std::unique_ptr<Rule>> load_rule_text(std::string_view toml_text, const std::string& path,
                                             const std::string& id) {
  auto table = parse_toml(toml_text, path);
  if (!table) return table.error();
  return create_rule(*table, path, id);
}

Result<std::unique_ptr<Rule>> load_rule_file(const std::string& path, const std::string& id,
                                             RuleMemo* memo) {
  std::string text;
  if (!read_file(path, text)) return Error{"cannot open", path};
  const std::uint64_t hash = memo ? RuleMemo::hash_of(text) : 0;
  if (memo) {
    if (auto entry = memo->find(hash)) {
      auto rule = create_rule(entry->table, path, id, true, &entry->example_lines);
      if (rule) return rule;
      // Not expected (it loaded before): parsed again below, for an error with its place.
    }
  }
  auto table = parse_toml(text, path);
  if (!table) return table.error();
  auto rule = create_rule(*table, path, id, memo && memo->known(hash));
  if (rule && memo) {
    std::vector<int> lines;
    for (const Example& e : (*rule)->info().examples) lines.push_back(e.line);
    memo->add(hash, *table, lines);
  }
  return rule;
}

Result<std::vector<std::unique_ptr<Rule>>> load_rule_dir(const std::string& dir, RuleMemo* memo) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Error{"rule folder not found", dir};
  std::vector<std::pair<std::string, std::string>> files;  // id, path
  for (const auto& pack : fs::directory_iterator(dir, ec)) {
    if (!pack.is_directory()) continue;
    for (const auto& file : fs::directory_iterator(pack.path(), ec)) {
      if (file.path().extension() != ".toml") continue;
      files.emplace_back(pack.path().filename().string() + "." + file.path().stem().string(),
                         file.path().string());
    }
  }
  if (ec) return Error{"cannot list rule folder: " + ec.message(), dir};
  std::sort(files.begin(), files.end());
  std::vector<std::unique_ptr<Rule>> rules;
  for (const auto& [id, path] : files) {
    auto rule = load_rule_file(path, id, memo);
    if (!rule) return rule.error();
    rules.push_back(std::move(*rule));
  }
  return rules;
}

}  // namespace mtlint
