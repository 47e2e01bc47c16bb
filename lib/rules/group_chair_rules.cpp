// The chairs of the Coordinating Group (¶25(a), (c)-(e)): the Director-General and one government
// member are Co-Chairpersons, one employers' and one workers' member Vice-Chairpersons. Judged
// among the members who sit on the as-of date (group/roster.hpp).

#include <algorithm>
#include <array>
#include <map>

#include <fmt/format.h>

#include "group/roster.hpp"
#include "model/enum_names.hpp"
#include "rules/rules.hpp"

namespace gcsj::rules {
namespace {

using group::is_director_general;
using group::member_label;
using model::Member;
using model::Role;
using model::Seat;

struct Chair {
  Role role;
  Seat seat;
  std::string_view paragraph;
  std::string_view description;
};
constexpr std::array kChairs{
    Chair{Role::co_chair, Seat::director_general, "25(a)",
          "Director-General, the ex officio Co-Chairperson"},
    Chair{Role::co_chair, Seat::government, "25(c)", "government Co-Chairperson"},
    Chair{Role::vice_chair, Seat::employers, "25(d)", "employers' Vice-Chairperson"},
    Chair{Role::vice_chair, Seat::workers, "25(e)", "workers' Vice-Chairperson"},
};

const Chair* chair_of(Role role, Seat seat) {
  const auto it = std::find_if(kChairs.begin(), kChairs.end(),
                               [&](const Chair& c) { return c.role == role && c.seat == seat; });
  return it == kChairs.end() ? nullptr : &*it;
}

// How a message names the seats of a member: "the employers' seats", "the `ngo` seat".
std::string seats_named(Seat seat) {
  switch (seat) {
    case Seat::government:
      return "the Government seats";
    case Seat::employers:
      return "the Employers' seats";
    case Seat::workers:
      return "the Workers' seats";
    default:
      return fmt::format("the `{}` seat", model::enum_name(seat));
  }
}

void check_chair_roles(const Context& context, Reporter& out) {
  const auto roster = group::Roster::of(context.registry);
  if (!roster) return;
  std::map<std::pair<Role, Seat>, const Member*> holders;
  for (const Member& m : roster->group().members) {
    if (!m.seat || is_director_general(m) || !roster->sits(m, context.as_of)) continue;
    const Role role = group::role_of(m);
    if (role == Role::member) continue;
    const auto where = m.role ? m.role->where : m.where;
    const Chair* chair = chair_of(role, m.seat->value);
    if (!chair) {
      // A misplaced co-chair cites ¶25(a) (the co-chairs are the Director-General and a
      // government member), a misplaced vice-chair ¶25(d) (the first letter that provides one).
      auto& f = out.add(
          where, fmt::format("a member of {} cannot be {}", seats_named(m.seat->value),
                             role == Role::co_chair ? "a Co-Chairperson" : "a Vice-Chairperson"));
      f.paragraph = role == Role::co_chair ? "25(a)" : "25(d)";
      f.hint = role == Role::co_chair
                   ? "the Co-Chairpersons are the Director-General and one government member"
                   : "the Vice-Chairpersons are one employers' and one workers' member";
      continue;
    }
    const auto [first, inserted] = holders.emplace(std::pair{role, m.seat->value}, &m);
    if (inserted) continue;
    auto& f = out.add(where, fmt::format("a second {}: {} already is one", chair->description,
                                         member_label(*first->second)));
    f.paragraph = chair->paragraph;
    f.seat = findings::SeatRef{m.seat->value, std::nullopt};
    f.related.push_back({first->second->where, "the first"});
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
             (is_director_general(m) || group::role_of(m) == chair.role);
    });
    if (held) continue;
    auto& f = out.add(roster->group().members_where,
                      fmt::format("no {} sits on {}", chair.description, context.as_of.iso()));
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
              fmt::format("the Director-General is the ex officio Co-Chairperson, not `{}`",
                          model::enum_name(m.role->value)),
              "remove `role`, or write `role: co-chair`");
}

constexpr Rule kChairRoles{
    .id = "chair-roles",
    .paragraph = "25",
    .severity = Severity::error,
    .summary = "A chair role is held by the wrong seat, or twice.",
    .explanation =
        "¶25(a) and (c): the Director-General and one of the twelve Government representatives "
        "are Co-Chairpersons; ¶25(d) and (e): one Employers' and one Workers' representative are "
        "Vice-Chairpersons. Any other chair, or a second of these, is an error among sitting "
        "members. A misplaced Co-Chairperson cites ¶25(a), a misplaced Vice-Chairperson ¶25(d); a "
        "second one cites the letter of its seat.",
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
    .summary = "A Co-Chairperson or Vice-Chairperson is missing.",
    .explanation =
        "¶25(a) makes the Director-General a Co-Chairperson, and ¶25(c), (d) and (e) each give the "
        "Group a chair from among their members: a government Co-Chairperson, an employers' and a "
        "workers' Vice-Chairperson. A missing one on the as-of date is reported, citing its "
        "letter; no Director-General at all is also a vacancy (`seat-vacant`).",
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
    .summary = "The Director-General is given a role other than Co-Chairperson.",
    .explanation =
        "¶25(a) and ¶23: the Director-General of the ILO is the ex officio Co-Chairperson. A "
        "`role` of `member` or `vice-chair` on the Director-General contradicts the text; gcsj "
        "still counts the Director-General as the Co-Chairperson.",
    .passing = R"yaml(- name: Gilbert F. Houngbo
  seat: director-general)yaml",
    .failing = R"yaml(- name: Gilbert F. Houngbo
  seat: director-general
  role: member)yaml",
    .check = check_director_general_role,
    .reach = Reach::registry,
};

constexpr std::array kRules{&kChairRoles, &kChairMissing, &kDirectorGeneralCoChair};

}  // namespace

RuleList group_chair_rules() {
  return kRules;
}

}  // namespace gcsj::rules
