#include "group/plan.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "group/calendar.hpp"
#include "group/terms.hpp"

namespace gcsj::group {
namespace {

std::string_view name_of(const model::Member* member) {
  return member->name ? std::string_view(member->name->value) : std::string_view();
}

// The chair role `member` holds on `date` and when it ends: its period's `until`, or the last day
// the member sits without a break (a recorded renewal carries an open role on).
void add_chair(const Roster& roster, const model::Member& member, const model::Date& date,
               PlanHolder& holder) {
  const model::Role role = role_on(member, date);
  if (role == model::Role::member || !holder.last_day) return;
  holder.chair = role;
  model::Date last = *holder.last_day;
  for (int more = 0; more < kMaxTerms && roster.sits(member, last.plus_days(1)); ++more) {
    const auto next = roster.sitting_term(member, last.plus_days(1));
    if (!next) break;
    last = next->end;
    if (holder.partner_withdraws && *holder.partner_withdraws <= last)
      last = holder.partner_withdraws->plus_days(-1);
  }
  const model::RolePeriod* period = role_period_on(member, date);
  holder.chair_ends_with_term = !(period && period->until && period->until->value < last);
  holder.chair_last_day = holder.chair_ends_with_term ? last : period->until->value;
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
  // What follows the term: the computation the rule term-expiring and `group terms` use too.
  const Renewal renewal = renewal_after(roster, member, *current);
  holder.partner_withdraws = renewal.partner_withdraws;
  holder.last_day = renewal.last_day;
  holder.term_start = current->term->start->value;
  holder.term_number = current->number;
  holder.renewed = renewal.next == NextTerm::recorded;
  holder.renewable = renewal.next == NextTerm::possible;
  holder.renewal_proposer = renewal.proposer;
  add_chair(roster, member, date, holder);
  return holder;
}

// The Group on each of a set of days, found in one pass over the members rather than one pass a
// day (what made `group plan` quadratic in members): a member sits on a day by comparing it with
// a few dates of its own (its terms' starts and ends, its partner's admission and withdrawal, the
// Group's establishment, the Director-General's office), so between two such dates it sits on
// every day or on none. Roster::sits is asked once for each such stretch holding asked days, and
// what the member adds (its rows, its gender, its region, its chair) is added to every asked day
// of the stretch at once (differences, summed in day order).
class StatesOn {
 public:
  StatesOn(const Roster& roster, const Composition& layout, std::vector<model::Date> days,
           const RegionOf& region_of)
      : roster_(roster), rows_(layout.rows), days_(std::move(days)) {
    std::sort(days_.begin(), days_.end());
    days_.erase(std::unique(days_.begin(), days_.end()), days_.end());
    for (SeatRow& row : rows_) row.sitting.clear();
    const std::size_t n = days_.size();
    std::vector<std::optional<Key>> keys;
    std::map<Key, std::size_t> key_index;
    for (const model::Member& member : roster.group().members) {
      keys.push_back(key_of(member, region_of));
      if (keys.back()) key_index.emplace(*keys.back(), 0);
    }
    for (auto& [key, index] : key_index) {
      index = keys_.size();
      keys_.push_back(key);
    }
    genders_ = rows_.size();
    regions_ = genders_ + kGenders + 1;
    const std::size_t width = regions_ + keys_.size();
    width_ = width;
    counts_.assign((n + 1) * width, 0);
    co_chairs_.resize(n);
    vice_chairs_.resize(n);
    std::size_t m = 0;
    for (const model::Member& member : roster.group().members) {
      std::vector<std::size_t> columns;
      for (std::size_t r = 0; r < rows_.size(); ++r)
        if (belongs(member, rows_[r])) columns.push_back(r);
      columns.push_back(
          genders_ + (member.gender ? static_cast<std::size_t>(member.gender->value) : kGenders));
      if (keys[m]) columns.push_back(regions_ + key_index.at(*keys[m]));
      ++m;
      // A chair as group::chairs_of finds it: a member sitting in the row of its seat, with the
      // role it holds on each day (role_on).
      for_each_stretch(member, [&](std::size_t lo, std::size_t hi) {
        for (const std::size_t column : columns) {
          ++counts_[lo * width + column];
          --counts_[hi * width + column];
        }
        // A member with neither `roles` nor a chair `role` is a member on every day: no loop
        // over its days, so the replay stays linear in members plus days.
        if (!member.seat) return;
        if (!member.roles && role_on(member, days_[lo]) == model::Role::member) return;
        for (std::size_t i = lo; i < hi; ++i) {
          const model::Role role = role_on(member, days_[i]);
          if (role == model::Role::co_chair) co_chairs_[i].push_back(&member);
          if (role == model::Role::vice_chair) vice_chairs_[i].push_back(&member);
        }
      });
    }
    for (std::size_t i = 1; i < n; ++i)
      for (std::size_t c = 0; c < width; ++c)
        counts_[i * width + c] += counts_[(i - 1) * width + c];
  }

