#include <unistd.h>

#include <iostream>

#include "cli/cli.h"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  mtlint::Io io{std::cin, std::cout, std::cerr, isatty(STDOUT_FILENO) == 1};
  return mtlint::run_cli(std::vector<std::string>(argv + 1, argv + argc), io);
}
