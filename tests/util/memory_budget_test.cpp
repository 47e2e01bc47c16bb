#include <doctest/doctest.h>

#include <atomic>
#include <cstdint>
#include <vector>

#include "util/memory_budget.hpp"
#include "util/parallel.hpp"

using gcsj::util::MemoryBudget;

TEST_SUITE("util::memory_budget") {
  TEST_CASE("holds a cost only while it fits beside what is held") {
    MemoryBudget budget(100);
    CHECK(budget.try_acquire(60));
    CHECK_FALSE(budget.try_acquire(41));
    CHECK(budget.try_acquire(40));  // exactly full
    CHECK_FALSE(budget.try_acquire(1));
    budget.release(60);
    CHECK(budget.try_acquire(60));
    CHECK(budget.peak() == 100);
  }

  TEST_CASE("a cost larger than the whole budget runs alone") {
    MemoryBudget budget(100);
    CHECK(budget.try_acquire(1000));  // nothing else is held
    CHECK_FALSE(budget.try_acquire(1));
    budget.release(1000);
    CHECK(budget.try_acquire(1));
    CHECK_FALSE(budget.try_acquire(1000));  // not beside another
  }

  TEST_CASE("what the threads of a loop hold at once stays within the budget, on any jobs") {
    for (unsigned jobs : {1u, 2u, 4u, 16u}) {
      MemoryBudget budget(100);
      std::atomic<std::uint64_t> held{0};
      std::atomic<std::uint64_t> most{0};
      std::atomic<int> violations{0};
      gcsj::util::parallel_for(400, jobs, [&](std::size_t i) {
        const std::uint64_t cost = i % 50 == 7 ? 150 : 10 + i % 40;  // some over the budget
        const MemoryBudget::Hold hold(budget, cost);
        const std::uint64_t now = held += cost;
        if (cost > 100 ? now != cost : now > 100) ++violations;
        std::uint64_t seen = most.load();
        while (now > seen && !most.compare_exchange_weak(seen, now)) {
        }
        held -= cost;
      });
      CHECK(violations.load() == 0);
      CHECK(most.load() <= 150);
      CHECK(budget.peak() <= 150);
    }
  }
}
