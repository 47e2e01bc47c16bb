// The chairs of the Coordinating Group (¶25(a), (c)-(e)): the Director-General and one government
// member are Co-Chairpersons, one employers' and one workers' member Vice-Chairpersons. Judged
// among the members who sit on the as-of date (group/roster.hpp).

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <utility>
#include <vector>

#include "group/roster.hpp"
#include "group/state.hpp"
#include "group/terms.hpp"
#include "model/enum_names.hpp"
#include "rules/rules.hpp"

namespace gcsj::rules {
namespace {

using i18n::N_;

using group::is_director_general;
using group::member_label;
using i18n::arg;
using i18n::Message;
using i18n::msg;
using model::Member;
using model::Role;
using model::Seat;

// Each chair's messages, whole: "a second ...", "no ... sits on {date}".
struct Chair {
  Role role;
  Seat seat;
  std::string_view paragraph;
  Message (*second)(Message first);
  Message (*missing)(model::Date date);
};
constexpr std::array kChairs{
    Chair{Role::co_chair, Seat::director_general, "25(a)",
          [](Message first) {
            return msg(
                "a second Director-General, the ex officio Co-Chairperson: {first} "
                "already is one",
                arg("first", std::move(first)));
          },
          [](model::Date date) {
            return msg("no Director-General, the ex officio Co-Chairperson, sits on {date}",
                       arg("date", date));
          }},
    Chair{Role::co_chair, Seat::government, "25(c)",
          [](Message first) {
            return msg("a second government Co-Chairperson: {first} already is one",
                       arg("first", std::move(first)));
          },
          [](model::Date date) {
            return msg("no government Co-Chairperson sits on {date}", arg("date", date));
          }},
    Chair{Role::vice_chair, Seat::employers, "25(d)",
          [](Message first) {
            return msg("a second employers' Vice-Chairperson: {first} already is one",
                       arg("first", std::move(first)));
          },
          [](model::Date date) {
            return msg("no employers' Vice-Chairperson sits on {date}", arg("date", date));
          }},
    Chair{Role::vice_chair, Seat::workers, "25(e)",
          [](Message first) {
            return msg("a second workers' Vice-Chairperson: {first} already is one",
                       arg("first", std::move(first)));
          },
          [](model::Date date) {
            return msg("no workers' Vice-Chairperson sits on {date}", arg("date", date));
          }},
};

const Chair* chair_of(Role role, Seat seat) {
  const auto it = std::find_if(kChairs.begin(), kChairs.end(),
                               [&](const Chair& c) { return c.role == role && c.seat == seat; });
  return it == kChairs.end() ? nullptr : &*it;
}

// "a member of the Employers' seats cannot be a Co-Chairperson", whole for each seat and role.
Message misplaced_chair(Seat seat, Role role) {
  const bool co_chair = role == Role::co_chair;
  switch (seat) {
    case Seat::government:
      return co_chair ? msg("a member of the Government seats cannot be a Co-Chairperson")
                      : msg("a member of the Government seats cannot be a Vice-Chairperson");
    case Seat::employers:
      return co_chair ? msg("a member of the Employers' seats cannot be a Co-Chairperson")
                      : msg("a member of the Employers' seats cannot be a Vice-Chairperson");
    case Seat::workers:
      return co_chair ? msg("a member of the Workers' seats cannot be a Co-Chairperson")
                      : msg("a member of the Workers' seats cannot be a Vice-Chairperson");
    default:
      return co_chair ? msg("a member of the `{seat}` seat cannot be a Co-Chairperson",
                            arg("seat", model::enum_name(seat)))
                      : msg("a member of the `{seat}` seat cannot be a Vice-Chairperson",
                            arg("seat", model::enum_name(seat)));
  }
}

void check_chair_roles(const Context& context, Reporter& out) {
  const auto roster = group::Roster::of(context.registry);
  if (!roster) return;
  std::map<std::pair<Role, Seat>, const Member*> holders;
  for (const Member& m : roster->group().members) {
    if (!m.seat || is_director_general(m) || !roster->sits(m, context.as_of)) continue;
    const Role role = group::role_on(m, context.as_of);
    if (role == Role::member) continue;
    const auto where = group::role_location(m, context.as_of);
    const Chair* chair = chair_of(role, m.seat->value);
    if (!chair) {
      // A misplaced co-chair cites ¶25(a) (the co-chairs are the Director-General and a
      // government member), a misplaced vice-chair ¶25(d) (the first letter that provides one).
      auto& f = out.add(where, misplaced_chair(m.seat->value, role));
      f.paragraph = role == Role::co_chair ? "25(a)" : "25(d)";
      f.hint = role == Role::co_chair
                   ? msg("the Co-Chairpersons are the Director-General and one government member")
                   : msg("the Vice-Chairpersons are one employers' and one workers' member");
      continue;
    }
    const auto [first, inserted] = holders.emplace(std::pair{role, m.seat->value}, &m);
    if (inserted) continue;
    auto& f = out.add(where, chair->second(member_label(*first->second)));
    f.paragraph = chair->paragraph;
    f.seat = findings::SeatRef{m.seat->value, std::nullopt};
    f.related.push_back({first->second->where, msg("the first")});
  }
}

void check_chair_missing(const Context& context, Reporter& out) {
  const auto roster = group::Roster::of(context.registry);
  if (!roster || !roster->exists_on(context.as_of)) return;
  const auto& members = roster->group().members;
  for (const Chair& chair : kChairs) {
    // The Director-General is the Co-Chairperson whatever its `role` says.
    const bool held = std::any_of(members.begin(), members.end(), [&](const Member& m) {
      return m.seat && m.seat->value == chair.seat && roster->sits(m, context.as_of) &&
             (is_director_general(m) || group::role_on(m, context.as_of) == chair.role);
    });
    if (held) continue;
    auto& f = out.add(roster->group().members_where, chair.missing(context.as_of));
    f.paragraph = chair.paragraph;
    f.seat = findings::SeatRef{chair.seat, std::nullopt};
  }
}

void check_director_general_role(const Context& context, Reporter& out) {
  const model::Group* group = group::the_group(context.registry);
  if (!group) return;
  for (const Member& m : group->members)
    if (is_director_general(m) && m.role && m.role->value != Role::co_chair)
      out.add(m.role->where,
              msg("the Director-General is the ex officio Co-Chairperson, not `{role}`",
                  arg("role", model::enum_name(m.role->value))),
              msg("remove `role`, or write `role: co-chair`"));
    else if (is_director_general(m) && m.roles)
      // Dated roles would make the Director-General co-chair on some days only: the text makes
      // the Director-General co-chair on every day of office.
      out.add(m.roles->where,
              msg("the Director-General is the ex officio Co-Chairperson on every day: `roles` "
                  "has no place here"),
              msg("remove `roles`"));
}

constexpr Rule kChairRoles{
    .id = "chair-roles",
    .paragraph = "25",
    .severity = Severity::error,
    .summary = N_("A chair role is held by the wrong seat, or twice."),
    .explanation = N_(
        "¶25(a) and (c): the Director-General and one of the twelve Government representatives "
        "are Co-Chairpersons; ¶25(d) and (e): one Employers' and one Workers' representative are "
        "Vice-Chairpersons. Any other chair, or a second of these, is an error among sitting "
        "members. A misplaced Co-Chairperson cites ¶25(a), a misplaced Vice-Chairperson ¶25(d); a "
        "second one cites the letter of its seat."),
    .passing = R"yaml(- seat: government
  role: co-chair
- seat: employers
  role: vice-chair)yaml",
    .failing = R"yaml(- seat: employers
  role: co-chair)yaml",
    .check = check_chair_roles,
    .reach = Reach::registry,
};

