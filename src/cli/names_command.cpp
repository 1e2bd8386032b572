#include "cli/names_command.h"

#include <ostream>

#include "lexicon/name_key.h"
#include "lexicon/word_list.h"

namespace mtlint {

namespace {

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : "; ") + item;
  return out;
}

}  // namespace

int run_names_lookup(const NameTable& table, const std::string& text, Io& io) {
  const auto match = table.lookup_phrase(text);
  if (!match) {
    io.out << "'" << text << "': no entity of the name table (key '" << name_key(text) << "')\n";
    return kExitFindings;
  }
  const NameEntity& e = *match->entity;
  io.out << "'" << text << "': " << e.canonical << " (" << to_string(e.kind) << ")\n";
  io.out << "  match:   " << to_string(match->how);
  if (match->how != MatchHow::canonical && match->canonical_word != e.canonical) {
    io.out << " of '" << match->canonical_word << "'";
  }
  if (match->how == MatchHow::generated) {
    io.out << ", " << match->origin << " romanisation";
  } else if (!match->origin.empty()) {
    io.out << ", " << match->origin;
  }
  if (match->how == MatchHow::fuzzy) {
    io.out << ", key '" << name_key(name_words(text).back()) << "' at distance " << match->distance;
  }
  if (match->how == MatchHow::canonical && text == to_lower(text) && text != e.canonical) {
    io.out << " (written in lower case)";
  }
  if (match->given) io.out << " (a given name: trusted only next to the surname)";
  io.out << '\n';
  if (!e.roles.empty()) io.out << "  roles:   " << join(e.roles) << '\n';
  if (!e.native.empty()) io.out << "  native:  " << join(e.native) << '\n';
  std::vector<std::string> curated, generated;
  for (const NameVariant& v : e.variants) {
    const std::string label = v.origin.empty() ? v.text : v.text + " (" + v.origin + ")";
    (v.generated ? generated : curated).push_back(label);
  }
  if (!curated.empty()) io.out << "  curated: " << join(curated) << '\n';
  if (!generated.empty()) io.out << "  generated: " << join(generated) << '\n';
  io.out << "  row:     " << e.path << ':' << e.line << '\n';
  return kExitClean;
}

}  // namespace mtlint
