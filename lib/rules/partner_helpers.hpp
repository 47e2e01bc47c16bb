#pragma once
// Small helpers shared by the partner rules.

#include <string>

#include <fmt/format.h>

#include "model/partner.hpp"

namespace gcsj::rules {

// How a message names a partner: its id, or "this partner" when it has none.
inline std::string label(const model::Partner& partner) {
  return partner.id ? fmt::format("`{}`", partner.id->value) : std::string("this partner");
}

inline bool is_category(const model::Partner& partner, model::Category category) {
  return partner.category && partner.category->value == category;
}

// Withdrawn on `date`: by a withdrawal date on or before it, or by a status without a date.
inline bool is_withdrawn_on(const model::Partner& partner, const model::Date& date) {
  if (partner.withdrawn) return partner.withdrawn->value <= date;
  return partner.status && partner.status->value == model::Status::withdrawn;
}

// True when a string value is present but blank.
inline bool is_blank(const model::Field<std::string>& field) {
  return field && field->value.find_first_not_of(" \t") == std::string::npos;
}

}  // namespace gcsj::rules
