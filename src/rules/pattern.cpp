#include "rules/pattern.h"

#include <cctype>
#include <cstring>

#include "rules/rule_spec.h"

namespace mtlint {

namespace {

// The groups that `{N:map}` names in a fix template, in order.
std::vector<int> map_groups(std::string_view tmpl) {
  std::vector<int> groups;
  for (std::size_t at = tmpl.find(":map}"); at != std::string_view::npos;
       at = tmpl.find(":map}", at + 1)) {
    std::size_t open = at;
    while (open > 0 && std::isdigit(static_cast<unsigned char>(tmpl[open - 1]))) --open;
    // A group number of three digits at most ('{99999999999:map}' is text, not an op).
    if (open == 0 || open == at || at - open > 3 || tmpl[open - 1] != '{') continue;
    groups.push_back(std::stoi(std::string(tmpl.substr(open, at - open))));
  }
  return groups;
}

}  // namespace

Result<std::unique_ptr<Rule>> PatternRule::create(const RuleSpec& spec) {
  Params& p = *spec.params;
  std::unique_ptr<PatternRule> rule(new PatternRule(spec.info));
  const bool case_insensitive = !p.boolean("case_sensitive", true);
  rule->patterns_ = read_regexes(p, "patterns", case_insensitive, true);
  rule->antipatterns_ = read_regexes(p, "antipatterns", case_insensitive, true);
  rule->scope_ = read_scope(p);
  rule->mark_ = static_cast<int>(p.integer("mark", 0));
  rule->known_ = static_cast<int>(p.integer("known", -1));
  rule->unknown_ = static_cast<int>(p.integer("unknown", -1));
  rule->in_urls_ = p.boolean("in_urls", false);
  rule->fix_ = p.optional_string("fix");
  rule->space_before_word_ = p.boolean("space_before_word", false);
  if (const toml::table* map = p.table("map")) {
    for (const auto& [key, value] : *map) {
      if (!value.is_string()) {
        p.fail("each value of 'map' must be a string", &value);
        break;
      }
      rule->map_.emplace(std::string(key.str()), *value.value<std::string>());
    }
  }
  if (const auto& error = p.first_error()) return *error;
  if (rule->patterns_.empty()) return p.error_at("a pattern rule needs 'patterns'", nullptr);
  if (rule->fix_) rule->map_groups_ = map_groups(*rule->fix_);
  for (const auto& regex : rule->patterns_) {
    for (int group : {rule->mark_, rule->known_, rule->unknown_}) {
      if (group > regex->groups()) {
        return p.error_at(
            "group " + std::to_string(group) + " does not exist in '" + regex->source() + "'",
            p.node("patterns"));
      }
    }
    for (int group : rule->map_groups_) {
      if (group > regex->groups()) {
        return p.error_at("group " + std::to_string(group) + " of '{" + std::to_string(group) +
                              ":map}' does not exist in '" + regex->source() + "'",
                          p.node("fix"));
      }
    }
  }
  if (rule->info().message.empty()) {
    return p.error_at("a pattern rule needs a 'message'", nullptr);
  }
  return std::unique_ptr<Rule>(std::move(rule));
}

void PatternRule::prepare(const std::atomic<bool>& stop) const {
  // A pattern without probes runs on every document.
  for (const auto& regex : patterns_) {
    if (stop) return;
    if (regex->prefilter().empty()) regex->prepare();
  }
}

void PatternRule::warm(const ProbeText& sample, const std::vector<Span>& lines,
                       const std::atomic<bool>& stop) const {
  prepare_all_for({&patterns_, &antipatterns_}, sample, lines, stop);
}

bool PatternRule::excused(const Subject& subject, Span span, Excuses& excuses) const {
  if (antipatterns_.empty()) return false;
  // The line around span.begin is the cached one when span.begin lies in it (or on its end).
  if (excuses.line.begin == kNoGroup || span.begin < excuses.line.begin ||
      span.begin > excuses.line.end) {
    excuses.line = line_around(subject.text(), span.begin);
    excuses.hits.clear();
    for (const auto& anti : antipatterns_) {
      anti->scan(subject, excuses.line, [&](const std::vector<Span>& groups) {
        excuses.hits.push_back(groups[0]);
        return true;
      });
    }
  }
  return std::any_of(excuses.hits.begin(), excuses.hits.end(), [&](Span hit) {
    return hit.overlaps(span) || (hit.size() == 0 && span.contains(hit));
  });
}

void PatternRule::check(const CheckContext& context, Sink& sink) const {
  const std::string_view text = context.document.text();
  const auto units = scope_units(scope_, text, context.analysis);
  const Subject subject(text, context.memo);
  Excuses excuses;
  for (const auto& regex : patterns_) {
    // Only the units holding the bytes every match needs; most hold none.
    for (const Span unit : regex->candidates(subject, units)) {
      if (unit.size() == 0) continue;  // only empty matches fit, and those are never reported
      regex->scan(subject, unit, [&](const std::vector<Span>& groups) {
        const Span span = groups[static_cast<std::size_t>(mark_)];
        if (span.begin == kNoGroup || span.size() == 0) return true;
        auto word = [&](int g) {
          const Span s = groups[static_cast<std::size_t>(g)];
          return s.begin == kNoGroup ? std::string_view() : text.substr(s.begin, s.size());
        };
        if (known_ >= 0 && !context.lexicon.is_known(word(known_))) return true;
        if (unknown_ >= 0 && context.lexicon.is_known(word(unknown_))) return true;
        if (!in_urls_ && context.analysis.is_skipped(span)) return true;
        if (excused(subject, span, excuses)) return true;
        std::vector<Fix> fixes;
        const std::string_view flagged = text.substr(span.begin, span.size());
        if (auto it = map_groups_.empty() ? map_.find(flagged) : map_.end(); it != map_.end()) {
          fixes.push_back(Fix{span, it->second});
        } else if (fix_ && map_groups_.empty()) {
          fixes.push_back(Fix{span, fill_template(*fix_, text, groups)});
        } else if (fix_) {
          // '{N:map}': group N through the map, before the other parts are filled; a group the
          // map lacks gives no fix rather than half a translation.
          std::string tmpl = *fix_;
          bool mapped = true;
          for (const int g : map_groups_) {
            const auto entry = map_.find(word(g));
            if (entry == map_.end()) {
              mapped = false;
              break;
            }
            const std::string op = "{" + std::to_string(g) + ":map}";
            for (std::size_t at = tmpl.find(op); at != std::string::npos;
                 at = tmpl.find(op, at + entry->second.size())) {
              tmpl.replace(at, op.size(), entry->second);
            }
          }
          if (mapped) fixes.push_back(Fix{span, fill_template(tmpl, text, groups)});
        }
        // Full-width punctuation carries its own spacing: 'rivals，and' -> 'rivals, and'.
        if (space_before_word_ && !fixes.empty() && span.end < text.size()) {
          const std::string& r = fixes.front().replacement;
          const auto after = static_cast<unsigned char>(text[span.end]);
          if (!r.empty() && std::strchr(",.:;!?)", r.back()) != nullptr && std::isalnum(after)) {
            fixes.front().replacement += ' ';
          }
        }
        std::string message = fill_template(info().message, text, groups);
        if (!fixes.empty()) {
          message = expand(message, {{"fix", fixes.front().replacement}});
        }
        sink.report(finding(span, std::move(message), std::move(fixes)));
        return true;
      });
    }
  }
}

}  // namespace mtlint
