#include "cli/fix.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "report/fixes.h"
#include "report/location.h"

namespace fs = std::filesystem;

namespace mtlint {

namespace {

std::string read_all(const std::string& path, bool& ok) {
  std::ifstream in(path, std::ios::binary);
  ok = static_cast<bool>(in);
  if (!ok) return {};
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ok = !in.bad();
  return bytes;
}

bool write_all(int fd, const std::string& bytes) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

// The file still holds exactly what was checked.
Status unchanged(const std::string& target, const std::string& expected, const std::string& path) {
  bool ok = false;
  const std::string now = read_all(target, ok);
  if (!ok) return Error{std::string("cannot read it again: ") + std::strerror(errno), path};
  if (now != expected) {
    return Error{"the file changed on disk while it was checked; not fixed, run mtlint again",
                 path};
  }
  return ok_status();
}

}  // namespace

Status fix_file(const Document& document, const std::vector<Fix>& edits) {
  const std::string& path = document.path();
  if (path == "<stdin>") {
    return Error{"standard input cannot be fixed in place; use --format diff", path};
  }
  if (edits.empty()) return ok_status();
  std::error_code ec;
  // Write through a symbolic link to the file it names.
  const std::string target = fs::canonical(path, ec).string();
  if (ec) return Error{"cannot resolve the path: " + ec.message(), path};
  struct stat st {};
  if (::stat(target.c_str(), &st) != 0) {
    return Error{std::string("cannot stat: ") + std::strerror(errno), path};
  }
  if (!S_ISREG(st.st_mode)) return Error{"not a regular file; not fixed", path};
  // Mode bits count even for root, who could otherwise replace a file the owner protected.
  if ((st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0 || ::access(target.c_str(), W_OK) != 0) {
    return Error{"the file is read-only; not fixed (make it writable or use --format diff)", path};
  }
  const std::string before = file_bytes(document);
  if (auto same = unchanged(target, before, path); !same) return same;
  const std::string after = apply_edits(before, shift_edits(edits, stored_prefix(document)));

  const fs::path dest(target);
  std::string temp = (dest.parent_path() / ("." + dest.filename().string() + ".mtlint-XXXXXX"));
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) {
    return Error{std::string("cannot create a temporary file beside it: ") + std::strerror(errno),
                 path};
  }
  auto fail = [&](const std::string& what) -> Status {
    const std::string why = std::strerror(errno);
    ::close(fd);
    ::unlink(temp.c_str());
    return Error{what + ": " + why + "; the file is unchanged", path};
  };
  if (!write_all(fd, after)) return fail("cannot write the fixed file");
  if (::fchmod(fd, st.st_mode & 07777) != 0) return fail("cannot copy the file mode");
  if (::fchown(fd, st.st_uid, st.st_gid) != 0 && errno != EPERM) {
    return fail("cannot copy the file owner");
  }
  if (::fsync(fd) != 0) return fail("cannot flush the fixed file");
  if (::close(fd) != 0) {
    ::unlink(temp.c_str());
    return Error{"cannot close the fixed file; the file is unchanged", path};
  }
  // Narrow the window for an editor saving between our read and the rename.
  if (auto same = unchanged(target, before, path); !same) {
    ::unlink(temp.c_str());
    return same;
  }
  if (::rename(temp.c_str(), target.c_str()) != 0) {
    const std::string why = std::strerror(errno);
    ::unlink(temp.c_str());
    return Error{"cannot replace the file: " + why + "; the file is unchanged", path};
  }
  const int dir = ::open(dest.parent_path().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir >= 0) {
    ::fsync(dir);  // make the rename itself durable
    ::close(dir);
  }
  return ok_status();
}

}  // namespace mtlint
