#pragma once
// The one parallel loop of gcsj: `body(i)` for every i in [0, count) on up to `jobs` threads (the
// calling thread included), each thread taking the next index. It returns when every call has
// returned. An exception thrown by a call stops the hand-out of further indices and is rethrown
// in the caller once every thread has stopped, so it reaches main's handler (exit status 3)
// instead of std::terminate.

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace gcsj::util {

// One thread per hardware thread when `jobs` is 0.
inline unsigned resolve_jobs(unsigned jobs) {
  return jobs != 0 ? jobs : std::max(1u, std::thread::hardware_concurrency());
}

template <class Body>
void parallel_for(std::size_t count, unsigned jobs, Body&& body) {
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  const auto work = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < count;) {
      try {
        body(i);
      } catch (...) {
        const std::lock_guard lock(failure_mutex);
        if (!failure) failure = std::current_exception();
        next.store(count);  // no further work: the run is failing
      }
    }
  };
  const std::size_t threads = std::min<std::size_t>(resolve_jobs(jobs), count);
  std::vector<std::jthread> helpers;
  helpers.reserve(threads > 0 ? threads - 1 : 0);
  for (std::size_t t = 1; t < threads; ++t) helpers.emplace_back(work);
  work();
  helpers.clear();  // joins
  if (failure) std::rethrow_exception(failure);
}

}  // namespace gcsj::util
