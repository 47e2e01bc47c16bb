// The Director-General's seat (¶23, ¶25(a)): ex officio, with no term, but changing hands. The
// roster records each Director-General with the period of office (`since`, `until`); exactly one
// sits on any date. A gap is a vacancy of ¶25(a) and a missing Co-Chairperson (group_seat_rules,
// group_chair_rules), judged on the as-of date like every vacancy.

#include <algorithm>
#include <array>
#include <vector>

#include "group/roster.hpp"
#include "group/terms.hpp"
#include "rules/rules.hpp"

namespace gcsj::rules {
namespace {

using group::is_director_general;
using group::member_label;
using i18n::arg;
using i18n::msg;
using i18n::N_;
using model::Member;

// A period of office whose ends are in order (an `until` before `since` is its own finding).
bool well_ordered(const Member& m) {
  return !m.since || !m.until || m.since->value <= m.until->value;
}

void check_overlap(const Context& context, Reporter& out) {
  const model::Group* group = group::the_group(context.registry);
  if (!group) return;
  std::vector<const Member*> holders;
  for (const Member& m : group->members)
    if (is_director_general(m) && well_ordered(m)) holders.push_back(&m);
  // By the day each takes office (an open `since` first); each is compared with the one before it
  // whose office runs longest, so every Director-General who overlaps another is reported once.
  std::stable_sort(holders.begin(), holders.end(), [](const Member* a, const Member* b) {
    if (!a->since || !b->since) return !a->since && b->since;
    return a->since->value < b->since->value;
  });
  const Member* longest = nullptr;
  for (const Member* m : holders) {
    if (longest && (!longest->until || !m->since || m->since->value <= longest->until->value)) {
      i18n::Message message;
      if (!m->since)
        message =
            msg("{member} and {other} are both Director-General with no `since`: one of them must "
                "have left office",
                arg("member", member_label(*m)), arg("other", member_label(*longest)));
      else if (longest->until)
        message =
            msg("{member} takes office on {since}, while {other} is Director-General "
                "until {until}",
                arg("member", member_label(*m)), arg("since", m->since->value),
                arg("other", member_label(*longest)), arg("until", longest->until->value));
      else
        message = msg(
            "{member} takes office on {since}, while {other} is Director-General with no `until`",
            arg("member", member_label(*m)), arg("since", m->since->value),
            arg("other", member_label(*longest)));
      out.add(m->since ? m->since->where : m->where, std::move(message),
              msg("the successor's `since` is the day after the predecessor's `until`"))
          .related.push_back({longest->where, msg("the other Director-General")});
    }
    if (!longest || (longest->until && (!m->until || m->until->value > longest->until->value)))
      longest = m;
  }
}

void check_period(const Context& context, Reporter& out) {
  const model::Group* group = group::the_group(context.registry);
  if (!group) return;
  for (const Member& m : group->members) {
    if (!m.seat) continue;
    if (!is_director_general(m)) {
      const auto hint = [] {
        return msg("give the member's service as `terms` (¶23: two years, renewable once)");
      };
      if (m.since)
        out.add(m.since->where,
                msg("only the Director-General has `since`: {member} serves terms",
                    arg("member", member_label(m))),
                hint());
      if (m.until)
        out.add(m.until->where,
                msg("only the Director-General has `until`: {member} serves terms",
                    arg("member", member_label(m))),
                hint());
      continue;
    }
    if (!well_ordered(m))
      out.add(m.until->where,
              msg("{member} leaves office on {until}, before taking office on {since}",
                  arg("member", member_label(m)), arg("until", m.until->value),
                  arg("since", m.since->value)));
  }
}

constexpr Rule kDirectorGeneralOverlap{
    .id = "director-general-overlap",
    .paragraph = "25(a)",
    .severity = Severity::error,
    .summary = N_("Two Directors-General are in office on one date."),
    .explanation = N_(
        "¶25(a): the Director-General of the ILO is the Co-Chairperson, ex officio. The office "
        "changes hands, so the roster may record past and future Directors-General, each with "
        "the first (`since`) and last (`until`) day in office, either open; exactly one is in "
        "office on any date. Periods that overlap are reported on any date, at the `since` of the "
        "one who takes office later; a gap is a vacancy (`seat-vacant`, `chair-missing`)."),
    .passing = R"yaml(- name: Gilbert F. Houngbo
  seat: director-general
  until: 2027-09-30
- name: The next Director-General
  seat: director-general
  since: 2027-10-01)yaml",
    .failing = R"yaml(- name: Gilbert F. Houngbo
  seat: director-general
  until: 2027-09-30
- name: The next Director-General
  seat: director-general
  since: 2027-09-01)yaml",
    .check = check_overlap,
    .reach = Reach::registry,
};

constexpr Rule kDirectorGeneralPeriod{
    .id = "director-general-period",
    .paragraph = "23",
    .severity = Severity::error,
    .summary = N_("A Director-General leaves office before taking it, or another member has a "
                  "period of office."),
    .explanation =
        N_("¶23: members serve two-year terms, except the Director-General, who sits ex officio. A "
           "Director-General's `until` (the last day in office) is not before its `since` (the "
           "first); `since` and `until` belong to the Director-General alone, other members giving "
           "their service as `terms`."),
    .passing = R"yaml(- name: Gilbert F. Houngbo
  seat: director-general
  since: 2022-10-01)yaml",
    .failing = R"yaml(- name: Gilbert F. Houngbo
  seat: director-general
  since: 2022-10-01
  until: 2021-09-30)yaml",
    .check = check_period,
    .reach = Reach::registry,
};

constexpr std::array kRules{&kDirectorGeneralOverlap, &kDirectorGeneralPeriod};

}  // namespace

RuleList group_director_general_rules() {
  return kRules;
}

}  // namespace gcsj::rules
