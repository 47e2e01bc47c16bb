// gcsj export [PATH] --table T -f csv|xlsx -o FILE: the registry as spreadsheet tables
// (app/export.hpp).

#include <span>
#include <string_view>
#include <vector>

#include "app/export.hpp"
#include "commands.hpp"
#include "input_options.hpp"
#include "language_option.hpp"
#include "model/enum_names.hpp"
#include "progress.hpp"
#include "sheet/rows.hpp"

namespace gcsj::cli {
namespace {

std::vector<std::string> names_of_enum(std::span<const std::string_view> names) {
  return {names.begin(), names.end()};
}

}  // namespace

struct ExportArgs {
  app::ExportRequest request;
  ProgressChoice progress;
};

void setup_export(CLI::App& app, int& exit_status) {
  auto args = std::make_shared<ExportArgs>();
  app::ExportRequest* request = &args->request;
  CLI::App* cmd = app.add_subcommand(
      "export",
      "Export the registry as spreadsheet tables: partners, actions, the Group, applications, "
      "the Forum (CSV or XLSX)");
  cmd->add_option("path", request->path, "Registry directory or files (default: .)");
  add_input_options(*cmd, request->input);
  cmd->add_option("--table", request->table,
                  "The table: partners, actions (one row per action), group (one row per term), "
                  "applications (pending and declined), forum (one row per session of the Forum), "
                  "contacts (focal points; needs --private) or all")
      ->check(CLI::IsMember(
          {"partners", "actions", "group", "applications", "forum", "contacts", "all"}))
      ->capture_default_str();
  cmd->add_option("-f,--format", request->format,
                  "csv (RFC 4180, UTF-8) or xlsx (one workbook, a sheet per table; needs -o)")
      ->check(CLI::IsMember({"csv", "xlsx"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", request->output,
                  "Write to FILE (csv of one table: default standard output; xlsx: the workbook; "
                  "csv of --table all: a directory, one NAME.csv per table, created if missing)")
      ->check(non_empty("file name"));
  cmd->add_option("--category", request->category, "Only partners of this category (¶19)")
      ->check(CLI::IsMember(names_of_enum(model::names_of<model::Category>())));
  cmd->add_option("--status", request->status, "Only partners with this status")
      ->check(CLI::IsMember(names_of_enum(model::names_of<model::Status>())));
  cmd->add_option("--region", request->region,
                  "Only partners based in a country of this ILO region (quote the names with "
                  "spaces)")
      ->check(CLI::IsMember(sheet::ilo_regions()));
  cmd->add_option("--country", request->country,
                  "Only partners based in this country (ISO 3166-1 alpha-2, such as KE)")
      ->check(non_empty("country code"));
  cmd->add_option("--as-of", request->as_of,
                  "The date of the Group's roles and renewals and the applications' days "
                  "(default: today, UTC)");
  cmd->add_flag("--private", request->with_private,
                "Also export what is never published: each partner's `contact` and `decision` "
                "and the contacts table (the files say PRIVATE)");
  add_language_option(*cmd, request->lang);
  add_progress_options(*cmd, args->progress);
  cmd->footer(
      "Filters select partners; actions, contacts, applications and Group members follow their "
      "partner. Exit status: 0 the tables were written (errors in the registry, and values that "
      "could not be read, are a warning on standard error: `gcsj validate` lists them), 2 usage "
      "error (a bad option or combination, a write that failed), 3 internal error.");
  cmd->callback([args, &exit_status] {
    exit_status = finish(with_progress(args->progress, args->request.lang,
                                       [&](util::Progress* progress, const app::Warn& warn) {
                                         args->request.input.progress = progress;
                                         return app::export_tables(args->request, warn);
                                       }));
  });
}

}  // namespace gcsj::cli
