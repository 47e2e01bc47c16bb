#include "group/calendar.hpp"

#include <algorithm>
#include <tuple>

#include "group/terms.hpp"

namespace gcsj::group {

std::vector<CalendarRow> term_calendar(const model::Group& group, const model::Date& date,
                                       std::optional<long> within_days) {
  std::vector<CalendarRow> rows;
  for (const model::Member& member : group.members) {
    if (!member.seat || is_director_general(member)) continue;
    const auto current = current_term(member, date);
    if (!current) continue;
    const long days_left = current->end.days() - date.days();
    if (within_days && days_left > *within_days) continue;
    const SeatKind& kind = seat_kind(member.seat->value);
    const bool renewable = current->number < kMaxTerms;
    rows.push_back({&member, &kind, current->number, current->term->start->value, current->end,
                    current->term->end.has_value(), days_left, renewable,
                    renewable ? kind.nominator : std::nullopt});
  }
  std::stable_sort(rows.begin(), rows.end(), [](const CalendarRow& a, const CalendarRow& b) {
    const std::string_view name_a = a.member->name ? std::string_view(a.member->name->value) : "";
    const std::string_view name_b = b.member->name ? std::string_view(b.member->name->value) : "";
    return std::tie(a.end, name_a) < std::tie(b.end, name_b);
  });
  return rows;
}

}  // namespace gcsj::group
