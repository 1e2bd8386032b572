#include "core/atomic_file.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

using namespace mtlint;

namespace {

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

TEST_CASE("atomic write: creates the folder, replaces the file, leaves no temporary file") {
  const auto dir =
      std::filesystem::temp_directory_path() / ("mtlint_atomic_" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  const std::string path = (dir / "sub" / "cache.bin").string();
  REQUIRE(write_atomically(path, "first"));
  CHECK(read_all(path) == "first");
  REQUIRE(write_atomically(path, std::string(100000, 'x')));
  CHECK(read_all(path) == std::string(100000, 'x'));
  // Writers of one process at once: the file is one of their contents, whole.
  std::vector<std::thread> writers;
  for (int t = 0; t < 4; ++t) {
    writers.emplace_back([&, t] {
      for (int k = 0; k < 20; ++k) CHECK(write_atomically(path, std::string(50000, 'a' + t)));
    });
  }
  for (auto& w : writers) w.join();
  const std::string last = read_all(path);
  REQUIRE(last.size() == 50000);
  CHECK(last == std::string(50000, last[0]));
  std::size_t files = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir / "sub"))
    files += e.is_regular_file();
  CHECK(files == 1);
  // A folder that cannot be made: false, nothing written.
  std::ofstream(dir / "plain") << "a file, not a folder";
  CHECK_FALSE(write_atomically((dir / "plain" / "cache.bin").string(), "x"));
  std::filesystem::remove_all(dir);
}
