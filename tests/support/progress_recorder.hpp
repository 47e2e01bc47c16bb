#pragma once
// A util::Progress that keeps what it is told, for the tests of the code that tells it: each
// stage begun (with its total, in order) and each stage's count since it last began.

#include <array>
#include <atomic>
#include <cstddef>
#include <mutex>
#include <utility>
#include <vector>

#include "util/progress.hpp"

namespace gcsj::testing {

class ProgressRecorder final : public util::Progress {
 public:
  void begin(util::Stage stage, std::size_t total) override {
    const std::lock_guard lock(mutex_);
    begun_.emplace_back(stage, total);
    counts_[static_cast<std::size_t>(stage)] = 0;
  }
  void advance(util::Stage stage, std::size_t count) override {
    counts_[static_cast<std::size_t>(stage)] += count;
  }

  // The stages begun, in order, each with its total.
  std::vector<std::pair<util::Stage, std::size_t>> begun() const {
    const std::lock_guard lock(mutex_);
    return begun_;
  }
  std::size_t count(util::Stage stage) const { return counts_[static_cast<std::size_t>(stage)]; }

 private:
  mutable std::mutex mutex_;
  std::vector<std::pair<util::Stage, std::size_t>> begun_;
  std::array<std::atomic<std::size_t>, util::kStageCount> counts_{};
};

}  // namespace gcsj::testing
