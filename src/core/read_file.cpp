#include "core/read_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

namespace mtlint {

ReadStatus read_file_status(const std::string& path, std::string& out) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return ReadStatus::cannot_open;
  struct stat st {};
  // The size is a hint: a file that grows or a pipe is read to its end all the same.
  const std::size_t hint =
      ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) ? static_cast<std::size_t>(st.st_size) : 0;
  out.clear();
  out.resize(hint + 1);  // one byte more, so that reaching the end needs no second buffer
  std::size_t size = 0;
  bool ok = true;
  for (;;) {
    if (size == out.size()) out.resize(out.size() * 2 + 4096);
    const ssize_t n = ::read(fd, out.data() + size, out.size() - size);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      ok = false;
      break;
    }
    if (n == 0) break;
    size += static_cast<std::size_t>(n);
  }
  const int saved = errno;
  ::close(fd);
  errno = saved;
  out.resize(size);
  return ok ? ReadStatus::ok : ReadStatus::cannot_read;
}

}  // namespace mtlint
