#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace mtlint {

/// One romanisation of a native-script name and the convention that produced it.
struct Romanisation {
  std::string text;        ///< "Kouleba"
  std::string convention;  ///< "French"
};

/// Romanises native-script names with ICU's built-in transforms (Ukrainian-Latin/BGN,
/// Russian-Latin/BGN, Han-Latin/Names, Any-Latin) and with the rule files of
/// `dictionaries/translit/<lang>-<convention>.txt` (French, German, Polish... spellings of
/// Cyrillic). Transforms are compiled once, the first time a language needs them. Not
/// thread-safe: use it while loading, then drop it.
class Romaniser {
 public:
  /// Reads the rule files of `dir` (a missing folder means built-ins only); a rule file that
  /// ICU rejects is an error naming its line.
  static Result<std::unique_ptr<Romaniser>> create(const std::string& dir);
  ~Romaniser();
  Romaniser(const Romaniser&) = delete;
  Romaniser& operator=(const Romaniser&) = delete;

  /// Every romanisation of `native` (written in language `language`: uk, ru, be, zh, ar...),
  /// one per convention, each word capitalised. Chinese person names are written surname first
  /// with the given name joined ("Xi Jinping"); other Chinese names are joined ("Beijing").
  std::vector<Romanisation> romanise(std::string_view language, std::string_view native,
                                     bool person);

 private:
  struct Impl;
  explicit Romaniser(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace mtlint
