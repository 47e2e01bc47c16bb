#include "app/group.hpp"

#include <functional>
#include <optional>
#include <string>

#include "app/base.hpp"
#include "app/format_choice.hpp"
#include "app/registry_view.hpp"
#include "group/calendar.hpp"
#include "group/composition.hpp"
#include "group/roster.hpp"
#include "group/state.hpp"
#include "group/terms.hpp"
#include "i18n/message.hpp"
#include "refdata/reference_data.hpp"
#include "render/view_formats.hpp"

namespace gcsj::app {
namespace {

// The ILO region of the country of a member's partner, from the bundled reference data.
group::RegionOf region_of(const group::Roster& roster) {
  return [&roster](const model::Member& member) {
    return std::string(group::member_region(roster, member, refdata::ReferenceData::bundled()));
  };
}

// For a proposed Group (--registry): each member whose term covers `date` but who does not sit,
// because the registry holds no such partner or has not admitted it on that date, with why.
void warn_not_sitting(const group::Roster& roster, const model::Date& date,
                      const i18n::Translator& tr, const Warn& warn) {
  if (!warn) return;
  for (const model::Member& member : roster.group().members) {
    if (!member.partner || !group::current_term(member, date) || !roster.exists_on(date) ||
        roster.partner_admitted_on(member, date))
      continue;
    const auto who = i18n::arg("member", group::member_label(member));
    const auto partner = i18n::arg("partner", member.partner->value);
    const auto on = i18n::arg("date", date);
    warn((roster.partner_of(member)
              ? i18n::msg("warning: {member} does not sit on {date}: the registry has not "
                          "admitted its partner `{partner}` on that date",
                          who, on, partner)
              : i18n::msg("warning: {member} does not sit on {date}: the registry holds no "
                          "partner `{partner}`",
                          who, on, partner))
             .in(tr));
  }
}

// What a view of the Group is rendered from, built by `show` in the request's format.
using Show = std::function<Printed(const render::GroupView&, const group::Roster&)>;

// Loads the registry of `request` and shows its Group; a usage Error when it holds none.
Expected<Printed> show_group(const GroupRequest& request, const Warn& warn, const Show& show) {
  const auto as_of = date_option("--as-of", request.as_of);
  if (!as_of) return as_of.error();
  const bool proposed = !request.registry.empty();
  const auto opened =
      open_view(request.path, *as_of, request.lang, request.input,
                proposed ? std::optional<std::string>(request.registry) : std::nullopt);
  if (!opened) return opened.error();
  const i18n::Translator& tr = *opened->tr;
  const check::ValidateResult& result = opened->loaded;
  // With --registry, the Group shown is the one of `path` (load::prefer_selected), never DIR's.
  const auto& groups = result.registry.groups;
  if (groups.empty() || (proposed && !result.registry.file(groups.front().where.file).selected))
    return usage(
        i18n::msg("{path} holds no coordinating-group document", i18n::arg("path", request.path)));
  warn_about_errors(
      result, proposed ? request.path + " --registry " + request.registry : request.path, tr, warn);
  const auto roster = group::Roster::of(result.registry);
  if (proposed) warn_not_sitting(*roster, *as_of, tr, warn);
  const render::GroupView group_view{result.registry, *roster, *as_of, tr};
  Printed printed = show(group_view, *roster);
  // An output never goes through the links of what was read.
  printed.read = read_paths({request.path},
                            proposed ? std::optional<std::string>(request.registry) : std::nullopt);
  return printed;
}

}  // namespace

Expected<Printed> group_seats(const GroupRequest& request, const Warn& warn) {
  const auto format = format_named(render::seats_formats(), request.format, "group seats");
  if (!format) return format.error();
  return show_group(request, warn, [&](const render::GroupView& view, const group::Roster& roster) {
    const auto composition = group::composition_on(roster, view.as_of);
    const bool over_filled = group::seat_totals(composition).over > 0;
    return Printed{(*format)->render({view, composition}, {}),
                   over_filled ? Outcome::failing : Outcome::clean,
                   {}};
  });
}

Expected<Printed> group_terms(const GroupRequest& request, const Warn& warn) {
  const auto format = format_named(render::terms_formats(), request.format, "group terms");
  if (!format) return format.error();
  return show_group(request, warn, [&](const render::GroupView& view, const group::Roster& roster) {
    const auto rows = group::term_calendar(roster, view.as_of, request.within_days);
    return Printed{(*format)->render({view, rows, request.within_days}, {}), Outcome::clean, {}};
  });
}

Expected<Printed> group_plan(const GroupRequest& request, const Warn& warn) {
  const auto format = format_named(render::plan_formats(), request.format, "group plan");
  if (!format) return format.error();
  return show_group(request, warn, [&](const render::GroupView& view, const group::Roster& roster) {
    const auto plan = group::plan_on(roster, view.as_of, request.horizon_days, region_of(roster));
    return Printed{
        (*format)->render({view, plan, view.tr, request.remind_days, request.lead_days}, {}),
        Outcome::clean,
        {}};
  });
}

}  // namespace gcsj::app
