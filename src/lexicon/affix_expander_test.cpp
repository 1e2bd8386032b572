#include "lexicon/affix_expander.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>

using namespace mtlint;

namespace {

struct TempDictionary {
  std::string base;
  TempDictionary(const std::string& name, const std::string& aff, const std::string& dic) {
    const auto dir = std::filesystem::temp_directory_path() /
                     ("mtlint_affix_test_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    base = (dir / name).string();
    std::ofstream(base + ".aff", std::ios::binary) << aff;
    std::ofstream(base + ".dic", std::ios::binary) << dic;
  }
};

// Every generated form with its merged bits.
std::map<std::string, std::uint16_t> expand(const TempDictionary& d) {
  std::map<std::string, std::uint16_t> out;
  const Status status =
      expand_dictionary(d.base + ".aff", d.base + ".dic",
                        [&](std::string_view f, std::uint16_t b) { out[std::string(f)] |= b; });
  REQUIRE_MESSAGE(status.ok(), (status.ok() ? "" : status.error().format()));
  return out;
}

// The standalone forms, space-separated in order.
std::string standalone(const std::map<std::string, std::uint16_t>& forms) {
  std::string out;
  for (const auto& [form, bits] : forms) {
    if ((bits & kFormStandalone) && !(bits & kFormForbidden))
      out += (out.empty() ? "" : " ") + form;
  }
  return out;
}

Error expand_error(const TempDictionary& d) {
  const Status status =
      expand_dictionary(d.base + ".aff", d.base + ".dic", [](std::string_view, std::uint16_t) {});
  REQUIRE_FALSE(status.ok());
  return status.error();
}

}  // namespace

TEST_CASE("affixes: strip, add, conditions and cross products") {
  const TempDictionary d("basic",
                         "SET UTF-8\n"
                         "PFX A Y 1\n"
                         "PFX A 0 re .\n"
                         "SFX B Y 2\n"
                         "SFX B y ies [^aeiou]y\n"
                         "SFX B 0 s [^y]\n"
                         "SFX N N 1\n"
                         "SFX N 0 ness .\n",
                         "3\ntry/AB\nplay/AB\ndark/AN\n");
  CHECK(standalone(expand(d)) == "dark darkness play redark replay retries retry tries try");
}

TEST_CASE("affixes: long flags, AF aliases, two-level suffixes and special flags") {
  const TempDictionary d("long",
                         "SET UTF-8\n"
                         "FLAG long\n"
                         "AF 2\n"
                         "AF S1P1 # drink\n"
                         "AF S2\n"
                         "NEEDAFFIX na\n"
                         "ONLYINCOMPOUND oc\n"
                         "FORBIDDENWORD fb\n"
                         "NOSUGGEST ns\n"
                         "KEEPCASE kc\n"
                         "SFX S1 Y 1\n"
                         "SFX S1 0 able/S3 .\n"
                         "SFX S3 Y 1\n"
                         "SFX S3 0 s .\n"
                         "SFX S2 Y 1\n"
                         "SFX S2 0 er .\n"
                         "SFX S4 Y 1\n"
                         "SFX S4 0 ish/naS3 .\n"
                         "PFX P1 Y 1\n"
                         "PFX P1 0 un .\n",
                         "7\ndrink/1\nwalk/2\npseudo/S2na\npart/oc\nbads/fb\nrude/ns\nblue/S4\n"
                         "iPod/kc\n");
  const auto forms = expand(d);
  CHECK(standalone(forms) ==
        "blue blueishs drink drinkable drinkables iPod pseudoer rude undrink undrinkable "
        "undrinkables walk walker");
  CHECK(forms.at("bads") == kFormForbidden);
  CHECK_FALSE(forms.contains("part"));  // only in compounds and no compound flag: useless
  CHECK((forms.at("rude") & kFormSuggest) == 0);
  CHECK((forms.at("drink") & kFormSuggest) != 0);
  CHECK((forms.at("iPod") & kFormKeepCase) != 0);
}

TEST_CASE("affixes: numeric and UTF-8 flags") {
  const TempDictionary num("num",
                           "FLAG num\nSET UTF-8\nSFX 101 Y 1\nSFX 101 0 s .\n"
                           "PFX 202 Y 1\nPFX 202 0 super .\n",
                           "1\ncat/101,202\n");
  CHECK(standalone(expand(num)) == "cat cats supercat supercats");
  const TempDictionary utf("utf",
                           "SET UTF-8\nFLAG UTF-8\nSFX Ä Y 1\nSFX Ä 0 en .\nSFX ß Y 1\n"
                           "SFX ß 0 chen .\n",
                           "1\nhaus/Äß\n");
  CHECK(standalone(expand(utf)) == "haus hauschen hausen");
}

TEST_CASE("affixes: circumfixes need both halves") {
  const TempDictionary d("circumfix",
                         "SET UTF-8\nCIRCUMFIX X\nPFX A Y 1\nPFX A 0 ge/X .\nSFX B Y 2\n"
                         "SFX B 0 t/X .\nSFX B 0 en .\n",
                         "1\nmach/AB\n");
  CHECK(standalone(expand(d)) == "gemacht mach machen");
}

TEST_CASE("affixes: compound flags and ISO8859-2 text") {
  const TempDictionary compound("compound",
                                "SET UTF-8\nCOMPOUNDBEGIN x\nCOMPOUNDEND z\nONLYINCOMPOUND o\n"
                                "SFX j Y 1\nSFX j 0 s/xo .\n",
                                "2\nStaat/j\nMinister/z\n");
  const auto forms = expand(compound);
  CHECK(forms.at("Staats") == (kFormCompoundBegin | kFormSuggest));
  CHECK((forms.at("Minister") & kFormCompoundEnd) != 0);
  CHECK((forms.at("Minister") & kFormStandalone) != 0);
  // "żółw" and the suffix "ia" written in ISO8859-2.
  const TempDictionary latin2("latin2", "SET ISO8859-2\nSFX a Y 1\nSFX a 0 \xB1 .\n",
                              "1\n\xBF\xF3\xB3w/a\n");
  CHECK(standalone(expand(latin2)) == "żółw żółwą");
}

TEST_CASE("affixes: malformed files are errors naming file and line") {
  SUBCASE("bad rule count") {
    const TempDictionary d("bad1", "SET UTF-8\nSFX A Y x\n", "1\nword\n");
    const Error e = expand_error(d);
    CHECK(e.path == d.base + ".aff");
    CHECK(e.line == 2);
  }
  SUBCASE("fewer rules than announced") {
    const TempDictionary d("bad2", "SET UTF-8\n\nSFX A Y 2\nSFX A 0 s .\n", "1\nword/A\n");
    const Error e = expand_error(d);
    CHECK(e.line == 3);
    CHECK(e.message.find("announces 2") != std::string::npos);
  }
  SUBCASE("unclosed condition") {
    const TempDictionary d("bad3", "SET UTF-8\nSFX A Y 1\nSFX A 0 s [^y\n", "1\nword/A\n");
    CHECK(expand_error(d).line == 3);
  }
  SUBCASE("short rule line") {
    const TempDictionary d("bad4", "SET UTF-8\nSFX A Y 1\nSFX A 0\n", "1\nword/A\n");
    CHECK(expand_error(d).line == 3);
  }
  SUBCASE("no word count") {
    const TempDictionary d("bad5", "SET UTF-8\n", "word\nother\n");
    const Error e = expand_error(d);
    CHECK(e.path == d.base + ".dic");
    CHECK(e.line == 1);
  }
  SUBCASE("undefined alias") {
    const TempDictionary d("bad6", "SET UTF-8\nAF 1\nAF A\nSFX A Y 1\nSFX A 0 s .\n",
                           "2\nword/1\nother/7\n");
    const Error e = expand_error(d);
    CHECK(e.path == d.base + ".dic");
    CHECK(e.line == 3);
  }
  SUBCASE("odd long flag") {
    const TempDictionary d("bad7", "SET UTF-8\nFLAG long\n", "1\nword/abc\n");
    CHECK(expand_error(d).line == 2);
  }
  SUBCASE("invalid UTF-8") {
    const TempDictionary d("bad8", "SET UTF-8\n", "1\nw\xFFrd\n");
    CHECK(expand_error(d).line == 2);
  }
  SUBCASE("missing file") {
    const Status status = expand_dictionary("/nonexistent/x.aff", "/nonexistent/x.dic",
                                            [](std::string_view, std::uint16_t) {});
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().path == "/nonexistent/x.aff");
  }
}
