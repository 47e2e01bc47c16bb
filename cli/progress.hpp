#pragma once
// Progress on standard error for the long commands (validate, publish, changes, list, report,
// group): whether a run shows it, and the meter that does (render/progress_meter.hpp).
//
// A run shows progress when standard error is a terminal (not TERM=dumb) and neither CI nor
// GITHUB_ACTIONS is set, and only once it has lasted a second; `--progress` shows it wherever
// standard error goes (a plain line a second when it is not a terminal), `--no-progress` never.
// Nothing is ever written on standard output, and the line is erased before the command's output
// and its warnings. GCSJ_PROGRESS_DELAY_MS (for tests) replaces the second's wait.

#include <CLI/CLI.hpp>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>

#include "app/options.hpp"
#include "render/progress_meter.hpp"
#include "util/progress.hpp"

namespace gcsj::cli {

struct ProgressChoice {
  bool on = false;   // --progress
  bool off = false;  // --no-progress
};

void add_progress_options(CLI::App& cmd, ProgressChoice& choice);

// What the environment says of a run (read once, by `environment_of`; a test may make one).
struct ProgressEnvironment {
  bool terminal = false;         // standard error is a terminal, and TERM is not dumb
  bool ci = false;               // CI or GITHUB_ACTIONS is set (non-empty)
  std::size_t width = 0;         // the terminal's columns; 0: not known
  std::optional<long> delay_ms;  // GCSJ_PROGRESS_DELAY_MS
};
ProgressEnvironment progress_environment();

// The meter's style for `choice` in `environment`; none when the run shows no progress.
std::optional<render::MeterOptions::Style> progress_style(const ProgressChoice& choice,
                                                          const ProgressEnvironment& environment);

// The meter of one run of a command, ticking on standard error from its making to `stop` (or
// its end), or nothing when the run shows no progress.
class RunProgress {
 public:
  // `lang`: the command's --lang (the locale's language when empty or unknown).
  RunProgress(const ProgressChoice& choice, const std::string& lang);
  ~RunProgress();
  RunProgress(const RunProgress&) = delete;
  RunProgress& operator=(const RunProgress&) = delete;

  // What the request is told through; null when no progress is shown.
  util::Progress* progress() { return meter_.get(); }
  // The command's warnings, on standard error with the line erased first (warn_on_stderr).
  const app::Warn& warn() const { return warn_; }
  // Erases the line and stops the meter: before the command's output is written.
  void stop();

 private:
  std::unique_ptr<render::ProgressMeter> meter_;
  app::Warn warn_;
};

// Runs `command(progress, warn)` (a call of lib/app) with a meter, stopped before it returns
// what the command returned, so the output that follows stands on a clean line.
template <class Command>
auto with_progress(const ProgressChoice& choice, const std::string& lang, Command&& command) {
  RunProgress run(choice, lang);
  auto result = command(run.progress(), run.warn());
  run.stop();
  return result;
}

}  // namespace gcsj::cli
