#include "engine/baseline.h"

#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

namespace mtlint {

std::string baseline_path(std::string_view path) {
  while (path.starts_with("./")) path.remove_prefix(2);
  return std::string(path);
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
