#pragma once
// The term calendar of the Coordinating Group on a date (¶23): every sitting member's current
// term, when it ends, and whether it may still be renewed. Used by `gcsj group terms`.

#include <optional>
#include <vector>

#include "group/roster.hpp"
#include "group/seats.hpp"
#include "model/group.hpp"

namespace gcsj::group {

struct CalendarRow {
  const model::Member* member;
  const SeatKind* seat;
  const model::Term* term;
  int term_number;  // 1: a first term; 2: the renewal
  model::Date start;
  model::Date end;
  bool ends_early;                           // an `end` before the full two years
  long days_left;                            // from the as-of date to the end, inclusive of neither
  bool renewable;                            // ¶23: a first term may be renewed once
  std::optional<model::Nominator> proposer;  // who must propose the renewal
  // The partner's withdrawal, when one is recorded: no renewal is possible then (¶21).
  std::optional<model::Date> partner_withdraws;
};

// Sitting members' current terms (the Director-General has none), sorted by end date then name;
// with `within_days`, only terms ending within that many days of `date`.
std::vector<CalendarRow> term_calendar(const Roster& roster, const model::Date& date,
                                       std::optional<long> within_days = std::nullopt);

}  // namespace gcsj::group
