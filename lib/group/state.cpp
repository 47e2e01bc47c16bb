#include "group/state.hpp"

#include <algorithm>

#include "group/terms.hpp"
#include "refdata/reference_data.hpp"

namespace gcsj::group {

bool seats_counted(const SeatRow& row) {
  return row.region ? row.capacity_binds : !row.split;
}

int vacancies_told(const SeatRow& row, int sitting) {
  return seats_counted(row) ? row.vacancies_with(sitting) : 0;
}

int vacancies_told(const SeatRow& row) {
  return vacancies_told(row, row.filled());
}

SeatTotals seat_totals(const Composition& composition) {
  SeatTotals totals;
  for (const SeatRow& row : composition.rows) {
    if (!seats_counted(row)) continue;
    totals.seats += row.capacity;
    totals.filled += std::min(row.filled(), row.capacity);
    totals.vacant += vacancies_told(row);
    totals.over += row.excess();
  }
  return totals;
}

std::optional<int> capacity_of(const SeatRow& row) {
  if (!row.capacity_binds) return std::nullopt;
  return row.capacity;
}

const model::RolePeriod* role_period_on(const model::Member& member, const model::Date& date) {
  if (!member.roles) return nullptr;
  for (const model::RolePeriod& period : member.roles->value)
    if (period.since && period.since->value <= date &&
        (!period.until || date <= period.until->value))
      return &period;
  return nullptr;
}

model::Role role_on(const model::Member& member, const model::Date& date) {
  if (is_director_general(member)) return model::Role::co_chair;
  if (member.roles) {
    const model::RolePeriod* period = role_period_on(member, date);
    return period && period->role ? period->role->value : model::Role::member;
  }
  if (member.role) return member.role->value;
  return model::Role::member;
}

model::Location role_location(const model::Member& member, const model::Date& date) {
  if (const model::RolePeriod* period = role_period_on(member, date)) return period->where;
  if (member.role) return member.role->where;
  return member.where;
}

std::vector<model::Date> role_change_days(const model::Member& member) {
  std::vector<model::Date> days;
  if (!member.roles || is_director_general(member)) return days;
  for (const model::RolePeriod& period : member.roles->value) {
    if (period.since) days.push_back(period.since->value);
    if (period.until) days.push_back(period.until->value.plus_days(1));
  }
  return days;
}

std::vector<Chair> chairs_of(const SeatRow& row, const model::Date& date) {
  std::vector<Chair> chairs;
  for (const model::Member* member : row.sitting)
    if (const model::Role role = role_on(*member, date); role != model::Role::member)
      chairs.push_back({member, role});
  return chairs;
}

bool region_uncovered(const SeatRow& row, int filled, bool established) {
  return row.region && established && filled == 0 && (!row.capacity_binds || row.capacity > 0);
}

int GenderTally::declared() const {
  return by_gender[static_cast<std::size_t>(model::Gender::woman)] +
         by_gender[static_cast<std::size_t>(model::Gender::man)] +
         by_gender[static_cast<std::size_t>(model::Gender::non_binary)];
}

void GenderTally::add(const model::Member& member) {
  if (member.gender)
    ++by_gender[static_cast<std::size_t>(member.gender->value)];
  else
    ++undeclared;
}

GenderTally gender_tally(const Roster& roster, const model::Date& date) {
  GenderTally tally;
  for (const model::Member& member : roster.group().members)
    if (roster.sits(member, date)) tally.add(member);
  return tally;
}

std::vector<GenderImbalance> gender_imbalances(const GenderTally& tally,
                                               const model::Group& group) {
  std::vector<GenderImbalance> found;
  const int declared = tally.declared();
  if (declared < kMinimumDeclared) return found;
  const double max_share =
      group.gender_balance_max_share ? group.gender_balance_max_share->value : kDefaultMaxShare;
  for (const auto gender : {model::Gender::woman, model::Gender::man, model::Gender::non_binary}) {
    const int count = tally.by_gender[static_cast<std::size_t>(gender)];
    if (count == 0) continue;
    const double share = static_cast<double>(count) / declared;
    if (share > max_share) found.push_back({gender, count, declared, share, max_share});
  }
  return found;
}

std::string_view member_region(const Roster& roster, const model::Member& member,
                               const refdata::ReferenceData& reference) {
  const auto* partner = roster.partner_of(member);
  // No partner or no country: no region (an international organization).
  if (!partner || !partner->country) return {};
  return reference.ilo_region(partner->country->value);
}

bool diversity_judged(model::Seat seat) {
  return seat == model::Seat::employers || seat == model::Seat::workers;
}

std::vector<DiversityNote> diversity_notes(const RegionCounts& counts) {
  std::map<model::Seat, int> located;
  for (const auto& [key, count] : counts) located[key.first] += count;
  std::vector<DiversityNote> notes;
  for (const auto& [key, count] : counts) {
    const int total = located[key.first];
    if (count > 0 && total >= kMinimumLocated && 3 * count >= 2 * total)
      notes.push_back({key.first, key.second, count, total});
  }
  return notes;
}

std::vector<DiversityNote> diversity_on(const Roster& roster, const model::Date& date,
                                        const RegionOf& region_of) {
  if (!region_of || !roster.exists_on(date)) return {};
  RegionCounts counts;
  for (const model::Member& member : roster.group().members) {
    if (!member.seat || !diversity_judged(member.seat->value) || !roster.sits(member, date))
      continue;
    std::string region = region_of(member);
    if (!region.empty()) ++counts[{member.seat->value, std::move(region)}];
  }
  return diversity_notes(counts);
}

}  // namespace gcsj::group
