#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace mtlint {

/// A file mapped read-only into memory, for the caches read once at start-up: nothing is copied
/// or zeroed, and its pages come straight from the page cache. Move-only.
class MappedFile {
 public:
  /// The mapped file, or none when it cannot be opened or mapped (an empty file maps to no
  /// bytes).
  static std::optional<MappedFile> open(const std::string& path);
  MappedFile(MappedFile&& other) noexcept;
  MappedFile& operator=(MappedFile&& other) noexcept;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile();

  std::string_view bytes() const { return {data_, size_}; }

 private:
  MappedFile(const char* data, std::size_t size) : data_(data), size_(size) {}
  const char* data_ = nullptr;
  std::size_t size_ = 0;
};

}  // namespace mtlint
