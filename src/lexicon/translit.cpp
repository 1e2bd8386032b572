#include "lexicon/translit.h"

#include <unicode/parseerr.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uvernum.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <unordered_map>

#include "core/atomic_file.h"
#include "core/utf8.h"
#include "lexicon/name_key.h"
#include "lexicon/word_list.h"

namespace fs = std::filesystem;

namespace mtlint {

namespace {

struct Builtin {
  const char* id;
  const char* convention;
};

// The ICU transforms each source language goes through; the rule files add their own.
std::vector<Builtin> builtins(std::string_view language) {
  if (language == "uk") {
    return {{"Ukrainian-Latin/BGN", "BGN/PCGN"}, {"Russian-Latin/BGN; Any-Latin", "Russian-style"}};
  }
  if (language == "ru") return {{"Russian-Latin/BGN", "BGN/PCGN"}};
  if (language == "be") {
    return {{"Belarusian-Latin/BGN", "BGN/PCGN"},
            {"Russian-Latin/BGN; Any-Latin", "Russian-style"}};
  }
  if (language == "zh") return {{"Han-Latin/Names", "Pinyin"}};
  if (language == "ko") return {{"Hangul-Latin", "Korean"}};
  if (language == "ja") return {{"Katakana-Latin", "Hepburn"}};
  // Greek as it reads today (ELOT 743, which the UN's UNGEGN adopted): 'Vienni', not 'Biennē'.
  if (language == "el") return {{"Greek-Latin/UNGEGN", "ELOT 743"}};
  return {{"Any-Latin", "ICU Any-Latin"}};
}

// ICU writes every ㄹ as 'l'; the Revised Romanization writes it 'r' before a vowel, except
// after another ㄹ ('teuleompeu' -> 'teureompeu' for 트럼프, but 'wembeulli' for 웸블리).
std::string korean_liquids(std::string text) {
  const auto vowel_like = [](char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'w' || c == 'y';
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != 'l' || i + 1 >= text.size() || !vowel_like(text[i + 1])) continue;
    if (i > 0 && text[i - 1] == 'l') continue;
    text[i] = 'r';
  }
  return text;
}

// ICU's Katakana-Latin is reversible, not Hepburn: it marks a small kana with '~' ('ji~yōji'
// for ジョージ, 'u~iriamu' for ウィリアム) and keeps the middle dot. Hepburn, as Japanese
// media romanise, writes 'jōji', 'wiriamu'; the dot between a name's words is a space.
std::string hepburn(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 3, "\xE3\x83\xBB") == 0) {  // ・
      out += ' ';
      i += 2;
      continue;
    }
    if (text[i] != '~') {
      out += text[i];
      continue;
    }
    const char next = i + 1 < text.size() ? text[i + 1] : '\0';
    if (!out.empty() && out.back() == 'i') {
      // 'ki~yo' is 'kyo'; after j, sh and ch the y goes too ('ji~yo' is 'jo', 'ji~e' 'je').
      out.pop_back();
      const bool palatal = out.ends_with("j") || out.ends_with("sh") || out.ends_with("ch");
      if (palatal && next == 'y') ++i;
    } else if (!out.empty() && out.back() == 'u') {
      // 'u~i' is 'wi', 'vu~o' 'vo', 'tsu~a' 'tsa'.
      out.pop_back();
      const char before = out.empty() ? ' ' : out.back();
      if (!std::isalpha(static_cast<unsigned char>(before)) ||
          std::string_view("aeiou").find(before) != std::string_view::npos) {
        out += 'w';
      }
    }
  }
  return out;
}

// Hepburn's older 'm' before b, m and p ('Torampu' beside 'Toranpu').
std::string hepburn_m(std::string text) {
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    const char next = static_cast<char>(std::tolower(static_cast<unsigned char>(text[i + 1])));
    if (text[i] == 'n' && (next == 'b' || next == 'm' || next == 'p')) text[i] = 'm';
  }
  return text;
}

