#pragma once
// The Coordinating Group on a date: who sits in which seat, what is vacant or over-filled (¶25).
// Shared by the composition rules and `gcsj group seats`.

#include <optional>
#include <vector>

#include "group/seats.hpp"
#include "group/terms.hpp"
#include "model/group.hpp"

namespace gcsj::group {

struct SeatRow {
  const SeatKind* kind;
  std::optional<model::GovernmentRegion> region;  // government rows, one per region
  int capacity = 0;
  bool capacity_binds = true;  // false for regions when `government_seats` is not given
  std::vector<const model::Member*> sitting;
  // The member whose term in this seat ended most recently before the date, if not sitting.
  const model::Member* last_departed = nullptr;
  std::optional<model::Date> last_departed_end;

  int filled() const { return static_cast<int>(sitting.size()); }
  int vacancies() const { return capacity_binds && filled() < capacity ? capacity - filled() : 0; }
  int excess() const { return capacity_binds && filled() > capacity ? filled() - capacity : 0; }
};

struct Composition {
  model::Date as_of;
  // One row per seat kind in the order of ¶25; the government seats as one total row followed by
  // a row per region.
  std::vector<SeatRow> rows;

  const SeatRow& total(model::Seat seat) const;
};

Composition composition_on(const model::Group& group, const model::Date& date);

}  // namespace gcsj::group
