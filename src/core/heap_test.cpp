#include "core/heap.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <cstdlib>
#include <thread>

using namespace mtlint;

#if defined(__GLIBC__) && defined(__linux__) && !defined(__SANITIZE_ADDRESS__)
TEST_CASE("reserve_heap: what a thread allocates next starts at a huge-page boundary") {
  constexpr std::uintptr_t kHugePage = std::uintptr_t{2} << 20;
  set_loading_heap_policy(std::size_t{16} << 20);
  std::uintptr_t next = 0;
  std::thread thread([&] {
    const HeapReservation heap = reserve_heap(std::size_t{16} << 20);
    void* p = std::malloc(64);
    next = reinterpret_cast<std::uintptr_t>(p);
    std::free(p);
  });
  thread.join();
  set_checking_heap_policy();
  // The spacer fills the stretch below the boundary: the next block's header sits just below
  // it and its bytes from there on are on the advised pages.
  const std::uintptr_t boundary = (next + kHugePage - 1) & ~(kHugePage - 1);
  CHECK(boundary - next <= 256);
}
#endif
