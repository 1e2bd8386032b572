#include "core/heap.h"

#include <cstdint>
#include <cstdlib>

#if defined(__GLIBC__) && defined(__linux__)
#include <malloc.h>
#include <sys/mman.h>
#define MTLINT_GLIBC_HEAP 1
#endif

namespace mtlint {

// Why: on a virtual machine a page fault costs about 10 µs, and a short run touches some 2,500
// fresh heap pages while it loads its tables: a third of its time. A heap backed by 2 MB pages
// takes one fault where it took 512. glibc grows a heap a page or two at a time, and no single
// growth is large and aligned enough for the kernel to give a huge page on its own.

void set_loading_heap_policy(std::size_t reserve_bytes) {
#ifdef MTLINT_GLIBC_HEAP
  // Without the first two, the block reserve_heap() frees at once would go back to the system.
  mallopt(M_TOP_PAD, static_cast<int>(reserve_bytes));
  mallopt(M_TRIM_THRESHOLD, static_cast<int>(2 * reserve_bytes));
  // reserve_heap()'s block must come from a heap, not from a mapping of its own.
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
#else
  (void)reserve_bytes;
#endif
}

void set_checking_heap_policy() {
#ifdef MTLINT_GLIBC_HEAP
  // Setting any of these turned off glibc's own adaptive thresholds for good: set them where
  // a run of 1 MB files faults least (a document's buffers come back from the heaps) while the
  // peak on 10 MB files stays well under 150 MB (118 MB at -j2; 107 MB with glibc's own, 128 MB
  // with a 32 MB threshold). Buffers over 8 MB get mappings of their own, given back when freed;
  // the trim threshold keeps what is left of the reserved heaps.
  mallopt(M_TOP_PAD, 0);
  mallopt(M_MMAP_THRESHOLD, 8 << 20);
  mallopt(M_TRIM_THRESHOLD, 32 << 20);
#endif
}

HeapReservation::~HeapReservation() { std::free(spacer_); }

HeapReservation reserve_heap(std::size_t bytes) {
  HeapReservation reservation;
#ifdef MTLINT_GLIBC_HEAP
  // One block, taken from this thread's heap (set_loading_heap_policy() raised the mmap threshold
  // above it) and given back at once: the heap grows in one step, and the advice reaches its
  // pages before anything is written to them. malloc writes only a block's first and last
  // few bytes.
  constexpr std::uintptr_t kHugePage = std::uintptr_t{2} << 20;
  void* block = std::malloc(bytes);
  if (block == nullptr) return reservation;
  const auto low = reinterpret_cast<std::uintptr_t>(block);
  const std::uintptr_t first = (low + kHugePage - 1) & ~(kHugePage - 1);
  const std::uintptr_t last = (low + bytes) & ~(kHugePage - 1);
  if (first >= last) {
    std::free(block);
    return reservation;
  }
  madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
  std::free(block);
  // The stretch below the first whole huge page has small pages in it already (the heap's own
  // header, or what was allocated before): a spacer fills it while the reservation lives, so
  // that what this thread allocates meanwhile starts on the huge pages. It costs address space,
  // not memory: only its header is written. When malloc places it elsewhere, nothing is lost
  // but the gain.
  constexpr std::uintptr_t kHeader = 64;
  if (first - low > kHeader) reservation.spacer_ = std::malloc(first - low - kHeader);
#else
  (void)bytes;
#endif
  return reservation;
}

}  // namespace mtlint
