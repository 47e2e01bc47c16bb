// The meetings of the Coordinating Group (¶24: "twice a year, or as needed").

#include <algorithm>
#include <array>

#include "group/roster.hpp"
#include "rules/rules.hpp"

namespace gcsj::rules {
namespace {

using i18n::arg;
using i18n::msg;
using i18n::N_;

// Every full calendar year from the Group's establishment to the as-of date: a year that starts
// on or after `established` (default: the earliest term start) and ends on or before the as-of
// date. The first, partial year is not judged.
void check_meetings(const Context& context, Reporter& out) {
  const auto roster = group::Roster::of(context.registry);
  if (!roster || !roster->established()) return;
  const model::Group& group = roster->group();
  const model::Date established = *roster->established();
  const int first_full_year =
      established.month == 1 && established.day == 1 ? established.year : established.year + 1;
  const int last_full_year = context.as_of.month == 12 && context.as_of.day == 31
                                 ? context.as_of.year
                                 : context.as_of.year - 1;
  for (int year = first_full_year; year <= last_full_year; ++year) {
    const auto held = std::count_if(
        group.meetings.begin(), group.meetings.end(),
        [&](const model::Meeting& m) { return m.date && m.date->value.year == year; });
    if (held >= 2) continue;
    out.add(group.meetings_where,
            held == 0 ? msg("the Group did not meet in {year}; ¶24 has it meet twice a year, or "
                            "as needed",
                            arg("year", year))
                      : msg("the Group met once in {year}; ¶24 has it meet twice a year, or as "
                            "needed",
                            arg("year", year)));
  }
}

constexpr Rule kMeetingFrequency{
    .id = "meeting-frequency",
    .paragraph = "24",
    .severity = Severity::note,
    .summary = N_("The Group met fewer than twice in a full calendar year."),
    .explanation = N_(
        "¶24: the Coordinating Group meets twice a year, or as needed. Every full calendar year "
        "after `established` (default: the earliest term start) with fewer than two `meetings` is "
        "noted."),
    .passing = R"yaml(meetings:
  - date: 2025-03-20
  - date: 2025-10-30)yaml",
    .failing = R"yaml(meetings:
  - date: 2025-03-20   # the only one in 2025)yaml",
    .check = check_meetings,
    .reach = Reach::registry,
};

constexpr std::array kRules{&kMeetingFrequency};

}  // namespace

RuleList group_meeting_rules() {
  return kRules;
}

}  // namespace gcsj::rules
