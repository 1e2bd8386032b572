#include "engine/config.h"

#include <fnmatch.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "lexicon/lexicon.h"
#include "rules/params.h"

namespace fs = std::filesystem;

namespace mtlint {

namespace {

std::string resolve(const std::string& dir, const std::string& path) {
  if (path.empty() || fs::path(path).is_absolute()) return path;
  return (fs::path(dir) / path).lexically_normal().string();
}

// Reads an array of rule selectors, keeping where each one was written.
void read_selectors(Params& p, std::string_view key, bool enabled, std::vector<RuleOverride>& out) {
  const toml::node* node = p.node(key);
  if (!node) return;
  std::vector<const toml::node*> items;
  if (node->is_string()) {
    items.push_back(node);
  } else if (const toml::array* array = node->as_array()) {
    for (const toml::node& item : *array) items.push_back(&item);
  } else {
    p.fail("'" + std::string(key) + "' must be an array of rule ids or prefixes", node);
    return;
  }
  for (const toml::node* item : items) {
    if (!item->is_string() || item->value<std::string>()->empty()) {
      p.fail("'" + std::string(key) + "' must be an array of rule ids or prefixes", item);
      return;
    }
    RuleOverride o;
    o.selector = *item->value<std::string>();
    o.enabled = enabled;
    o.path = p.path();
    o.line = static_cast<int>(item->source().begin.line);
    o.column = static_cast<int>(item->source().begin.column);
    out.push_back(std::move(o));
  }
}

}  // namespace

Result<Config> parse_config(std::string_view text, const std::string& path) {
  auto table = parse_toml(text, path);
  if (!table) return table.error();
  Params p(*table, path);
  Config c;
  c.path = path;
  c.dir = fs::absolute(fs::path(path)).parent_path().lexically_normal().string();
  if (auto language = p.optional_string("language")) {
    if (hunspell_names(*language).empty()) {
      p.fail("'language' must be en, en-US or en-GB", table->get("language"));
    }
    c.language = language;
  }
  for (const auto& w : p.strings("word_lists")) c.word_lists.push_back(resolve(c.dir, w));
  for (const auto& n : p.strings("name_tables")) c.name_tables.push_back(resolve(c.dir, n));
  for (const auto& r : p.strings("packs")) c.rule_dirs.push_back(resolve(c.dir, r));
  c.accept = p.strings("accept");
  c.include = p.strings("include");
  c.exclude = p.strings("exclude");
  std::vector<RuleOverride> switches;
  read_selectors(p, "disable", false, switches);
  read_selectors(p, "enable", true, switches);
  // The more specific selector wins: "disable = ['mt']" with "enable = ['mt.drop-cap']".
  std::stable_sort(switches.begin(), switches.end(), [](const auto& a, const auto& b) {
    return a.selector.size() < b.selector.size();
  });
  c.overrides = std::move(switches);
  std::vector<RuleOverride> severities;
  if (const toml::table* severity = p.table("severity")) {
    for (const auto& [key, value] : *severity) {
      const auto level = value.value<std::string>();
      const auto parsed = level ? parse_severity(*level) : std::nullopt;
      if (!value.is_string() || !parsed) {
        p.fail("a severity must be error, warning or info", &value);
        break;
      }
      RuleOverride o;
      o.selector = std::string(key.str());
      o.severity = parsed;
      o.path = path;
      o.line = static_cast<int>(key.source().begin.line);
      o.column = static_cast<int>(key.source().begin.column);
      severities.push_back(std::move(o));
    }
  }
  std::stable_sort(severities.begin(), severities.end(), [](const auto& a, const auto& b) {
    return a.selector.size() < b.selector.size();
  });
  c.overrides.insert(c.overrides.end(), severities.begin(), severities.end());
  if (auto error = p.finish()) return *error;
  return c;
}

Result<Config> load_config(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{"cannot open", path};
  const std::string raw((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return parse_config(raw, path);
}

std::optional<std::string> find_config(const std::string& dir) {
  std::error_code ec;
  fs::path at = fs::absolute(dir.empty() ? fs::path(".") : fs::path(dir), ec).lexically_normal();
  while (true) {
    const fs::path candidate = at / kConfigFileName;
    // Relative to the working folder when possible, so that messages name it as users do.
    if (fs::is_regular_file(candidate, ec)) return fs::proximate(candidate, ec).string();
    if (!at.has_parent_path() || at.parent_path() == at) return std::nullopt;
    at = at.parent_path();
  }
}

bool config_selects(const Config& config, const std::string& file) {
  if (file == "-" || (config.include.empty() && config.exclude.empty())) return true;
  std::error_code ec;
  const fs::path absolute = fs::absolute(file, ec).lexically_normal();
  const std::string name = absolute.filename().string();
  const std::string relative =
      config.dir.empty() ? absolute.string() : absolute.lexically_relative(config.dir).string();
  auto matches = [&](const std::string& glob) {
    const std::string& subject = glob.find('/') == std::string::npos ? name : relative;
    return fnmatch(glob.c_str(), subject.c_str(), FNM_PATHNAME) == 0;
  };
  if (!config.include.empty() &&
      std::none_of(config.include.begin(), config.include.end(), matches)) {
    return false;
  }
  return std::none_of(config.exclude.begin(), config.exclude.end(), matches);
}

EngineOptions merge_options(const EngineOptions& base, const Config& config) {
  EngineOptions o = base;
  if (config.language && base.language == "en") o.language = *config.language;
  o.word_lists.insert(o.word_lists.end(), config.word_lists.begin(), config.word_lists.end());
  o.name_tables.insert(o.name_tables.end(), config.name_tables.begin(), config.name_tables.end());
  o.rule_dirs.insert(o.rule_dirs.end(), config.rule_dirs.begin(), config.rule_dirs.end());
  o.accept_words.insert(o.accept_words.end(), config.accept.begin(), config.accept.end());
  o.overrides.insert(o.overrides.end(), config.overrides.begin(), config.overrides.end());
  return o;
}

EngineCache::EngineCache(EngineOptions base, std::optional<std::string> config_path)
    : base_(std::move(base)), forced_(std::move(config_path)) {}

Result<const Config*> EngineCache::load(const std::string& config_path) {
  if (auto it = configs_.find(config_path); it != configs_.end()) return it->second.get();
  Config config;
  if (!config_path.empty()) {
    auto loaded = load_config(config_path);
    if (!loaded) return loaded.error();
    config = std::move(*loaded);
  }
  auto& slot = configs_[config_path];
  slot = std::make_unique<Config>(std::move(config));
  return slot.get();
}

Result<const Config*> EngineCache::config_for(const std::string& file) {
  std::lock_guard guard(lock_);
  if (forced_) return load(*forced_);
  std::error_code ec;
  const std::string dir =
      file == "-" ? fs::current_path(ec).string() : fs::absolute(file, ec).parent_path().string();
  auto it = dir_to_config_.find(dir);
  if (it == dir_to_config_.end()) it = dir_to_config_.emplace(dir, find_config(dir)).first;
  return load(it->second.value_or(""));
}

Result<const Engine*> EngineCache::engine_for(const std::string& file) {
  auto config = config_for(file);
  if (!config) return config.error();
  std::lock_guard guard(lock_);
  auto& slot = engines_[(*config)->path];
  if (!slot) {
    auto engine = Engine::create(merge_options(base_, **config));
    if (!engine) {
      engines_.erase((*config)->path);
      return engine.error();
    }
    slot = std::move(*engine);
  }
  return slot.get();
}

}  // namespace mtlint
