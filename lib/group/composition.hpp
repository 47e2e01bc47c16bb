#pragma once
// The Coordinating Group on a date: who sits in which seat, what is vacant or over-filled (¶25).
// Shared by the composition rules and `gcsj group seats`.

#include <optional>
#include <vector>

#include "group/roster.hpp"
#include "group/seats.hpp"
#include "group/terms.hpp"
#include "model/group.hpp"

namespace gcsj::group {

struct SeatRow {
  const SeatKind* kind;
  std::optional<model::GovernmentRegion> region;  // government rows, one per region
  int capacity = 0;
  bool capacity_binds = true;  // false for regions when `government_seats` is not given
  // The Government total when `government_seats` splits it: its regions' rows hold its seats.
  bool split = false;
  std::vector<const model::Member*> sitting;
  // Of the members of this seat who no longer sit, the one who left last, and when.
  const model::Member* last_departed = nullptr;
  std::optional<LastDay> last_departed_day;

  int filled() const { return static_cast<int>(sitting.size()); }
  int vacancies() const { return vacancies_with(filled()); }
  int excess() const { return capacity_binds && filled() > capacity ? filled() - capacity : 0; }
  // The seats of this row no one holds when `sitting` members sit in it.
  int vacancies_with(int sitting) const {
    return capacity_binds && sitting < capacity ? capacity - sitting : 0;
  }
};

struct Composition {
  model::Date as_of;
  bool established = true;  // false before the Group was established: only the DG sits
  // One row per seat kind in the order of ¶25; the government seats as one total row followed by
  // a row per region.
  std::vector<SeatRow> rows;

  const SeatRow& total(model::Seat seat) const;
};

Composition composition_on(const Roster& roster, const model::Date& date);

// Whether `member` belongs in the row of `seat` (and `region`, for a government region's row):
// its seat, and for a regional row its region. Whether it sits there is the roster's answer.
bool belongs(const model::Member& member, model::Seat seat,
             const std::optional<model::GovernmentRegion>& region);
bool belongs(const model::Member& member, const SeatRow& row);

}  // namespace gcsj::group
