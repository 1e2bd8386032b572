#include "cli/parallel.h"

#include <doctest/doctest.h>

#include <atomic>
#include <stdexcept>
#include <string>

using mtlint::ByteBudget;
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

TEST_CASE("ByteBudget lets a file larger than the budget run alone") {
  ByteBudget budget(8);
  const std::size_t big = budget.acquire(100);
  CHECK(big == 8);  // capped: it can always start once the others are done
  CHECK_FALSE(budget.try_acquire(1));
  budget.release(big);
  CHECK(budget.try_acquire(3));
  CHECK(budget.try_acquire(5));
  CHECK_FALSE(budget.try_acquire(1));
  budget.release(3);
  CHECK(budget.used() == 5);
  CHECK(budget.try_acquire(2));
}

TEST_CASE("ByteBudget: threads that take it never hold more than the limit together") {
  ByteBudget budget(10);
  std::atomic<std::size_t> held{0};
  std::atomic<std::size_t> most{0};
  run_ordered<int>(
      40, 4,
      [&](std::size_t i) {
        const std::size_t taken = budget.acquire(i % 3 == 0 ? 50 : 4);
        const std::size_t now = held += taken;
        std::size_t seen = most.load();
        while (now > seen && !most.compare_exchange_weak(seen, now)) {
        }
        held -= taken;
        budget.release(taken);
        return 0;
      },
      [](std::size_t, int) {});
  CHECK(most.load() <= 10);
  CHECK(budget.used() == 0);
}
