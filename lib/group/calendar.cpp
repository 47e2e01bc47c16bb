#include "group/calendar.hpp"

#include <algorithm>
#include <tuple>

#include "group/terms.hpp"

namespace gcsj::group {

Renewal renewal_after(const Roster& roster, const model::Member& member,
                      const CurrentTerm& current) {
  Renewal renewal{NextTerm::possible, current.end, std::nullopt, std::nullopt};
  if (const auto* partner = roster.partner_of(member); partner && partner->withdrawn) {
    renewal.partner_withdraws = partner->withdrawn->value;
    if (*renewal.partner_withdraws <= current.end)
      renewal.last_day = renewal.partner_withdraws->plus_days(-1);
  }
  if (roster.sits(member, renewal.last_day.plus_days(1)))
    renewal.next = NextTerm::recorded;
  else if (renewal.partner_withdraws)
    renewal.next = NextTerm::partner_withdraws;
  else if (current.number >= kMaxTerms)
    renewal.next = NextTerm::already_renewed;
  else if (member.seat)
    renewal.proposer = seat_kind(member.seat->value).nominator;
  return renewal;
}

std::vector<CalendarRow> term_calendar(const Roster& roster, const model::Date& date,
                                       std::optional<long> within_days) {
  std::vector<CalendarRow> rows;
  for (const model::Member& member : roster.group().members) {
    if (!member.seat || is_director_general(member)) continue;
    const auto current = roster.sitting_term(member, date);
    if (!current) continue;
    // The term ends, for the member, on its last day: the day before its partner withdraws
    // when that comes first, as `group plan` and the rule term-expiring say.
    const Renewal renewal = renewal_after(roster, member, *current);
    const long days_left = renewal.last_day.days() - date.days();
    if (within_days && days_left > *within_days) continue;
    const SeatKind& kind = seat_kind(member.seat->value);
    rows.push_back({&member, &kind, current->term, current->number, current->term->start->value,
                    renewal.last_day, current->term->end.has_value(), days_left, renewal.next,
                    renewal.next == NextTerm::possible, renewal.proposer,
                    renewal.partner_withdraws});
  }
  std::stable_sort(rows.begin(), rows.end(), [](const CalendarRow& a, const CalendarRow& b) {
    const std::string_view name_a = a.member->name ? std::string_view(a.member->name->value) : "";
    const std::string_view name_b = b.member->name ? std::string_view(b.member->name->value) : "";
    return std::tie(a.end, name_a) < std::tie(b.end, name_b);
  });
  return rows;
}

}  // namespace gcsj::group