  // True when the row of `kind` and `region` has a vacancy on `date`, one of the days asked.
  bool row_vacant(const SeatKind* kind, const std::optional<model::GovernmentRegion>& region,
                  const model::Date& date) const {
    const std::size_t i = index_of(date);
    for (std::size_t r = 0; r < rows_.size(); ++r)
      if (rows_[r].kind == kind && rows_[r].region == region)
        return vacancies_told(rows_[r], count(i, r)) > 0;
    return false;
  }

  // group_state_on(roster, date, region_of), for one of the days asked.
  GroupState state(const model::Date& date) const {
    const std::size_t i = index_of(date);
    GroupState state;
    state.date = date;
    state.established = roster_.exists_on(date);
    for (std::size_t r = 0; r < rows_.size(); ++r) {
      const SeatRow& row = rows_[r];
      const int filled = count(i, r);
      if (state.established) state.vacancies += vacancies_told(row, filled);
      if (row.region) {
        if (region_uncovered(row, filled, state.established))
          state.regions_uncovered.push_back(*row.region);
        continue;
      }
      state.sitting += filled;
    }
    for (std::size_t g = 0; g < kGenders; ++g) state.genders[g] = count(i, genders_ + g);
    state.gender_undeclared = count(i, genders_ + kGenders);
    state.co_chairs = co_chairs_[i];
    state.vice_chairs = vice_chairs_[i];
    if (state.established) {
      RegionCounts counts;
      for (std::size_t k = 0; k < keys_.size(); ++k)
        if (const int n = count(i, regions_ + k); n > 0) counts[keys_[k]] = n;
      state.diversity = diversity_notes(counts);
    }
    return state;
  }

 private:
  using Key = std::pair<model::Seat, std::string>;
  static constexpr std::size_t kGenders = std::tuple_size_v<decltype(GroupState::genders)>;

  // Where the member counts for the diversity note (as diversity_on judges it).
  static std::optional<Key> key_of(const model::Member& member, const RegionOf& region_of) {
    if (!member.seat || !region_of || !diversity_judged(member.seat->value)) return std::nullopt;
    std::string region = region_of(member);
    if (region.empty()) return std::nullopt;
    return Key{member.seat->value, std::move(region)};
  }

  // Calls `sits(lo, hi)` for each run [lo, hi) of asked days on which `member` sits.
  template <class Sits>
  void for_each_stretch(const model::Member& member, Sits&& sits) const {
    std::vector<model::Date> changes;  // the days its sitting may change on
    const auto add = [&](const auto& field, long shift) {
      if (field) changes.push_back(field->value.plus_days(shift));
    };
    if (is_director_general(member)) {
      add(member.since, 0);
      add(member.until, 1);
    } else {
      if (!member.terms) return;
      if (const auto established = roster_.established()) changes.push_back(*established);
      if (const auto* partner = roster_.partner_of(member)) {
        add(partner->admitted, 0);
        add(partner->withdrawn, 0);
      }
      for (const model::Term& term : member.terms->value) {
        add(term.start, 0);
        if (const auto end = term_end(term)) changes.push_back(end->plus_days(1));
      }
    }
    std::sort(changes.begin(), changes.end());
    std::size_t lo = 0;
    for (std::size_t c = 0; c <= changes.size() && lo < days_.size(); ++c) {
      const std::size_t hi =
          c < changes.size()
              ? static_cast<std::size_t>(std::lower_bound(days_.begin(), days_.end(), changes[c]) -
                                         days_.begin())
              : days_.size();
      if (lo < hi && roster_.sits(member, days_[lo])) sits(lo, hi);
      lo = std::max(lo, hi);
    }
  }

  std::size_t index_of(const model::Date& date) const {
    return static_cast<std::size_t>(std::lower_bound(days_.begin(), days_.end(), date) -
                                    days_.begin());
  }
  int count(std::size_t day, std::size_t column) const { return counts_[day * width_ + column]; }

