// gcsj list partners [PATH]: the partners of a registry, filtered, for people and scripts;
// gcsj list applications [PATH]: the queue of applications, or the decisions;
// gcsj list forum [PATH]: the sessions of the Forum (app/list.hpp).

#include <span>
#include <string_view>
#include <vector>

#include "app/list.hpp"
#include "commands.hpp"
#include "format_option.hpp"
#include "input_options.hpp"
#include "language_option.hpp"
#include "model/enum_names.hpp"
#include "progress.hpp"
#include "render/view_formats.hpp"

namespace gcsj::cli {
namespace {

struct ListArgs {
  app::ListRequest request;
  std::string output;
  ProgressChoice progress;
};

struct ApplicationsArgs {
  app::ApplicationsRequest request;
  std::string output;
  ProgressChoice progress;
};

std::vector<std::string> names_of_enum(std::span<const std::string_view> names) {
  return {names.begin(), names.end()};
}

void setup_list_applications(CLI::App& list, int& exit_status) {
  auto args = std::make_shared<ApplicationsArgs>();
  app::ApplicationsRequest& request = args->request;
  CLI::App* cmd = list.add_subcommand(
      "applications",
      "The applications pending, oldest first, with their open findings and what each needs "
      "next; or, with --status declined, the decisions not to admit");
  cmd->add_option("path", request.path, "Registry directory or files (default: .)");
  add_input_options(*cmd, request.input);
  cmd->add_option("--status", request.status,
                  "applied (the queue, the default) or declined (the decisions; shows their "
                  "`decision`, which is never published)")
      ->check(CLI::IsMember({"applied", "declined"}));
  cmd->add_option("--since", request.since,
                  "Only applications received (or, with --status declined, declined) on or after "
                  "this date, YYYY-MM-DD")
      ->check(non_empty("date"));
  cmd->add_option("--as-of", request.as_of,
                  "The date the days waiting are counted to (default: today, UTC)");
  add_format_option(*cmd, request.format, render::application_list_formats());
  cmd->add_option("-o,--output", args->output, "Write to FILE instead of standard output")
      ->check(non_empty("file name"));
  add_language_option(*cmd, request.lang);
  add_progress_options(*cmd, args->progress);
  cmd->footer(
      "Exit status: 0 the applications were listed (errors in the registry are a warning on "
      "standard error: `gcsj validate` lists them), 2 usage error (a bad date or status), 3 "
      "internal error.");
  cmd->callback([args, &exit_status] {
    auto listed = with_progress(args->progress, args->request.lang,
                                [&](util::Progress* progress, const app::Warn& warn) {
                                  args->request.input.progress = progress;
                                  return app::list_applications(args->request, warn);
                                });
    exit_status = finish(listed, args->output);
  });
}

struct ForumArgs {
  app::ForumListRequest request;
  std::string output;
  ProgressChoice progress;
};

void setup_list_forum(CLI::App& list, int& exit_status) {
  auto args = std::make_shared<ForumArgs>();
  app::ForumListRequest& request = args->request;
  CLI::App* cmd = list.add_subcommand(
      "forum",
      "The sessions of the Forum (¶39-42), oldest first: date, place, format, hosts and the "
      "number of initiatives");
  cmd->add_option("path", request.path, "Registry directory or files (default: .)");
  add_input_options(*cmd, request.input);
  cmd->add_option("--as-of", request.as_of,
                  "The date the registry is judged on, for the warning about its errors "
                  "(default: today, UTC)");
  add_format_option(*cmd, request.format, render::forum_list_formats());
  cmd->add_option("-o,--output", args->output, "Write to FILE instead of standard output")
      ->check(non_empty("file name"));
  add_language_option(*cmd, request.lang);
  add_progress_options(*cmd, args->progress);
  cmd->footer(
      "Exit status: 0 the sessions were listed (errors in the registry are a warning on standard "
      "error: `gcsj validate` lists them), 2 usage error, 3 internal error.");
  cmd->callback([args, &exit_status] {
    auto listed = with_progress(args->progress, args->request.lang,
                                [&](util::Progress* progress, const app::Warn& warn) {
                                  args->request.input.progress = progress;
                                  return app::list_forum(args->request, warn);
                                });
    exit_status = finish(listed, args->output);
  });
}

}  // namespace

void setup_list(CLI::App& app, int& exit_status) {
  CLI::App* list = app.add_subcommand("list", "List what a registry holds");
  list->require_subcommand(1);
  auto args = std::make_shared<ListArgs>();
  app::ListRequest& request = args->request;
  CLI::App* partners =
      list->add_subcommand("partners", "The partners, sorted by id, with their state on a date");
  partners->add_option("path", request.path, "Registry directory or files (default: .)");
  add_input_options(*partners, request.input);
  partners->add_option("--category", request.category, "Only partners of this category (¶19)")
      ->check(CLI::IsMember(names_of_enum(model::names_of<model::Category>())));
  partners->add_option("--status", request.status, "Only partners with this status")
      ->check(CLI::IsMember(names_of_enum(model::names_of<model::Status>())));
  partners->add_option("--as-of", request.as_of,
                       "The date for the admitted-on column (default: today, UTC)");
  add_format_option(*partners, request.format, render::list_formats());
  partners->add_option("-o,--output", args->output, "Write to FILE instead of standard output")
      ->check(non_empty("file name"));
  add_language_option(*partners, request.lang);
  partners->add_flag("--contacts", request.contacts,
                     "Also show each partner's focal points (private: never published)");
  add_progress_options(*partners, args->progress);
  partners->callback([args, &exit_status] {
    auto listed = with_progress(args->progress, args->request.lang,
                                [&](util::Progress* progress, const app::Warn& warn) {
                                  args->request.input.progress = progress;
                                  return app::list_partners(args->request, warn);
                                });
    exit_status = finish(listed, args->output);
  });
  setup_list_applications(*list, exit_status);
  setup_list_forum(*list, exit_status);
}

}  // namespace gcsj::cli
