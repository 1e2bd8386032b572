// Golden CLI cases and bad-input cases, run in-process through run_cli.
//
// A golden case is a folder tests/golden/<area>/<case>/ with:
//   args           one argument per line (run with the case folder as working directory)
//   stdin          optional standard input
//   expected.out   exact standard output
//   expected.err   exact standard error
//   expected.code  exit code
// MTLINT_UPDATE_GOLDEN=1 rewrites the expected files from the actual output.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include "cli/cli.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

namespace fs = std::filesystem;
using mtlint::Io;
using mtlint::run_cli;

namespace {

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void write_file(const fs::path& path, const std::string& content) {
  std::ofstream(path, std::ios::binary) << content;
}

struct Run {
  int code;
  std::string out;
  std::string err;
};

Run run(const std::vector<std::string>& args, const std::string& input = "") {
  std::istringstream in(input);
  std::ostringstream out, err;
  Io io{in, out, err, false};
  const int code = run_cli(args, io);
  return Run{code, out.str(), err.str()};
}

// Runs in a scratch directory and restores the working directory afterwards.
struct ScratchDir {
  fs::path old = fs::current_path();
  fs::path dir;
  ScratchDir() {
    dir = fs::temp_directory_path() / ("mtlint_cli_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    fs::current_path(dir);
  }
  ~ScratchDir() {
    fs::current_path(old);
    fs::remove_all(dir);
  }
};

}  // namespace

TEST_CASE("golden CLI cases") {
  const bool update = std::getenv("MTLINT_UPDATE_GOLDEN") != nullptr;
  std::vector<fs::path> cases;
  for (const auto& area : fs::directory_iterator(MTLINT_GOLDEN_DIR)) {
    if (!area.is_directory()) continue;
    for (const auto& c : fs::directory_iterator(area.path())) {
      if (fs::exists(c.path() / "args")) cases.push_back(c.path());
    }
  }
  std::sort(cases.begin(), cases.end());
  REQUIRE_FALSE(cases.empty());
  const fs::path old = fs::current_path();
  for (const fs::path& dir : cases) {
    CAPTURE(dir.string());
    std::vector<std::string> args;
    std::istringstream lines(read_file(dir / "args"));
    for (std::string line; std::getline(lines, line);) {
      if (!line.empty()) args.push_back(line);
    }
    fs::current_path(dir);
    const Run r = run(args, fs::exists(dir / "stdin") ? read_file(dir / "stdin") : "");
    fs::current_path(old);
    if (update) {
      write_file(dir / "expected.out", r.out);
      write_file(dir / "expected.err", r.err);
      write_file(dir / "expected.code", std::to_string(r.code) + "\n");
      continue;
    }
    CHECK(r.out == read_file(dir / "expected.out"));
    CHECK(r.err == read_file(dir / "expected.err"));
    CHECK(std::to_string(r.code) + "\n" == read_file(dir / "expected.code"));
  }
}

TEST_CASE("bad input: invalid UTF-8 on stdin names line and column, exit 2") {
  const Run r = run({"check", "-"}, "caf\xe9\n");
  CHECK(r.code == 2);
  CHECK(r.err ==
        "<stdin>:1:4: error: invalid UTF-8 (byte 0xE9); convert the file to UTF-8 first\n"
        "no findings in 0 files (1 file could not be checked)\n");
}

TEST_CASE("bad input: missing file, empty file, binary file, huge line; the rest still run") {
  ScratchDir scratch;
  write_file("empty.txt", "");
  write_file("binary.txt", std::string("PK\x03\x04\0\0data", 10));
  write_file("good.txt", "The goverment met.\n");
  std::string huge(5 * 1024 * 1024, 'a');
  for (std::size_t i = 7; i < huge.size(); i += 8) huge[i] = ' ';
  write_file("huge.txt", huge);

  const Run r = run({"check", "missing.txt", "empty.txt", "binary.txt", "good.txt", "huge.txt"});
  CHECK(r.code == 2);
  CHECK(r.err.find("missing.txt: error: no such file or directory\n") != std::string::npos);
  CHECK(r.err.find("binary.txt:1:5: error: binary file (NUL byte)") != std::string::npos);
  CHECK(r.out.find("good.txt:1:5: warning: 'goverment' is not in the dictionary") !=
        std::string::npos);
  CHECK(r.err.find("in 3 files (2 files could not be checked)") != std::string::npos);

  const Run empty = run({"check", "empty.txt"});
  CHECK(empty.code == 0);
  CHECK(empty.out.empty());
}

TEST_CASE("a directory is walked with include and exclude globs") {
  ScratchDir scratch;
  fs::create_directories("site/sub");
  fs::create_directories("site/.hidden");
  // A lower-case typo: core.spelling reports it (capitalised unknown words count as names, and
  // core.unknown-name is opt-in).
  write_file("site/a.txt", "teh\n");
  write_file("site/sub/b.md", "teh\n");
  write_file("site/sub/c.html", "teh\n");
  write_file("site/.hidden/d.txt", "teh\n");
  const Run all = run({"check", "site", "-q"});
  CHECK(all.out.find("site/a.txt:1:1") != std::string::npos);
  CHECK(all.out.find("site/sub/b.md:1:1") != std::string::npos);
  CHECK(all.out.find("c.html") == std::string::npos);
  CHECK(all.out.find("d.txt") == std::string::npos);
  const Run some = run({"check", "site", "-q", "--exclude", "*.md"});
  CHECK(some.out.find("b.md") == std::string::npos);
  CHECK(some.out.find("a.txt") != std::string::npos);
}

TEST_CASE("usage errors exit 2; --version and --help exit 0") {
  CHECK(run({"check", "--fail-on", "fatal", "x"}).code == 2);
  CHECK(run({"frobnicate"}).code == 2);
  CHECK(run({"check", "--format", "yaml", "x"}).code == 2);
  const Run version = run({"--version"});
  CHECK(version.code == 0);
  CHECK(version.out == std::string("mtlint ") + MTLINT_VERSION + "\n");
  const Run help = run({"check", "--help"});
  CHECK(help.code == 0);
  CHECK(help.out.find("Examples:") != std::string::npos);
}

TEST_CASE("two runs over the same input print byte-identical output") {
  const std::string article =
      read_file(fs::path(MTLINT_GOLDEN_DIR) / "../../corpus/dev/000_672c8eb654738f91.txt");
  REQUIRE_FALSE(article.empty());
  const Run a = run({"check", "-"}, article);
  const Run b = run({"check", "-"}, article);
  CHECK(a.out == b.out);
  CHECK(a.code == b.code);
}

TEST_CASE("-j1 and -j4 print byte-identical output on a folder, bad files included") {
  ScratchDir scratch;
  const fs::path corpus = fs::path(MTLINT_GOLDEN_DIR) / "../../corpus";
  fs::create_directories("site");
  std::size_t n = 0;
  for (const auto& split : {"dev", "test"}) {
    for (const auto& entry : fs::directory_iterator(corpus / split)) {
      if (entry.path().extension() == ".txt") {
        fs::copy_file(entry.path(), fs::path("site") / entry.path().filename());
        ++n;
      }
    }
  }
  REQUIRE(n > 20);
  write_file("site/zz-bad.txt", "caf\xe9\n");
  const Run one = run({"check", "-j1", "site"});
  const Run four = run({"check", "-j4", "site"});
  const Run all = run({"check", "site"});
  CHECK(one.code == 2);
  CHECK(one.out.size() > 1000);
  CHECK(one.err.find("zz-bad.txt:1:4: error") != std::string::npos);
  CHECK(one.out == four.out);
  CHECK(one.err == four.err);
  CHECK(one.code == four.code);
  CHECK(one.out == all.out);
}
