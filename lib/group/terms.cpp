#include "group/terms.hpp"

namespace gcsj::group {

model::Date full_term_end(const model::Date& start) {
  if (start.month == 2 && start.day == 29) return model::Date{start.year + 2, 2, 28};
  return start.plus_years(2).plus_days(-1);
}

std::optional<model::Date> term_end(const model::Term& term) {
  if (!term.start) return std::nullopt;
  if (term.end) return term.end->value;
  return full_term_end(term.start->value);
}

bool term_covers(const model::Term& term, const model::Date& date) {
  const auto end = term_end(term);
  return end && term.start->value <= date && date <= *end;
}

bool is_director_general(const model::Member& member) {
  return member.seat && member.seat->value == model::Seat::director_general;
}

bool in_office(const model::Member& member, const model::Date& date) {
  return (!member.since || member.since->value <= date) &&
         (!member.until || date <= member.until->value);
}

std::optional<CurrentTerm> current_term(const model::Member& member, const model::Date& date) {
  if (!member.terms) return std::nullopt;
  int number = 0;
  for (const model::Term& term : member.terms->value) {
    ++number;
    if (term_covers(term, date)) return CurrentTerm{&term, number, *term_end(term)};
  }
  return std::nullopt;
}

}  // namespace gcsj::group
