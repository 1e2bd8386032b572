#include "lexicon/affix_expander.h"

#include <unicode/unistr.h>

#include <algorithm>
#include <charconv>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <vector>

#include "core/utf8.h"

namespace mtlint {

namespace {

using Flag = std::uint32_t;
using Flags = std::vector<Flag>;  // sorted, unique

enum class FlagType { chars, long_pairs, numbers };

// One position of an affix condition: any letter, or a letter in (or, negated, not in) a set.
struct CondElem {
  bool any = false;
  bool negated = false;
  std::u32string set;
  bool matches(char32_t c) const {
    if (any) return true;
    const bool in = set.find(c) != std::u32string::npos;
    return in != negated;
  }
};

struct AffixEntry {
  std::u32string strip;
  std::u32string add;
  Flags cont;  // continuation classes
  std::vector<CondElem> condition;
};

struct AffixClass {
  bool prefix = false;
  bool cross = false;
  std::size_t expected = 0;  // entry lines announced by the header
  std::vector<AffixEntry> entries;
};

// The parts of an .aff file the expansion needs.
struct AffixFile {
  std::string charset = "ISO8859-1";  // Hunspell's default when SET is missing
  FlagType flag_type = FlagType::chars;
  std::vector<Flags> aliases;  // AF, 1-based in the files
  std::map<Flag, AffixClass> classes;
  Flag needaffix = 0, onlyincompound = 0, forbidden = 0, nosuggest = 0, keepcase = 0, circumfix = 0,
       compound = 0, compound_begin = 0, compound_middle = 0, compound_end = 0;
  bool fullstrip = false;
};

std::u32string to_u32(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) out.push_back(utf8::decode(s, i));
  return out;
}

std::string to_utf8(std::u32string_view s) {
  std::string out;
  for (const char32_t c : s) utf8::append(out, c);
  return out;
}

std::vector<std::string_view> fields(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    const std::size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    if (i > start) out.push_back(line.substr(start, i - start));
  }
  return out;
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
    start = end + 1;
  }
  return lines;
}

Result<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{"cannot open Hunspell dictionary file", path};
  std::ostringstream buffer;
  buffer << in.rdbuf();
  std::string text = buffer.str();
  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
  return text;
}

// The file's bytes in UTF-8; dictionaries declare their charset with SET.
Result<std::string> to_utf8_text(std::string text, const std::string& charset,
                                 const std::string& path) {
  if (charset == "UTF-8" || charset == "utf-8" || charset == "UTF8") {
    if (auto bad = utf8::find_invalid(text)) {
      const auto line = std::count(text.begin(), text.begin() + static_cast<long>(*bad), '\n');
      return Error{"invalid UTF-8 in a dictionary declared UTF-8", path,
                   static_cast<int>(line) + 1};
    }
    return text;
  }
  const icu::UnicodeString u(text.data(), static_cast<int32_t>(text.size()), charset.c_str());
  if (u.isBogus()) return Error{"unknown dictionary charset '" + charset + "'", path};
  std::string out;
  u.toUTF8String(out);
  return out;
}

class AffParser {
 public:
  AffParser(AffixFile& aff, std::string path) : aff_(aff), path_(std::move(path)) {}

