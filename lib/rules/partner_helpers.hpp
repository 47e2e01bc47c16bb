#pragma once
// Small helpers shared by the partner rules.

#include <string>

#include <fmt/format.h>

#include "model/partner.hpp"
#include "model/partner_state.hpp"

namespace gcsj::rules {

using model::is_category;

// How a message names a partner: its id, or "this partner" when it has none.
inline std::string label(const model::Partner& partner) {
  return partner.id ? fmt::format("`{}`", partner.id->value) : std::string("this partner");
}

// True when a string value is present but blank.
inline bool is_blank(const model::Field<std::string>& field) {
  return field && field->value.find_first_not_of(" \t") == std::string::npos;
}

}  // namespace gcsj::rules
