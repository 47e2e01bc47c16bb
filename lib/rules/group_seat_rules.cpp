// The seats of the Coordinating Group on the as-of date (¶25): none over-filled, vacancies named,
// the twelve Government seats of ¶25(c) and their regions. Who sits is the roster's answer
// (group/roster.hpp), the same for every view.

#include <array>

#include "group/composition.hpp"
#include "group/roster.hpp"
#include "group/state.hpp"
#include "model/enum_names.hpp"
#include "rules/rules.hpp"

namespace gcsj::rules {
namespace {

using i18n::N_;

using group::member_label;
using group::SeatRow;
using i18n::arg;
using i18n::Message;
using i18n::msg;
using i18n::msg_n;
using model::Member;
using model::Seat;

Message row_name(const SeatRow& row) {
  if (row.region)
    return msg("`{region}` government seats", arg("region", model::enum_name(*row.region)));
  return msg_n("`{seat}` seat", "`{seat}` seats", static_cast<unsigned long>(row.capacity),
               arg("seat", model::enum_name(row.kind->seat)));
}

findings::SeatRef seat_of(const SeatRow& row) {
  return {row.kind->seat, row.region};
}

// Calls `check(roster, row)` for each row of the Group's composition on the as-of date. A Group
// being formed (the as-of date before it was established) has no vacancy to judge yet: its members
// are still being nominated (¶51); over-filled seats are wrong at any time.
template <class F>
void for_each_row(const Context& context, F&& check, bool before_established = false) {
  const auto roster = group::Roster::of(context.registry);
  if (!roster || (!before_established && !roster->exists_on(context.as_of))) return;
  const auto composition = group::composition_on(*roster, context.as_of);
  for (const SeatRow& row : composition.rows) check(*roster, row);
}

void check_capacity(const Context& context, Reporter& out) {
  for_each_row(
      context,
      [&](const group::Roster&, const SeatRow& row) {
        // Two Directors-General are judged on every date, by director-general-overlap.
        if (row.excess() == 0 || row.kind->seat == Seat::director_general) return;
        const Member& last = *row.sitting.back();
        auto& f = out.add(
            last.where,
            msg_n("{count} member sits in the {seats} on {date}; ¶{paragraph} provides {capacity}",
                  "{count} members sit in the {seats} on {date}; ¶{paragraph} provides {capacity}",
                  static_cast<unsigned long>(row.filled()), arg("seats", row_name(row)),
                  arg("date", context.as_of), arg("paragraph", row.kind->paragraph),
                  arg("capacity", row.capacity)));
        f.paragraph = row.kind->paragraph;
        f.seat = seat_of(row);
        for (const Member* other : row.sitting)
          if (other != &last)
            f.related.push_back(
                {other->where, msg("also sitting: {member}", arg("member", member_label(*other)))});
      },
      true);
}

// Who left the seat last, and how: "the term of X ended on D", "X sat until D, the day before its
// partner `p` withdrew", or "X was Director-General until D".
Message departure(const group::Roster& roster, const SeatRow& row) {
  const Member& member = *row.last_departed;
  const group::LastDay& day = *row.last_departed_day;
  if (day.reason == group::Departure::left_office)
    return msg("{member} was Director-General until {date}", arg("member", member_label(member)),
               arg("date", day.date));
  if (day.reason == group::Departure::partner_withdrew) {
    const auto* partner = roster.partner_of(member);
    return msg("{member} sat until {date}, the day before its partner `{partner}` withdrew",
               arg("member", member_label(member)), arg("date", day.date),
               arg("partner", partner && partner->id ? partner->id->value : "?"));
  }
  return msg("the term of {member} ended on {date}", arg("member", member_label(member)),
             arg("date", day.date));
}

// "the `ngo` seat is vacant on D", "2 of the 6 `workers` seats are vacant on D", with who left
// the seat last when known.
Message vacancy(const group::Roster& roster, const SeatRow& row, const model::Date& date) {
  const auto vacancies = static_cast<unsigned long>(group::vacancies_told(row));
  if (!row.last_departed) {
    if (row.capacity == 1)
      return msg("the {seats} is vacant on {date}", arg("seats", row_name(row)), arg("date", date));
    return msg_n("{count} of the {capacity} {seats} is vacant on {date}",
                 "{count} of the {capacity} {seats} are vacant on {date}", vacancies,
                 arg("capacity", row.capacity), arg("seats", row_name(row)), arg("date", date));
  }
  if (row.capacity == 1)
    return msg("the {seats} is vacant on {date} ({departure})", arg("seats", row_name(row)),
               arg("date", date), arg("departure", departure(roster, row)));
  return msg_n("{count} of the {capacity} {seats} is vacant on {date} ({departure})",
               "{count} of the {capacity} {seats} are vacant on {date} ({departure})", vacancies,
               arg("capacity", row.capacity), arg("seats", row_name(row)), arg("date", date),
               arg("departure", departure(roster, row)));
}

void check_vacancies(const Context& context, Reporter& out, bool invited) {
  for_each_row(context, [&](const group::Roster& roster, const SeatRow& row) {
    // With a regional split the regions bind, so the total would only repeat them.
    if (row.kind->by_invitation != invited || group::vacancies_told(row) == 0) return;
    auto& f = out.add(roster.group().members_where, vacancy(roster, row, context.as_of));
    f.paragraph = row.kind->paragraph;
    f.seat = seat_of(row);
    if (row.last_departed)
      f.related.push_back({row.last_departed->where, msg("the last member in this seat")});
  });
}

void check_seat_vacant(const Context& context, Reporter& out) {
  check_vacancies(context, out, false);
}
void check_invited_seat_vacant(const Context& context, Reporter& out) {
  check_vacancies(context, out, true);
}

void check_government_seats_total(const Context& context, Reporter& out) {
  const model::Group* group = group::the_group(context.registry);
  if (!group || !group->government_seats) return;
  long total = 0;
  for (const auto& seats : group->government_seats->value) total += seats.seats;
  if (total != group::kGovernmentSeats)
    out.add(group->government_seats->where,
            msg("`government_seats` adds up to {total}; ¶25(c) provides twelve Government seats",
                arg("total", total)));
}

void check_region_coverage(const Context& context, Reporter& out) {
  for_each_row(context, [&](const group::Roster& roster, const SeatRow& row) {
    // With `government_seats` the regions bind: an empty one is a vacancy (seat-vacant).
    if (row.capacity_binds ||
        !group::region_uncovered(row, row.filled(), roster.exists_on(context.as_of)))
      return;
    out.add(roster.group().members_where,
            msg("no government member from `{region}` sits on {date}: the Government seats are "
                "nominated on a regional basis",
                arg("region", model::enum_name(*row.region)), arg("date", context.as_of)))
        .seat = seat_of(row);
  });
}

constexpr Rule kSeatCapacity{
    .id = "seat-capacity",
    .paragraph = "25",
    .severity = Severity::error,
    .summary = N_("More members sit in a seat than ¶25 provides."),
    .explanation = N_(
        "¶25 fixes the Group's seats: one Director-General, one representative of the UN "
        "Secretary-General, twelve Government, six Employers' and six Workers' representatives, "
        "one each for an enterprise and a global union federation, up to two for the UN system, "
        "one each for the economic organizations or IFIs, a regional organization, an NGO and an "
        "academic institution. With `government_seats`, each region's share binds too. Judged on "
        "the as-of date; two Directors-General are `director-general-overlap`, on any date."),
    .passing = R"yaml(# six members in `seat: employers`)yaml",
    .failing = R"yaml(# seven members in `seat: employers`)yaml",
    .check = check_capacity,
    .reach = Reach::registry,
};

constexpr Rule kSeatVacant{
    .id = "seat-vacant",
    .paragraph = "25",
    .severity = Severity::warning,
    .summary = N_("A nominated seat (¶25(a)-(g)) is vacant."),
    .explanation = N_(
        "The seats of ¶25(a)-(g) are filled by nomination; fewer sitting members than seats on "
        "the as-of date is a vacancy to fill. A member whose partner is not admitted on the "
        "as-of date does not sit (¶21): its seat is vacant. The finding names the member who left "
        "the seat last, and how: its term ended, or its partner withdrew."),
    .passing = R"yaml(# six members sitting in `seat: workers`)yaml",
    .failing = R"yaml(# five members sitting in `seat: workers`)yaml",
    .check = check_seat_vacant,
    .reach = Reach::registry,
};

constexpr Rule kInvitedSeatVacant{
    .id = "invited-seat-vacant",
    .paragraph = "25",
    .severity = Severity::note,
    .summary = N_("A seat filled by invitation (¶25(h)-(k)) is vacant."),
    .explanation =
        N_("The seats of ¶25(h)-(k) are filled by invitation of the Director-General, and the "
           "UN-system seats are \"up to two\": a vacancy there is for information."),
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
    .summary = N_("`government_seats` does not add up to twelve."),
    .explanation =
        N_("¶25(c) provides twelve Government representatives. The document does not split them "
           "between regions; a registry that does so in `government_seats` must account for all "
           "twelve."),
    .passing = R"yaml(government_seats: {africa: 3, americas: 3, asia-pacific: 3, europe: 3})yaml",
    .failing = R"yaml(government_seats: {africa: 4, americas: 3, asia-pacific: 3, europe: 3})yaml",
    .check = check_government_seats_total,
    .reach = Reach::registry,
};

constexpr Rule kGovernmentRegionCoverage{
    .id = "government-region-coverage",
    .paragraph = "25(c)",
    .severity = Severity::warning,
    .summary = N_("A region of the Government group has no sitting government member."),
    .explanation =
        N_("¶25(c) has the Government group nominate on a regional basis, and ¶26 asks for "
           "geographical diversity. Without a `government_seats` split, a region with no sitting "
           "government member is reported."),
    .passing = R"yaml(# government members from all four regions)yaml",
    .failing = R"yaml(# no government member from asia-pacific sits)yaml",
    .check = check_region_coverage,
    .reach = Reach::registry,
};

constexpr std::array kRules{
    &kSeatCapacity,
    &kSeatVacant,
    &kInvitedSeatVacant,
    &kGovernmentSeatsTotal,
    &kGovernmentRegionCoverage,
};

}  // namespace

RuleList group_seat_rules() {
  return kRules;
}

}  // namespace gcsj::rules
