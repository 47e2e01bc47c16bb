#pragma once
// The options of a command whose result is a list of findings (`validate`, `import`): its format
// and file, what fails the run, the inputs, the language, progress, colour, jobs and quiet text.
// One list, so that the two commands read and fail alike.

#include <CLI/CLI.hpp>

#include <string>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "commands.hpp"
#include "input_options.hpp"
#include "language_option.hpp"
#include "progress.hpp"
#include "render/validate/formats.hpp"

namespace gcsj::cli {

// What the command line decides beyond the request itself.
struct FindingsOutput {
  std::string output;  // -o: a file instead of standard output
  std::string color = "auto";
  ProgressChoice progress;
};

// -f, --as-of and the options after them; `Request` is a request of lib/app with the members
// format, as_of, strict, fail_level, input, lang, jobs and text (app::ValidateRequest,
// app::ImportRequest).
template <class Request>
void add_findings_format_option(CLI::App& cmd, Request& request) {
  cmd.add_option("--as-of", request.as_of,
                 "Judge states and terms on this date, YYYY-MM-DD (default: today, UTC)");
  cmd.add_option("-f,--format", request.format,
                 fmt::format("Output format: {} (default: text; github when GITHUB_ACTIONS=true)",
                             fmt::join(render::format_names(render::output_formats()), ", ")))
      ->check(CLI::IsMember(render::format_names(render::output_formats())));
}

template <class Request>
void add_findings_output_options(CLI::App& cmd, Request& request, FindingsOutput& output) {
  cmd.add_option("-o,--output", output.output,
                 "Write the report to FILE (atomically) instead of standard output")
      ->check(non_empty("file name"));
  cmd.add_flag("--strict", request.strict, "Fail (exit 1) on warnings too: --fail-level warning");
  cmd.add_option("--fail-level", request.fail_level,
                 "The least severity that fails the run: error (default), warning or note")
      ->check(CLI::IsMember({"error", "warning", "note"}));
}

template <class Request>
void add_findings_run_options(CLI::App& cmd, Request& request, FindingsOutput& output) {
  add_input_options(cmd, request.input);
  add_language_option(cmd, request.lang);
  add_progress_options(cmd, output.progress);
  cmd.add_option("--color", output.color, "Colour text output: auto, always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  cmd.add_option("-j,--jobs", request.jobs,
                 "Files parsed at once (default: one per CPU); the output is the same")
      ->check(CLI::Range(0u, 256u));
  cmd.add_flag("-q,--quiet", request.text.quiet,
               "Text output: finding lines only, without source lines, hints or summary");
}

}  // namespace gcsj::cli
