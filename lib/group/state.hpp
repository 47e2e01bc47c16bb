#pragma once
// The facts of the Coordinating Group on a date, each computed here once: the seat totals, a
// row's capacity and chairs (¶25), the sitting members' genders and the gender-balance judgement,
// a member's ILO region and the geographical-diversity judgement (¶26). The rules, `group
// seats/terms/plan`, `gcsj changes`, the progress report and the portal all read them here, so
// no two of them can disagree.

#include <array>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "group/composition.hpp"
#include "group/roster.hpp"
#include "model/date.hpp"
#include "model/group.hpp"

namespace gcsj::refdata {
class ReferenceData;
}

namespace gcsj::group {

// ---- Seats (¶25)

// Whether the seats of ¶25 are counted in `row`, as the rules count them: the row of each seat
// kind, but for the Government seats their regions when `government_seats` splits them (the
// total only repeats them) and their total when it does not (a region then binds no seat).
bool seats_counted(const SeatRow& row);

// The vacancies of `row` as the rules tell them (seat-vacant, invited-seat-vacant), with `sitting`
// members in it: the seats of a counted row that no one holds, the "up to two" UN-system seats
// too (invited-seat-vacant notes them); 0 for a row whose seats are counted elsewhere. The one
// reading of `group seats`' totals, the report, the portal, `group plan` and `gcsj changes`.
int vacancies_told(const SeatRow& row, int sitting);
// The same with the members sitting in `row`.
int vacancies_told(const SeatRow& row);

// The seats of ¶25 added up over the rows they are counted in (seats_counted): a member over a
// seat's capacity fills none of its seats.
struct SeatTotals {
  int seats = 0;   // the capacities
  int filled = 0;  // seats held, at most a row's capacity
  int vacant = 0;
  int over = 0;  // members over a row's capacity
};
SeatTotals seat_totals(const Composition& composition);

// The capacity `row` binds; nullopt when it binds none (the government regions when the Group
// gives no `government_seats`).
std::optional<int> capacity_of(const SeatRow& row);

// ---- Chairs (¶25(a), (c)-(e))

// The role `member` holds on `date`: the Director-General is co-chair; a member with `role` holds
// it on every date; one with `roles` (v1.1) holds the role whose period covers `date` (`since` to
// `until`, both included, no `until` leaving it open), else `member`. Every check of the chairs
// and every view of them asks this, so a handover recorded today never rewrites an earlier date.
// (`roles` wins over `role` when a member wrongly gives both: the rule role-and-roles reports it.)
model::Role role_on(const model::Member& member, const model::Date& date);

// The period of `roles` that covers `date`; nullptr when none does (or the member has no `roles`).
const model::RolePeriod* role_period_on(const model::Member& member, const model::Date& date);

// Where the role `member` holds on `date` is written: the period's entry, the `role` key, or the
// member's entry.
model::Location role_location(const model::Member& member, const model::Date& date);

// The days the role of `member` may change on: each period's `since` and the day after its
// `until`. A view that replays the Group date by date visits them.
std::vector<model::Date> role_change_days(const model::Member& member);

// A chair of ¶25(a), (c)-(e): a co-chair or a vice-chair.
struct Chair {
  const model::Member* member;
  model::Role role;
};
// The chairs among the members sitting in `row` on `date` (role_on), in the order of the registry.
std::vector<Chair> chairs_of(const SeatRow& row, const model::Date& date);

// True when a government region counts as uncovered: the Group exists, no government member from
// the region sits (`filled`), and the region may have one (a bound capacity of 0 asks none).
bool region_uncovered(const SeatRow& row, int filled, bool established);

// ---- Gender balance (¶26)

// The sitting members by declared gender.
struct GenderTally {
  std::array<int, 4> by_gender{};  // by model::Gender: woman, man, non-binary, undisclosed
  int undeclared = 0;              // no `gender`
  // Those the balance is judged among: woman, man and non-binary (undisclosed is no answer).
  int declared() const;
  void add(const model::Member& member);
};
// Every member who sits on `date` (group/roster.hpp), with a seat or not.
GenderTally gender_tally(const Roster& roster, const model::Date& date);

// The balance is judged once at least this many sitting members declare a gender, against
// `gender_balance_max_share` or this default.
inline constexpr int kMinimumDeclared = 4;
inline constexpr double kDefaultMaxShare = 0.6;

// A gender above the share the Group allows.
struct GenderImbalance {
  model::Gender gender;
  int count;
  int declared;
  double share;
  double max_share;
};
// The genders over-represented in `tally`, in the order of model::Gender; none when fewer than
// kMinimumDeclared declare one.
std::vector<GenderImbalance> gender_imbalances(const GenderTally& tally, const model::Group& group);

// ---- Geographical diversity (¶26)

// The ILO region ("Africa") of the country `member`'s partner names; empty when the partner is
// unknown or names no country of the reference data (an international organization).
std::string_view member_region(const Roster& roster, const model::Member& member,
                               const refdata::ReferenceData& reference);

// The ILO region of a member's partner ("Africa"), or empty when unknown: member_region, or a
// stand-in of a test.
using RegionOf = std::function<std::string(const model::Member&)>;

// A seat kind whose sitting members are judged for geographical diversity: the employers' and
// workers' seats. The twelve Government seats are regional by nomination (¶25(c)), and the invited
// seats' partners name no country of their own.
bool diversity_judged(model::Seat seat);

// A seat kind is noted when at least two-thirds of its sitting members whose region is known, and
// at least this many, come from one ILO region.
inline constexpr int kMinimumLocated = 3;

// Employers' or workers' members from one ILO region: at least two-thirds of those whose country
// is known, and at least kMinimumLocated.
struct DiversityNote {
  model::Seat seat;
  std::string region;
  int count;
  int located;
};

// Sitting members of a judged seat kind by seat and ILO region.
using RegionCounts = std::map<std::pair<model::Seat, std::string>, int>;
// The judgement of `counts`, by seat then region.
std::vector<DiversityNote> diversity_notes(const RegionCounts& counts);
// The judgement of the members sitting on `date`; none before the Group is established.
std::vector<DiversityNote> diversity_on(const Roster& roster, const model::Date& date,
                                        const RegionOf& region_of);

}  // namespace gcsj::group
