// The chairs of the Coordinating Group (¶25(a), (c)-(e)): the Director-General and one government
// member are Co-Chairpersons, one employers' and one workers' member Vice-Chairpersons. Judged
// among the members who sit on the as-of date (group/roster.hpp).

#include <algorithm>
#include <array>
#include <map>

#include "group/roster.hpp"
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
    const Role role = group::role_of(m);
    if (role == Role::member) continue;
    const auto where = m.role ? m.role->where : m.where;
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
             (is_director_general(m) || group::role_of(m) == chair.role);
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
    .explanation =
        N_("¶25(a) and ¶23: the Director-General of the ILO is the ex officio Co-Chairperson. A "
           "`role` of `member` or `vice-chair` on the Director-General contradicts the text; gcsj "
           "still counts the Director-General as the Co-Chairperson."),
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
