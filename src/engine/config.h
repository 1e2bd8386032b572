#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "engine/engine.h"

namespace mtlint {

/// The name of the configuration file looked for in a checked file's folder and its parents.
inline constexpr std::string_view kConfigFileName = ".mtlint.toml";

/// A `.mtlint.toml`. Relative paths in it are resolved against its folder.
struct Config {
  std::string path;  ///< the file; empty for the built-in defaults
  std::string dir;   ///< its folder
  std::optional<std::string> language;
  std::vector<std::string> word_lists;
  std::vector<std::string> name_tables;
  std::vector<std::string> rule_dirs;  ///< extra rule packs (folders of <pack>/<name>.toml)
  std::vector<std::string> accept;
  std::vector<std::string> include;  ///< globs of files to check (relative to `dir`)
  std::vector<std::string> exclude;  ///< globs of files to skip
  std::vector<RuleOverride> overrides;
};

/// Reads and validates a configuration file: unknown keys, wrong types and bad values are errors
/// with the file's line and column.
Result<Config> load_config(const std::string& path);
/// Parses configuration text (`path` names it in errors and anchors relative paths).
Result<Config> parse_config(std::string_view text, const std::string& path);

/// The nearest `.mtlint.toml` in `dir` or one of its parents, or nullopt.
std::optional<std::string> find_config(const std::string& dir);

/// True when `file` passes the config's include and exclude globs (a glob without '/' matches
/// the file name, one with '/' the path relative to the config's folder). Standard input ("-")
/// always passes.
bool config_selects(const Config& config, const std::string& file);

/// One Engine per distinct configuration, created on first use (creating an Engine loads the
/// dictionaries). Each file gets the config found by walking up from its folder, unless an
/// explicit one was given. Thread-safe.
class EngineCache {
 public:
  /// `base` holds the command-line options; `config_path` forces one config for every file.
  EngineCache(EngineOptions base, std::optional<std::string> config_path);
  /// The configuration for a file ("-" means standard input: the working folder's).
  Result<const Config*> config_for(const std::string& file);
  /// The engine for a file.
  Result<const Engine*> engine_for(const std::string& file);

 private:
  Result<const Config*> load(const std::string& config_path);

  EngineOptions base_;
  std::optional<std::string> forced_;
  std::mutex lock_;
  std::map<std::string, std::optional<std::string>> dir_to_config_;
  std::map<std::string, std::unique_ptr<Config>> configs_;  // by path ("" = defaults)
  std::map<std::string, std::unique_ptr<Engine>> engines_;  // by config path
};

/// The command-line options merged with a config: the config adds word lists, name tables, packs
/// and accept words, sets the language unless the command line did, and adds its rule overrides.
EngineOptions merge_options(const EngineOptions& base, const Config& config);

}  // namespace mtlint
