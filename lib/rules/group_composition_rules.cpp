// The composition of the Coordinating Group on the as-of date (¶25), its chairs (¶25(a), (c)-(e)),
// level, gender balance and geographical diversity (¶26), and its meetings (¶24).

#include <algorithm>
#include <array>
#include <map>

#include "group/composition.hpp"
#include "group/registry_group.hpp"
#include "model/enum_names.hpp"
#include "rules/rules.hpp"

namespace gcsj::rules {
namespace {

using group::is_director_general;
using group::is_sitting;
using group::member_label;
using group::SeatRow;
using group::the_group;
using model::Member;
using model::Role;
using model::Seat;

std::string row_name(const SeatRow& row) {
  if (row.region) return fmt::format("{} government seats", model::enum_name(*row.region));
  return fmt::format("`{}` seat{}", model::enum_name(row.kind->seat), row.capacity == 1 ? "" : "s");
}

// A Group being formed (the as-of date before its `established` date) has no vacancies, chairs or
// meetings to judge yet: its members are still being nominated (¶51). Over-filled seats are
// wrong at any time.
const model::Group* established_group(const Context& context) {
  const model::Group* group = the_group(context.registry);
  if (!group || (group->established && context.as_of < group->established->value)) return nullptr;
  return group;
}

template <class F>
void for_each_row(const Context& context, F&& check, bool before_established = false) {
  const model::Group* group =
      before_established ? the_group(context.registry) : established_group(context);
  if (!group) return;
  const auto composition = group::composition_on(*group, context.as_of);
  for (const SeatRow& row : composition.rows) check(*group, row);
}

void check_capacity(const Context& context, Reporter& out) {
  for_each_row(context, [&](const model::Group&, const SeatRow& row) {
    if (row.excess() == 0) return;
    const Member& last = *row.sitting.back();
    auto& f = out.add(last.where, fmt::format("{} members sit in the {} on {}; ¶{} provides {}",
                                              row.filled(), row_name(row), context.as_of.iso(),
                                              row.kind->paragraph, row.capacity));
    f.paragraph = row.kind->paragraph;
    for (const Member* other : row.sitting)
      if (other != &last)
        f.related.push_back({other->where, "also sitting: " + member_label(*other)});
  });
}

void check_vacancies(const Context& context, Reporter& out, bool invited) {
  for_each_row(context, [&](const model::Group& group, const SeatRow& row) {
    if (row.kind->by_invitation != invited || row.vacancies() == 0) return;
    // With a regional split the regions bind, so the total would only repeat them.
    const bool government = row.kind->seat == Seat::government;
    if (government && !row.region && group.government_seats) return;
    if (government && row.region && !group.government_seats) return;
    std::string message = fmt::format("{} of {} {} vacant on {}", row.vacancies(), row.capacity,
                                      row_name(row), context.as_of.iso());
    if (row.last_departed)
      message += fmt::format(" (the term of {} ended on {})", member_label(*row.last_departed),
                             row.last_departed_end->iso());
    auto& f = out.add(group.members_where, std::move(message));
    f.paragraph = row.kind->paragraph;
    if (row.last_departed)
      f.related.push_back({row.last_departed->where, "the last member in this seat"});
  });
}

void check_seat_vacant(const Context& context, Reporter& out) {
  check_vacancies(context, out, false);
}
void check_invited_seat_vacant(const Context& context, Reporter& out) {
  check_vacancies(context, out, true);
}

void check_government_seats_total(const Context& context, Reporter& out) {
  const model::Group* group = the_group(context.registry);
  if (!group || !group->government_seats) return;
  long total = 0;
  for (const auto& seats : group->government_seats->value) total += seats.seats;
  if (total != group::kGovernmentSeats)
    out.add(group->government_seats->where,
            fmt::format("`government_seats` adds up to {}; ¶25(c) provides twelve Government seats",
                        total));
}

void check_region_coverage(const Context& context, Reporter& out) {
  for_each_row(context, [&](const model::Group& group, const SeatRow& row) {
    if (!row.region || group.government_seats || row.filled() > 0) return;
    out.add(group.members_where,
            fmt::format("no government member from {} sits on {}: the Government seats are "
                        "nominated on a regional basis",
                        model::enum_name(*row.region), context.as_of.iso()));
  });
}

// The seats a chair role belongs to: co-chairs ¶25(a) and (c), vice-chairs ¶25(d) and (e).
bool role_fits_seat(Role role, Seat seat) {
  if (role == Role::co_chair) return seat == Seat::director_general || seat == Seat::government;
  if (role == Role::vice_chair) return seat == Seat::employers || seat == Seat::workers;
  return seat != Seat::director_general;
}

struct Chair {
  Role role;
  Seat seat;
  std::string_view paragraph;
  std::string_view description;
};
constexpr std::array kChairs{
    Chair{Role::co_chair, Seat::government, "25(c)", "government Co-Chairperson"},
    Chair{Role::vice_chair, Seat::employers, "25(d)", "employers' Vice-Chairperson"},
    Chair{Role::vice_chair, Seat::workers, "25(e)", "workers' Vice-Chairperson"},
};

void check_chair_roles(const Context& context, Reporter& out) {
  const model::Group* group = the_group(context.registry);
  if (!group) return;
  std::map<std::pair<Role, Seat>, const Member*> holders;
  for (const Member& m : group->members) {
    if (!m.seat || !is_sitting(m, context.as_of)) continue;
    const Role role = group::role_of(m);
    const auto where = m.role ? m.role->where : m.where;
    if (!role_fits_seat(role, m.seat->value)) {
      auto& f =
          out.add(where, is_director_general(m)
                             ? std::string("the Director-General is the ex officio Co-Chairperson")
                             : fmt::format("a member in a `{}` seat cannot be {}",
                                           model::enum_name(m.seat->value),
                                           role == Role::co_chair ? "a co-chair" : "a vice-chair"));
      f.paragraph = "25(a)";
      f.hint =
          "co-chairs: the Director-General and one government member; vice-chairs: one employers' "
          "and "
          "one workers' member";
      continue;
    }
    if (role == Role::member || is_director_general(m)) continue;
    const auto [first, inserted] = holders.emplace(std::pair{role, m.seat->value}, &m);
    if (inserted) continue;
    const auto chair = std::find_if(kChairs.begin(), kChairs.end(), [&](const Chair& c) {
      return c.role == role && c.seat == m.seat->value;
    });
    auto& f = out.add(where, fmt::format("a second {}: {} already is one", chair->description,
                                         member_label(*first->second)));
    f.paragraph = chair->paragraph;
    f.related.push_back({first->second->where, "the first"});
  }
}

void check_chair_missing(const Context& context, Reporter& out) {
  const model::Group* group = established_group(context);
  if (!group) return;
  for (const Chair& chair : kChairs) {
    const bool held =
        std::any_of(group->members.begin(), group->members.end(), [&](const Member& m) {
          return m.seat && m.seat->value == chair.seat && is_sitting(m, context.as_of) &&
                 group::role_of(m) == chair.role;
        });
    if (held) continue;
    out.add(group->members_where,
            fmt::format("no {} sits on {}", chair.description, context.as_of.iso()))
        .paragraph = chair.paragraph;
  }
}

void check_level(const Context& context, Reporter& out) {
  const model::Group* group = the_group(context.registry);
  if (!group) return;
  for (const Member& m : group->members) {
    if (is_director_general(m) || !is_sitting(m, context.as_of)) continue;
    if (m.level.absent())
      out.add(
          m.where,
          fmt::format("{} has no `level`: members are expected at ministerial or equivalent level",
                      member_label(m)));
    else if (m.level && m.level->value == model::MemberLevel::senior_official)
      out.add(
          m.level->where,
          "members are expected at ministerial or equivalent level; senior officials may attend "
          "working meetings as `delegates`");
  }
}

void check_gender_balance(const Context& context, Reporter& out) {
  const model::Group* group = established_group(context);
  if (!group) return;
  std::map<model::Gender, int> counts;
  int declared = 0;
  for (const Member& m : group->members) {
    if (!m.gender || m.gender->value == model::Gender::undisclosed || !is_sitting(m, context.as_of))
      continue;
    ++counts[m.gender->value];
    ++declared;
  }
  if (declared < 4) return;
  const double max_share =
      group->gender_balance_max_share ? group->gender_balance_max_share->value : 0.6;
  for (const auto& [gender, count] : counts) {
    const double share = static_cast<double>(count) / declared;
    if (share > max_share)
      out.add(
          group->members_where,
          fmt::format(
              "{} of the {} sitting members who declare a gender are {} ({:.0f}%, above {:.0f}%)",
              count, declared, model::enum_name(gender), share * 100, max_share * 100));
  }
}

void check_meetings(const Context& context, Reporter& out) {
  const model::Group* group = the_group(context.registry);
  if (!group) return;
  std::optional<model::Date> established;
  if (group->established) {
    established = group->established->value;
  } else {
    for (const Member& m : group->members)
      if (m.terms)
        for (const auto& term : m.terms->value)
          if (term.start && (!established || term.start->value < *established))
            established = term.start->value;
  }
  if (!established) return;
  const int first_full_year =
      established->month == 1 && established->day == 1 ? established->year : established->year + 1;
  const int last_full_year = context.as_of.month == 12 && context.as_of.day == 31
                                 ? context.as_of.year
                                 : context.as_of.year - 1;
  for (int year = first_full_year; year <= last_full_year; ++year) {
    const auto held = std::count_if(
        group->meetings.begin(), group->meetings.end(),
        [&](const model::Meeting& m) { return m.date && m.date->value.year == year; });
    if (held < 2)
      out.add(
          group->meetings_where,
          fmt::format("the Group met {} time{} in {}; ¶24 has it meet twice a year, or as needed",
                      held, held == 1 ? "" : "s", year));
  }
}

constexpr Rule kSeatCapacity{
    .id = "seat-capacity",
    .paragraph = "25",
    .severity = Severity::error,
    .summary = "More members sit in a seat than ¶25 provides.",
    .explanation =
        "¶25 fixes the Group's seats: one Director-General, one representative of the UN "
        "Secretary-General, twelve Government, six Employers' and six Workers' representatives, "
        "one each for an enterprise and a global union federation, up to two for the UN system, "
        "one each for the economic organizations or IFIs, a regional organization, an NGO and an "
        "academic institution. With `government_seats`, each region's share binds too. Judged on "
        "the as-of date.",
    .passing = R"yaml(# six members in `seat: employers`)yaml",
    .failing = R"yaml(# seven members in `seat: employers`)yaml",
    .check = check_capacity,
    .reach = Reach::registry,
};

constexpr Rule kSeatVacant{
    .id = "seat-vacant",
    .paragraph = "25",
    .severity = Severity::warning,
    .summary = "A nominated seat (¶25(a)-(g)) is vacant.",
    .explanation =
        "The seats of ¶25(a)-(g) are filled by nomination; fewer sitting members than seats on "
        "the as-of date is a vacancy to fill. The finding names the member whose term ended last, "
        "if any.",
    .passing = R"yaml(# six members sitting in `seat: workers`)yaml",
    .failing = R"yaml(# five members sitting in `seat: workers`)yaml",
    .check = check_seat_vacant,
    .reach = Reach::registry,
};

constexpr Rule kInvitedSeatVacant{
    .id = "invited-seat-vacant",
    .paragraph = "25",
    .severity = Severity::note,
    .summary = "A seat filled by invitation (¶25(h)-(k)) is vacant.",
    .explanation =
        "The seats of ¶25(h)-(k) are filled by invitation of the Director-General, and the "
        "UN-system seats are \"up to two\": a vacancy there is for information.",
    .passing = R"yaml(- name: Director M. Osei
  seat: ngo)yaml",
    .failing = R"yaml(# nobody sits in `seat: ngo`)yaml",
    .check = check_invited_seat_vacant,
    .reach = Reach::registry,
};

constexpr Rule kGovernmentSeatsTotal{
    .id = "government-seats-total",
    .paragraph = "25(c)",
    .severity = Severity::error,
    .summary = "`government_seats` does not add up to twelve.",
    .explanation =
        "¶25(c) provides twelve Government representatives. The document does not split them "
        "between regions; a registry that does so in `government_seats` must account for all "
        "twelve.",
    .passing = R"yaml(government_seats: {africa: 3, americas: 3, asia-pacific: 3, europe: 3})yaml",
    .failing = R"yaml(government_seats: {africa: 4, americas: 3, asia-pacific: 3, europe: 3})yaml",
    .check = check_government_seats_total,
    .reach = Reach::registry,
};

constexpr Rule kGovernmentRegionCoverage{
    .id = "government-region-coverage",
    .paragraph = "25(c)",
    .severity = Severity::warning,
    .summary = "A region of the Government group has no sitting government member.",
    .explanation =
        "¶25(c) has the Government group nominate on a regional basis, and ¶26 asks for "
        "geographical diversity. Without a `government_seats` split, a region with no sitting "
        "government member is reported.",
    .passing = R"yaml(# government members from all four regions)yaml",
    .failing = R"yaml(# no government member from asia-pacific sits)yaml",
    .check = check_region_coverage,
    .reach = Reach::registry,
};

constexpr Rule kChairRoles{
    .id = "chair-roles",
    .paragraph = "25",
    .severity = Severity::error,
    .summary = "A chair role is held by the wrong seat, or twice.",
    .explanation =
        "¶25(a) and (c): the Director-General and one of the twelve Government representatives "
        "are Co-Chairpersons; ¶25(d) and (e): one Employers' and one Workers' representative are "
        "Vice-Chairpersons. Any other chair, or a second of these, is an error among sitting "
        "members.",
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
        "¶25(c), (d) and (e) each give the Group a chair from among their members: a government "
        "co-chair, an employers' and a workers' vice-chair. A missing one on the as-of date is "
        "reported.",
    .passing = R"yaml(- seat: workers
  role: vice-chair)yaml",
    .failing = R"yaml(# no workers' member has `role: vice-chair`)yaml",
    .check = check_chair_missing,
    .reach = Reach::registry,
};