  const Roster& roster_;
  std::vector<SeatRow> rows_;  // the composition's rows, without who sits
  std::vector<model::Date> days_;
  std::vector<Key> keys_;  // in the order of group_state_on's map
  // Columns of counts_: the composition's rows, the genders (from genders_) and the undeclared,
  // then one per seat and region of the diversity note (from regions_).
  std::size_t genders_ = 0;
  std::size_t regions_ = 0;
  std::size_t width_ = 0;
  std::vector<int> counts_;  // days x columns
  std::vector<std::vector<const model::Member*>> co_chairs_;
  std::vector<std::vector<const model::Member*>> vice_chairs_;
};

// Every term (or Director-General's office) that ends within the plan's horizon, the ones
// recorded to begin later too, as events of `plan`; their next days join `days`.
void add_events(const Roster& roster, Plan& plan, std::vector<model::Date>& days) {
  for (const PlanSeat& seat : plan.seats) {
    for (const model::Member& member : roster.group().members) {
      if (!belongs(member, seat.kind->seat, seat.region)) continue;
      std::vector<std::pair<model::Date, model::Date>> ends;  // last day, a day it sat
      if (is_director_general(member)) {
        if (member.until) ends.emplace_back(member.until->value, member.until->value);
      } else if (member.terms) {
        for (const model::Term& term : member.terms->value)
          if (const auto end = term_end(term)) ends.emplace_back(*end, *end);
      }
      for (const auto& [last, sat] : ends) {
        if (last < plan.as_of || last > plan.horizon_end || !roster.sits(member, sat)) continue;
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
                        false,  // successor_recorded, below
                        holder.renewal_proposer,
                        seat.nominator,
                        {}};  // after, below
        days.push_back(event.vacant_from);
        plan.events.push_back(std::move(event));
      }
    }
  }
}

}  // namespace

GroupState group_state_on(const Roster& roster, const model::Date& date,
                          const RegionOf& region_of) {
  GroupState state;
  state.date = date;
  state.established = roster.exists_on(date);
  const Composition composition = composition_on(roster, date);
  for (const SeatRow& row : composition.rows) {
    if (state.established) state.vacancies += vacancies_told(row);
    if (row.region) {
      if (region_uncovered(row, row.filled(), state.established))
        state.regions_uncovered.push_back(*row.region);
      continue;
    }
    state.sitting += row.filled();
    for (const Chair& chair : chairs_of(row, date))
      (chair.role == model::Role::co_chair ? state.co_chairs : state.vice_chairs)
          .push_back(chair.member);
  }
  // In the order of the registry, whatever their seats.
  std::sort(state.co_chairs.begin(), state.co_chairs.end(), std::less<>());
  std::sort(state.vice_chairs.begin(), state.vice_chairs.end(), std::less<>());
  const GenderTally genders = gender_tally(roster, date);
  state.genders = genders.by_gender;
  state.gender_undeclared = genders.undeclared;
  state.diversity = diversity_on(roster, date, region_of);
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
  std::vector<model::Date> days;  // the days the Group is asked about below
  for (const SeatRow& row : composition.rows) {
    if (row.kind->seat == model::Seat::government && !row.region) continue;  // per region
    PlanSeat seat{row.kind, row.region,          row.capacity, row.capacity_binds,
                  {},       vacancies_told(row), std::nullopt, row.kind->nominator};
    for (const model::Member* member : row.sitting) {
      seat.holders.push_back(holder_on(roster, *member, as_of));
      const PlanHolder& holder = seat.holders.back();
      if (holder.last_day && !holder.renewed) days.push_back(holder.last_day->plus_days(1));
    }
    plan.seats.push_back(std::move(seat));
  }
  add_events(roster, plan, days);
  // The Group on those days, in one pass over the members.
  const StatesOn states(roster, composition, std::move(days), region_of);
  for (PlanSeat& seat : plan.seats) {
    for (PlanHolder& holder : seat.holders) {
      if (!holder.last_day || holder.renewed) continue;
      const model::Date vacant = holder.last_day->plus_days(1);
      const bool vacant_then = states.row_vacant(seat.kind, seat.region, vacant);
      if (holder.term_number > 0) holder.successor_recorded = !vacant_then;
      if (*holder.last_day < plan.horizon_end && vacant_then &&
          (!seat.falls_vacant || vacant < *seat.falls_vacant))
        seat.falls_vacant = vacant;
    }
    std::stable_sort(seat.holders.begin(), seat.holders.end(),
                     [](const PlanHolder& a, const PlanHolder& b) {
                       const model::Date far{9999, 12, 31};
                       return std::tuple(a.last_day.value_or(far), name_of(a.member)) <
                              std::tuple(b.last_day.value_or(far), name_of(b.member));
                     });
  }
  for (PlanEvent& event : plan.events) {
    event.successor_recorded =
        !event.renewed && !states.row_vacant(event.kind, event.region, event.vacant_from);
    event.after = states.state(event.vacant_from);
  }
  std::stable_sort(
      plan.events.begin(), plan.events.end(), [](const PlanEvent& a, const PlanEvent& b) {
        return std::tuple(a.last_day, static_cast<int>(a.kind->seat), name_of(a.member)) <
               std::tuple(b.last_day, static_cast<int>(b.kind->seat), name_of(b.member));
      });
  return plan;
}

}  // namespace gcsj::group
