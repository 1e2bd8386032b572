#pragma once
// Tests only: the regex sources of the shipped rule files, and every code point, for tests that
// check a property of every one of them.
#include <filesystem>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "rules/params.h"

namespace mtlint::testing {

/// One regex as a shipped rule file writes it.
struct ShippedSource {
  std::string file;  ///< the rule file's name ("related-links.toml")
  std::string source;
  bool case_insensitive;
  bool boilerplate;  ///< a whole-line pattern of a boilerplate rule (run anchored)
};

/// Every `patterns`, `antipatterns`, `lines` and `headers` regex of the shipped rules.
inline std::vector<ShippedSource> shipped_sources() {
  std::vector<ShippedSource> out;
  const std::string dir = std::string(MTLINT_SOURCE_DATA_DIR) + "/rules";
  for (const auto& pack : std::filesystem::directory_iterator(dir)) {
    for (const auto& file : std::filesystem::directory_iterator(pack.path())) {
      auto table = parse_toml_file(file.path().string());
      if (!table.ok()) continue;  // the rule tests report a bad file
      const bool boilerplate =
          table->get("kind") && table->get("kind")->value_or<std::string>("") == "boilerplate";
      const bool case_sensitive = table->get("case_sensitive")
                                      ? table->get("case_sensitive")->value_or<bool>(false)
                                      : !boilerplate;
      for (const char* key : {"patterns", "antipatterns", "lines", "headers"}) {
        const toml::node* node = table->get(key);
        if (!node) continue;
        std::vector<std::string> sources;
        if (node->is_string()) sources.push_back(*node->value<std::string>());
        if (const toml::array* array = node->as_array()) {
          for (const toml::node& item : *array) {
            if (item.is_string()) sources.push_back(*item.value<std::string>());
          }
        }
        for (std::string& source : sources) {
          out.push_back(
              {file.path().filename().string(), std::move(source), !case_sensitive, boilerplate});
        }
      }
    }
  }
  return out;
}

/// Every code point but surrogates and the line feed, one per line.
inline std::string every_code_point() {
  std::string text;
  for (char32_t c = 1; c <= 0x10FFFF; ++c) {
    if ((c >= 0xD800 && c <= 0xDFFF) || c == '\n') continue;
    utf8::append(text, c);
    text += '\n';
  }
  return text;
}

}  // namespace mtlint::testing