  Result<Flags> parse_flags(std::string_view text, int line) const {
    Flags out;
    if (!aff_.aliases.empty() && !text.empty() &&
        std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      std::size_t index = 0;
      std::from_chars(text.data(), text.data() + text.size(), index);
      if (index < 1 || index > aff_.aliases.size()) {
        return Error{"flag alias " + std::string(text) + " is not defined by AF", path_, line};
      }
      return aff_.aliases[index - 1];
    }
    const std::u32string u = to_u32(text);
    switch (aff_.flag_type) {
      case FlagType::chars:
        out.assign(u.begin(), u.end());
        break;
      case FlagType::long_pairs:
        if (u.size() % 2 != 0) {
          return Error{"'" + std::string(text) + "' is not a list of two-character flags", path_,
                       line};
        }
        for (std::size_t i = 0; i < u.size(); i += 2) out.push_back((u[i] << 16) | u[i + 1]);
        break;
      case FlagType::numbers:
        for (std::size_t i = 0; i < text.size();) {
          Flag n = 0;
          const auto [end, ec] = std::from_chars(text.data() + i, text.data() + text.size(), n);
          if (ec != std::errc{} || n == 0) {
            return Error{"'" + std::string(text) + "' is not a list of numeric flags", path_, line};
          }
          out.push_back(n);
          i = static_cast<std::size_t>(end - text.data());
          if (i < text.size() && text[i] != ',') {
            return Error{"'" + std::string(text) + "' is not a list of numeric flags", path_, line};
          }
          if (i < text.size()) ++i;
        }
        break;
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  Result<Flag> single_flag(std::string_view text, int line) const {
    auto flags = parse_flags(text, line);
    if (!flags) return flags.error();
    if (flags->size() != 1)
      return Error{"expected one flag, got '" + std::string(text) + "'", path_, line};
    return flags->front();
  }

  Status parse(const std::vector<std::string>& lines) {
    std::size_t alias_count = 0;
    bool alias_header = false;
    for (std::size_t n = 0; n < lines.size(); ++n) {
      const int line = static_cast<int>(n) + 1;
      const auto f = fields(lines[n]);
      if (f.empty() || f[0].starts_with('#')) continue;
      const std::string_view key = f[0];
      if (key == "FLAG" && f.size() >= 2) {
        if (f[1] == "long") {
          aff_.flag_type = FlagType::long_pairs;
        } else if (f[1] == "num") {
          aff_.flag_type = FlagType::numbers;
        } else if (f[1] == "UTF-8") {
          aff_.flag_type = FlagType::chars;
        } else {
          return Error{"unknown FLAG type '" + std::string(f[1]) + "'", path_, line};
        }
      } else if (key == "AF") {
        if (f.size() < 2) return Error{"AF needs a count or a flag list", path_, line};
        if (!alias_header) {
          alias_header = true;
          const auto [p, ec] = std::from_chars(f[1].data(), f[1].data() + f[1].size(), alias_count);
          if (ec != std::errc{}) return Error{"the first AF line gives their count", path_, line};
          continue;
        }
        // Parsed as plain flags: an alias never refers to another alias.
        std::vector<Flags> saved;
        saved.swap(aff_.aliases);
        auto flags = parse_flags(f[1], line);
        saved.swap(aff_.aliases);
        if (!flags) return flags.error();
        aff_.aliases.push_back(std::move(*flags));
      } else if (key == "PFX" || key == "SFX") {
        if (auto status = parse_affix(f, key == "PFX", line); !status) return status;
      } else if (key == "FULLSTRIP") {
        aff_.fullstrip = true;
      } else if (f.size() >= 2) {
        Flag* target = nullptr;
        if (key == "NEEDAFFIX" || key == "PSEUDOROOT") target = &aff_.needaffix;
        if (key == "ONLYINCOMPOUND") target = &aff_.onlyincompound;
        if (key == "FORBIDDENWORD") target = &aff_.forbidden;
        if (key == "NOSUGGEST") target = &aff_.nosuggest;
        if (key == "KEEPCASE") target = &aff_.keepcase;
        if (key == "CIRCUMFIX") target = &aff_.circumfix;
        if (key == "COMPOUNDFLAG") target = &aff_.compound;
        if (key == "COMPOUNDBEGIN") target = &aff_.compound_begin;
        if (key == "COMPOUNDMIDDLE") target = &aff_.compound_middle;
        if (key == "COMPOUNDEND") target = &aff_.compound_end;
        if (target) {
          // Special flags are never aliases, even in a file with AF.
          std::vector<Flags> saved;
          saved.swap(aff_.aliases);
          auto flag = single_flag(f[1], line);
          saved.swap(aff_.aliases);
          if (!flag) return flag.error();
          *target = *flag;
        }
      }
    }
    if (alias_header && aff_.aliases.size() != alias_count) {
      return Error{"AF announces " + std::to_string(alias_count) + " aliases but " +
                       std::to_string(aff_.aliases.size()) + " follow",
                   path_};
    }
    for (const auto& [flag, affix] : aff_.classes) {
      if (affix.entries.size() < affix.expected) {
        return Error{"an affix class announces " + std::to_string(affix.expected) + " rules but " +
                         std::to_string(affix.entries.size()) + " follow",
                     path_, header_line_.at(flag)};
      }
    }
    return ok_status();
  }

 private:
  Status parse_affix(const std::vector<std::string_view>& f, bool prefix, int line) {
    if (f.size() < 4) return Error{"an affix line needs at least 4 fields", path_, line};
    std::vector<Flags> saved;
    saved.swap(aff_.aliases);
    auto flag = single_flag(f[1], line);
    saved.swap(aff_.aliases);
    if (!flag) return flag.error();
    auto it = aff_.classes.find(*flag);
    const bool header =
        it == aff_.classes.end() ||
        (it->second.entries.size() >= it->second.expected && (f[2] == "Y" || f[2] == "N") &&
         std::all_of(f[3].begin(), f[3].end(), [](char c) { return c >= '0' && c <= '9'; }));
    if (header) {
      if (it != aff_.classes.end()) {
        return Error{"affix flag '" + std::string(f[1]) + "' is defined twice", path_, line};
      }
      if (f[2] != "Y" && f[2] != "N") {
        return Error{
            "an affix header's cross-product field is Y or N, not '" + std::string(f[2]) + "'",
            path_, line};
      }
      AffixClass affix;
      affix.prefix = prefix;
      affix.cross = f[2] == "Y";
      const auto [p, ec] = std::from_chars(f[3].data(), f[3].data() + f[3].size(), affix.expected);
      if (ec != std::errc{} || p != f[3].data() + f[3].size()) {
        return Error{
            "an affix header's last field is the rule count, not '" + std::string(f[3]) + "'",
            path_, line};
      }
      aff_.classes.emplace(*flag, std::move(affix));
      header_line_[*flag] = line;
      return ok_status();
    }
    AffixClass& affix = it->second;
    if (affix.prefix != prefix) {
      return Error{"flag '" + std::string(f[1]) + "' is both a prefix and a suffix", path_, line};
    }
    if (affix.entries.size() >= affix.expected) {
      return Error{"more rules than the affix header announced", path_, line};
    }
    AffixEntry entry;
    if (f[2] != "0") entry.strip = to_u32(f[2]);
    std::string_view add = f[3];
    if (const auto slash = add.find('/'); slash != std::string_view::npos) {
      auto cont = parse_flags(add.substr(slash + 1), line);
      if (!cont) return cont.error();
      entry.cont = std::move(*cont);
      add = add.substr(0, slash);
    }
    if (add != "0") entry.add = to_u32(add);
    const std::u32string cond = f.size() >= 5 ? to_u32(f[4]) : U".";
    for (std::size_t i = 0; i < cond.size(); ++i) {
      CondElem elem;
      if (cond[i] == U'.') {
        elem.any = true;
      } else if (cond[i] == U'[') {
        const std::size_t close = cond.find(U']', i);
        if (close == std::u32string::npos) {
          return Error{"unclosed '[' in affix condition", path_, line};
        }
        std::size_t from = i + 1;
        if (from < close && cond[from] == U'^') {
          elem.negated = true;
          ++from;
        }
        elem.set = cond.substr(from, close - from);
        i = close;
      } else {
        elem.set = cond.substr(i, 1);
      }
      entry.condition.push_back(std::move(elem));
    }
    // "." alone places no condition; leaving it out spares a comparison per stem.
    if (entry.condition.size() == 1 && entry.condition[0].any) entry.condition.clear();
    affix.entries.push_back(std::move(entry));
    return ok_status();
  }

  AffixFile& aff_;
  std::string path_;
  std::map<Flag, int> header_line_;
};

bool has(const Flags& flags, Flag f) {
  return f != 0 && std::binary_search(flags.begin(), flags.end(), f);
}

// One affix applied to a word.
struct Applied {
  const AffixEntry* entry;
  bool prefix;
};

class Expander {
 public:
  Expander(const AffixFile& aff, const FormSink& sink, const ExpandOptions& options)
      : aff_(aff),
        sink_(sink),
        max_forms_(options.max_forms),
        two_level_(options.two_level),
        elided_prefixes_(options.elided_prefixes) {}

  bool too_many() const { return count_ > max_forms_; }

  void expand(const std::u32string& stem, const Flags& flags) {
    if (has(flags, aff_.forbidden)) {
      // A forbidden stem vetoes this exact form; its affixed forms are not generated.
      sink_(to_utf8(stem), kFormForbidden);
      return;
    }
    stem_flags_ = &flags;
    emit(stem, {});
    // Suffixed forms: one or two suffix levels.
    struct Suffixed {
      std::u32string word;
      std::vector<Applied> applied;
      bool cross;
    };
    std::vector<Suffixed> suffixed;
    for (const Flag f : flags) {
      const AffixClass* cls = suffix_class(f);
      if (!cls) continue;
      for (const AffixEntry& e : cls->entries) {
        if (!suffix_fits(stem, e)) continue;
        std::u32string w1 = stem.substr(0, stem.size() - e.strip.size()) + e.add;
        suffixed.push_back({w1, {{&e, false}}, cls->cross});
        for (const Flag f2 : e.cont) {
          const AffixClass* cls2 = two_level_ ? suffix_class(f2) : nullptr;
          if (!cls2) continue;
          for (const AffixEntry& e2 : cls2->entries) {
            if (!suffix_fits(w1, e2)) continue;
            suffixed.push_back({w1.substr(0, w1.size() - e2.strip.size()) + e2.add,
                                {{&e, false}, {&e2, false}},
                                cls->cross && cls2->cross});
          }
        }
      }
    }
    for (const Suffixed& s : suffixed) emit(s.word, s.applied);
    // Prefixes: on the stem, on cross-product suffixed forms, with suffixes their continuation
    // allows, and those that a suffix's continuation allows.
    for (const Flag f : flags) {
      const AffixClass* cls = prefix_class(f);
      if (!cls) continue;
      for (const AffixEntry& p : cls->entries) {
        if (!prefix_fits(stem, p)) continue;
        emit(apply_prefix(stem, p), {{&p, true}});
        for (const Suffixed& s : suffixed) {
          if (!cls->cross || !s.cross || !prefix_fits(s.word, p)) continue;
          std::vector<Applied> applied = s.applied;
          applied.push_back({&p, true});
          emit(apply_prefix(s.word, p), applied);
        }
        for (const Flag f2 : p.cont) {
          const AffixClass* scls = suffix_class(f2);
          if (!scls || has(flags, f2)) continue;
          for (const AffixEntry& e : scls->entries) {
            if (!suffix_fits(stem, e)) continue;
            const std::u32string w1 = stem.substr(0, stem.size() - e.strip.size()) + e.add;
            if (prefix_fits(w1, p)) emit(apply_prefix(w1, p), {{&e, false}, {&p, true}});
          }
        }
      }
    }
    for (const Suffixed& s : suffixed) {
      for (const Applied& a : s.applied) {
        for (const Flag f : a.entry->cont) {
          const AffixClass* cls = prefix_class(f);
          if (!cls || has(flags, f)) continue;
          for (const AffixEntry& p : cls->entries) {
            if (!prefix_fits(s.word, p)) continue;
            std::vector<Applied> applied = s.applied;
            applied.push_back({&p, true});
            emit(apply_prefix(s.word, p), applied);
          }
        }
      }
    }
  }

 private:
  const AffixClass* suffix_class(Flag f) const {
    auto it = aff_.classes.find(f);
    return it != aff_.classes.end() && !it->second.prefix ? &it->second : nullptr;
  }
  const AffixClass* prefix_class(Flag f) const {
    auto it = aff_.classes.find(f);
    return it != aff_.classes.end() && it->second.prefix ? &it->second : nullptr;
  }

  bool suffix_fits(const std::u32string& w, const AffixEntry& e) const {
    if (w.size() < e.strip.size() || (!aff_.fullstrip && w.size() == e.strip.size())) return false;
    if (w.compare(w.size() - e.strip.size(), e.strip.size(), e.strip) != 0) return false;
    if (e.condition.size() > w.size()) return false;
    const std::size_t base = w.size() - e.condition.size();
    for (std::size_t i = 0; i < e.condition.size(); ++i) {
      if (!e.condition[i].matches(w[base + i])) return false;
    }
    return true;
  }

  bool prefix_fits(const std::u32string& w, const AffixEntry& e) const {
    if (!elided_prefixes_ && e.add.find_first_of(U"'’") != std::u32string::npos) return false;
    if (w.size() < e.strip.size() || (!aff_.fullstrip && w.size() == e.strip.size())) return false;
    if (w.compare(0, e.strip.size(), e.strip) != 0) return false;
    if (e.condition.size() > w.size()) return false;
    for (std::size_t i = 0; i < e.condition.size(); ++i) {
      if (!e.condition[i].matches(w[i])) return false;
    }
    return true;
  }

  static std::u32string apply_prefix(const std::u32string& w, const AffixEntry& p) {
    return p.add + w.substr(p.strip.size());
  }

  void emit(const std::u32string& word, const std::vector<Applied>& applied) {
    const Flags& stem = *stem_flags_;
    bool onlyincompound = has(stem, aff_.onlyincompound);
    bool nosuggest = has(stem, aff_.nosuggest);
    bool keepcase = has(stem, aff_.keepcase);
    bool prefix_circumfix = false, suffix_circumfix = false, has_prefix = false;
    bool begin = has(stem, aff_.compound_begin) || has(stem, aff_.compound);
    bool middle = has(stem, aff_.compound_middle) || has(stem, aff_.compound);
    bool end = has(stem, aff_.compound_end) || has(stem, aff_.compound);
    std::size_t full_affixes = 0;  // applied affixes that satisfy NEEDAFFIX
    for (const Applied& a : applied) {
      const Flags& c = a.entry->cont;
      onlyincompound = onlyincompound || has(c, aff_.onlyincompound);
      nosuggest = nosuggest || has(c, aff_.nosuggest);
      keepcase = keepcase || has(c, aff_.keepcase);
      begin = begin || has(c, aff_.compound_begin) || has(c, aff_.compound);
      middle = middle || has(c, aff_.compound_middle) || has(c, aff_.compound);
      end = end || has(c, aff_.compound_end) || has(c, aff_.compound);
      if (!has(c, aff_.needaffix)) ++full_affixes;
      if (a.prefix) {
        has_prefix = true;
        prefix_circumfix = prefix_circumfix || has(c, aff_.circumfix);
      } else {
        suffix_circumfix = suffix_circumfix || has(c, aff_.circumfix);
      }
    }
    // NEEDAFFIX on the stem wants an affix; on an affix, another affix.
    if (applied.empty() ? has(stem, aff_.needaffix) : full_affixes == 0) return;
    if (aff_.circumfix != 0 && (prefix_circumfix || suffix_circumfix) &&
        (!has_prefix || prefix_circumfix != suffix_circumfix)) {
      return;
    }
    std::uint16_t bits = 0;
    if (!onlyincompound) bits |= kFormStandalone;
    if (!nosuggest) bits |= kFormSuggest;
    if (keepcase) bits |= kFormKeepCase;
    if (begin) bits |= kFormCompoundBegin;
    if (middle) bits |= kFormCompoundMiddle;
    if (end) bits |= kFormCompoundEnd;
    if (!(bits & (kFormStandalone | kFormCompoundBegin | kFormCompoundMiddle | kFormCompoundEnd))) {
      return;
    }
    if (word.empty()) return;
    ++count_;
    sink_(to_utf8(word), bits);
  }

  const AffixFile& aff_;
  const FormSink& sink_;
  std::size_t max_forms_;
  bool two_level_;
  bool elided_prefixes_;
  std::size_t count_ = 0;
  const Flags* stem_flags_ = nullptr;
};

// The charset named by the SET line, read from the raw bytes (it is ASCII in every charset).
std::string declared_charset(const std::string& raw) {
  for (const std::string& line : split_lines(raw)) {
    const auto f = fields(line);
    if (f.size() >= 2 && f[0] == "SET") return std::string(f[1]);
  }
  return "ISO8859-1";
}

}  // namespace

Status expand_dictionary(const std::string& aff_path, const std::string& dic_path,
                         const FormSink& sink, const ExpandOptions& options) {
  auto aff_raw = read_file(aff_path);
  if (!aff_raw) return aff_raw.error();
  AffixFile aff;
  aff.charset = declared_charset(*aff_raw);
  auto aff_text = to_utf8_text(std::move(*aff_raw), aff.charset, aff_path);
  if (!aff_text) return aff_text.error();
  AffParser parser(aff, aff_path);
  if (auto status = parser.parse(split_lines(*aff_text)); !status) return status;

  auto dic_raw = read_file(dic_path);
  if (!dic_raw) return dic_raw.error();
  auto dic_text = to_utf8_text(std::move(*dic_raw), aff.charset, dic_path);
  if (!dic_text) return dic_text.error();
  const std::vector<std::string> lines = split_lines(*dic_text);
  std::size_t first = 0;
  while (first < lines.size() && fields(lines[first]).empty()) ++first;
  {
    const auto f = first < lines.size() ? fields(lines[first]) : std::vector<std::string_view>{};
    std::size_t count = 0;
    if (f.empty() ||
        std::from_chars(f[0].data(), f[0].data() + f[0].size(), count).ec != std::errc{}) {
      return Error{"the first line of a .dic file is its word count", dic_path,
                   static_cast<int>(first) + 1};
    }
  }
  Expander expander(aff, sink, options);
  for (std::size_t n = first + 1; n < lines.size(); ++n) {
    const std::string& line = lines[n];
    // The word runs to an unescaped '/' (flags follow) or to whitespace (morphology follows).
    std::string word;
    std::size_t i = 0;
    for (; i < line.size(); ++i) {
      const char c = line[i];
      if (c == '\\' && i + 1 < line.size() && line[i + 1] == '/') {
        word += '/';
        ++i;
      } else if (c == '/' || c == '\t' || (c == ' ' && !word.empty())) {
        break;
      } else if (c != ' ') {
        word += c;
      }
    }
    if (word.empty() || (word[0] == '#' && n == first + 1 && line.size() == 1)) continue;
    Flags flags;
    if (i < line.size() && line[i] == '/') {
      std::size_t end = line.find_first_of(" \t", i + 1);
      if (end == std::string::npos) end = line.size();
      const std::string_view text = std::string_view(line).substr(i + 1, end - i - 1);
      if (!text.empty()) {
        auto parsed = AffParser(aff, dic_path).parse_flags(text, static_cast<int>(n) + 1);
        if (!parsed) return parsed.error();
        flags = std::move(*parsed);
      }
    }
    expander.expand(to_u32(word), flags);
    if (expander.too_many()) {
      return Error{std::string(kTooManyForms) + std::to_string(options.max_forms) + " word forms",
                   dic_path, static_cast<int>(n) + 1};
    }
  }
  return ok_status();
}

}  // namespace mtlint
