#pragma once

#include <cstddef>

namespace mtlint {

/// What reserve_heap() holds on to while its thread loads: freed when it goes out of scope.
class HeapReservation {
 public:
  HeapReservation() = default;
  HeapReservation(HeapReservation&& other) noexcept : spacer_(other.spacer_) {
    other.spacer_ = nullptr;
  }
  HeapReservation& operator=(HeapReservation&&) = delete;
  HeapReservation(const HeapReservation&) = delete;
  HeapReservation& operator=(const HeapReservation&) = delete;
  ~HeapReservation();

 private:
  friend HeapReservation reserve_heap(std::size_t bytes);
  void* spacer_ = nullptr;
};

/// Grows the calling thread's malloc heap by about `bytes` in one go and asks the kernel to
/// back it with transparent huge pages, where the system allows them for memory that asks
/// (`madvise` mode, Debian's default); what the thread allocates while the returned
/// reservation lives comes from those pages. Call it before the thread allocates much. Does
/// nothing but on glibc and Linux.
[[nodiscard]] HeapReservation reserve_heap(std::size_t bytes);

/// The allocation policy while a run loads its tables: freed memory at the top of a heap is
/// kept up to `reserve_bytes` (the size reserve_heap() will be given), and blocks up to 32 MB
/// come from the heaps. Call it first thing in main().
void set_loading_heap_policy(std::size_t reserve_bytes);

/// The allocation policy once the tables are loaded, for checking documents: close to what
/// glibc's adaptive policy settles on, so that peak memory stays where it was.
void set_checking_heap_policy();

}  // namespace mtlint
