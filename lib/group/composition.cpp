#include "group/composition.hpp"

#include <algorithm>
#include <stdexcept>

#include "model/enum_names.hpp"

namespace gcsj::group {

bool belongs(const model::Member& member, model::Seat seat,
             const std::optional<model::GovernmentRegion>& region) {
  if (!member.seat || member.seat->value != seat) return false;
  if (!region) return true;
  return member.region && member.region->value == *region;
}

bool belongs(const model::Member& member, const SeatRow& row) {
  return belongs(member, row.kind->seat, row.region);
}

namespace {

void fill(SeatRow& row, const Roster& roster, const model::Date& date) {
  for (const model::Member& member : roster.group().members) {
    if (!belongs(member, row)) continue;
    if (roster.sits(member, date)) {
      row.sitting.push_back(&member);
      continue;
    }
    const auto last = roster.last_day_before(member, date);
    if (last && (!row.last_departed_day || last->date > row.last_departed_day->date)) {
      row.last_departed = &member;
      row.last_departed_day = last;
    }
  }
}

}  // namespace

const SeatRow& Composition::total(model::Seat seat) const {
  for (const SeatRow& row : rows)
    if (row.kind->seat == seat && !row.region) return row;
  throw std::logic_error("no row for a seat");
}

Composition composition_on(const Roster& roster, const model::Date& date) {
  const model::Group& group = roster.group();
  Composition composition{date, roster.exists_on(date), {}};
  for (const SeatKind& kind : seat_kinds()) {
    SeatRow total;
    total.kind = &kind;
    total.capacity = kind.capacity;
    total.split = kind.seat == model::Seat::government && group.government_seats.has_value();
    fill(total, roster, date);
    composition.rows.push_back(std::move(total));
    if (kind.seat != model::Seat::government) continue;
    for (const auto region :
         {model::GovernmentRegion::africa, model::GovernmentRegion::americas,
          model::GovernmentRegion::asia_pacific, model::GovernmentRegion::europe}) {
      SeatRow row;
      row.kind = &kind;
      row.region = region;
      row.capacity_binds = false;
      if (group.government_seats) {
        row.capacity_binds = true;
        for (const auto& seats : group.government_seats->value)
          if (seats.region == region) row.capacity = static_cast<int>(seats.seats);
      }
      fill(row, roster, date);
      composition.rows.push_back(std::move(row));
    }
  }
  return composition;
}

}  // namespace gcsj::group