constexpr Rule kChairMissing{
    .id = "chair-missing",
    .paragraph = "25",
    .severity = Severity::warning,
    .summary = N_("A Co-Chairperson or Vice-Chairperson is missing."),
    .explanation = N_(
        "¶25(a) makes the Director-General a Co-Chairperson, and ¶25(c), (d) and (e) each give the "
        "Group a chair from among their members: a government Co-Chairperson, an employers' and a "
        "workers' Vice-Chairperson. A missing one on the as-of date is reported, citing its "
        "letter; no Director-General at all is also a vacancy (`seat-vacant`)."),
    .passing = R"yaml(- seat: workers
  role: vice-chair)yaml",
    .failing = R"yaml(# no workers' member has `role: vice-chair`)yaml",
    .check = check_chair_missing,
    .reach = Reach::registry,
};

constexpr Rule kDirectorGeneralCoChair{
    .id = "director-general-co-chair",
    .paragraph = "25(a)",
    .severity = Severity::warning,
    .summary = N_("The Director-General is given a role other than Co-Chairperson."),
    .explanation = N_(
        "¶25(a) and ¶23: the Director-General of the ILO is the ex officio Co-Chairperson. A "
        "`role` of `member` or `vice-chair` on the Director-General contradicts the text, and so "
        "do dated `roles`, which would make the Director-General a Co-Chairperson on some days "
        "only; gcsj still counts the Director-General as the Co-Chairperson on every day."),
    .passing = R"yaml(- name: Gilbert F. Houngbo
  seat: director-general)yaml",
    .failing = R"yaml(- name: Gilbert F. Houngbo
  seat: director-general
  role: member)yaml",
    .check = check_director_general_role,
    .reach = Reach::registry,
};

