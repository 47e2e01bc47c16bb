#pragma once
// The meter of long work: a util::Progress that shows, once a run has lasted a second, what the
// library tells as it goes, in the reader's language: "12,400 of 40,000 files read, 8100/s". On a
// terminal, one line rewritten in place ("\r...\x1b[K") at most ten times a second and erased when
// the work ends; elsewhere (`--progress` on a pipe or in a log), a plain line a second. The front
// end decides whether there is a meter at all and where it writes (the command line: standard
// error, cli/progress.hpp); this class knows neither the terminal nor the environment.
//
// The library's threads only count (`advance`: one atomic addition, no lock, no clock). A ticker
// thread (`start`) or a test (`tick`, with a clock of its own) reads the counts and draws.

#include <array>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "i18n/translator.hpp"
#include "util/progress.hpp"

namespace gcsj::render {

// What the meter shows of a stage, and the words it is shown in.
struct StageCount {
  util::Stage stage;
  std::size_t count = 0;
  std::size_t total = 0;  // 0: not known
};
// "12,400 files read", "12,400 of 40,000 files read".
std::string stage_words(const StageCount& stage, const i18n::Translator& tr);

// The line of a meter: the stage begun last, its rate when known (items per second), then the
// other stages that advanced while it ran ("1200 of 4000 files read, 950/s; 1180 documents
// judged").
std::string progress_line(const StageCount& current, std::optional<std::uint64_t> per_second,
                          const std::vector<StageCount>& others, const i18n::Translator& tr);

struct MeterOptions {
  enum class Style {
    line,   // a terminal: one line rewritten in place, erased at the end
    lines,  // a pipe or a log, when asked: a plain line each `lines_interval`
  };
  Style style = Style::line;
  // Nothing is shown before the run has lasted this long (short runs stay silent).
  std::chrono::nanoseconds delay = std::chrono::seconds(1);
  // The line is redrawn at most this often; a plain line is written at most this often.
  std::chrono::nanoseconds line_interval = std::chrono::milliseconds(100);
  std::chrono::nanoseconds lines_interval = std::chrono::seconds(1);
  // The terminal's columns: the line is cut to one less, so it never wraps (a wrapped line would
  // not be rewritten in place). 0: not known, not cut.
  std::size_t width = 0;
};

class ProgressMeter final : public util::Progress {
 public:
  // Where the meter writes (the command line: standard error), and its clock (time since an
  // arbitrary origin; steady). The run starts when the meter is made.
  using Write = std::function<void(std::string_view)>;
  using Clock = std::function<std::chrono::nanoseconds()>;
  static std::chrono::nanoseconds steady_clock();

  ProgressMeter(MeterOptions options, const i18n::Translator& tr, Write write,
                Clock clock = steady_clock);
  ~ProgressMeter() override;
  ProgressMeter(const ProgressMeter&) = delete;
  ProgressMeter& operator=(const ProgressMeter&) = delete;

  // Draws the new stage at once when it is time (tick).
  void begin(util::Stage stage, std::size_t total = 0) override;
  void advance(util::Stage stage, std::size_t count = 1) override;

  // Draws when it is time: the run has lasted `delay`, a stage has begun, and the last drawing is
  // an interval old. The ticker calls it; a test calls it after moving its clock.
  void tick();
  // Starts the ticker: a thread that ticks ten times a second until `stop`.
  void start();
  // Stops the ticker (joined: no drawing after it returns) and erases the line; the meter draws
  // no more. Idempotent; the destructor calls it.
  void stop();
  // Runs `write_other` (a warning on the same stream) with the line erased, so that the two never
  // share a line; the line comes back at the next drawing.
  void aside(const std::function<void()>& write_other);

 private:
  struct Counter {
    std::atomic<std::size_t> count{0};
    std::atomic<std::size_t> total{0};
    std::atomic<std::int64_t> began{0};  // clock, ns
    // Each other stage's count when this one began: what advanced while it ran is shown too.
    std::array<std::atomic<std::size_t>, util::kStageCount> others_at_begin{};
  };
  static constexpr int kNone = -1;

  std::string line_now(std::chrono::nanoseconds now) const;
  void erase_locked();

  MeterOptions options_;
  const i18n::Translator& tr_;
  Write write_;
  Clock clock_;
  std::chrono::nanoseconds started_;

  std::array<Counter, util::kStageCount> counters_;
  std::atomic<int> current_{kNone};

  std::mutex drawing_;  // tick, aside and stop: never held by advance
  bool stopped_ = false;
  bool visible_ = false;  // a line is on the terminal (line style)
  std::optional<std::chrono::nanoseconds> last_drawn_;
  std::string last_text_;

  std::mutex ticker_mutex_;
  std::condition_variable_any ticker_wake_;
  std::jthread ticker_;
};

}  // namespace gcsj::render
