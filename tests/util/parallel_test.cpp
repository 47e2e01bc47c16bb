#include <doctest/doctest.h>

#include <atomic>
#include <stdexcept>
#include <vector>

#include "util/parallel.hpp"

TEST_SUITE("util::parallel") {
  TEST_CASE("calls the body once for every index, on any number of threads") {
    for (unsigned jobs : {1u, 2u, 3u, 8u}) {
      std::vector<std::atomic<int>> calls(1000);
      gcsj::util::parallel_for(calls.size(), jobs, [&](std::size_t i) { ++calls[i]; });
      for (const auto& n : calls) CHECK(n.load() == 1);
    }
    gcsj::util::parallel_for(0, 4, [](std::size_t) { FAIL("no index to call"); });
  }

  TEST_CASE("an exception in a worker reaches the caller, and no further work is handed out") {
    for (unsigned jobs : {1u, 2u, 4u}) {
      std::atomic<int> calls{0};
      const auto run = [&] {
        gcsj::util::parallel_for(10000, jobs, [&](std::size_t i) {
          ++calls;
          if (i == 10) throw std::runtime_error("piece 10 failed");
        });
      };
      CHECK_THROWS_WITH_AS(run(), "piece 10 failed", std::runtime_error);
      CHECK(calls.load() < 10000);
    }
  }
}
