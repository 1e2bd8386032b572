#include "core/read_file.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <string>

using namespace mtlint;

TEST_CASE("read_file: whole files of any size, and why one cannot be read") {
  const auto dir =
      std::filesystem::temp_directory_path() / ("mtlint_read_" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::string out = "left over";
  const std::string empty = (dir / "empty.txt").string();
  std::ofstream(empty).close();
  CHECK(read_file_status(empty, out) == ReadStatus::ok);
  CHECK(out.empty());
  // Larger than any first buffer, with NUL bytes and no final newline.
  std::string big;
  for (int i = 0; big.size() < 300000; ++i) big += std::to_string(i) + '\0';
  const std::string path = (dir / "big.bin").string();
  std::ofstream(path, std::ios::binary) << big;
  CHECK(read_file(path, out));
  CHECK(out == big);
  CHECK(read_file_status((dir / "missing").string(), out) == ReadStatus::cannot_open);
  CHECK(errno == ENOENT);
  CHECK(read_file_status(dir.string(), out) == ReadStatus::cannot_read);  // a folder opens
  CHECK(errno == EISDIR);
  std::filesystem::remove_all(dir);
}
