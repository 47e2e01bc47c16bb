// gcsj changes [PATH] --from DATE [--to DATE]: what changed in the Coalition in a period.
// gcsj changes --base REF [PATH]: what a change to the registry does (app/changes.hpp).

#include "app/changes.hpp"
#include "commands.hpp"
#include "format_option.hpp"
#include "input_options.hpp"
#include "language_option.hpp"
#include "progress.hpp"
#include "render/view_formats.hpp"
#include "terminal.hpp"

namespace gcsj::cli {
namespace {

struct ChangesArgs {
  app::ChangesRequest request;
  std::string output;
  std::string color = "auto";
  ProgressChoice progress;
};

int run_changes(ChangesArgs args) {
  args.request.text.color = args.output.empty() && use_color(args.color);
  auto changes = with_progress(args.progress, args.request.lang,
                               [&](util::Progress* progress, const app::Warn& warn) {
                                 args.request.input.progress = progress;
                                 return app::changes(args.request, warn);
                               });
  return finish(changes, args.output);
}

}  // namespace

void setup_changes(CLI::App& app, int& exit_status) {
  auto args = std::make_shared<ChangesArgs>();
  app::ChangesRequest& request = args->request;
  CLI::App* cmd = app.add_subcommand(
      "changes",
      "What changed between two dates (--from, --to) or two versions of the registry (--base): "
      "partners, applications, the Group, completed actions");
  cmd->add_option("path", request.path, "Registry directory or files (default: .)");
  add_input_options(*cmd, request.input);
  cmd->add_option("--from", request.from,
                  "The day before the period, YYYY-MM-DD: changes after it are listed");
  cmd->add_option("--to", request.to,
                  "The last day of the period, YYYY-MM-DD (default: the --as-of date)");
  cmd->add_option("--as-of", request.as_of,
                  "The date the registry is judged on, YYYY-MM-DD (default: today, UTC)");
  // One --format for both readings: render::diff_formats() has the same names (a test says so).
  add_format_option(*cmd, request.format, render::changes_formats());
  cmd->add_option("--base", request.base,
                  "Compare with the registry at REF (a git revision or a directory) on the --as-of "
                  "date instead of two dates");
  cmd->add_option("-o,--output", args->output, "Write to FILE instead of standard output")
      ->check(non_empty("file name"));
  cmd->add_option("--color", args->color, "Colour text output (with --base): auto, always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  cmd->add_option("-j,--jobs", request.jobs,
                  "Files parsed at once with --base (default: one per CPU); the output is the same")
      ->check(CLI::Range(0u, 256u));
  add_language_option(*cmd, request.lang);
  add_progress_options(*cmd, args->progress);
  cmd->footer(
      "Exit status: 0 the changes were listed (errors in the registry are a warning on standard "
      "error: `gcsj validate` lists them), 2 usage error (a bad date or path, --from not before "
      "--to, an unknown --lang, neither --from nor --base or both, a --base that is neither a "
      "revision nor a "
      "directory, an output that cannot be written), 3 internal error.");
  cmd->callback([args, &exit_status] { exit_status = run_changes(*args); });
}

}  // namespace gcsj::cli
