// The Coordinating Group on one date, as `gcsj group seats` shows it: who sits, the government
// seats by region (¶25(c) "on a regional basis"), and the declared genders (¶26, gender balance).

#include "changes/change_parts.hpp"

namespace gcsj::changes {

Balance balance_on(const group::Roster& roster, const model::Date& date) {
  const group::Composition composition = group::composition_on(roster, date);
  Balance balance;
  balance.date = date;
  balance.established = composition.established;
  for (std::size_t i = 0; i < balance.government.size(); ++i)
    balance.government[i].region = static_cast<model::GovernmentRegion>(i);
  for (const group::SeatRow& row : composition.rows) {
    if (row.region) {
      RegionBalance& region = balance.government[static_cast<std::size_t>(*row.region)];
      region.sitting = row.filled();
      if (row.capacity_binds) region.seats = row.capacity;
      continue;
    }
    balance.sitting += row.filled();
    for (const model::Member* member : row.sitting) {
      const std::size_t gender =
          member->gender ? static_cast<std::size_t>(member->gender->value) : kGenderCounts - 1;
      ++balance.gender[gender];
    }
  }
  return balance;
}

}  // namespace gcsj::changes
