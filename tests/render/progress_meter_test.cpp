// The meter of long work (render/progress_meter.hpp): its words, when it draws (after the delay,
// at most once an interval, only what changed), how it erases, its plain lines, and that its
// counts hold under threads. A fake clock moves time; the ticker thread is started and stopped
// once with the real one.

#include <doctest/doctest.h>

#include <chrono>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "render/progress_meter.hpp"
#include "support/languages.hpp"
#include "util/parallel.hpp"

namespace render = gcsj::render;
using gcsj::util::Stage;
using namespace std::chrono_literals;

namespace {

const gcsj::i18n::Translator& english() {
  return gcsj::i18n::Translator::english();
}

// A meter writing into `written`, on a clock the test moves.
struct FakeRun {
  std::chrono::nanoseconds now{0};
  std::string written;
  render::ProgressMeter meter;

  explicit FakeRun(render::MeterOptions options = {}, const gcsj::i18n::Translator& tr = english())
      : meter(
            options, tr, [this](std::string_view text) { written += text; },
            [this] { return now; }) {}

  // What the meter wrote since the last call.
  std::string take() { return std::exchange(written, {}); }
};

render::MeterOptions plain_lines() {
  render::MeterOptions options;
  options.style = render::MeterOptions::Style::lines;
  return options;
}

}  // namespace