std::string to_utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

icu::UnicodeString from_utf8(std::string_view text) {
  return icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
}

// Drops apostrophes and soft-sign marks ("Zelens'kyy" -> "Zelenskyy"), squeezes spaces and
// capitalises every word.
std::string tidy(std::string_view text) {
  std::string out;
  bool word_start = true;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const char32_t c = utf8::decode(text, i);
    if (c == '\'' || c == 0x2019 || c == 0x02B9 || c == 0x02BC || c == 0x02BA || c == '"') {
      continue;
    }
    if (c == ' ') {
      if (!out.empty() && out.back() != ' ') out += ' ';
      word_start = true;
      continue;
    }
    const std::string piece(text.substr(start, i - start));
    out += word_start ? capitalise(piece) : piece;
    word_start = c == '-';
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool is_latin_text(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = utf8::decode(text, i);
    if (u_isalpha(static_cast<UChar32>(c))) return c < 0x0250 || (c >= 0x1E00 && c < 0x1F00);
  }
  return true;
}

// Pinyin syllables "xi jin ping" -> "Xi Jinping" for a person, "Beijing" otherwise.
std::string join_pinyin(std::string_view syllables, bool person) {
  std::vector<std::string> parts;
  std::istringstream in{std::string(syllables)};
  for (std::string s; in >> s;) parts.push_back(s);
  if (parts.empty()) return {};
  std::string out;
  if (person && parts.size() > 1) {
    out = capitalise(parts[0]) + " ";
    parts.erase(parts.begin());
  }
  for (std::size_t i = 0; i < parts.size(); ++i) out += i == 0 ? capitalise(parts[i]) : parts[i];
  return out;
}

}  // namespace

struct Romaniser::Impl {
  struct RuleSet {
    std::string language;
    std::string convention;
    std::string id;     // the file's stem
    std::string rules;  // its text, compiled on first need when a valid cache vouches for it
    std::unique_ptr<icu::Transliterator> transform;
  };
  std::vector<RuleSet> rule_sets;
  std::map<std::string, std::unique_ptr<icu::Transliterator>, std::less<>> builtin_cache;
  std::string fingerprint;  // ICU version and rule files: a cache made with others is stale
  std::string cache_path;
  std::unordered_map<std::string, std::vector<Romanisation>> cache;
  bool dirty = false;

  icu::Transliterator* builtin(const char* id) {
    auto it = builtin_cache.find(id);
    if (it == builtin_cache.end()) {
      UErrorCode status = U_ZERO_ERROR;
      std::unique_ptr<icu::Transliterator> t(
          icu::Transliterator::createInstance(id, UTRANS_FORWARD, status));
      if (U_FAILURE(status)) t.reset();
      it = builtin_cache.emplace(id, std::move(t)).first;
    }
    return it->second.get();
  }
};

Romaniser::Romaniser(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Romaniser::~Romaniser() = default;

namespace {

// Compiles one rule file; an error names the line ICU points at.
Result<std::unique_ptr<icu::Transliterator>> compile_rules(const std::string& id,
                                                           const std::string& rules,
                                                           const std::string& path) {
  UParseError where{};
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createFromRules(
      icu::UnicodeString::fromUTF8(id), from_utf8(rules), UTRANS_FORWARD, where, status));
  if (U_SUCCESS(status) && t) return t;
  // ICU reports the offending rule's text; find the line it sits on.
  const std::string context = to_utf8(icu::UnicodeString(where.preContext));
  int line = 0;
  if (!context.empty()) {
    if (const auto at = rules.find(context); at != std::string::npos) {
      line = 1 + static_cast<int>(std::count(rules.begin(), rules.begin() + at, '\n'));
    }
  }
  return Error{std::string("invalid transliteration rules (") + u_errorName(status) + ")", path,
               line};
}

}  // namespace

