#include "core/read_file.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/byte_io.h"
#include "core/mapped_file.h"

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

TEST_CASE("MappedFile: a file's bytes in place; an empty file maps to none; others fail") {
  const auto dir =
      std::filesystem::temp_directory_path() / ("mtlint_map_" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "cache.bin").string();
  std::ofstream(path, std::ios::binary) << std::string("head\0tail", 9);
  {
    auto file = MappedFile::open(path);
    REQUIRE(file.has_value());
    CHECK(file->bytes() == std::string_view("head\0tail", 9));
    MappedFile moved = std::move(*file);
    CHECK(file->bytes().empty());
    CHECK(moved.bytes().size() == 9);
  }
  const std::string empty = (dir / "empty.bin").string();
  std::ofstream(empty).close();
  auto none = MappedFile::open(empty);
  REQUIRE(none.has_value());
  CHECK(none->bytes().empty());
  CHECK_FALSE(MappedFile::open((dir / "missing").string()).has_value());
  CHECK_FALSE(MappedFile::open(dir.string()).has_value());
  std::filesystem::remove_all(dir);
}

TEST_CASE("checksum64: any changed, dropped or added byte changes it") {
  const std::string text = "The quick brown fox jumps over the lazy dog, twice or more.";
  const std::uint64_t sum = checksum64(text);
  for (std::size_t i = 0; i < text.size(); ++i) {
    std::string changed = text;
    changed[i] ^= 1;
    CHECK(checksum64(changed) != sum);
    CHECK(checksum64(std::string_view(text).substr(0, i)) != sum);
  }
  CHECK(checksum64(text + '\0') != sum);
}
