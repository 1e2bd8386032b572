#pragma once

#include <cstddef>

namespace mtlint {

/// Grows the calling thread's malloc heap by about `bytes` in one go and asks the kernel to
/// back it with transparent huge pages, where the system allows them for memory that asks
/// (`madvise` mode, Debian's default). Call it before the thread allocates much; a second
/// call on the same thread does nothing. Does nothing but on glibc and Linux.
void reserve_heap(std::size_t bytes);

/// The allocation policy while a run loads its tables: freed memory at the top of a heap is
/// kept up to `reserve_bytes` (the size reserve_heap() will be given), and blocks up to 32 MB
/// come from the heaps. Call it first thing in main().
void set_loading_heap_policy(std::size_t reserve_bytes);

/// The allocation policy once the tables are loaded, for checking documents: close to what
/// glibc's adaptive policy settles on, so that peak memory stays where it was.
void set_checking_heap_policy();

}  // namespace mtlint