TEST_SUITE("render::progress_meter") {
  TEST_CASE("a stage in words: its count, or its count of a known total, in the plural it takes") {
    CHECK(render::stage_words({Stage::files_read, 1, 0}, english()) == "1 file read");
    CHECK(render::stage_words({Stage::files_read, 12400, 0}, english()) == "12,400 files read");
    CHECK(render::stage_words({Stage::files_read, 12400, 40000}, english()) ==
          "12,400 of 40,000 files read");
    CHECK(render::stage_words({Stage::documents_judged, 3, 0}, english()) == "3 documents judged");
    CHECK(render::stage_words({Stage::partners_compared, 0, 1}, english()) ==
          "0 of 1 partner compared");
    CHECK(render::stage_words({Stage::pages_written, 2, 0}, english()) == "2 pages written");
    CHECK(render::stage_words({Stage::rows_read, 10, 20}, english()) == "10 of 20 rows read");
    CHECK(render::stage_words({Stage::rows_written, 1, 0}, english()) == "1 row written");
  }

  TEST_CASE("the line: the stage, its rate, then what else advanced meanwhile") {
    CHECK(render::progress_line({Stage::files_read, 12400, 0}, 8100, {}, english()) ==
          "12,400 files read, 8100/s");
    CHECK(render::progress_line({Stage::files_read, 1200, 4000}, 950,
                                {{Stage::documents_judged, 1180, 0}}, english()) ==
          "1200 of 4000 files read, 950/s; 1180 documents judged");
    CHECK(render::progress_line({Stage::pages_written, 7, 0}, std::nullopt, {}, english()) ==
          "7 pages written");
  }

  TEST_CASE("in French and Spanish, with their digit groups") {
    const auto& fr = gcsj::testing::language("fr");
    const auto& es = gcsj::testing::language("es");
    CHECK(render::progress_line({Stage::files_read, 12400, 40000}, 8100, {}, fr) ==
          "12\u00a0400 sur 40\u00a0000 fichiers lus, 8100/s");
    CHECK(render::stage_words({Stage::files_read, 1, 0}, fr) == "1 fichier lu");
    CHECK(render::stage_words({Stage::pages_written, 12400, 0}, es) ==
          "12\u00a0400 páginas escritas");
  }

  TEST_CASE("nothing before the run has lasted the delay, then one line rewritten in place") {
    FakeRun run;
    run.meter.begin(Stage::files_read, 40000);
    run.meter.advance(Stage::files_read, 100);
    run.now = 999ms;
    run.meter.tick();
    CHECK(run.take().empty());
    run.meter.advance(Stage::files_read, 12300);
    run.now = 1000ms;
    run.meter.tick();
    // The stage began at 0: 12,400 in one second.
    CHECK(run.take() == "\r12,400 of 40,000 files read, 12,400/s\x1b[K");
  }

  TEST_CASE("redrawn at most once an interval, and only when the line changed") {
    FakeRun run;
    run.meter.begin(Stage::pages_written);
    run.now = 2s;
    run.meter.advance(Stage::pages_written, 10);
    run.meter.tick();
    CHECK(run.take() == "\r10 pages written, 5/s\x1b[K");
    run.meter.advance(Stage::pages_written, 10);
    run.now = 2s + 99ms;
    run.meter.tick();
    CHECK(run.take().empty());  // within the interval
    run.now = 2s + 100ms;
    run.meter.tick();
    CHECK(run.take() == "\r20 pages written, 9/s\x1b[K");
    run.now = 4s;
    run.meter.advance(Stage::pages_written, 20);
    run.meter.tick();
    CHECK(run.take() == "\r40 pages written, 10/s\x1b[K");
    run.now = 5s;
    run.meter.advance(Stage::pages_written, 10);
    run.meter.tick();  // 50 in 5 s: the same rate, another count
    CHECK(run.take() == "\r50 pages written, 10/s\x1b[K");
    run.now = 6s;
    run.meter.tick();  // 50 in 6 s: 8/s
    CHECK(run.take() == "\r50 pages written, 8/s\x1b[K");
    run.meter.begin(Stage::pages_written);  // the same words as a line drawn before...
    run.now = 7s;
    run.meter.advance(Stage::pages_written, 50);
    run.meter.tick();  // ...but 50 in 1 s
    CHECK(run.take() == "\r50 pages written, 50/s\x1b[K");
    run.now = 8s;
    run.meter.tick();  // 50 in 2 s
    CHECK(run.take() == "\r50 pages written, 25/s\x1b[K");
  }

  TEST_CASE("a line that would not change is not written again") {
    FakeRun run;
    run.meter.begin(Stage::rows_read, 10);
    run.now = 1s;
    run.meter.tick();
    CHECK(run.take() == "\r0 of 10 rows read, 0/s\x1b[K");
    run.now = 3s;
    run.meter.tick();
    CHECK(run.take().empty());
  }

  TEST_CASE("no rate in a stage's first half second") {
    FakeRun run;
    run.now = 2s;
    run.meter.begin(Stage::rows_written);
    CHECK(run.take() == "\r0 rows written\x1b[K");  // a stage begun is shown at once
    run.meter.advance(Stage::rows_written, 3);
    run.now = 2s + 499ms;
    run.meter.tick();
    CHECK(run.take() == "\r3 rows written\x1b[K");
  }

  TEST_CASE("nothing is drawn before a stage begins") {
    FakeRun run;
    run.now = 5s;
    run.meter.tick();
    CHECK(run.take().empty());
    run.meter.stop();
    CHECK(run.take().empty());  // nothing to erase
  }

  TEST_CASE("stop erases the line, and nothing is drawn after it") {
    FakeRun run;
    run.meter.begin(Stage::files_read);
    run.now = 1s;
    run.meter.advance(Stage::files_read, 3);
    run.meter.tick();
    CHECK(run.take() == "\r3 files read, 3/s\x1b[K");
    run.meter.stop();
    CHECK(run.take() == "\r\x1b[K");
    run.meter.stop();
    run.now = 10s;
    run.meter.advance(Stage::files_read, 3);
    run.meter.tick();
    CHECK(run.take().empty());
  }

  TEST_CASE("a warning is written with the line erased, and the line comes back after it") {
    FakeRun run;
    run.meter.begin(Stage::files_read);
    run.now = 1s;
    run.meter.tick();
    run.take();
    run.meter.aside([&] { run.written += "gcsj: warning\n"; });
    CHECK(run.take() == "\r\x1b[Kgcsj: warning\n");
    run.now = 1s + 100ms;
    run.meter.tick();  // the same words, but no longer on the terminal
    CHECK(run.take() == "\r0 files read, 0/s\x1b[K");
    run.meter.stop();
    run.meter.aside([&] { run.written += "gcsj: warning\n"; });
    CHECK(run.take() == "\r\x1b[Kgcsj: warning\n");
  }

  TEST_CASE("the stage begun last is shown; what advanced while it ran follows it") {
    FakeRun run;
    run.meter.begin(Stage::documents_judged);
    run.meter.begin(Stage::files_read, 4000);
    run.meter.advance(Stage::files_read, 1200);
    run.meter.advance(Stage::documents_judged, 1180);
    run.now = 1s;
    run.meter.tick();
    CHECK(run.take() == "\r1200 of 4000 files read, 1200/s; 1180 documents judged\x1b[K");
    // A later stage: what was counted before it began is not shown beside it.
    run.meter.begin(Stage::partners_compared, 3000);
    run.meter.advance(Stage::partners_compared, 2);
    run.now = 2s;
    run.meter.tick();
    CHECK(run.take() == "\r2 of 3000 partners compared, 2/s\x1b[K");
    // A stage begun again counts from zero.
    run.meter.begin(Stage::files_read);
    run.meter.advance(Stage::files_read, 5);
    run.now = 3s;
    run.meter.tick();
    CHECK(run.take() == "\r5 files read, 5/s\x1b[K");
  }

  TEST_CASE("the line is cut to the terminal's width less one column, so it never wraps") {
    render::MeterOptions options;
    options.width = 16;
    FakeRun run(options);
    run.meter.begin(Stage::files_read, 40000);
    run.meter.advance(Stage::files_read, 12400);
    run.now = 1s;
    run.meter.tick();
    CHECK(run.take() == "\r12,400 of 40,00\x1b[K");
  }

  TEST_CASE("plain lines: no escape, no carriage return, one a second, nothing to erase") {
    FakeRun run(plain_lines());
    run.meter.begin(Stage::files_read);
    run.meter.advance(Stage::files_read, 10);
    run.now = 1s;
    run.meter.tick();
    CHECK(run.take() == "10 files read, 10/s\n");
    run.meter.advance(Stage::files_read, 10);
    run.now = 1s + 999ms;
    run.meter.tick();
    CHECK(run.take().empty());
    run.now = 2s;
    run.meter.tick();
    CHECK(run.take() == "20 files read, 10/s\n");
    run.now = 3s;
    run.meter.tick();  // unchanged words are written again: a log shows time passing
    CHECK(run.take() == "20 files read, 6/s\n");
    run.meter.stop();
    CHECK(run.take().empty());
  }

  TEST_CASE("the delay may be zero (the tests' knob): a stage begun is shown at once") {
    render::MeterOptions options;
    options.delay = 0ms;
    FakeRun run(options);
    run.meter.begin(Stage::files_read);
    CHECK(run.take() == "\r0 files read\x1b[K");
    run.meter.tick();
    CHECK(run.take().empty());
    run.meter.begin(Stage::pages_written);  // within the interval: at the next tick
    CHECK(run.take().empty());
    run.now = 100ms;
    run.meter.tick();
    CHECK(run.take() == "\r0 pages written\x1b[K");
  }

  TEST_CASE("counts from many threads add up") {
    FakeRun run;
    run.meter.begin(Stage::files_read);
    gcsj::util::parallel_for(10000, 8, [&](std::size_t) { run.meter.advance(Stage::files_read); });
    run.now = 1s;
    run.meter.tick();
    CHECK(run.take() == "\r10,000 files read, 10,000/s\x1b[K");
  }

  TEST_CASE("the ticker draws on its own thread and stops at once, the line erased") {
    std::string written;
    std::mutex guard;  // the ticker writes, the test reads
    render::MeterOptions options;
    options.delay = 0ms;
    render::ProgressMeter meter(options, english(), [&](std::string_view text) {
      const std::lock_guard lock(guard);
      written += text;
    });
    meter.start();
    meter.begin(Stage::files_read);
    gcsj::util::parallel_for(4, 4, [&](std::size_t) {
      for (int i = 0; i < 1000; ++i) meter.advance(Stage::files_read);
    });
    const auto deadline = std::chrono::steady_clock::now() + 5s;
    for (;;) {
      {
        const std::lock_guard lock(guard);
        if (written.find("4000 files read") != std::string::npos) break;
      }
      REQUIRE(std::chrono::steady_clock::now() < deadline);
      std::this_thread::sleep_for(10ms);
    }
    const auto stopping = std::chrono::steady_clock::now();
    meter.stop();
    CHECK(std::chrono::steady_clock::now() - stopping < 1s);
    const std::lock_guard lock(guard);
    CHECK(written.ends_with("\x1b[K\r\x1b[K"));
  }
}