Result<std::unique_ptr<Romaniser>> Romaniser::create(const std::string& dir,
                                                     const std::string& cache) {
  auto impl = std::make_unique<Impl>();
  // Bump when the built-in transforms or the tidying change: older caches become stale.
  impl->fingerprint = "builtins-6,";
  std::error_code ec;
  std::vector<fs::path> files;
  if (fs::is_directory(dir, ec)) {
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      if (entry.path().extension() == ".txt") files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  // A file with a "# later" line comes after the others: where two conventions spell a name
  // alike, the one named first labels it ('Andrij' is German, though Czech writes it so too).
  struct File {
    fs::path path;
    std::string rules;
    bool later = false;
  };
  std::vector<File> read;
  for (const fs::path& path : files) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{"cannot read transliteration rules", path.string()};
    std::stringstream text;
    text << in.rdbuf();
    std::string rules = text.str();
    const bool later =
        rules.starts_with("# later\n") || rules.find("\n# later\n") != std::string::npos;
    read.push_back({path, std::move(rules), later});
  }
  std::stable_partition(read.begin(), read.end(), [](const File& f) { return !f.later; });
  std::vector<std::string> paths;
  for (File& file : read) {
    const fs::path& path = file.path;
    const std::string stem = path.stem().string();
    const auto dash = stem.find('-');
    if (dash == std::string::npos) {
      return Error{"a transliteration file is named <language>-<convention>.txt", path.string()};
    }
    std::string rules = std::move(file.rules);
    impl->fingerprint += std::to_string(std::hash<std::string>{}(rules)) + ",";
    // The label comes from a "# convention: French" line, else from the file name.
    std::string convention = stem.substr(dash + 1);
    if (const auto at = rules.find("# convention:"); at != std::string::npos) {
      const auto end = rules.find('\n', at);
      convention = rules.substr(at + 13, end - at - 13);
      convention.erase(0, convention.find_first_not_of(' '));
    }
    impl->rule_sets.push_back({stem.substr(0, dash), convention, stem, std::move(rules), nullptr});
    paths.push_back(path.string());
  }
  std::unique_ptr<Romaniser> romaniser(new Romaniser(std::move(impl)));
  const bool vouched = !cache.empty() && romaniser->read_cache(cache);
  if (!vouched) {
    for (std::size_t i = 0; i < paths.size(); ++i) {
      auto& set = romaniser->impl_->rule_sets[i];
      auto t = compile_rules(set.id, set.rules, paths[i]);
      if (!t) return t.error();
      set.transform = std::move(*t);
    }
  }
  return romaniser;
}

bool Romaniser::read_cache(const std::string& path) {
  impl_->cache_path = path;
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  const std::string fingerprint = std::string(U_ICU_VERSION) + ";" + impl_->fingerprint;
  std::string_view rest(text);
  const auto first = rest.find('\n');
  if (first == std::string_view::npos || rest.substr(0, first) != fingerprint) return false;
  rest.remove_prefix(first + 1);
  std::unordered_map<std::string, std::vector<Romanisation>> entries;
  while (!rest.empty()) {
    const auto end = rest.find('\n');
    const std::string_view line = rest.substr(0, end);
    rest.remove_prefix(end == std::string_view::npos ? rest.size() : end + 1);
    // key (language, person flag, native) <TAB> convention <TAB> text
    std::array<std::string_view, 5> fields;
    std::size_t n = 0, start = 0;
    for (; n < fields.size(); ++n) {
      const auto tab = line.find('\t', start);
      fields[n] =
          line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start);
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (n != 4) return false;  // not five fields: a damaged cache is no cache
    const std::size_t key_size = fields[0].size() + fields[1].size() + fields[2].size() + 2;
    auto& list = entries[std::string(line.substr(0, key_size))];
    if (!fields[3].empty()) list.push_back({std::string(fields[4]), std::string(fields[3])});
  }
  impl_->cache = std::move(entries);
  return true;
}

