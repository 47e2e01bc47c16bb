#include "progress.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "outcome.hpp"

namespace gcsj::cli {
namespace {

std::string_view variable(const char* name) {
  const char* value = std::getenv(name);
  return value ? std::string_view(value) : std::string_view();
}

void write_stderr(std::string_view text) {
  std::fwrite(text.data(), 1, text.size(), stderr);
  std::fflush(stderr);
}

}  // namespace

void add_progress_options(CLI::App& cmd, ProgressChoice& choice) {
  cmd.add_flag("--progress", choice.on,
               "Show progress on standard error even when it is not a terminal (a line a "
               "second) or under CI (default: on a terminal, after a second)");
  cmd.add_flag("--no-progress", choice.off,
               "Show no progress on standard error (wins over --progress)");
}

ProgressEnvironment progress_environment() {
  ProgressEnvironment environment;
  environment.terminal = isatty(STDERR_FILENO) != 0 && variable("TERM") != "dumb";
  environment.ci = !variable("CI").empty() || !variable("GITHUB_ACTIONS").empty();
  winsize size{};
  if (environment.terminal && ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0)
    environment.width = size.ws_col;
  if (const std::string_view delay = variable("GCSJ_PROGRESS_DELAY_MS"); !delay.empty()) {
    char* end = nullptr;
    const std::string text(delay);
    errno = 0;
    const long ms = std::strtol(text.c_str(), &end, 10);
    if (errno == 0 && end != nullptr && *end == '\0' && ms >= 0) environment.delay_ms = ms;
  }
  return environment;
}

std::optional<render::MeterOptions::Style> progress_style(const ProgressChoice& choice,
                                                          const ProgressEnvironment& environment) {
  using Style = render::MeterOptions::Style;
  if (choice.off) return std::nullopt;
  if (choice.on) return environment.terminal ? Style::line : Style::lines;
  if (environment.terminal && !environment.ci) return Style::line;
  return std::nullopt;
}

RunProgress::RunProgress(const ProgressChoice& choice, const std::string& lang)
    : warn_(warn_on_stderr()) {
  const ProgressEnvironment environment = progress_environment();
  const auto style = progress_style(choice, environment);
  if (!style) return;
  render::MeterOptions options;
  options.style = *style;
  options.width = environment.width;
  if (environment.delay_ms) options.delay = std::chrono::milliseconds(*environment.delay_ms);
  // The command reports a --lang it does not know itself; the meter then speaks the locale's.
  auto language = app::chosen_language(lang);
  if (!language) language = app::chosen_language("");
  const i18n::Translator& tr = language ? **language : i18n::Translator::english();
  meter_ = std::make_unique<render::ProgressMeter>(options, tr, write_stderr);
  meter_->start();
  warn_ = [meter = meter_.get()](const std::string& text) {
    meter->aside([&] { warn_on_stderr()(text); });
  };
}

RunProgress::~RunProgress() {
  stop();
}

void RunProgress::stop() {
  if (meter_) meter_->stop();
}

}  // namespace gcsj::cli
