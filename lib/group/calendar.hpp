#pragma once
// The term calendar of the Coordinating Group on a date (¶23): every sitting member's current
// term, when it ends, and whether it may still be renewed. Used by `gcsj group terms`.

#include <optional>
#include <vector>

#include "group/roster.hpp"
#include "group/seats.hpp"
#include "model/group.hpp"

namespace gcsj::group {

// What follows a sitting member's current term (¶23). The one answer of the rule term-expiring,
// `group terms`, `group plan`, the progress report and the portal: none of them may say a renewal
// is still possible when the next term is already recorded.
enum class NextTerm {
  recorded,           // the member sits on the day after its last day: the renewal is recorded
  possible,           // a first term: renewable once, on the proposal of the nominating group
  already_renewed,    // the renewed term (or a later one): no renewal
  partner_withdraws,  // its partner's withdrawal is recorded: no renewal (¶21)
};

struct Renewal {
  NextTerm next;
  // The last day the member sits through this term: its end, or the day before its partner
  // withdraws when that comes first.
  model::Date last_day;
  std::optional<model::Nominator> proposer;      // possible: who must propose the renewal
  std::optional<model::Date> partner_withdraws;  // the partner's withdrawal, when recorded
};

// The next term of `member`, sitting through `current`. A renewal is recorded when a later term
// of the member starts on the day after `last_day` and the member sits on it (its partner still
// admitted); a later term after a gap leaves the seat vacant in between, and is not counted as
// the renewal here (term-order and the seat rules judge it).
Renewal renewal_after(const Roster& roster, const model::Member& member,
                      const CurrentTerm& current);

struct CalendarRow {
  const model::Member* member;
  const SeatKind* seat;
  const model::Term* term;
  int term_number;  // 1: a first term; 2: the renewal
  model::Date start;
  model::Date end;
  bool ends_early;                           // an `end` before the full two years
  long days_left;                            // from the as-of date to the end, inclusive of neither
  NextTerm next;                             // what follows the term (renewal_after)
  bool renewable;                            // next == possible: ¶23, a first term, renewed once
  std::optional<model::Nominator> proposer;  // who must propose the renewal
  // The partner's withdrawal, when one is recorded: no renewal is possible then (¶21).
  std::optional<model::Date> partner_withdraws;
};

// Sitting members' current terms (the Director-General has none), sorted by end date then name;
// with `within_days`, only terms ending within that many days of `date`.
std::vector<CalendarRow> term_calendar(const Roster& roster, const model::Date& date,
                                       std::optional<long> within_days = std::nullopt);

}  // namespace gcsj::group
