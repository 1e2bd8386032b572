#pragma once

#include <string>

namespace mtlint {

/// How read_file() went.
enum class ReadStatus { ok, cannot_open, cannot_read };

/// Reads the whole file at `path` into `out` (replacing it), in a few large reads. When it cannot
/// be opened or read, errno says why and `out` is unspecified.
ReadStatus read_file_status(const std::string& path, std::string& out);
/// read_file_status() == ok.
inline bool read_file(const std::string& path, std::string& out) {
  return read_file_status(path, out) == ReadStatus::ok;
}

}  // namespace mtlint
