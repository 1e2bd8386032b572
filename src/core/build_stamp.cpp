#include "core/build_stamp.h"

#include <sys/stat.h>
#include <unicode/uversion.h>
#include <unistd.h>

#include <string>

#include "core/byte_io.h"

namespace mtlint {

std::uint64_t build_stamp() {
  static const std::uint64_t stamp = [] {
    std::string parts = std::string(MTLINT_VERSION) + '\n' + U_ICU_VERSION + '\n';
    struct stat st {};
    if (::stat("/proc/self/exe", &st) == 0) {
      parts += std::to_string(st.st_size) + ' ' + std::to_string(st.st_mtim.tv_sec) + '.' +
               std::to_string(st.st_mtim.tv_nsec);
    } else {
      parts += "unknown build " + std::to_string(::getpid());  // no reuse across runs
    }
    return fnv1a64(parts);
  }();
  return stamp;
}

}  // namespace mtlint
