// gcsj validate [PATH ...]: check partners and the Coordinating Group against GB.349/INS/4; with
// --base REF, the change's findings (app/validate.hpp).

#include <unistd.h>

#include <algorithm>
#include <optional>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "app/validate.hpp"
#include "commands.hpp"
#include "input_options.hpp"
#include "language_option.hpp"
#include "load/source_text.hpp"
#include "progress.hpp"
#include "render/validate/formats.hpp"
#include "terminal.hpp"
#include "util/temporary_file.hpp"

namespace gcsj::cli {
namespace {

struct ValidateArgs {
  app::ValidateRequest request;
  std::string output;
  std::string color = "auto";
  ProgressChoice progress;
};

int run_validate(ValidateArgs args) {
  args.request.text.color = args.output.empty() && use_color(args.color);
  // `-` is the text of standard input, handed to lib/app as a file: copied up to the file limit,
  // so that it is read in pieces like any file and an endless input (`- </dev/zero`) ends in an
  // input-limit finding. `--base` reads a directory, never `-`.
  std::optional<util::TemporaryFile> spooled;
  const auto& paths = args.request.paths;
  if (args.request.base.empty() && std::find(paths.begin(), paths.end(), "-") != paths.end()) {
    auto copy = util::TemporaryFile::copy_of(STDIN_FILENO, load::kMaxFileBytes);
    if (!copy) return fail(app::input(copy.error()));
    spooled.emplace(std::move(*copy));
    args.request.stdin_file = spooled->path();
  }
  auto validated =
      with_progress(args.progress, args.request.lang, [&](util::Progress* progress, const auto&) {
        args.request.input.progress = progress;
        return app::validate(args.request);
      });
  return finish(validated, args.output);
}

}  // namespace

void setup_validate(CLI::App& app, int& exit_status) {
  auto args = std::make_shared<ValidateArgs>();
  app::ValidateRequest& request = args->request;
  CLI::App* cmd = app.add_subcommand(
      "validate", "Check registry files against the rules of GB.349/INS/4 and the registry format");
  cmd->add_option("paths", request.paths,
                  "Registry directories, YAML files, or - for standard input (default: .)");
  cmd->add_option("--as-of", request.as_of,
                  "Judge states and terms on this date, YYYY-MM-DD (default: today, UTC)");
  cmd->add_option("-f,--format", request.format,
                  fmt::format("Output format: {} (default: text; github when GITHUB_ACTIONS=true)",
                              fmt::join(render::format_names(render::output_formats()), ", ")))
      ->check(CLI::IsMember(render::format_names(render::output_formats())));
  std::string footer = "Formats:";
  for (const auto& format : render::output_formats())
    footer += fmt::format("\n  {:<8} {}", format.name, format.help);
  cmd->footer(
      footer +
      "\n\nExit status: 0 no failing finding, 1 failing findings, 2 usage error, 3 internal "
      "error.");
  cmd->add_option("-o,--output", args->output,
                  "Write the report to FILE (atomically) instead of standard output")
      ->check(non_empty("file name"));
  cmd->add_flag("--strict", request.strict, "Fail (exit 1) on warnings too: --fail-level warning");
  cmd->add_option("--fail-level", request.fail_level,
                  "The least severity that fails the run: error (default), warning or note")
      ->check(CLI::IsMember({"error", "warning", "note"}));
  cmd->add_option("--registry", request.registry,
                  "Load this registry as context; report only findings about PATHs")
      ->check(CLI::ExistingDirectory);
  cmd->add_option("--base", request.base,
                  "Compare with the older version REF of the registry (a git revision, or a "
                  "directory written as a path): report what the change introduces and resolves, "
                  "and fail on what it introduces")
      ->type_name("REF");
  add_input_options(*cmd, request.input);
  add_language_option(*cmd, request.lang);
  add_progress_options(*cmd, args->progress);
  cmd->add_option("--color", args->color, "Colour text output: auto, always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  cmd->add_option("-j,--jobs", request.jobs,
                  "Files parsed at once (default: one per CPU); the output is the same")
      ->check(CLI::Range(0u, 256u));
  cmd->add_flag("-q,--quiet", request.text.quiet,
                "Text output: finding lines only, without source lines, hints or summary");
  cmd->callback([args, &exit_status] { exit_status = run_validate(*args); });
}

}  // namespace gcsj::cli
