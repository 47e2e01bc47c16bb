#pragma once
// Memory shared by the threads of a parallel loop, counted in bytes: a thread holds the cost of
// its work item while it runs, and waits while that cost does not fit beside what the others
// hold. An item that costs more than the whole budget runs when nothing else is held, so every
// item runs, and what is held at once stays within the budget or that one item's cost. This
// bounds the memory of a loop by the bytes in flight, whatever the number of threads.

#include <algorithm>
#include <condition_variable>
#include <cstdint>
#include <mutex>

namespace gcsj::util {

class MemoryBudget {
 public:
  explicit MemoryBudget(std::uint64_t bytes) : limit_(bytes) {}

  // Holds `cost` until the Hold is destroyed, after waiting until it fits.
  class Hold {
   public:
    Hold(MemoryBudget& budget, std::uint64_t cost) : budget_(budget), cost_(cost) {
      budget_.acquire(cost_);
    }
    ~Hold() { budget_.release(cost_); }
    Hold(const Hold&) = delete;
    Hold& operator=(const Hold&) = delete;

   private:
    MemoryBudget& budget_;
    std::uint64_t cost_;
  };

  // Holds `cost` if it fits now (or nothing is held); false otherwise.
  bool try_acquire(std::uint64_t cost) {
    const std::lock_guard lock(mutex_);
    return take(cost);
  }
  void acquire(std::uint64_t cost) {
    std::unique_lock lock(mutex_);
    freed_.wait(lock, [&] { return take(cost); });
  }
  void release(std::uint64_t cost) {
    {
      const std::lock_guard lock(mutex_);
      held_ -= cost;
    }
    freed_.notify_all();
  }

  std::uint64_t limit() const { return limit_; }
  // The most held at once so far.
  std::uint64_t peak() const {
    const std::lock_guard lock(mutex_);
    return peak_;
  }

 private:
  bool take(std::uint64_t cost) {
    if (held_ != 0 && cost > limit_ - std::min(held_, limit_)) return false;
    held_ += cost;
    peak_ = std::max(peak_, held_);
    return true;
  }

  std::uint64_t limit_;
  std::uint64_t held_ = 0;
  std::uint64_t peak_ = 0;
  mutable std::mutex mutex_;
  std::condition_variable freed_;
};

}  // namespace gcsj::util
