// gcsj group seats|terms|plan: the Coordinating Group's seats and term calendar on a date, and
// the nomination calendar ahead of it (app/group.hpp).

#include <span>

#include "app/group.hpp"
#include "commands.hpp"
#include "format_option.hpp"
#include "input_options.hpp"
#include "language_option.hpp"
#include "progress.hpp"
#include "render/view_formats.hpp"

namespace gcsj::cli {
namespace {

struct GroupArgs {
  app::GroupRequest request;
  ProgressChoice progress;
};

// Runs a view of the Group (app::group_seats, ...) with the progress of its load.
template <class Show>
int run_view(GroupArgs& args, Show show) {
  return finish(with_progress(args.progress, args.request.lang,
                              [&](util::Progress* progress, const app::Warn& warn) {
                                args.request.input.progress = progress;
                                return show(args.request, warn);
                              }));
}

template <class View>
CLI::App* add_view(CLI::App& group, std::string_view name, std::string_view description,
                   GroupArgs& args, std::span<const render::Format<View>> formats) {
  app::GroupRequest& request = args.request;
  CLI::App* cmd = group.add_subcommand(std::string(name), std::string(description));
  cmd->add_option("path", request.path,
                  "Registry directory or file holding the Group (default: .)");
  cmd->add_option("--as-of", request.as_of, "The date to show, YYYY-MM-DD (default: today, UTC)");
  cmd->add_option("--registry", request.registry,
                  "PATH is a proposed Group document: judge it against this registry's partners "
                  "(it replaces the registry's own Group document)")
      ->type_name("DIR");
  add_format_option(*cmd, request.format, formats);
  add_language_option(*cmd, request.lang);
  add_input_options(*cmd, request.input);
  add_progress_options(*cmd, args.progress);
  return cmd;
}

}  // namespace

void setup_group(CLI::App& app, int& exit_status) {
  CLI::App* group = app.add_subcommand(
      "group", "The Coordinating Group: seats, terms and the nomination calendar");
  group->require_subcommand(1);

  auto seats = std::make_shared<GroupArgs>();
  add_view(*group, "seats", "The seat table of ¶25: capacity, sitting members, vacancies, chairs",
           *seats, render::seats_formats())
      ->callback([seats, &exit_status] { exit_status = run_view(*seats, app::group_seats); })
      ->footer(
          "Exit status: 0 the table was shown, 1 a seat has more members than ¶25 provides, 2 "
          "usage error (no Group, a bad date or path), 3 internal error. Errors elsewhere in the "
          "registry are a warning on standard error: `gcsj validate` lists them.");

  auto terms = std::make_shared<GroupArgs>();
  CLI::App* terms_cmd = add_view(
      *group, "terms", "Sitting members' current terms (¶23), by end date, with renewal options",
      *terms, render::terms_formats());
  terms_cmd
      ->add_option("--within", terms->request.within_days, "Only terms ending within DAYS days")
      ->type_name("DAYS")
      ->check(CLI::Range(0L, kMaxDays));
  terms_cmd->footer("Exit status: 0 the calendar was shown, 2 usage error, 3 internal error.");
  terms_cmd->callback([terms, &exit_status] { exit_status = run_view(*terms, app::group_terms); });

  auto plan = std::make_shared<GroupArgs>();
  CLI::App* plan_cmd = add_view(*group, "plan",
                                "The nomination calendar: per seat of ¶25 who sits until when, "
                                "renewals (¶23), vacancies and who nominates, and the Group after "
                                "each term end",
                                *plan, render::plan_formats());
  plan_cmd
      ->add_option("--horizon", plan->request.horizon_days,
                   "Terms ending within DAYS days of the as-of date (default: 730)")
      ->type_name("DAYS")
      ->check(CLI::Range(0L, kMaxDays));
  plan_cmd
      ->add_option("--remind", plan->request.remind_days,
                   "-f ics: a reminder DAYS days before each term end (0: none; default: 30)")
      ->type_name("DAYS")
      ->check(CLI::Range(0L, kMaxDays));
  plan_cmd
      ->add_option("--lead", plan->request.lead_days,
                   "-f ics: an event DAYS days before each term end to ask for nominations "
                   "(0: none; default: 90)")
      ->type_name("DAYS")
      ->check(CLI::Range(0L, kMaxDays));
  plan_cmd->footer(
      "Exit status: 0 the calendar was shown, 2 usage error, 3 internal error. Errors elsewhere "
      "in the registry are a warning on standard error: `gcsj validate` lists them.");
  plan_cmd->callback([plan, &exit_status] { exit_status = run_view(*plan, app::group_plan); });
}

}  // namespace gcsj::cli