// ¶25 (v1.1): a member gives its role undated (`role`, held on every date) or dated (`roles`),
// not both: the two would say different things about the same days.
void check_role_and_roles(const Context& context, Reporter& out) {
  for (const model::Group& group : context.groups)
    for (const Member& m : group.members)
      if (m.role && m.roles)
        out.add(m.roles->where,
                msg("{member} gives both `role` and `roles`", arg("member", member_label(m))),
                msg("keep `roles`, the dated periods, and remove `role`"));
}

// The last day `m` sits by its terms from the term covering `day` on, the terms that follow it
// without a gap included; nullopt when no term covers `day`, or the last is open-ended.
struct Covered {
  bool covered = false;
  std::optional<model::Date> last;
};
Covered covered_from(const Member& m, const model::Date& day) {
  std::vector<std::pair<model::Date, model::Date>> spans;
  for (const model::Term& term : m.terms->value)
    if (const auto end = group::term_end(term); end && term.start)
      spans.emplace_back(term.start->value, *end);
  std::sort(spans.begin(), spans.end());
  Covered result;
  for (const auto& [start, end] : spans) {
    if (!result.covered) {
      if (start <= day && day <= end) result = {true, end};
    } else if (start <= result.last->plus_days(1)) {
      result.last = std::max(*result.last, end);
    }
  }
  return result;
}

