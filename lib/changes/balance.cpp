// The Coordinating Group on one date, as `gcsj group seats` shows it: who sits, the government
// seats by region (¶25(c) "on a regional basis"), and the declared genders of every sitting
// member, as the rule gender-balance counts them (¶26; group::gender_tally).

#include "changes/change_parts.hpp"
#include "group/state.hpp"

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
  }
  const group::GenderTally genders = group::gender_tally(roster, date);
  static_assert(kGenderCounts == std::tuple_size_v<decltype(genders.by_gender)> + 1);
  for (std::size_t i = 0; i < genders.by_gender.size(); ++i)
    balance.gender[i] = genders.by_gender[i];
  balance.gender[kGenderCounts - 1] = genders.undeclared;
  return balance;
}

}  // namespace gcsj::changes
