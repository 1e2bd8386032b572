// Prefilters must never skip text in which a regex matches: checked on the shipped rules, the
// corpus and random text, always against the same scan with prefilters off.
#include "rules/prefilter.h"

#include <doctest/doctest.h>
#include <unicode/uchar.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <thread>

#include "core/utf8.h"
#include "rules/examples.h"
#include "rules/loader.h"
#include "rules/prefilter_memo.h"
#include "rules/probe_index.h"
#include "rules/regex.h"
#include "rules/scope.h"
#include "rules/shipped_regexes_test.h"

using namespace mtlint;

namespace {

// The probes' cores; a folded one (looked for in the text with ASCII letters lowered) ends in
// "/i".
std::vector<std::string> cores(std::string_view source, bool case_insensitive = false) {
  std::vector<std::string> out;
  const Prefilter prefilter = Prefilter::derive(source, case_insensitive);
  for (const Probe& p : prefilter.probes()) {
    out.push_back(p.folded ? p.core + "/i" : p.core);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Turns prefilters off for one scope.
struct PrefiltersOff {
  PrefiltersOff() { Regex::set_prefilters_enabled(false); }
  ~PrefiltersOff() { Regex::set_prefilters_enabled(true); }
};

struct ShippedRegex {
  std::string file;
  std::shared_ptr<const Regex> regex;
};

// Every regex of the shipped rule files, as written and, for boilerplate lines, as run.
std::vector<ShippedRegex> shipped_regexes() {
  std::vector<ShippedRegex> out;
  for (const auto& shipped : testing::shipped_sources()) {
    std::vector<std::string> forms{shipped.source};
    if (shipped.boilerplate) forms.push_back("^(?:" + shipped.source + ")$");
    for (const std::string& form : forms) {
      auto regex = Regex::compile(form, shipped.case_insensitive, nullptr);
      REQUIRE_MESSAGE(regex.ok(), form);
      out.push_back({shipped.file, *regex});
    }
    if (shipped.boilerplate) {  // as the rule runs it: anchored, with the whole-region filter
      auto regex = Regex::compile(shipped.source, shipped.case_insensitive, nullptr);
      REQUIRE_MESSAGE(regex.ok(), shipped.source);
      out.push_back({shipped.file, Regex::anchored(**regex)});
    }
  }
  return out;
}

std::vector<std::string> corpus_texts() {
  std::vector<std::string> out;
  for (const char* part : {"/corpus/dev", "/corpus/test"}) {
    const std::string dir = std::string(MTLINT_SOURCE_DATA_DIR) + part;
    if (!std::filesystem::is_directory(dir)) continue;
    for (const auto& file : std::filesystem::directory_iterator(dir)) {
      if (file.path().extension() != ".txt") continue;
      std::ifstream in(file.path(), std::ios::binary);
      out.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
  }
  return out;
}

// Every match of the regex in every unit, as "begin-end" of each group.
std::string all_matches(const Regex& regex, std::string_view text, const std::vector<Span>& units) {
  std::string out;
  const Subject subject(text);
  for (const Span unit : regex.candidates(text, units)) {
    regex.scan(subject, unit, [&](const std::vector<Span>& groups) {
      for (const Span g : groups)
        out += std::to_string(g.begin) + "-" + std::to_string(g.end) + " ";
      out += "\n";
      return true;
    });
  }
  return out;
}

// The same matches with and without prefilters, on lines, paragraphs and the whole text.
void compare(const std::vector<ShippedRegex>& regexes, const std::string& text,
             std::size_t& matched) {
  std::vector<std::vector<Span>> unit_sets{line_spans(text), {Span{0, text.size()}}};
  for (const ShippedRegex& r : regexes) {
    for (const auto& units : unit_sets) {
      const std::string filtered = all_matches(*r.regex, text, units);
      std::string unfiltered;
      {
        PrefiltersOff off;
        unfiltered = all_matches(*r.regex, text, units);
      }
      if (!unfiltered.empty()) ++matched;
      CHECK_MESSAGE(filtered == unfiltered, r.file << ": " << r.regex->source());
    }
  }
}

}  // namespace

TEST_CASE("prefilter: probes come from the bytes every match needs") {
  CHECK(cores("„") == std::vector<std::string>{"„"});
  CHECK(cores("[¿¡]") == std::vector<std::string>{"¡", "¿"});
  const auto doubled = Prefilter::derive("(?<=\\S)  (?=\\S)", false);
  CHECK(doubled.probes().size() == 1);
  CHECK(doubled.passes("a  b", Span{0, 4}));
  CHECK_FALSE(doubled.passes("a b c", Span{0, 5}));
  CHECK(cores("——|[，。]") == std::vector<std::string>{"——", "。", "，"});
  // A decimal comma: the comma, between digits (or non-ASCII digits).
  const auto decimal = Prefilter::derive("(?<![\\d,.])(\\d+),(\\d{1,2})", false);
  REQUIRE(decimal.probes().size() == 1);
  CHECK(decimal.probes()[0].core == ",");
  CHECK(decimal.probes()[0].before['7']);
  CHECK_FALSE(decimal.probes()[0].before['s']);
  CHECK(decimal.probes()[0].after['2']);
  CHECK(decimal.passes("3,5 million", Span{0, 11}));
  CHECK_FALSE(decimal.passes("Paris, France, 3", Span{0, 16}));
  CHECK_FALSE(decimal.passes("3,5", Span{1, 3}));  // the digit before lies outside the region
  // Optional pieces, alternations with a branch that needs nothing, bare classes: no probes.
  CHECK(cores("a?b?").empty());
  CHECK(cores("x|\\p{L}+").empty());
  CHECK(cores("[\\p{L}\\p{N}]+").empty());
  // Repetitions join the literal run before them: ".[ ]+." needs ". " or " ." .
  CHECK_FALSE(Prefilter::derive("\\.[ \\u00A0]+\\.", false).empty());
  // Syntax the analysis does not follow gives no probes at all.
  CHECK(cores("\\Q„\\E").empty());
  CHECK(cores("[[a]„]").empty());
  CHECK(cores("a(?#note)*b").empty());     // the * repeats 'a' (found by the fuzz target)
  CHECK(cores("\\ud83d\\ude00").empty());  // one character in ICU, written as two halves
  // Case-insensitive: letters are looked for in lower case in the text with ASCII letters lowered.
  CHECK(cores("Kelvin", true) == std::vector<std::string>{"kelvin/i"});
  CHECK(cores("tags:", true) == std::vector<std::string>{"tags:/i"});
  const auto kelvin = Prefilter::derive("Kelvin", true);
  for (const std::string_view yes : {"kelvin", "KELVIN", "a KeLvIn b"}) {
    CHECK(kelvin.passes(yes, Span{0, yes.size()}));
  }
  CHECK_FALSE(kelvin.passes("kelvim", Span{0, 6}));
  CHECK_FALSE(kelvin.passes("Kelvi", Span{0, 5}));
  // The characters whose case folding holds ASCII letters pass a folded probe: 'K' the Kelvin
  // sign, 'ß' "ss", 'ſ' 's', 'ﬁ' "fi", 'İ' "i̇".
  CHECK(kelvin.passes("\u212Aelvin", Span{0, 8}));
  CHECK(Prefilter::derive("strasse", true).passes("STRAẞE", Span{0, 8}));
  CHECK(Prefilter::derive("strasse", true).passes("straße", Span{0, 7}));
  CHECK(Prefilter::derive("sofia", true).passes("ſoﬁa", Span{0, 7}));
  CHECK(Prefilter::derive("istanbul", true).passes("İstanbul", Span{0, 9}));
  // ... only inside the region: a 'ß' elsewhere in the text does not pass it.
  CHECK_FALSE(Prefilter::derive("strasse", true).passes("strase ß", Span{0, 6}));
  // Characters without case match only themselves: they give probes as they are.
  CHECK(cores("(?:copyright )?©.{0,60}", true) == std::vector<std::string>{"©/i"});
  CHECK(cores("photo\\s*[:：]", true) == std::vector<std::string>{"photo/i"});
  CHECK(cores("照片\\s*[:：]", true) == std::vector<std::string>{"照片/i"});
  // Other letters are folded too, when their folding is one character.
  CHECK(cores("Publicité", true) == std::vector<std::string>{"publicité/i"});
  CHECK(Prefilter::derive("Publicité", true).passes("PUBLICITÉ", Span{0, 10}));
  CHECK(Prefilter::derive("Реклама", true).passes("РЕКЛАМА!", Span{0, 15}));
  CHECK_FALSE(Prefilter::derive("Реклама", true).passes("Новости", Span{0, 14}));
  // 'ß' folds to "ss": its place is unsure in the folded text, and it gives no probe.
  CHECK(cores("Straße", true) == std::vector<std::string>{"stra/i"});
  CHECK(Prefilter::derive("Strasse", true).passes("STRAßE", Span{0, 7}));
  CHECK(cores("\u0307", true).empty());  // a mark: part of the folding of 'İ'
  // Other non-ASCII letters never match ASCII ones.
  CHECK_FALSE(Prefilter::derive("strasse", true).passes("Strässe", Span{0, 8}));
  // ... and non-ASCII letters match ASCII ones ('ſ' is 's', found by the fuzz target).
  const auto long_s = Prefilter::derive("ſ:", true);
  CHECK_FALSE(long_s.empty());
  CHECK(long_s.passes("s:", Span{0, 2}));
  CHECK(long_s.passes("ſ:", Span{0, 3}));
  CHECK_FALSE(long_s.passes("1:", Span{0, 2}));
  // Case flags inside the pattern count, to the end of their group; a probe with a folded part
  // is folded whole.
  CHECK(cores("(?i)kelvin") == std::vector<std::string>{"kelvin/i"});
  CHECK(cores("(?i:kelvin)") == std::vector<std::string>{"kelvin/i"});
  CHECK(cores("(?-i:Kel)", true) == std::vector<std::string>{"Ke"});
  for (const char* source : {"(?i:kel)VIN", "((?i)kel)VIN"}) {
    const Prefilter mixed = Prefilter::derive(source, false);
    CHECK_FALSE(mixed.empty());
    CHECK(mixed.passes("KELVIN", Span{0, 6}));
    CHECK(mixed.passes("kElVIN", Span{0, 6}));
    CHECK_FALSE(mixed.passes("kelvin", Span{0, 6}));
  }
  CHECK(cores("(?x)k").empty());  // free spacing: no probes at all
}

TEST_CASE("prefilter: a whole-region match needs a possible first and last byte") {
  auto whole = [](std::string_view source, bool ci, std::string_view text) {
    return Prefilter::derive(source, ci).may_match_whole(text, Span{0, text.size()});
  };
  CHECK(whole("share(?: this)?[!.]?", true, "Share this"));
  CHECK(whole("share(?: this)?[!.]?", true, "SHARE!"));
  CHECK_FALSE(whole("share(?: this)?[!.]?", true, "Tags: share"));
  CHECK_FALSE(whole("share(?: this)?[!.]?", true, "share this:"));
  CHECK(whole("share(?: this)?", true, "share this:\n"));  // $ matches before a final break
  CHECK_FALSE(whole("share(?: this)?", true, "; share\n"));
  CHECK_FALSE(whole("share", false, "Share"));  // case matters when it is on
  CHECK(whole("(?i)share", false, "Share"));
  CHECK(whole("(?:the )?news", true, "News"));  // an optional start
  CHECK(whole("ss", true, "\u00DF"));           // 'ß' folds to "ss"
  CHECK(whole("(?:a)?", false, "xyz"));         // may match nothing: no judgement
  CHECK(whole("(?x) a", false, "b"));           // not understood: no judgement
  // No longer than any match can be (with room for case folding: "ß" matches "ss").
  CHECK(whole("share", true, "SHARE"));
  CHECK(whole("stra(?:ss|ß)e", true, "STRASSE"));
  CHECK_FALSE(whole("share", true, "s" + std::string(100, 'x') + "e"));
  CHECK(whole("s.*e", true, "s" + std::string(100, 'x') + "e"));      // unbounded
  CHECK(whole("(s)x\\1", false, "s" + std::string(100, 'x') + "s"));  // a back reference
  CHECK(whole("s\\X", false, "s" + std::string(100, 'x')));           // a grapheme cluster
  CHECK(whole("[【\\[]print", true, "【Print"));
  CHECK_FALSE(whole("[【\\[]print", true, "(Print"));
}

TEST_CASE("prefilter: a match anchored with ^ needs a region that begins as one can") {
  auto may_start = [](std::string_view source, std::string_view text) {
    return Prefilter::derive(source, false).may_start(text, Span{0, text.size()});
  };
  CHECK_FALSE(may_start("^[ \\t]*(\\p{Ll}+)", "The start"));
  CHECK(may_start("^[ \\t]*(\\p{Ll}+)", "the start"));
  CHECK(may_start("^[ \\t]*(\\p{Ll}+)", " the start"));
  CHECK(may_start("^[ \\t]*(\\p{Ll}+)", "élan"));  // any non-ASCII byte may begin a letter
  CHECK_FALSE(may_start("(?:^a|^b)", "c"));
  CHECK_FALSE(may_start("x*^b", "c"));  // x* matched nothing before ^
  CHECK(may_start("^a|b", "b"));        // not every branch is anchored
  CHECK(may_start("(?m)^a", "x\na"));   // multi-line: ^ after each line break
  CHECK(may_start("(?:^)?a", "xa"));    // an optional anchor
  CHECK(may_start("(?=^)a", "xa"));     // inside a lookahead: not judged
  CHECK(may_start("^a?", "x"));         // may match nothing
  CHECK(Prefilter::derive("^a", false).may_start("xa", Span{1, 2}));  // the region's own start
  CHECK_FALSE(Prefilter::derive("^a", false).may_start("ax", Span{1, 2}));
}

TEST_CASE("prefilter: filter keeps the units that hold a whole probe") {
  const Prefilter p = Prefilter::derive("«", false);
  const std::string text = "one\n«two»\nthree «\n";
  const std::vector<Span> lines = line_spans(text);
  const std::vector<Span> kept = p.filter(text, lines);
  REQUIRE(kept.size() == 2);
  CHECK(kept[0] == lines[1]);
  CHECK(kept[1] == lines[2]);
  CHECK(Prefilter().filter(text, lines) == lines);
  // The scan looks for the core's rarest byte, not its first: the core must still lie whole
  // inside the region.
  const Prefilter quote = Prefilter::derive("a ”", false);
  const std::string q = "xa ”y";
  CHECK(quote.passes(q, Span{0, q.size()}));
  CHECK(quote.passes(q, Span{1, 6}));
  CHECK_FALSE(quote.passes(q, Span{2, q.size()}));
  CHECK_FALSE(quote.passes(q, Span{0, 5}));
}

TEST_CASE("regex: syntax is checked without building property sets") {
  CHECK(without_property_sets("\\p{L}+[\\p{Lu}x]") == "[\\x{01}]+[[\\x{01}]x]");
  CHECK(without_property_sets("\\P{Ll}") == "[\\x{01}]");
  // Escaped backslashes, other properties and set ranges or operations stay as written.
  CHECK(without_property_sets("\\\\p{L}") == "\\\\p{L}");
  CHECK(without_property_sets("\\p{Script=Latin}") == "\\p{Script=Latin}");
  CHECK(without_property_sets("[a-\\p{L}]") == "[a-\\p{L}]");
  CHECK(without_property_sets("[\\p{L}&&\\p{Lu}]") == "[\\p{L}&&\\p{Lu}]");
  CHECK(without_property_sets("\\p{Nonsense}") == "\\p{Nonsense}");
  // A bad property is still an error, and errors still point into the pattern as written.
  int offset = -1;
  auto bad = Regex::compile("(\\p{L}\\p{Nonsense})", false, &offset);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().message.find("U_REGEX_PROPERTY_SYNTAX") != std::string::npos);
  auto paren = Regex::compile("\\p{L}+(x", false, &offset);
  REQUIRE_FALSE(paren.ok());
  CHECK(offset == 8);
  CHECK(paren.error().message ==
        "bad regular expression '\\p{L}+(x': U_REGEX_MISMATCHED_PAREN at offset 8 of the pattern");
  // The pattern built later behaves as written.
  auto good = Regex::compile("(\\p{Lu})(\\p{Ll}+)", false, nullptr);
  REQUIRE(good.ok());
  CHECK((*good)->groups() == 2);
  CHECK((*good)->search("Éric", Span{0, 5}));
  CHECK_FALSE((*good)->search("xx", Span{0, 2}));
}

TEST_CASE("regex: byte offsets survive the UTF-16 conversion") {
  auto regex = Regex::compile("(«)\\s*(\\p{L}+)", false, nullptr);
  REQUIRE(regex.ok());
  const std::string text = "𝒳 ü « Grüße »";
  std::vector<Span> groups;
  (*regex)->scan(text, Span{0, text.size()}, [&](const std::vector<Span>& g) {
    groups = g;
    return false;
  });
  REQUIRE(groups.size() == 3);
  CHECK(text.substr(groups[1].begin, groups[1].size()) == "«");
  CHECK(text.substr(groups[2].begin, groups[2].size()) == "Grüße");
  // Lookbehinds see past the region.
  auto behind = Regex::compile("(?<=x)y", false, nullptr);
  REQUIRE(behind.ok());
  CHECK((*behind)->search("xy", Span{1, 2}));
}

TEST_CASE("prefilter: every shipped regex finds the same matches with and without it") {
  const auto regexes = shipped_regexes();
  REQUIRE(regexes.size() > 40);
  std::size_t matched = 0;
  const auto texts = corpus_texts();
  REQUIRE_FALSE(texts.empty());
  for (const std::string& text : texts) compare(regexes, text, matched);
  CHECK(matched > 20);  // the comparison saw real matches, not only empty results

  // Random text from the characters the shipped regexes care about.
  const std::vector<std::string> alphabet = {
      "a",   "e",   "s",    "h",   "M",  "T",   "é",   "Д",      "1",      "2",  "0",      ",",
      ".",   ":",   ";",    "!",   "?",  "%",   "(",   ")",      "-",      "–",  "—",      "_",
      "|",   "\\",  "\"",   "'",   "’",  "“",   "”",   "„",      "«",      "»",  "‹",      "›",
      "¿",   "¡",   "，",   "。",  " ",  " ",   " ",   "\u00A0", "\u202F", "\t", "\n",     "\n\n",
      "Mme", "mln", "tys.", "the", "At", "at ", "21h", "Share",  "Tags",   "©",  "cookies"};
  std::mt19937 random(20261129);
  std::size_t random_matched = 0;
  for (int n = 0; n < 300; ++n) {
    std::string text;
    const int length = static_cast<int>(random() % 40);
    for (int i = 0; i < length; ++i) text += alphabet[random() % alphabet.size()];
    compare(regexes, text, random_matched);
  }
  CHECK(random_matched > 20);
}

TEST_CASE("prefilter: characters that fold to other characters are never skipped") {
  // The shipped rules' examples, with letters swapped for characters that match them without
  // regard to case: 'ß' for "ss", 'ſ' for 's', the Kelvin sign for 'k', 'ﬁ' for "fi", 'İ' for 'i'.
  auto replace_all = [](std::string text, std::string_view from, std::string_view to) {
    for (std::size_t at = text.find(from); at != std::string::npos;
         at = text.find(from, at + to.size())) {
      text.replace(at, from.size(), to);
    }
    return text;
  };
  std::string text;
  const std::string dir = std::string(MTLINT_SOURCE_DATA_DIR) + "/rules";
  for (const auto& pack : std::filesystem::directory_iterator(dir)) {
    for (const auto& file : std::filesystem::directory_iterator(pack.path())) {
      auto table = parse_toml_file(file.path().string());
      REQUIRE(table.ok());
      const toml::array* examples = table->get_as<toml::array>("examples");
      if (!examples) continue;
      for (const toml::node& example : *examples) {
        const toml::table* t = example.as_table();
        if (!t || !t->get("text")) continue;
        std::string line = t->get("text")->value_or<std::string>("");
        if (!line.empty() && line.back() != '\n') line += '\n';
        for (const auto& [from, to] :
             std::vector<std::pair<std::string_view, std::string_view>>{{"ss", "ß"},
                                                                        {"s", "ſ"},
                                                                        {"S", "ſ"},
                                                                        {"k", "\u212A"},
                                                                        {"K", "\u212A"},
                                                                        {"fi", "ﬁ"},
                                                                        {"i", "İ"},
                                                                        {"st", "ﬆ"}}) {
          const std::string swapped = replace_all(line, from, to);
          if (swapped != line) text += swapped;
        }
      }
    }
  }
  REQUIRE(text.size() > 1000);
  std::size_t matched = 0;
  compare(shipped_regexes(), text, matched);
  CHECK(matched > 20);
}

TEST_CASE("prefilter: the folded text holds the folding of whatever a letter matches") {
  // Every character with case, one per line; then each as a case-insensitive regex: wherever ICU
  // finds it, the folded text holds its folding, or the character there is marked unsure.
  std::vector<char32_t> cased;
  for (char32_t c = 1; c <= 0x10FFFF; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    if (u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_CASE_SENSITIVE)) cased.push_back(c);
  }
  REQUIRE(cased.size() > 2000);
  std::string text;
  for (const char32_t c : cased) {
    utf8::append(text, c);
    text += '\n';
  }
  const ProbeText probe_text(text);
  PrefiltersOff off;
  std::size_t checked = 0, unsure = 0;
  for (const char32_t c : cased) {
    if ((U_GET_GC_MASK(static_cast<UChar32>(c)) & U_GC_M_MASK) || single_case_fold(c) == 0) {
      continue;
    }
    std::string folding;
    utf8::append(folding, single_case_fold(c));
    char hex[16];
    std::snprintf(hex, sizeof hex, "\\x{%X}", static_cast<unsigned>(c));
    auto regex = Regex::compile(hex, true, nullptr);
    REQUIRE(regex.ok());
    (*regex)->scan(text, Span{0, text.size()}, [&](const std::vector<Span>& groups) {
      const Span m = groups[0];
      const bool in_place = probe_text.folded().substr(m.begin, m.size()) == folding;
      CHECK_MESSAGE((in_place || probe_text.unsure(m)), hex << " at " << m.begin);
      ++checked;
      unsure += in_place ? 0 : 1;
      return true;
    });
  }
  CHECK(checked > 4000);
  CHECK(unsure > 10);  // the Kelvin sign, 'ſ', ...
}

TEST_CASE("probe index: tells for every line what each prefilter would tell on its own") {
  std::vector<std::shared_ptr<const Regex>> regexes;
  for (const auto& shipped : testing::shipped_sources()) {
    auto regex = Regex::compile(shipped.source, shipped.case_insensitive, nullptr);
    REQUIRE(regex.ok());
    regexes.push_back(*regex);
  }
  std::vector<const Prefilter*> prefilters;
  for (const auto& r : regexes) prefilters.push_back(&r->prefilter());
  const ProbeIndex index(prefilters);
  std::vector<std::string> texts = corpus_texts();
  texts.push_back("STRAẞE \u212Aelvin ſhare ﬁle İstanbul\nShare this article\nTags: x, y\n© AFP\n");
  std::size_t passed = 0, lines = 0;
  std::vector<char> out;
  for (const std::string& text : texts) {
    const ProbeText probe_text(text);
    for (const Span line : line_spans(text)) {
      index.passes(probe_text, line, out);
      REQUIRE(out.size() == prefilters.size());
      for (std::size_t i = 0; i < prefilters.size(); ++i) {
        const bool alone = prefilters[i]->passes(probe_text, line);
        CHECK_MESSAGE(static_cast<bool>(out[i]) == alone, regexes[i]->source());
        passed += alone ? 1 : 0;
      }
      ++lines;
    }
  }
  CHECK(lines > 1000);
  CHECK(passed > 1000);
}

TEST_CASE("prefilter: the shipped rules report the same findings with and without it") {
  auto rules = load_rule_dir(std::string(MTLINT_SOURCE_DATA_DIR) + "/rules");
  REQUIRE(rules.ok());
  auto lexicon = Lexicon::create(LexiconOptions{});
  REQUIRE(lexicon.ok());
  auto segmenter = Segmenter::create();
  REQUIRE(segmenter.ok());
  std::size_t findings = 0;
  for (const std::string& text : corpus_texts()) {
    for (const auto& rule : *rules) {
      const std::string& kind = rule->info().kind;
      if (kind != "pattern" && kind != "boilerplate") continue;
      const auto filtered = run_rule(*rule, **lexicon, **segmenter, text);
      std::vector<Diagnostic> unfiltered;
      {
        PrefiltersOff off;
        unfiltered = run_rule(*rule, **lexicon, **segmenter, text);
      }
      findings += unfiltered.size();
      CHECK_MESSAGE(filtered == unfiltered, rule->info().id);
    }
  }
  CHECK(findings > 20);
}

TEST_CASE("rule rewrites for speed match exactly the same characters as before") {
  const std::string text = testing::every_code_point();
  auto matches = [&](const std::string& source, bool case_insensitive) {
    auto regex = Regex::compile(source, case_insensitive, nullptr);
    REQUIRE(regex.ok());
    std::vector<Span> out;
    (*regex)->scan(text, Span{0, text.size()}, [&](const std::vector<Span>& groups) {
      out.push_back(groups[0]);
      return true;
    });
    return out;
  };
  // Boilerplate rules: [\s\p{Zs}] is \s.
  for (const bool ci : {false, true}) {
    const auto spaces = matches("\\s", ci);
    CHECK(spaces.size() > 20);
    CHECK(matches("[\\s\\p{Zs}]", ci) == spaces);
  }
}

TEST_CASE("mt.lowercase-sentence-start: two patterns find what the one with a lookbehind found") {
  const std::string rest = "((\\p{Ll}+)([ \\t]+[\\p{L}\\p{N}][\\p{L}\\p{N}’\\x{27}-]*))";
  auto one = Regex::compile("(?:^[ \\t]*|(?<=[.!?][”\"’»)]{0,2}[ \\t]))" + rest, false, nullptr);
  auto start = Regex::compile("^[ \\t]*" + rest, false, nullptr);
  auto after = Regex::compile("[.!?][”\"’»)]{0,2}[ \\t]" + rest, false, nullptr);
  REQUIRE((one.ok() && start.ok() && after.ok()));
  std::vector<std::string> texts = corpus_texts();
  std::mt19937 random(7);
  const std::vector<std::string> alphabet = {"a", "b", "É", "é", "1",  ".", "!", "?",  "”",  "\"",
                                             "’", "»", ")", " ", "\t", "'", "-", "\n", "the"};
  for (int n = 0; n < 2000; ++n) {
    std::string text;
    const int length = static_cast<int>(random() % 30);
    for (int i = 0; i < length; ++i) text += alphabet[random() % alphabet.size()];
    texts.push_back(text);
  }
  std::size_t found = 0;
  for (const std::string& text : texts) {
    auto groups = [&](const std::vector<const Regex*>& regexes) {
      std::vector<std::vector<Span>> out;
      for (const Span line : line_spans(text)) {
        for (const Regex* r : regexes) {
          r->scan(text, line, [&](const std::vector<Span>& g) {
            out.emplace_back(g.begin() + 1, g.end());
            return true;
          });
        }
      }
      std::sort(out.begin(), out.end());
      return out;
    };
    const auto before = groups({one->get()});
    found += before.size();
    CHECK(before == groups({start->get(), after->get()}));
  }
  CHECK(found > 50);
}

TEST_CASE("prefilter memo: a cache file gives back the prefilters written to it, or nothing") {
  PrefilterMemo written;
  std::vector<std::pair<testing::ShippedSource, Prefilter>> derived;
  for (const auto& shipped : testing::shipped_sources()) {
    const Prefilter p = Prefilter::derive(shipped.source, shipped.case_insensitive);
    written.add(shipped.source, shipped.case_insensitive, p);
    derived.emplace_back(shipped, p);
  }
  REQUIRE(derived.size() > 100);
  const auto dir = std::filesystem::temp_directory_path() /
                   ("mtlint-prefilter-memo-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string path = (dir / PrefilterMemo::file_name(42)).string();
  REQUIRE(written.write_file(path, 42));

  PrefilterMemo read;
  REQUIRE(read.read_file(path, 42));
  CHECK(read.size() == written.size());
  for (const auto& [shipped, p] : derived) {
    Prefilter back;
    REQUIRE(read.find(shipped.source, shipped.case_insensitive, back));
    CHECK_MESSAGE(back == p, shipped.source);
  }
  Prefilter none;
  CHECK_FALSE(read.find("not a shipped regex", false, none));

  // Another build's file, a damaged one, a cut one: nothing is read.
  PrefilterMemo other;
  CHECK_FALSE(other.read_file(path, 43));
  std::string bytes;
  {
    std::ifstream in(path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  auto write = [&](const std::string& content) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << content;
  };
  for (const std::size_t at :
       {std::size_t{0}, std::size_t{9}, bytes.size() / 2, bytes.size() - 1}) {
    std::string damaged = bytes;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x20);
    write(damaged);
    PrefilterMemo memo;
    CHECK_FALSE(memo.read_file(path, 42));
    CHECK(memo.size() == 0);
  }
  for (std::size_t cut = 0; cut < bytes.size(); cut += 1 + cut / 3) {
    write(bytes.substr(0, cut));
    PrefilterMemo memo;
    CHECK_FALSE(memo.read_file(path, 42));
  }
  write("");
  CHECK_FALSE(PrefilterMemo().read_file(path, 42));
  CHECK_FALSE(PrefilterMemo().read_file((dir / "missing.bin").string(), 42));

  // load() reads this build's file under a cache folder, save() writes it.
  std::filesystem::remove_all(dir);
  PrefilterMemo& memo = PrefilterMemo::instance();
  memo.clear();
  (void)Prefilter::derive("[Ss]ee also", false);
  memo.load(dir.string());
  memo.save();
  const auto file = dir / PrefilterMemo::file_name(PrefilterMemo::build_stamp());
  CHECK(std::filesystem::exists(file));
  PrefilterMemo again;
  CHECK(again.read_file(file.string(), PrefilterMemo::build_stamp()));
  CHECK(again.find("[Ss]ee also", false, none));
  memo.clear();
  std::filesystem::remove_all(dir);
}

TEST_CASE("prefilter memo: writers of one process saving at once leave a whole file") {
  PrefilterMemo memo;
  for (const auto& shipped : testing::shipped_sources()) {
    memo.add(shipped.source, shipped.case_insensitive,
             Prefilter::derive(shipped.source, shipped.case_insensitive));
  }
  const auto dir = std::filesystem::temp_directory_path() /
                   ("mtlint-prefilter-writers-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string path = (dir / PrefilterMemo::file_name(7)).string();
  std::vector<std::thread> writers;
  std::atomic<int> failed{0};
  for (int t = 0; t < 4; ++t) {
    writers.emplace_back([&] {
      for (int k = 0; k < 10; ++k) {
        if (!memo.write_file(path, 7)) ++failed;
      }
    });
  }
  for (auto& w : writers) w.join();
  CHECK(failed == 0);
  PrefilterMemo read;
  CHECK(read.read_file(path, 7));
  CHECK(read.size() == memo.size());
  std::filesystem::remove_all(dir);
}
