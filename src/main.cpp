#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "cli/cli.h"
#include "core/heap.h"

int main(int argc, char** argv) {
  // Loading the tables is most of a short run: its heap comes in large pages (core/heap.h).
  constexpr std::size_t kHeap = std::size_t{16} << 20;
  mtlint::set_loading_heap_policy(kHeap);
  // Never released: the process ends with _Exit.
  const mtlint::HeapReservation heap = mtlint::reserve_heap(kHeap);
  std::ios::sync_with_stdio(false);
  mtlint::Io io{std::cin, std::cout, std::cerr, isatty(STDOUT_FILENO) == 1, true};
  const int code = mtlint::run_cli(std::vector<std::string>(argv + 1, argv + argc), io);
  // Skips static destructors and the leak check of sanitizer builds: run_cli left its engines
  // to the operating system (Io::exits_after_run).
  std::cout.flush();
  std::cerr.flush();
  std::_Exit(code);
}
