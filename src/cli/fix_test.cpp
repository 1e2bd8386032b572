#include "cli/fix.h"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

namespace fs = std::filesystem;
using namespace mtlint;

namespace {

struct TempDir {
  fs::path dir = fs::temp_directory_path() / ("mtlint_fix_" + std::to_string(::getpid()));
  TempDir() { fs::create_directories(dir); }
  ~TempDir() {
    std::error_code ec;
    fs::permissions(dir, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(dir, ec);
  }
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void spit(const fs::path& p, const std::string& s) { std::ofstream(p, std::ios::binary) << s; }

std::unique_ptr<Document> load(const fs::path& p) {
  std::istringstream none;
  auto doc = load_document(p.string(), none);
  REQUIRE(doc.ok());
  return std::move(*doc);
}

std::vector<Fix> replace(const Document& doc, const std::string& what, const std::string& with) {
  const auto at = doc.text().find(what);
  REQUIRE(at != std::string::npos);
  return {Fix{Span{at, at + what.size()}, with}};
}

}  // namespace

TEST_CASE("fix_file keeps BOM, CRLF and mode, and leaves no temporary file") {
  TempDir t;
  const fs::path file = t.dir / "a.txt";
  spit(file, "\xEF\xBB\xBFTeh cat\r\nsat.\r\n");
  ::chmod(file.c_str(), 0640);
  auto doc = load(file);
  REQUIRE(fix_file(*doc, replace(*doc, "Teh", "The")).ok());
  CHECK(slurp(file) == "\xEF\xBB\xBFThe cat\r\nsat.\r\n");
  struct stat st {};
  REQUIRE(::stat(file.c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0640);
  CHECK(std::distance(fs::directory_iterator(t.dir), fs::directory_iterator()) == 1);
}

TEST_CASE("fix_file: a read-only file is an error and stays as it was") {
  TempDir t;
  const fs::path file = t.dir / "ro.txt";
  spit(file, "Teh cat\n");
  ::chmod(file.c_str(), 0444);
  auto doc = load(file);
  const Status s = fix_file(*doc, replace(*doc, "Teh", "The"));
  REQUIRE_FALSE(s.ok());
  CHECK(s.error().format() == file.string() +
                                  ": error: the file is read-only; not fixed (make it writable or "
                                  "use --format diff)");
  CHECK(slurp(file) == "Teh cat\n");
}

TEST_CASE("fix_file: a file changed on disk after it was read is left alone") {
  TempDir t;
  const fs::path file = t.dir / "moving.txt";
  spit(file, "Teh cat\n");
  auto doc = load(file);
  spit(file, "Teh cat and an edit made meanwhile\n");
  const Status s = fix_file(*doc, replace(*doc, "Teh", "The"));
  REQUIRE_FALSE(s.ok());
  CHECK(s.error().message ==
        "the file changed on disk while it was checked; not fixed, run mtlint again");
  CHECK(slurp(file) == "Teh cat and an edit made meanwhile\n");
  CHECK(std::distance(fs::directory_iterator(t.dir), fs::directory_iterator()) == 1);
}

TEST_CASE("fix_file: standard input cannot be fixed; a symbolic link fixes its target") {
  auto doc = make_document("<stdin>", "Teh\n");
  REQUIRE(doc.ok());
  CHECK_FALSE(fix_file(**doc, {Fix{Span{0, 3}, "The"}}).ok());
  TempDir t;
  spit(t.dir / "real.txt", "Teh\n");
  fs::create_symlink("real.txt", t.dir / "link.txt");
  auto linked = load(t.dir / "link.txt");
  REQUIRE(fix_file(*linked, {Fix{Span{0, 3}, "The"}}).ok());
  CHECK(fs::is_symlink(t.dir / "link.txt"));
  CHECK(slurp(t.dir / "real.txt") == "The\n");
}