// ¶25 (v1.1): each period of `roles` has a role and a `since`, ends no earlier than it begins, lies
// within the member's terms, and overlaps no other period of the member.
void check_chair_role_periods(const Context& context, Reporter& out) {
  for (const model::Group& group : context.groups)
    for (const Member& m : group.members) {
      if (!m.roles) continue;
      const auto label = member_label(m);
      std::vector<const model::RolePeriod*> dated;
      for (const model::RolePeriod& period : m.roles->value) {
        if (period.role.absent())
          out.add(period.where, msg("a chair role of {member} has no `role`", arg("member", label)),
                  msg("write `role: co-chair` or `role: vice-chair`"))
              .missing_key = "role";
        else if (period.role && period.role->value == Role::member)
          out.add(period.role->where,
                  msg("`member` is not a chair role: a period of `roles` is `co-chair` or "
                      "`vice-chair`"),
                  msg("remove the period: outside its chair roles, a member is a member"));
        if (period.since.absent()) {
          out.add(period.where,
                  msg("a chair role of {member} has no `since`", arg("member", label)),
                  msg("write the first day the role is held, as `since: YYYY-MM-DD`"))
              .missing_key = "since";
          continue;
        }
        if (!period.since) continue;
        const model::Date since = period.since->value;
        if (period.until && period.until->value < since) {
          out.add(period.until->where,
                  msg("the chair role ends on {until}, before it begins on {since}",
                      arg("until", period.until->value), arg("since", since)));
          continue;
        }
        // A period whose role or end could not be read, or is no chair role, has been reported
        // once already (here or by its format rule): it is not compared with the others, so it
        // is never reported again as an overlap.
        if (!period.until.unreadable && period.role && period.role->value != Role::member)
          dated.push_back(&period);
        // The Director-General holds no terms: its office is judged by director-general-period.
        if (is_director_general(m) || !m.terms) continue;
        const Covered covered = covered_from(m, since);
        if (!covered.covered)
          out.add(period.since->where,
                  msg("the chair role begins on {since}, when {member} holds no term",
                      arg("since", since), arg("member", label)),
                  msg("a chair role is held within the member's terms (¶23, ¶25)"));
        else if (period.until && covered.last && *covered.last < period.until->value)
          out.add(period.until->where,
                  msg("the chair role runs to {until}, after the terms of {member} end on {last}",
                      arg("until", period.until->value), arg("member", label),
                      arg("last", *covered.last)),
                  msg("end the role with the term (`until`), or record the renewal"));
      }
      std::sort(dated.begin(), dated.end(),
                [](const auto* a, const auto* b) { return a->since->value < b->since->value; });
      // Each period is compared with the one of the earlier periods that runs latest (an open
      // one runs on), so a period nested in a long one is caught as well as the next one.
      const model::RolePeriod* latest = dated.empty() ? nullptr : dated.front();
      for (std::size_t i = 1; i < dated.size(); ++i) {
        const model::RolePeriod& previous = *latest;
        if (latest->until && (!dated[i]->until || latest->until->value < dated[i]->until->value))
          latest = dated[i];
        if (previous.until && previous.until->value < dated[i]->since->value) continue;
        out.add(dated[i]->since->where,
                previous.until
                    ? msg("the chair role begins on {since}, while another of {member} runs to "
                          "{until}",
                          arg("since", dated[i]->since->value), arg("member", label),
                          arg("until", previous.until->value))
                    : msg("the chair role begins on {since}, while another of {member}, with no "
                          "`until`, still runs",
                          arg("since", dated[i]->since->value), arg("member", label)),
                msg("end the earlier period (`until`) before this one begins"));
      }
    }
}

constexpr Rule kRoleAndRoles{
    .id = "role-and-roles",
    .paragraph = "25",
    .severity = Severity::error,
    .summary = N_("A member gives both an undated role and dated roles."),
    .explanation = N_(
        "A member's chair role (¶25(a), (c)-(e)) is given either as `role`, held on every date, or "
        "as `roles`, periods with `since` and `until` (v1.1 of the format), not both: the two "
        "would say different things about the same days. gcsj reads `roles` when both are given."),
    .passing = R"yaml(- seat: government
  roles:
    - {role: co-chair, since: 2024-06-01, until: 2025-05-31})yaml",
    .failing = R"yaml(- seat: government
  role: co-chair
  roles:
    - {role: co-chair, since: 2024-06-01})yaml",
    .check = check_role_and_roles,
    .reach = Reach::document,
};

constexpr Rule kChairRolePeriods{
    .id = "chair-role-periods",
    .paragraph = "25",
    .severity = Severity::error,
    .summary = N_("A chair role's period is undated, ends before it starts, overlaps another or "
                  "lies outside the member's terms."),
    .explanation = N_(
        "A period of `roles` (v1.1) is a chair role of ¶25(a), (c)-(e), `co-chair` or "
        "`vice-chair`, held from `since` (required) to `until` (optional, inclusive). A member "
        "holds a chair as a member, so each period lies within the member's terms (¶23); one "
        "member holds one role at a time, so its periods do not overlap. A period without "
        "`since` or that ends before it begins is an error too. Without `until` the role is held "
        "while the member sits."),
    .passing = R"yaml(- seat: government
  roles:
    - {role: co-chair, since: 2024-06-01, until: 2025-05-31}
  terms:
    - {start: 2024-06-01, nominated_by: government-group})yaml",
    .failing = R"yaml(- seat: government
  roles:
    - {role: co-chair, since: 2023-06-01}
  terms:
    - {start: 2024-06-01, nominated_by: government-group})yaml",
    .check = check_chair_role_periods,
    .reach = Reach::document,
};

constexpr std::array kRules{
    &kChairRoles, &kChairMissing, &kDirectorGeneralCoChair, &kRoleAndRoles, &kChairRolePeriods,
};

}  // namespace

RuleList group_chair_rules() {
  return kRules;
}

}  // namespace gcsj::rules
