#include "group/plan.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "group/terms.hpp"

namespace gcsj::group {
namespace {

constexpr int kMinimumLocated = 3;  // as group_balance_rules' geographical-diversity

std::string_view name_of(const model::Member* member) {
  return member->name ? std::string_view(member->name->value) : std::string_view();
}

bool in_row(const model::Member& member, const PlanSeat& seat) {
  if (!member.seat || member.seat->value != seat.kind->seat) return false;
  return !seat.region || (member.region && member.region->value == *seat.region);
}

// `member` as a holder of its seat on `date`: the last day of its current term (or office), the
// term's number, and whether a renewal is recorded or still possible (¶23).
PlanHolder holder_on(const Roster& roster, const model::Member& member, const model::Date& date) {
  PlanHolder holder{};
  holder.member = &member;
  if (is_director_general(member)) {
    if (member.until) holder.last_day = member.until->value;
    return holder;
  }
  const auto current = roster.sitting_term(member, date);
  if (!current) return holder;
  const SeatKind& kind = seat_kind(member.seat->value);
  const auto* partner = roster.partner_of(member);
  if (partner && partner->withdrawn) holder.partner_withdraws = partner->withdrawn->value;
  holder.last_day = current->end;
  if (holder.partner_withdraws && *holder.partner_withdraws <= current->end)
    holder.last_day = holder.partner_withdraws->plus_days(-1);
  holder.term_start = current->term->start->value;
  holder.term_number = current->number;
  holder.renewed = roster.sits(member, holder.last_day->plus_days(1));
  holder.renewable = current->number < kMaxTerms && !holder.partner_withdraws && !holder.renewed;
  if (holder.renewable) holder.renewal_proposer = kind.nominator;
  return holder;
}

// True when the row of `seat` has a vacancy on `date` (its region's row for a government seat).
bool row_vacant_on(const Roster& roster, const PlanSeat& seat, const model::Date& date) {
  const Composition composition = composition_on(roster, date);
  for (const SeatRow& row : composition.rows)
    if (row.kind == seat.kind && row.region == seat.region) return row.vacancies() > 0;
  return false;
}

}  // namespace

GroupState group_state_on(const Roster& roster, const model::Date& date,
                          const RegionOf& region_of) {
  GroupState state;
  state.date = date;
  state.established = roster.exists_on(date);
  const Composition composition = composition_on(roster, date);
  for (const SeatRow& row : composition.rows) {
    if (row.region) {
      if (state.established && row.sitting.empty() && (!row.capacity_binds || row.capacity > 0))
        state.regions_uncovered.push_back(*row.region);
      continue;
    }
    state.sitting += row.filled();
    if (state.established && !row.kind->up_to) state.vacancies += row.vacancies();
  }
  std::map<std::pair<model::Seat, std::string>, int> by_region;
  std::map<model::Seat, int> located;
  for (const model::Member& member : roster.group().members) {
    if (!roster.sits(member, date)) continue;
    if (member.gender)
      ++state.genders[static_cast<std::size_t>(member.gender->value)];
    else
      ++state.gender_undeclared;
    const model::Role role = role_of(member);
    if (role == model::Role::co_chair) state.co_chairs.push_back(&member);
    if (role == model::Role::vice_chair) state.vice_chairs.push_back(&member);
    if (!member.seat) continue;
    const SeatKind& kind = seat_kind(member.seat->value);
    // The invited seats are judged together: ¶25(h)-(k) are all the Director-General's choice.
    const bool judged = kind.seat == model::Seat::employers || kind.seat == model::Seat::workers ||
                        kind.by_invitation;
    if (!judged || !region_of) continue;
    const std::string region = region_of(member);
    if (region.empty()) continue;
    const model::Seat key = kind.by_invitation ? model::Seat::un_system : kind.seat;
    ++by_region[{key, region}];
    ++located[key];
  }
  for (const auto& [key, count] : by_region) {
    const int total = located[key.first];
    if (total >= kMinimumLocated && 3 * count >= 2 * total)
      state.diversity.push_back({key.first, key.second, count, total});
  }
  return state;
}

Plan plan_on(const Roster& roster, const model::Date& as_of, long horizon_days,
             const RegionOf& region_of) {
  Plan plan;
  plan.as_of = as_of;
  plan.horizon_days = horizon_days;
  plan.horizon_end = as_of.plus_days(horizon_days);
  plan.now = group_state_on(roster, as_of, region_of);
  const Composition composition = composition_on(roster, as_of);
  for (const SeatRow& row : composition.rows) {
    if (row.kind->seat == model::Seat::government && !row.region) continue;  // per region
    PlanSeat seat{row.kind, row.region,      row.capacity, row.capacity_binds,
                  {},       row.vacancies(), std::nullopt, row.kind->nominator};
    for (const model::Member* member : row.sitting) {
      PlanHolder holder = holder_on(roster, *member, as_of);
      if (holder.last_day && !holder.renewed && holder.term_number > 0)
        holder.successor_recorded = !row_vacant_on(roster, seat, holder.last_day->plus_days(1));
      if (holder.last_day && !holder.renewed && *holder.last_day < plan.horizon_end) {
        const model::Date vacant = holder.last_day->plus_days(1);
        if ((!seat.falls_vacant || vacant < *seat.falls_vacant) &&
            row_vacant_on(roster, seat, vacant))
          seat.falls_vacant = vacant;
      }
      seat.holders.push_back(holder);
    }
    std::stable_sort(seat.holders.begin(), seat.holders.end(),
                     [](const PlanHolder& a, const PlanHolder& b) {
                       const model::Date far{9999, 12, 31};
                       return std::tuple(a.last_day.value_or(far), name_of(a.member)) <
                              std::tuple(b.last_day.value_or(far), name_of(b.member));
                     });
    plan.seats.push_back(std::move(seat));
  }
  // Every term that ends within the horizon, the ones recorded to begin later too.
  for (const PlanSeat& seat : plan.seats) {
    for (const model::Member& member : roster.group().members) {
      if (!in_row(member, seat)) continue;
      std::vector<std::pair<model::Date, model::Date>> ends;  // last day, a day it sat
      if (is_director_general(member)) {
        if (member.until) ends.emplace_back(member.until->value, member.until->value);
      } else if (member.terms) {
        for (const model::Term& term : member.terms->value)
          if (const auto end = term_end(term)) ends.emplace_back(*end, *end);
      }
      for (const auto& [last, sat] : ends) {
        if (last < as_of || last > plan.horizon_end || !roster.sits(member, sat)) continue;
        const PlanHolder holder = holder_on(roster, member, last);
        if (!is_director_general(member) && holder.last_day != last) continue;
        PlanEvent event{&member,
                        seat.kind,
                        seat.region,
                        last,
                        last.plus_days(1),
                        holder.term_start,
                        holder.term_number,
                        holder.renewable,
                        holder.renewed,
                        !holder.renewed && !row_vacant_on(roster, seat, last.plus_days(1)),
                        holder.renewal_proposer,
                        seat.nominator,
                        group_state_on(roster, last.plus_days(1), region_of)};
        plan.events.push_back(std::move(event));
      }
    }
  }
  std::stable_sort(
      plan.events.begin(), plan.events.end(), [](const PlanEvent& a, const PlanEvent& b) {
        return std::tuple(a.last_day, static_cast<int>(a.kind->seat), name_of(a.member)) <
               std::tuple(b.last_day, static_cast<int>(b.kind->seat), name_of(b.member));
      });
  return plan;
}

}  // namespace gcsj::group