constexpr Rule kMemberLevel{
    .id = "member-level",
    .paragraph = "26",
    .severity = Severity::warning,
    .summary = "A sitting member is not of ministerial or equivalent level.",
    .explanation =
        "¶26: members, especially the Co-Chairpersons, are expected to be of ministerial or "
        "equivalent level, with the right to delegate working meetings to senior officials "
        "(`delegates`).",
    .passing = R"yaml(level: ministerial
delegates: [{name: R. Lima, level: senior-official}])yaml",
    .failing = R"yaml(level: senior-official)yaml",
    .check = check_level,
    .reach = Reach::registry,
};

constexpr Rule kGenderBalance{
    .id = "gender-balance",
    .paragraph = "26",
    .severity = Severity::warning,
    .summary = "The sitting members are not gender-balanced.",
    .explanation =
        "¶26: the composition strives for gender balance. Among sitting members (the "
        "Director-General included) who declare woman, man or non-binary, when at least four do, "
        "a share of one gender above `gender_balance_max_share` (default 0.6) is reported.",
    .passing = R"yaml(# 17 women and 17 men sitting)yaml",
    .failing = R"yaml(# 28 women and 6 men sitting (82%))yaml",
    .check = check_gender_balance,
    .reach = Reach::registry,
};

constexpr Rule kMeetingFrequency{
    .id = "meeting-frequency",
    .paragraph = "24",
    .severity = Severity::note,
    .summary = "The Group met fewer than twice in a full calendar year.",
    .explanation =
        "¶24: the Coordinating Group meets twice a year, or as needed. Every full calendar year "
        "after `established` (default: the earliest term start) with fewer than two `meetings` is "
        "noted.",
    .passing = R"yaml(meetings:
  - date: 2025-03-20
  - date: 2025-10-30)yaml",
    .failing = R"yaml(meetings:
  - date: 2025-03-20   # the only one in 2025)yaml",
    .check = check_meetings,
    .reach = Reach::registry,
};

constexpr std::array kRules{
    &kSeatCapacity,
    &kSeatVacant,
    &kInvitedSeatVacant,
    &kGovernmentSeatsTotal,
    &kGovernmentRegionCoverage,
    &kChairRoles,
    &kChairMissing,
    &kMemberLevel,
    &kGenderBalance,
    &kMeetingFrequency,
};

}  // namespace

RuleList group_composition_rules() {
  return kRules;
}

}  // namespace gcsj::rules
