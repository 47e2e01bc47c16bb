// gcsj group seats|terms|plan: the Coordinating Group's seats and term calendar on a date, and
// the nomination calendar ahead of it.

#include <optional>

#include <fmt/format.h>

#include "commands.hpp"
#include "group/calendar.hpp"
#include "group/composition.hpp"
#include "group/plan.hpp"
#include "language_option.hpp"
#include "output.hpp"
#include "refdata/reference_data.hpp"
#include "registry_view.hpp"
#include "render/group_plan.hpp"
#include "render/group_views.hpp"

namespace gcsj::cli {
namespace {

struct GroupArgs {
  std::string path = ".";
  std::string as_of;
  std::string format = "text";
  std::optional<long> within_days;
  long horizon_days = group::kDefaultHorizonDays;  // plan
  long remind_days = 30;                           // plan -f ics
  std::string lang;
  InputArgs input;
};

enum class View { seats, terms, plan };

// The ILO region of the country of a member's partner, from the bundled reference data.
group::RegionOf region_of(const group::Roster& roster) {
  return [&roster](const model::Member& member) {
    return std::string(group::member_region(roster, member, refdata::ReferenceData::bundled()));
  };
}

std::string render_plan(const GroupArgs& args, const render::GroupView& group_view,
                        const group::Roster& roster, const i18n::Translator& tr) {
  const auto plan = group::plan_on(roster, group_view.as_of, args.horizon_days, region_of(roster));
  const render::PlanView view{group_view, plan, tr, args.remind_days};
  if (args.format == "json") return render::render_plan_json(view);
  if (args.format == "markdown") return render::render_plan_markdown(view);
  if (args.format == "ics") return render::render_plan_ics(view);
  return render::render_plan_text(view);
}

int run_group(const GroupArgs& args, View view) {
  const auto as_of = parse_date_option("--as-of", args.as_of);
  if (!as_of) {
    print_error(as_of.error());
    return kExitUsage;
  }
  const auto opened = open_view(args.path, *as_of, args.lang, args.input);
  if (!opened) {
    print_error(opened.error());
    return kExitUsage;
  }
  const i18n::Translator& tr = *opened->tr;
  const check::ValidateResult* const result = &opened->loaded;
  if (result->registry.groups.empty()) {
    print_error(util::Error{args.path + " holds no coordinating-group document"});
    return kExitUsage;
  }
  warn_about_errors(*result, args.path, tr);
  const auto roster = group::Roster::of(result->registry);
  const render::GroupView group_view{result->registry, *roster, *as_of, tr};
  std::string out;
  bool over_filled = false;
  if (view == View::seats) {
    const auto composition = group::composition_on(*roster, *as_of);
    for (const auto& row : composition.rows) over_filled = over_filled || row.excess() > 0;
    out = args.format == "json" ? render::render_seats_json(group_view, composition)
                                : render::render_seats_text(group_view, composition);
  } else if (view == View::plan) {
    out = render_plan(args, group_view, *roster, tr);
  } else {
    const auto rows = group::term_calendar(*roster, *as_of, args.within_days);
    out = args.format == "json" ? render::render_terms_json(group_view, rows, args.within_days)
                                : render::render_terms_text(group_view, rows, args.within_days);
  }
  if (const auto written = emit(out, ""); !written) {
    print_error(written.error());
    return kExitUsage;
  }
  // A seat with more members than ¶25 provides fails the view, as it fails `validate`.
  return over_filled ? kExitFindings : kExitClean;
}

CLI::App* add_view(CLI::App& group, std::string_view name, std::string_view description,
                   const std::shared_ptr<GroupArgs>& args,
                   std::vector<std::string> formats = {"text", "json"}) {
  CLI::App* cmd = group.add_subcommand(std::string(name), std::string(description));
  cmd->add_option("path", args->path, "Registry directory or file holding the Group (default: .)");
  cmd->add_option("--as-of", args->as_of, "The date to show, YYYY-MM-DD (default: today, UTC)");
  cmd->add_option("-f,--format", args->format, "Output format")
      ->check(CLI::IsMember(formats))
      ->capture_default_str();
  add_language_option(*cmd, args->lang);
  add_input_options(*cmd, args->input);
  return cmd;
}

}  // namespace

void setup_group(CLI::App& app, int& exit_status) {
  CLI::App* group = app.add_subcommand(
      "group", "The Coordinating Group: seats, terms and the nomination calendar");
  group->require_subcommand(1);

  auto seats_args = std::make_shared<GroupArgs>();
  add_view(*group, "seats", "The seat table of ¶25: capacity, sitting members, vacancies, chairs",
           seats_args)
      ->callback([seats_args, &exit_status] { exit_status = run_group(*seats_args, View::seats); })
      ->footer(
          "Exit status: 0 the table was shown, 1 a seat has more members than ¶25 provides, 2 "
          "usage error (no Group, a bad date or path), 3 internal error. Errors elsewhere in the "
          "registry are a warning on standard error: `gcsj validate` lists them.");

  auto terms_args = std::make_shared<GroupArgs>();
  CLI::App* terms = add_view(
      *group, "terms", "Sitting members' current terms (¶23), by end date, with renewal options",
      terms_args);
  terms->add_option("--within", terms_args->within_days, "Only terms ending within DAYS days")
      ->type_name("DAYS")
      ->check(CLI::Range(0L, kMaxDays));
  terms->footer("Exit status: 0 the calendar was shown, 2 usage error, 3 internal error.");
  terms->callback(
      [terms_args, &exit_status] { exit_status = run_group(*terms_args, View::terms); });

  auto plan_args = std::make_shared<GroupArgs>();
  CLI::App* plan = add_view(*group, "plan",
                            "The nomination calendar: per seat of ¶25 who sits until when, "
                            "renewals (¶23), vacancies and who nominates, and the Group after "
                            "each term end",
                            plan_args, {"text", "markdown", "json", "ics"});
  plan->add_option("--horizon", plan_args->horizon_days,
                   "Terms ending within DAYS days of the as-of date (default: 730)")
      ->type_name("DAYS")
      ->check(CLI::Range(0L, kMaxDays));
  plan->add_option("--remind", plan_args->remind_days,
                   "-f ics: a reminder DAYS days before each term end (0: none; default: 30)")
      ->type_name("DAYS")
      ->check(CLI::Range(0L, kMaxDays));
  plan->footer(
      "Exit status: 0 the calendar was shown, 2 usage error, 3 internal error. Errors elsewhere "
      "in the registry are a warning on standard error: `gcsj validate` lists them.");
  plan->callback([plan_args, &exit_status] { exit_status = run_group(*plan_args, View::plan); });
}

}  // namespace gcsj::cli
