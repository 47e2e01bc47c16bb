#pragma once
// The nomination calendar of the Coordinating Group (`gcsj group plan`): per seat of ¶25 who sits
// and until when, whether a renewal is possible and which body proposes it (¶23), when the seat
// falls vacant and who nominates or invites its next holder; and for every term that ends within
// the horizon, the Group on the day after if nothing is done: regional coverage, gender balance,
// geographical diversity (¶26) and chairs. Typed data, no words: lib/render writes it.

#include <array>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "group/composition.hpp"
#include "group/roster.hpp"
#include "group/seats.hpp"
#include "group/state.hpp"
#include "model/date.hpp"
#include "model/group.hpp"

namespace gcsj::group {

// A member who sits on the as-of date, and how its seat continues.
struct PlanHolder {
  const model::Member* member;
  std::optional<model::Date> last_day;    // nullopt: the Director-General with no `until`
  std::optional<model::Date> term_start;  // nullopt for the Director-General
  int term_number = 0;                    // 1 or 2; 0 for the Director-General
  bool renewable = false;                 // ¶23: a first term, renewed once
  bool renewed = false;                   // a later term is already recorded
  bool successor_recorded = false;        // not renewed, but the seat is filled the next day
  std::optional<model::Nominator> renewal_proposer;
  std::optional<model::Date> partner_withdraws;
  // The chair role held on the as-of date (role_on; none for `member` and for the
  // Director-General, ex officio), and its last day: its `until`, or the last day of the terms
  // that carry it (chair_ends_with_term).
  std::optional<model::Role> chair;
  std::optional<model::Date> chair_last_day;
  bool chair_ends_with_term = false;
};

struct PlanSeat {
  const SeatKind* kind;
  std::optional<model::GovernmentRegion> region;  // government seats: one row per region
  int capacity = 0;
  bool capacity_binds = true;
  std::vector<PlanHolder> holders;
  int vacant_now = 0;
  // The first day within the horizon on which a holder's seat falls vacant, if nothing is done
  // (a renewal or a successor already recorded fills it).
  std::optional<model::Date> falls_vacant;
  // Who nominates or invites the next holder (¶25); nullopt for the ex officio Director-General.
  std::optional<model::Nominator> nominator;
};

// The Group on a date, if nothing is done.
struct GroupState {
  model::Date date;
  bool established = true;
  int sitting = 0;
  int vacancies = 0;  // group::vacancies_told: as the rules tell them, the "up to" seats too
  std::vector<model::GovernmentRegion> regions_uncovered;
  std::array<int, 4> genders{};  // by model::Gender (group::GenderTally)
  int gender_undeclared = 0;
  std::vector<const model::Member*> co_chairs;
  std::vector<const model::Member*> vice_chairs;
  std::vector<DiversityNote> diversity;  // group::diversity_on: the rule's judgement
};

// A term (or the Director-General's office) that ends within the horizon.
struct PlanEvent {
  const model::Member* member;
  const SeatKind* kind;
  std::optional<model::GovernmentRegion> region;
  model::Date last_day;
  model::Date vacant_from;                // the day after
  std::optional<model::Date> term_start;  // nullopt for the Director-General
  int term_number = 0;
  bool renewable = false;
  bool renewed = false;             // the member sits on: a renewal is already recorded
  bool successor_recorded = false;  // not renewed, but the seat is filled on `vacant_from`
  std::optional<model::Nominator> renewal_proposer;
  std::optional<model::Nominator> nominator;  // of the next holder
  GroupState after;                           // on `vacant_from`
};

struct Plan {
  model::Date as_of;
  long horizon_days = 0;
  model::Date horizon_end;
  GroupState now;
  std::vector<PlanSeat> seats;
  std::vector<PlanEvent> events;  // by last day, then seat, then name
};

inline constexpr long kDefaultHorizonDays = 730;  // one full term

GroupState group_state_on(const Roster& roster, const model::Date& date, const RegionOf& region_of);

Plan plan_on(const Roster& roster, const model::Date& as_of, long horizon_days,
             const RegionOf& region_of);

}  // namespace gcsj::group
