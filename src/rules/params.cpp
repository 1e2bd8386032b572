#include "rules/params.h"

#include <fstream>
#include <iterator>

namespace mtlint {

const toml::node* Params::get(std::string_view key) {
  used_.insert(std::string(key));
  return table_.get(key);
}

void Params::wrong_type(std::string_view key, std::string_view expected, const toml::node* node) {
  fail("'" + std::string(key) + "' must be " + std::string(expected), node);
}

std::string Params::string(std::string_view key, std::string fallback) {
  return optional_string(key).value_or(std::move(fallback));
}

std::optional<std::string> Params::optional_string(std::string_view key) {
  const toml::node* node = get(key);
  if (!node) return std::nullopt;
  if (auto v = node->value<std::string>()) return *v;
  wrong_type(key, "a string", node);
  return std::nullopt;
}

bool Params::boolean(std::string_view key, bool fallback) {
  const toml::node* node = get(key);
  if (!node) return fallback;
  if (auto v = node->value<bool>(); v && node->is_boolean()) return *v;
  wrong_type(key, "true or false", node);
  return fallback;
}

std::int64_t Params::integer(std::string_view key, std::int64_t fallback) {
  const toml::node* node = get(key);
  if (!node) return fallback;
  if (node->is_integer()) return *node->value<std::int64_t>();
  wrong_type(key, "an integer", node);
  return fallback;
}

double Params::number(std::string_view key, double fallback) {
  const toml::node* node = get(key);
  if (!node) return fallback;
  if (node->is_number()) return *node->value<double>();
  wrong_type(key, "a number", node);
  return fallback;
}

std::vector<std::string> Params::strings(std::string_view key) {
  const toml::node* node = get(key);
  std::vector<std::string> out;
  if (!node) return out;
  if (node->is_string()) {
    out.push_back(*node->value<std::string>());
    return out;
  }
  const toml::array* array = node->as_array();
  if (!array) {
    wrong_type(key, "an array of strings", node);
    return out;
  }
  for (const toml::node& item : *array) {
    if (!item.is_string()) {
      wrong_type(key, "an array of strings", &item);
      return {};
    }
    out.push_back(*item.value<std::string>());
  }
  return out;
}

const toml::table* Params::table(std::string_view key) {
  const toml::node* node = get(key);
  if (!node) return nullptr;
  if (const toml::table* t = node->as_table()) return t;
  wrong_type(key, "a table", node);
  return nullptr;
}

const toml::array* Params::array(std::string_view key) {
  const toml::node* node = get(key);
  if (!node) return nullptr;
  if (const toml::array* a = node->as_array()) return a;
  wrong_type(key, "an array", node);
  return nullptr;
}

bool Params::has(std::string_view key) { return get(key) != nullptr; }

Error Params::error_at(std::string message, const toml::node* where, int column_offset) const {
  Error e{std::move(message), path_};
  const toml::node& node = where ? *where : static_cast<const toml::node&>(table_);
  const auto& begin = node.source().begin;
  e.line = static_cast<int>(begin.line);
  e.column = begin.line ? static_cast<int>(begin.column) + column_offset : 0;
  return e;
}

void Params::fail(std::string message, const toml::node* where, int column_offset) {
  if (!error_) error_ = error_at(std::move(message), where, column_offset);
}

std::optional<Error> Params::finish() {
  if (error_) return error_;
  for (const auto& [key, node] : table_) {
    if (!used_.contains(key.str())) {
      Error e{"unknown key '" + std::string(key.str()) + "'", path_};
      e.line = static_cast<int>(key.source().begin.line);
      e.column = static_cast<int>(key.source().begin.column);
      if (e.line == 0) {
        e.line = static_cast<int>(node.source().begin.line);
        e.column = static_cast<int>(node.source().begin.column);
      }
      return e;
    }
  }
  return std::nullopt;
}

Result<toml::table> parse_toml(std::string_view text, const std::string& path) {
  try {
    return toml::parse(text, path);
  } catch (const toml::parse_error& e) {
    return Error{std::string(e.description()), path, static_cast<int>(e.source().begin.line),
                 static_cast<int>(e.source().begin.column)};
  }
}

Result<toml::table> parse_toml_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{"cannot open", path};
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return parse_toml(text, path);
}

void Params::string_tables(std::string_view key, std::string_view entries,
                           std::string_view entry_name,
                           const std::function<std::string(std::string_view, std::string_view,
                                                           const std::string&)>& take) {
  const toml::table* groups = table(key);
  if (!groups) return;
  for (const auto& [group, items] : *groups) {
    const toml::table* inner = items.as_table();
    if (!inner) {
      fail("'" + std::string(key) + "." + std::string(group.str()) + "' must be a table of " +
               std::string(entries) + " and their English",
           &items);
      return;
    }
    for (const auto& [entry, value] : *inner) {
      const auto text = value.value<std::string>();
      if (!text || text->empty() || entry.str().empty()) {
        fail(std::string(entry_name) + " '" + std::string(entry.str()) +
                 "' needs its English as a string",
             &value);
        return;
      }
      if (std::string problem = take(group.str(), entry.str(), *text); !problem.empty()) {
        fail(std::move(problem), &value);
        return;
      }
    }
  }
}

}  // namespace mtlint
