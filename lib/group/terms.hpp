#pragma once
// Term arithmetic of ¶23: two-year terms, renewable once.

#include <optional>

#include "model/date.hpp"
#include "model/group.hpp"

namespace gcsj::group {

inline constexpr int kMaxTerms = 2;  // a first term and one renewal (¶23)
inline constexpr int kExpiryNoticeDays = 90;

// The last day of a full two-year term from `start`: the day before the same date two years
// later. A term from 29 February ends on 28 February two years on.
model::Date full_term_end(const model::Date& start);

// The last day of `term`: its `end` when given, else its full length; nullopt without a start.
std::optional<model::Date> term_end(const model::Term& term);

bool term_covers(const model::Term& term, const model::Date& date);

bool is_director_general(const model::Member& member);

// True when the Director-General `member` is in office on `date`: from its `since` to its
// `until`, both included, an absent (or unreadable) one leaving that end open. ¶23 sets no term
// for the Director-General; the office changes hands when a successor's `since` follows `until`.
bool in_office(const model::Member& member, const model::Date& date);

// The term of `member` that covers `date`, with its 1-based number; nullopt when not sitting.
struct CurrentTerm {
  const model::Term* term;
  int number;
  model::Date end;
};
std::optional<CurrentTerm> current_term(const model::Member& member, const model::Date& date);

}  // namespace gcsj::group
