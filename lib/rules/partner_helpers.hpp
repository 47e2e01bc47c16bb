#pragma once
// Small helpers shared by the partner rules.

#include <string>

#include "i18n/message.hpp"
#include "model/partner.hpp"
#include "model/partner_state.hpp"

namespace gcsj::rules {

using model::is_category;

// How a message names a partner: its id, or "this partner" when it has none.
inline i18n::Message label(const model::Partner& partner) {
  if (partner.id)
    // TRANSLATORS: a partner named by its id, as in "`ituc` has no `scope`": keep it as it is.
    return i18n::msg("`{partner}`", i18n::arg("partner", partner.id->value));
  // TRANSLATORS: a partner that has no id, as in "this partner has no `scope`".
  return i18n::msg("this partner");
}

// True when a string value is present but blank.
inline bool is_blank(const model::Field<std::string>& field) {
  return field && field->value.find_first_not_of(" \t") == std::string::npos;
}

}  // namespace gcsj::rules
