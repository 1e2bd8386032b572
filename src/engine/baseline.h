#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/diagnostic.h"
#include "core/error.h"
#include "text/document.h"
#include "text/fingerprint.h"

namespace mtlint {

/// Version of the baseline file format (`--write-baseline`).
inline constexpr int kBaselineVersion = 1;

/// Findings accepted earlier: read from a baseline file, each recorded occurrence hides one
/// matching finding (same path and fingerprint), so a new occurrence is still reported.
class Baseline {
 public:
  /// Reads a file written by save(); a missing or malformed file is an error naming it.
  static Result<Baseline> load(const std::string& path);
  /// Parses baseline JSON (for load() and tests); `path` names the source in errors.
  static Result<Baseline> parse(const std::string& json, const std::string& path);

  /// Records a finding, for save().
  void add(const Document& document, const Diagnostic& diagnostic);
  /// True when the finding was recorded; uses up one recorded occurrence.
  bool consume(const Document& document, const Diagnostic& diagnostic);
  /// The baseline as JSON text (entries in the order added).
  std::string to_json() const;
  /// Writes to_json() to `path`.
  Status save(const std::string& path) const;
  /// Number of recorded occurrences.
  std::size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    std::string path, rule, text, fingerprint;
    int line = 0;  // informational only: where it was when recorded
  };
  std::vector<Entry> entries_;
  std::map<std::pair<std::string, std::string>, std::size_t> remaining_;
};

/// A path as baselines store it: without a leading "./".
std::string baseline_path(std::string_view path);

}  // namespace mtlint
