#include "cli/parallel.h"

#include <doctest/doctest.h>

#include <atomic>
#include <stdexcept>
#include <string>

using mtlint::run_ordered;

TEST_CASE("run_ordered emits results in input order whatever the number of threads") {
  for (unsigned jobs : {1u, 2u, 4u, 16u}) {
    std::vector<std::size_t> order;
    run_ordered<std::string>(
        100, jobs,
        [](std::size_t i) {
          // Uneven work so that later items often finish first.
          volatile std::size_t spin = 0;
          for (std::size_t k = 0; k < (100 - i) * 1000; ++k) spin = spin + k;
          return std::to_string(i * i);
        },
        [&](std::size_t i, std::string r) {
          CHECK(r == std::to_string(i * i));
          order.push_back(i);
        });
    REQUIRE(order.size() == 100);
    for (std::size_t i = 0; i < order.size(); ++i) CHECK(order[i] == i);
  }
}

TEST_CASE("run_ordered keeps workers within the window") {
  std::atomic<std::size_t> started{0};
  std::size_t max_ahead = 0;
  std::size_t emitted = 0;
  run_ordered<int>(
      50, 4,
      [&](std::size_t) {
        ++started;
        return 0;
      },
      [&](std::size_t, int) {
        ++emitted;
        max_ahead = std::max(max_ahead, started.load() - emitted);
      },
      3);
  CHECK(emitted == 50);
  CHECK(max_ahead <= 3);
}

TEST_CASE("run_ordered rethrows a worker's exception") {
  CHECK_THROWS_AS(run_ordered<int>(
                      10, 3,
                      [](std::size_t i) {
                        if (i == 4) throw std::runtime_error("boom");
                        return 1;
                      },
                      [](std::size_t, int) {}),
                  std::runtime_error);
}