void Romaniser::save_cache() {
  if (!impl_->dirty || impl_->cache_path.empty()) return;
  std::string text = std::string(U_ICU_VERSION) + ';' + impl_->fingerprint + '\n';
  for (const auto& [key, list] : impl_->cache) {
    if (list.empty()) text += key + "\t\t\n";
    for (const auto& r : list) text += key + '\t' + r.convention + '\t' + r.text + '\n';
  }
  if (write_atomically(impl_->cache_path, text)) impl_->dirty = false;
}

std::vector<Romanisation> Romaniser::romanise(std::string_view language, std::string_view native,
                                              bool person) {
  std::string key =
      std::string(language) + '\t' + (person ? "1" : "0") + '\t' + std::string(native);
  if (auto it = impl_->cache.find(key); it != impl_->cache.end()) return it->second;
  auto out = compute(language, native, person);
  impl_->cache.emplace(std::move(key), out);
  impl_->dirty = true;
  return out;
}

std::vector<Romanisation> Romaniser::compute(std::string_view language, std::string_view native,
                                             bool person) {
  std::vector<Romanisation> out;
  if (is_latin_text(native)) {
    out.push_back({std::string(native), "native spelling"});
    const std::string ascii = tidy(fold_to_ascii(native));
    if (ascii != native) out.push_back({ascii, "ASCII-folded"});
    return out;
  }
  // In the transcription of a foreign name, 的 reads dì ('亚的斯亚贝巴' is "Yadisiyabeiba", Addis
  // Ababa), not the particle's de that ICU gives it.
  std::string source(native);
  if (language == "zh" && !person) {
    for (std::size_t at = source.find("\xE7\x9A\x84"); at != std::string::npos;
         at = source.find("\xE7\x9A\x84", at + 3)) {
      source.replace(at, 3, "\xE8\xBF\xAA");  // 迪, dí
    }
  }
  for (const Builtin& b : builtins(language)) {
    icu::Transliterator* t = impl_->builtin(b.id);
    if (!t) continue;
    icu::UnicodeString s = from_utf8(source);
    t->transliterate(s);
    std::string text = to_utf8(s);
    if (language == "zh") {
      // Each space-separated part of the native form is one name word.
      std::string joined;
      std::istringstream parts{source};
      std::vector<std::string> words;
      for (std::string w; parts >> w;) words.push_back(w);
      if (words.size() > 1) {
        for (const std::string& w : words) {
          icu::UnicodeString part = from_utf8(w);
          t->transliterate(part);
          joined += (joined.empty() ? "" : " ") + join_pinyin(to_utf8(part), false);
        }
        text = joined;
      } else {
        text = join_pinyin(text, person);
      }
    }
    if (language == "ko") text = korean_liquids(text);
    if (language == "ja") {
      text = tidy(fold_to_ascii(hepburn(text)));
      std::string older = hepburn_m(text);
      out.push_back({std::move(text), b.convention});
      if (older != out.back().text) out.push_back({std::move(older), "Hepburn with m"});
      continue;
    }
    // BGN/PCGN writes a dot between letters that would otherwise read as one sound ('S·em'
    // for Сэм, 'T·s' for тс); no newspaper does.
    for (std::size_t at; (at = text.find("\u00B7")) != std::string::npos;) text.erase(at, 2);
    out.push_back({tidy(fold_to_ascii(text)), b.convention});
  }
  const std::string lower = to_lower(native);
  for (auto& set : impl_->rule_sets) {
    if (set.language != language) continue;
    if (!set.transform) {
      // Compiled before, for the run that wrote the cache: it cannot fail unless the file
      // changed, and then the cache would not have been used.
      auto t = compile_rules(set.id, set.rules, set.id);
      if (!t) continue;
      set.transform = std::move(*t);
    }
    icu::UnicodeString s = from_utf8(lower);
    set.transform->transliterate(s);
    out.push_back({tidy(to_utf8(s)), set.convention});
  }
  return out;
}

}  // namespace mtlint
