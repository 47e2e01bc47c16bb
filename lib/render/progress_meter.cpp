#include "render/progress_meter.hpp"

#include "i18n/message.hpp"
#include "util/utf8.hpp"

namespace gcsj::render {
namespace {

using i18n::arg;
using i18n::msg;
using i18n::msg_n;
using util::Stage;

// Erases the line the cursor is on: back to its start, then clear to its end.
constexpr std::string_view kErase = "\r\x1b[K";

// A stage's rate is shown once it has run this long (before, it says little).
constexpr std::chrono::nanoseconds kRateAfter = std::chrono::milliseconds(500);

// How often the ticker wakes: the line style's interval; a plain line waits for its own.
constexpr std::chrono::milliseconds kTickerPeriod{100};

// The count alone, plural by the count; with its total, plural by the total.
i18n::Message stage_message(const StageCount& s) {
  const bool known = s.total > 0;
  const auto done = arg("done", s.count);
  switch (s.stage) {
    case Stage::files_read:
      return known ? msg_n("{done} of {count} file read", "{done} of {count} files read", s.total,
                           done)
                   : msg_n("{count} file read", "{count} files read", s.count);
    case Stage::documents_judged:
      return known ? msg_n("{done} of {count} document judged",
                           "{done} of {count} documents judged", s.total, done)
                   : msg_n("{count} document judged", "{count} documents judged", s.count);
    case Stage::partners_compared:
      return known ? msg_n("{done} of {count} partner compared",
                           "{done} of {count} partners compared", s.total, done)
                   : msg_n("{count} partner compared", "{count} partners compared", s.count);
    case Stage::pages_written:
      return known ? msg_n("{done} of {count} page written", "{done} of {count} pages written",
                           s.total, done)
                   : msg_n("{count} page written", "{count} pages written", s.count);
    case Stage::rows_read:
      return known
                 ? msg_n("{done} of {count} row read", "{done} of {count} rows read", s.total, done)
                 : msg_n("{count} row read", "{count} rows read", s.count);
    case Stage::rows_written:
      return known ? msg_n("{done} of {count} row written", "{done} of {count} rows written",
                           s.total, done)
                   : msg_n("{count} row written", "{count} rows written", s.count);
  }
  return i18n::Message::verbatim(std::to_string(s.count));
}

std::size_t index_of(Stage stage) {
  return static_cast<std::size_t>(stage);
}

}  // namespace

std::string stage_words(const StageCount& stage, const i18n::Translator& tr) {
  return stage_message(stage).in(tr);
}

std::string progress_line(const StageCount& current, std::optional<std::uint64_t> per_second,
                          const std::vector<StageCount>& others, const i18n::Translator& tr) {
  i18n::Message line = stage_message(current);
  if (per_second)
    // TRANSLATORS: a count of work done ("1,200 files read") and how many a second.
    line = msg("{done}, {rate}/s", arg("done", std::move(line)), arg("rate", *per_second));
  for (const StageCount& other : others)
    // TRANSLATORS: the work of a long command, then other work done meanwhile.
    line = msg("{progress}; {also}", arg("progress", std::move(line)),
               arg("also", stage_message(other)));
  return line.in(tr);
}

std::chrono::nanoseconds ProgressMeter::steady_clock() {
  return std::chrono::steady_clock::now().time_since_epoch();
}

ProgressMeter::ProgressMeter(MeterOptions options, const i18n::Translator& tr, Write write,
                             Clock clock)
    : options_(options),
      tr_(tr),
      write_(std::move(write)),
      clock_(std::move(clock)),
      started_(clock_()) {}

ProgressMeter::~ProgressMeter() {
  stop();
}

void ProgressMeter::begin(Stage stage, std::size_t total) {
  Counter& counter = counters_[index_of(stage)];
  for (Stage other : util::kStages)
    counter.others_at_begin[index_of(other)].store(
        counters_[index_of(other)].count.load(std::memory_order_relaxed),
        std::memory_order_relaxed);
  counter.others_at_begin[index_of(stage)].store(0, std::memory_order_relaxed);
  counter.count.store(0, std::memory_order_relaxed);
  counter.total.store(total, std::memory_order_relaxed);
  counter.began.store(clock_().count(), std::memory_order_relaxed);
  current_.store(static_cast<int>(index_of(stage)), std::memory_order_release);
  tick();  // a new stage shows at once, when it is time to draw
}

void ProgressMeter::advance(Stage stage, std::size_t count) {
  counters_[index_of(stage)].count.fetch_add(count, std::memory_order_relaxed);
}

std::string ProgressMeter::line_now(std::chrono::nanoseconds now) const {
  const int current = current_.load(std::memory_order_acquire);
  if (current == kNone) return {};
  const Counter& counter = counters_[static_cast<std::size_t>(current)];
  const StageCount shown{static_cast<Stage>(current), counter.count.load(std::memory_order_relaxed),
                         counter.total.load(std::memory_order_relaxed)};
  std::optional<std::uint64_t> per_second;
  const auto ran = now - std::chrono::nanoseconds(counter.began.load(std::memory_order_relaxed));
  if (ran >= kRateAfter)
    per_second = static_cast<std::uint64_t>(static_cast<double>(shown.count) * 1e9 /
                                            static_cast<double>(ran.count()));
  std::vector<StageCount> others;
  for (Stage other : util::kStages) {
    const std::size_t i = index_of(other);
    if (i == static_cast<std::size_t>(current)) continue;
    const std::size_t count = counters_[i].count.load(std::memory_order_relaxed);
    if (count > counter.others_at_begin[i].load(std::memory_order_relaxed))
      others.push_back({other, count, counters_[i].total.load(std::memory_order_relaxed)});
  }
  return progress_line(shown, per_second, others, tr_);
}

void ProgressMeter::tick() {
  const std::lock_guard lock(drawing_);
  if (stopped_) return;
  const std::chrono::nanoseconds now = clock_();
  if (now - started_ < options_.delay) return;
  const bool line_style = options_.style == MeterOptions::Style::line;
  const auto interval = line_style ? options_.line_interval : options_.lines_interval;
  if (last_drawn_ && now - *last_drawn_ < interval) return;
  std::string text = line_now(now);
  if (text.empty()) return;
  if (line_style) {
    if (options_.width > 1) text = util::truncate_to_width(text, options_.width - 1, "");
    if (visible_ && text == last_text_) return;
    write_(std::string(kErase.substr(0, 1)) + text + std::string(kErase.substr(1)));
    visible_ = true;
  } else {
    write_(text + "\n");
  }
  last_text_ = std::move(text);
  last_drawn_ = now;
}

void ProgressMeter::start() {
  if (ticker_.joinable()) return;
  ticker_ = std::jthread([this](std::stop_token stop) {
    std::unique_lock lock(ticker_mutex_);
    while (!ticker_wake_.wait_for(lock, stop, kTickerPeriod, [] { return false; }) &&
           !stop.stop_requested()) {
      lock.unlock();
      tick();
      lock.lock();
    }
  });
}

void ProgressMeter::stop() {
  if (ticker_.joinable()) {
    ticker_.request_stop();
    ticker_.join();
  }
  const std::lock_guard lock(drawing_);
  erase_locked();
  stopped_ = true;
}

void ProgressMeter::aside(const std::function<void()>& write_other) {
  const std::lock_guard lock(drawing_);
  erase_locked();
  write_other();
}

void ProgressMeter::erase_locked() {
  if (!visible_) return;
  write_(kErase);
  visible_ = false;
}

}  // namespace gcsj::render
