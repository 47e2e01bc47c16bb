// gcsj import --partners FILE.csv [--actions FILE.csv] [--contacts FILE.csv] --into DIR
// [--dry-run]: partners from a spreadsheet to new registry files (app/import.hpp).

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "app/import.hpp"
#include "commands.hpp"
#include "input_options.hpp"
#include "language_option.hpp"
#include "progress.hpp"
#include "render/validate/formats.hpp"
#include "terminal.hpp"
#include "util/utf8.hpp"

namespace gcsj::cli {
namespace {

struct ImportArgs {
  app::ImportRequest request;
  std::string actions;
  std::string contacts;
  std::string output;
  std::string color = "auto";
  ProgressChoice progress;
};

int run_import(ImportArgs args) {
  args.request.text.color = args.output.empty() && use_color(args.color);
  if (!args.actions.empty()) args.request.actions = args.actions;
  if (!args.contacts.empty()) args.request.contacts = args.contacts;
  const auto imported = with_progress(args.progress, args.request.lang,
                                      [&](util::Progress* progress, const app::Warn&) {
                                        args.request.input.progress = progress;
                                        return app::import(args.request);
                                      });
  if (!imported) return fail(imported.error());
  const int status = finish(imported->printed, args.output);
  std::string_view rest = imported->summary;
  for (;;) {
    const auto end = rest.find('\n');
    fmt::print(stderr, "gcsj: {}\n", util::printable(rest.substr(0, end)));
    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + 1);
  }
  return status;
}

}  // namespace

void setup_import(CLI::App& app, int& exit_status) {
  auto args = std::make_shared<ImportArgs>();
  app::ImportRequest& request = args->request;
  CLI::App* cmd = app.add_subcommand(
      "import",
      "Write partners from CSV files (as gcsj export writes them) as new registry files, each "
      "problem a finding at its cell");
  cmd->add_option("--partners", request.partners, "The partners CSV file, one row per partner")
      ->required()
      ->type_name("FILE");
  cmd->add_option("--actions", args->actions,
                  "The actions CSV file, one row per action, keyed by `partner`")
      ->type_name("FILE")
      ->check(non_empty("file name"));
  cmd->add_option("--contacts", args->contacts,
                  "The focal points CSV file, one row per focal point, keyed by `partner`")
      ->type_name("FILE")
      ->check(non_empty("file name"));
  cmd->add_option("--into", request.into,
                  "The registry directory the files go to, as DIR/partners/ID.yaml (it may be "
                  "empty); an existing file is never replaced")
      ->required()
      ->type_name("DIR");
  cmd->add_flag("-n,--dry-run", request.dry_run, "Write nothing; print the same findings");
  cmd->add_option("--as-of", request.as_of,
                  "Judge states and terms on this date, YYYY-MM-DD (default: today, UTC)");
  cmd->add_option("-f,--format", request.format,
                  fmt::format("Output format: {} (default: text; github when GITHUB_ACTIONS=true)",
                              fmt::join(render::format_names(render::output_formats()), ", ")))
      ->check(CLI::IsMember(render::format_names(render::output_formats())));
  cmd->footer(
      "Exit status: 0 no failing finding, 1 failing findings, 2 usage error or unreadable "
      "input, 3 internal error.");
  cmd->add_option("-o,--output", args->output,
                  "Write the report to FILE (atomically) instead of standard output")
      ->check(non_empty("file name"));
  cmd->add_flag("--strict", request.strict, "Fail (exit 1) on warnings too: --fail-level warning");
  cmd->add_option("--fail-level", request.fail_level,
                  "The least severity that fails the run: error (default), warning or note")
      ->check(CLI::IsMember({"error", "warning", "note"}));
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
  cmd->callback([args, &exit_status] { exit_status = run_import(*args); });
}

}  // namespace gcsj::cli
