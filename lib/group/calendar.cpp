#include "group/calendar.hpp"

#include <algorithm>
#include <tuple>

#include "group/terms.hpp"

namespace gcsj::group {

std::vector<CalendarRow> term_calendar(const Roster& roster, const model::Date& date,
                                       std::optional<long> within_days) {
  std::vector<CalendarRow> rows;
  for (const model::Member& member : roster.group().members) {
    if (!member.seat || is_director_general(member)) continue;
    const auto current = roster.sitting_term(member, date);
    if (!current) continue;
    const long days_left = current->end.days() - date.days();
    if (within_days && days_left > *within_days) continue;
    const SeatKind& kind = seat_kind(member.seat->value);
    const auto* partner = roster.partner_of(member);
    std::optional<model::Date> withdraws;
    if (partner && partner->withdrawn) withdraws = partner->withdrawn->value;
    const bool renewable = current->number < kMaxTerms && !withdraws;
    rows.push_back({&member, &kind, current->term, current->number, current->term->start->value,
                    current->end, current->term->end.has_value(), days_left, renewable,
                    renewable ? kind.nominator : std::nullopt, withdraws});
  }
  std::stable_sort(rows.begin(), rows.end(), [](const CalendarRow& a, const CalendarRow& b) {
    const std::string_view name_a = a.member->name ? std::string_view(a.member->name->value) : "";
    const std::string_view name_b = b.member->name ? std::string_view(b.member->name->value) : "";
    return std::tie(a.end, name_a) < std::tie(b.end, name_b);
  });
  return rows;
}

}  // namespace gcsj::group
