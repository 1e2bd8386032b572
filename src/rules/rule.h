#pragma once

#include <atomic>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/diagnostic.h"
#include "lexicon/lexicon.h"
#include "rules/probe_text.h"
#include "text/analysis.h"
#include "text/document.h"

namespace mtlint {

/// A sample text shipped with a rule: it must (or must not) make the rule fire.
struct Example {
  std::string text;
  bool fires = true;
  std::optional<std::string> fixed;  ///< the text after applying the rule's single fixes
  int line = 0;                      ///< where the example sits in the rule file
};

/// What every rule has, whatever its kind; read from the rule file's common keys.
struct RuleInfo {
  std::string id;    ///< "<pack>.<name>", from the file's path
  std::string kind;  ///< the C++ kind that runs it
  Severity severity = Severity::warning;
  bool enabled = true;
  int priority = 50;  ///< when two rules flag the same span, the higher priority keeps it
  /// What kind of problem the rule finds, as in the corpus gold files: name, spelling, artefact,
  /// boilerplate, typography, untranslated, grammar (or other).
  std::string category = "other";
  std::string message;
  std::string description;
  std::string path;  ///< the rule file
  std::vector<Example> examples;
};

/// What several rules derive alike from one document (the names rules' view of the article),
/// built by the first rule that needs it and kept until the document is done. The rules of one
/// document run one after another on one thread, so no lock is needed.
class DocumentMemo {
 public:
  /// The value stored under `tag` (the address of a rule kind's static), made by `make` (which
  /// returns a std::shared_ptr<T>) the first time.
  template <class T, class Make>
  const T& get(const void* tag, Make&& make) {
    for (const auto& [key, value] : slots_) {
      if (key == tag) return *static_cast<const T*>(value.get());
    }
    std::shared_ptr<T> value = make();
    const T& out = *value;
    slots_.emplace_back(tag, std::move(value));
    return out;
  }

 private:
  std::vector<std::pair<const void*, std::shared_ptr<void>>> slots_;
};

/// What a rule sees of one document. Everything is read-only.
struct CheckContext {
  const Document& document;
  const Analysis& analysis;
  const Lexicon& lexicon;
  DocumentMemo* memo = nullptr;  ///< shared per-document values; null: each rule makes its own
};

/// Receives findings.
class Sink {
 public:
  virtual ~Sink() = default;
  virtual void report(Diagnostic diagnostic) = 0;
};

/// A configured check. check() cannot fail, does not print and keeps no state between documents.
class Rule {
 public:
  explicit Rule(RuleInfo info) : info_(std::move(info)) {}
  virtual ~Rule() = default;
  Rule(const Rule&) = delete;
  Rule& operator=(const Rule&) = delete;

  const RuleInfo& info() const { return info_; }
  /// Reports this rule's findings on one document.
  virtual void check(const CheckContext& context, Sink& sink) const = 0;
  /// Does ahead of the first check() what it would do anyway (compiling the regexes it runs on
  /// every document), while the engine waits for its dictionaries. `stop` tells it to stop early.
  virtual void prepare(const std::atomic<bool>& stop) const { (void)stop; }
  /// The same for the regexes a document like `sample` needs (those whose prefilter passes one
  /// of its `lines`): called, after prepare(), with the file the run will check first.
  virtual void warm(const ProbeText& sample, const std::vector<Span>& lines,
                    const std::atomic<bool>& stop) const {
    (void)sample;
    (void)lines;
    (void)stop;
  }
  /// Lets the engine apply configuration (severity overrides, enable / disable).
  RuleInfo& mutable_info() { return info_; }

 protected:
  /// A finding of this rule with its id and severity filled in.
  Diagnostic finding(Span span, std::string message, std::vector<Fix> fixes = {}) const;

 private:
  RuleInfo info_;
};

/// Replaces each "{name}" in `pattern` by its value; unknown placeholders stay as they are.
std::string expand(std::string_view pattern, const std::map<std::string, std::string>& values);

}  // namespace mtlint
