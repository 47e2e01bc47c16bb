#pragma once
// The words readers see for the values of the registry: "Co-Chairperson" for `co-chair`, "the
// Government group" for `government-group`. The report and the portal show these, never the
// registry's internal values.

#include <string_view>

#include "i18n/translator.hpp"
#include "model/group.hpp"
#include "model/partner.hpp"

namespace gcsj::figures {

std::string_view role_word(model::Role role);                     // "Co-Chairperson"
std::string_view nominator_word(model::Nominator nominator);      // "the Government group"
std::string_view action_status_word(model::ActionStatus status);  // "Pledged"
std::string_view level_word(model::Level level);                  // "global"
std::string_view support_word(model::Support support);            // "in-kind support"
std::string_view region_word(model::GovernmentRegion region);     // "Asia and the Pacific"

// The same words as terms to translate where they are written (`tr(role_term(role))`); the
// functions above give their English.
i18n::Term role_term(model::Role role);
i18n::Term nominator_term(model::Nominator nominator);
i18n::Term action_status_term(model::ActionStatus status);
i18n::Term level_term(model::Level level);
i18n::Term support_term(model::Support support);
i18n::Term region_term(model::GovernmentRegion region);

}  // namespace gcsj::figures
