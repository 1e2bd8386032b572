#pragma once

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "core/diagnostic.h"
#include "core/error.h"
#include "lexicon/lexicon.h"
#include "rules/rule.h"
#include "text/document.h"

namespace mtlint {

/// A configuration entry that turns rules on or off or changes their severity. `selector` is
/// a rule id, a prefix ("mt" or "mt.foreign-*"; see selector_matches); where it was written is
/// kept so that a selector matching no rule is reported there.
struct RuleOverride {
  std::string selector;
  std::optional<bool> enabled;
  std::optional<Severity> severity;
  std::string path;
  int line = 0;
  int column = 0;
};

/// Everything the engine is built from (command line and, later, configuration files).
struct EngineOptions {
  std::string data_dir;  ///< holds dictionaries/ and rules/
  std::string language = "en";
  std::vector<std::string> word_lists;  ///< extra word lists besides the shipped ones
  std::vector<std::string> accept_words;
  std::vector<std::string> rule_dirs;    ///< extra rule folders besides the shipped one
  std::vector<std::string> name_tables;  ///< extra name tables besides the shipped one
  std::string cache_dir;  ///< where generated name romanisations are kept (empty: none)
  /// A file the run will probably check first (empty: none). While the dictionaries load, the
  /// rules compile the regexes its text needs; a missing or unreadable file is no error.
  std::string sample_path;
  /// Applied in order after loading, so a later (more specific) entry wins.
  std::vector<RuleOverride> overrides;
};

/// Runs every enabled rule over documents. check() is const and thread-safe.
class Engine {
 public:
  Engine() = default;
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;
  /// Stops the warm-up (see create()) and waits for it.
  ~Engine();
  /// Loads the lexicon and the rules; any bad file is an error naming it.
  static Result<std::unique_ptr<Engine>> create(const EngineOptions& options);

  /// Findings for one document: sorted by position, one per span (the rule with the higher
  /// priority keeps a span), none inside the span of a higher-priority finding, and none that
  /// an inline `mtlint-disable` directive suppresses.
  /// A file longer than kWholeBytes is checked in parts of about kPartBytes split at line
  /// breaks (see parts_of), so that memory stays bounded: article-wide checks (name
  /// consistency, duplicates) then look within one part.
  std::vector<Diagnostic> check(const Document& document) const;
  // 512 KB, some eighty articles: an article file is far shorter. Each thread holds its part's
  // analysis and names view (about 15 bytes per byte of text) at once; files of 1 MB checked
  // whole took two threads to 155 MB at peak, in parts of 256 KB to 115 MB.
  static constexpr std::size_t kWholeBytes = 1u << 19;
  // 256 KB, some forty articles: parts of 512 KB took two threads on 10 MB files to about 150 MB
  // at peak (130 MB then).
  static constexpr std::size_t kPartBytes = 1u << 18;
  /// How much of EngineOptions::sample_path is read.
  static constexpr std::size_t kSampleBytes = 64u << 10;
  /// The parts check() splits a long text into: at most kPartBytes each, ending after a line
  /// break; a line longer than that is split after a sentence's end and its space ('. '), or
  /// else after a space, or else between two characters.
  static std::vector<Span> parts_of(std::string_view text);

  const std::vector<std::unique_ptr<Rule>>& rules() const { return rules_; }
  const Lexicon& lexicon() const { return *lexicon_; }

 private:
  std::vector<Diagnostic> check_part(const Document& document) const;
  std::unique_ptr<Lexicon> lexicon_;
  std::vector<std::unique_ptr<Rule>> rules_;  // by descending priority, then id
  // Compiles, beside the loading and the first checks, the regexes the first document will
  // need (see create()); stopped and joined by the destructor.
  std::atomic<bool> stop_warming_{false};
  std::thread warmer_;
};

}  // namespace mtlint
