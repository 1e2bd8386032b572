#include "engine/engine.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <thread>

#include "core/heap.h"
#include "engine/suppress.h"
#include "rules/loader.h"
#include "rules/prefilter_memo.h"

namespace mtlint {

namespace {

class CollectingSink final : public Sink {
 public:
  CollectingSink(std::vector<Diagnostic>& out, std::vector<int>& priorities, int priority)
      : out_(out), priorities_(priorities), priority_(priority) {}
  void report(Diagnostic d) override {
    out_.push_back(std::move(d));
    priorities_.push_back(priority_);
  }

 private:
  std::vector<Diagnostic>& out_;
  std::vector<int>& priorities_;
  int priority_;
};

// A segmenter per thread: ICU break iterators keep state while iterating.
Segmenter* thread_segmenter() {
  thread_local std::unique_ptr<Segmenter> segmenter = [] {
    auto made = Segmenter::create();
    return made ? std::move(*made) : nullptr;
  }();
  return segmenter.get();
}

// Out of line, on its own thread: the lexicon or the error that stopped it.
[[gnu::noinline]] void load_lexicon(const LexiconOptions& options, std::unique_ptr<Lexicon>& out,
                                    std::optional<Error>& error) {
  auto made = Lexicon::create(options);
  if (made) {
    // The index of the table's roles, which the names rules build on first use: here, while the
    // other thread still compiles the rules' regexes.
    (void)(*made)->names().role_phrases();
    out = std::move(*made);
  } else {
    error = made.error();
  }
}

// The first `limit` bytes of `path` (empty when it cannot be read): enough of a document to tell
// which regexes it needs. Only a regular file: what is read from a pipe is gone for the check.
std::string read_sample(const std::string& path, std::size_t limit) {
  std::string text;
  std::error_code ec;
  if (path.empty() || path == "-" || !std::filesystem::is_regular_file(path, ec)) return text;
  std::ifstream in(path, std::ios::binary);
  if (!in) return text;
  text.resize(limit);
  in.read(text.data(), static_cast<std::streamsize>(limit));
  text.resize(static_cast<std::size_t>(in.gcount()));
  return text;
}

// Compiles the regexes every document needs, then those that a line of the file at
// `sample_path` (its first kSampleBytes) passes the prefilter of, until `stop`.
void warm_up(const std::vector<const Rule*>& rules, const std::string& sample_path,
             const std::atomic<bool>& stop) {
  for (const Rule* rule : rules) {
    if (stop) return;
    rule->prepare(stop);
  }
  if (sample_path.empty() || stop) return;
  const std::string sample = read_sample(sample_path, Engine::kSampleBytes);
  const ProbeText probes(sample);
  std::vector<Span> lines;
  for (std::size_t begin = 0; begin < sample.size();) {
    const std::size_t nl = sample.find('\n', begin);
    const std::size_t end = nl == std::string::npos ? sample.size() : nl;
    if (end > begin) lines.push_back(Span{begin, end});
    begin = end + 1;
  }
  for (const Rule* rule : rules) {
    if (stop) return;
    rule->warm(probes, lines, stop);
  }
}

}  // namespace

Engine::~Engine() {
  stop_warming_ = true;
  if (warmer_.joinable()) warmer_.join();
}

Result<std::unique_ptr<Engine>> Engine::create(const EngineOptions& options) {
  auto engine = std::make_unique<Engine>();
  LexiconOptions lex;
  lex.language = options.language;
  lex.word_lists.push_back(options.data_dir + "/dictionaries/news-proper-nouns.txt");
  lex.word_lists.push_back(options.data_dir + "/dictionaries/news-words.txt");
  for (const auto& w : options.word_lists) lex.word_lists.push_back(w);
  lex.accept_words = options.accept_words;
  lex.name_tables.push_back(options.data_dir + "/dictionaries/names.tsv");
  for (const auto& t : options.name_tables) lex.name_tables.push_back(t);
  lex.translit_dir = options.data_dir + "/dictionaries/translit";
  lex.cache_file = options.cache_dir.empty() ? "" : options.cache_dir + "/romanised.tsv";
  lex.cache_dir = options.cache_dir;
  // The lexicon (tables, name table) and the rules (TOML, regexes) load side by side: they
  // share nothing, and together they are most of a short run's time.
  std::unique_ptr<Lexicon> lexicon;
  std::optional<Error> lexicon_error;
  std::atomic<bool> lexicon_loaded{false};
  std::thread loading([&] {
    const HeapReservation heap = reserve_heap(std::size_t{16} << 20);
    load_lexicon(lex, lexicon, lexicon_error);
    lexicon_loaded = true;
  });
  std::vector<std::string> dirs{options.data_dir + "/rules"};
  dirs.insert(dirs.end(), options.rule_dirs.begin(), options.rule_dirs.end());
  std::optional<Error> rules_error;
  // Rule files loaded before as they are now are neither parsed again nor compiled only to
  // check their regexes.
  RuleMemo checked(options.cache_dir.empty() ? "" : options.cache_dir + "/rules-memo.bin");
  // Prefilters derived by an earlier run of this build are read, not derived again.
  PrefilterMemo::instance().load(options.cache_dir);
  for (const auto& dir : dirs) {
    auto rules = load_rule_dir(dir, &checked);
    if (!rules) {
      rules_error = rules.error();
      break;
    }
    for (auto& rule : *rules) engine->rules_.push_back(std::move(rule));
  }
  if (!rules_error) {
    checked.save();
    PrefilterMemo::instance().save();
    // The rules compile what they will need on any document, then the regexes whose prefilter
    // passes a line of the file the run checks first. The lexicon takes about as long to load
    // as the rules, so little of that would be done before the first check: with a core to
    // spare it goes on beside the loading and the checks (a regex the check reaches first is
    // compiled by whichever thread gets there, once), else only until the lexicon is loaded.
    // From the end of the order check() runs the rules in: the check compiles what it needs
    // first itself, and meets the warm-up somewhere in the middle.
    std::vector<const Rule*> rules;
    for (const auto& rule : engine->rules_) rules.push_back(rule.get());
    std::stable_sort(rules.begin(), rules.end(), [](const Rule* a, const Rule* b) {
      return a->info().priority > b->info().priority;
    });
    std::reverse(rules.begin(), rules.end());
    if (std::thread::hardware_concurrency() > 1) {
      engine->warmer_ = std::thread(
          [rules = std::move(rules), sample = options.sample_path, stop = &engine->stop_warming_] {
            const HeapReservation heap = reserve_heap(std::size_t{4} << 20);
            warm_up(rules, sample, *stop);
          });
    } else {
      warm_up(rules, options.sample_path, lexicon_loaded);
    }
    // The segmenter of this thread, which checks the first file when a run has one.
    if (!options.sample_path.empty() && !lexicon_loaded) (void)thread_segmenter();
  }
  loading.join();
  if (lexicon_error) return *lexicon_error;
  if (rules_error) return *rules_error;
  engine->lexicon_ = std::move(lexicon);
  for (const RuleOverride& o : options.overrides) {
    bool matched = false;
    for (auto& rule : engine->rules_) {
      if (!selector_matches(o.selector, rule->info().id)) continue;
      matched = true;
      if (o.enabled) rule->mutable_info().enabled = *o.enabled;
      if (o.severity) rule->mutable_info().severity = *o.severity;
    }
    if (!matched) return Error{"no rule matches '" + o.selector + "'", o.path, o.line, o.column};
  }
  std::stable_sort(engine->rules_.begin(), engine->rules_.end(), [](const auto& a, const auto& b) {
    return a->info().priority > b->info().priority;
  });
  return engine;
}

std::vector<Span> Engine::parts_of(std::string_view text) {
  std::vector<Span> parts;
  for (std::size_t begin = 0; begin < text.size();) {
    std::size_t end = begin + kPartBytes;
    if (end >= text.size()) {
      end = text.size();
    } else if (const auto nl = text.rfind('\n', end - 1); nl != std::string::npos && nl >= begin) {
      end = nl + 1;
    } else {
      // One line longer than a part: after the last sentence end in the part's second half,
      // else after its last space, else before the last character that starts in it.
      std::size_t cut = 0;
      for (std::size_t at = end; at > begin + kPartBytes / 2 && !cut; --at) {
        const char c = text[at - 2];
        if (text[at - 1] == ' ' && (c == '.' || c == '!' || c == '?')) cut = at;
      }
      if (!cut) {
        const auto space = text.rfind(' ', end - 1);
        if (space != std::string::npos && space > begin) cut = space + 1;
      }
      if (!cut) {
        cut = end;
        while (cut > begin + 1 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
      }
      end = cut;
    }
    parts.push_back(Span{begin, end});
    begin = end;
  }
  return parts;
}

std::vector<Diagnostic> Engine::check(const Document& document) const {
  const std::string& text = document.text();
  if (text.size() <= kWholeBytes) {
    std::vector<Diagnostic> out = check_part(document);
    apply_suppressions(document, out);
    return out;
  }
  std::vector<Diagnostic> out;
  int first_line = 1;
  for (const Span p : parts_of(text)) {
    const std::size_t begin = p.begin, end = p.end;
    const Document part(document.path(), text.substr(begin, end - begin), false, first_line);
    for (Diagnostic& d : check_part(part)) {
      d.span = Span{d.span.begin + begin, d.span.end + begin};
      for (Fix& f : d.fixes) f.span = Span{f.span.begin + begin, f.span.end + begin};
      for (Related& r : d.related) r.span = Span{r.span.begin + begin, r.span.end + begin};
      out.push_back(std::move(d));
    }
    first_line +=
        static_cast<int>(std::count(text.begin() + static_cast<std::ptrdiff_t>(begin),
                                    text.begin() + static_cast<std::ptrdiff_t>(end), '\n'));
  }
  apply_suppressions(document, out);
  return out;
}

std::vector<Diagnostic> Engine::check_part(const Document& document) const {
  Segmenter* segmenter = thread_segmenter();
  if (!segmenter) return {};  // ICU data missing: Engine::create would have failed first
  const Analysis analysis = segmenter->analyse(document.text(), markup_for_path(document.path()));
  DocumentMemo memo;
  const CheckContext context{document, analysis, *lexicon_, &memo};
  std::vector<Diagnostic> found;
  std::vector<int> priorities;
  for (const auto& rule : rules_) {
    if (!rule->info().enabled) continue;
    CollectingSink sink(found, priorities, rule->info().priority);
    rule->check(context, sink);
  }
  // Order by position; on equal spans the higher priority comes first and survives dedup.
  std::vector<std::size_t> order(found.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (found[a].span != found[b].span) return found[a].span < found[b].span;
    return priorities[a] > priorities[b];
  });
  // A wider finding that starts at the same place comes later in that order: whether one of
  // them has the priority to cover each finding ('según' inside 'según fuentes del ministerio').
  std::vector<bool> covered_ahead(order.size(), false);
  for (std::size_t n = 0; n < order.size(); ++n) {
    const Diagnostic& d = found[order[n]];
    for (std::size_t m = n + 1; m < order.size(); ++m) {
      const Diagnostic& e = found[order[m]];
      if (e.span.begin != d.span.begin) break;
      if (e.span.end > d.span.end && priorities[order[m]] >= priorities[order[n]]) {
        covered_ahead[n] = true;
        break;
      }
    }
  }
  std::vector<Diagnostic> out;
  std::vector<int> kept_priority;
  std::size_t widest = 0;  // no kept span that starts more than this before d can contain it
  for (std::size_t n = 0; n < order.size(); ++n) {
    const std::size_t i = order[n];
    Diagnostic& d = found[i];
    bool covered = covered_ahead[n];
    // A finding inside (or on) the span of a kept higher-or-equal-priority finding adds nothing:
    // "See also …" as debris already covers a typo in that line.
    for (std::size_t k = out.size(); k-- > 0;) {
      if (out[k].span.begin + widest < d.span.begin) break;
      if (out[k].span.contains(d.span) && kept_priority[k] >= priorities[i]) {
        covered = true;
        break;
      }
    }
    if (covered) continue;
    d.path = document.path();
    widest = std::max(widest, d.span.size());
    out.push_back(std::move(d));
    kept_priority.push_back(priorities[i]);
  }
  return out;
}

}  // namespace mtlint
