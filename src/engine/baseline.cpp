#include "engine/baseline.h"

#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "core/utf8.h"

namespace mtlint {

namespace {

constexpr std::size_t kNeighbourhood = 24;  // code points of context on each side

// Folds every run of whitespace into one space, so re-wrapping or CRLF does not matter.
std::string fold(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::uint64_t fnv1a(std::string_view text, std::uint64_t hash = 14695981039346656037ull) {
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return hash;
}

// Byte offset `count` code points before `from`, not before `floor`.
std::size_t back(std::string_view text, std::size_t from, std::size_t floor, std::size_t count) {
  while (count > 0 && from > floor) {
    --from;
    while (from > floor && !utf8::is_lead(static_cast<unsigned char>(text[from]))) --from;
    --count;
  }
  return from;
}

std::size_t forward(std::string_view text, std::size_t from, std::size_t ceiling,
                    std::size_t count) {
  while (count > 0 && from < ceiling) {
    ++from;
    while (from < ceiling && !utf8::is_lead(static_cast<unsigned char>(text[from]))) ++from;
    --count;
  }
  return from;
}

}  // namespace

std::string baseline_path(std::string_view path) {
  while (path.starts_with("./")) path.remove_prefix(2);
  return std::string(path);
}

std::string fingerprint(const Document& document, const Diagnostic& d) {
  const std::string_view text = document.text();
  const LineIndex& lines = document.lines();
  const std::size_t line_begin = lines.line_start(lines.line_of(d.span.begin));
  const std::size_t line_end = lines.line_end(lines.line_of(d.span.end));
  const std::size_t end = std::max(d.span.end, std::min(line_end, text.size()));
  const std::size_t from = back(text, d.span.begin, line_begin, kNeighbourhood);
  const std::size_t to = forward(text, d.span.end, std::max(end, d.span.end), kNeighbourhood);
  std::uint64_t h = fnv1a(d.rule_id);
  h = fnv1a(std::string_view("\x1f", 1), h);
  h = fnv1a(fold(text.substr(from, d.span.begin - from)), h);
  h = fnv1a(std::string_view("\x1f", 1), h);
  h = fnv1a(fold(text.substr(d.span.begin, d.span.size())), h);
  h = fnv1a(std::string_view("\x1f", 1), h);
  h = fnv1a(fold(text.substr(d.span.end, to - d.span.end)), h);
  static const char* hex = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) out[static_cast<std::size_t>(i)] = hex[h & 15];
  return out;
}

void Baseline::add(const Document& document, const Diagnostic& d) {
  Entry e{baseline_path(document.path()), d.rule_id,
          std::string(document.slice(d.span.begin, d.span.end)), fingerprint(document, d),
          document.lines().position(d.span.begin).line};
  ++remaining_[{e.path, e.fingerprint}];
  entries_.push_back(std::move(e));
}

bool Baseline::consume(const Document& document, const Diagnostic& d) {
  auto it = remaining_.find({baseline_path(document.path()), fingerprint(document, d)});
  if (it == remaining_.end() || it->second == 0) return false;
  --it->second;
  return true;
}

std::string Baseline::to_json() const {
  nlohmann::ordered_json findings = nlohmann::ordered_json::array();
  for (const Entry& e : entries_) {
    findings.push_back(nlohmann::ordered_json{{"path", e.path},
                                              {"rule", e.rule},
                                              {"text", e.text},
                                              {"fingerprint", e.fingerprint},
                                              {"line", e.line}});
  }
  nlohmann::ordered_json doc{{"mtlint_baseline", kBaselineVersion},
                             {"findings", std::move(findings)}};
  return doc.dump(2) + "\n";
}

Status Baseline::save(const std::string& path) const {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Error{"cannot write the baseline", path};
  out << to_json();
  out.close();
  if (!out) return Error{"cannot write the baseline", path};
  return ok_status();
}

Result<Baseline> Baseline::parse(const std::string& json, const std::string& path) {
  const auto doc = nlohmann::json::parse(json, nullptr, false);
  const auto bad = [&](const std::string& why) {
    return Error{"not an mtlint baseline (" + why + "); write one with --write-baseline", path};
  };
  if (doc.is_discarded() || !doc.is_object()) return bad("invalid JSON");
  const auto version = doc.find("mtlint_baseline");
  if (version == doc.end() || !version->is_number_integer()) return bad("no mtlint_baseline key");
  if (*version != kBaselineVersion) {
    return Error{"baseline format " + version->dump() + " is not supported (this mtlint reads " +
                     std::to_string(kBaselineVersion) + "); write it again with --write-baseline",
                 path};
  }
  const auto findings = doc.find("findings");
  if (findings == doc.end() || !findings->is_array()) return bad("no findings array");
  Baseline baseline;
  for (const auto& f : *findings) {
    if (!f.is_object() || !f.contains("path") || !f["path"].is_string() ||
        !f.contains("fingerprint") || !f["fingerprint"].is_string()) {
      return bad("a finding without path or fingerprint");
    }
    Entry e;
    e.path = f["path"].get<std::string>();
    e.fingerprint = f["fingerprint"].get<std::string>();
    if (f.contains("rule") && f["rule"].is_string()) e.rule = f["rule"].get<std::string>();
    if (f.contains("text") && f["text"].is_string()) e.text = f["text"].get<std::string>();
    if (f.contains("line") && f["line"].is_number_integer()) e.line = f["line"].get<int>();
    ++baseline.remaining_[{e.path, e.fingerprint}];
    baseline.entries_.push_back(std::move(e));
  }
  return baseline;
}

Result<Baseline> Baseline::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{"cannot open the baseline; write one with --write-baseline", path};
  const std::string json((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return parse(json, path);
}

}  // namespace mtlint
