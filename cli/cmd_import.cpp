// gcsj import --partners FILE.csv [--actions FILE.csv] [--contacts FILE.csv] --into DIR
// [--dry-run]: partners from a spreadsheet to new registry files (app/import.hpp).

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "app/import.hpp"
#include "commands.hpp"
#include "findings_options.hpp"
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
  FindingsOutput out;
};

int run_import(ImportArgs args) {
  args.request.text.color = args.out.output.empty() && use_color(args.out.color);
  if (!args.actions.empty()) args.request.actions = args.actions;
  if (!args.contacts.empty()) args.request.contacts = args.contacts;
  const auto imported = with_progress(args.out.progress, args.request.lang,
                                      [&](util::Progress* progress, const app::Warn&) {
                                        args.request.input.progress = progress;
                                        return app::import(args.request);
                                      });
  if (!imported) return fail(imported.error());
  const int status = finish(imported->printed, args.out.output);
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
  add_findings_format_option(*cmd, request);
  cmd->footer(
      "Exit status: 0 no failing finding, 1 failing findings, 2 usage error or unreadable "
      "input, 3 internal error.");
  add_findings_output_options(*cmd, request, args->out);
  add_findings_run_options(*cmd, request, args->out);
  cmd->callback([args, &exit_status] { exit_status = run_import(*args); });
}

}  // namespace gcsj::cli
