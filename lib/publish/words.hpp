#pragma once
// The portal's own words for the registry's enumerated values, marked for translation (NC_) and
// written in the language of the page. lib/figures has English words for the same values
// (figures/words.hpp); the portal keeps its own so that every page can be written in French and
// Spanish without waiting for them. Internal to lib/publish.

#include <string_view>

#include "i18n/translator.hpp"
#include "model/group.hpp"
#include "model/partner.hpp"

namespace gcsj::publish {

i18n::Term category_term(model::Category category);      // "Government"
i18n::Term categories_term(model::Category category);    // "Governments", a chart's label
i18n::Term status_term(model::ActionStatus status);      // "Pledged"
i18n::Term role_term(model::Role role);                  // "Co-Chairperson"
i18n::Term nominator_term(model::Nominator nominator);   // "the Government group"
i18n::Term level_term(model::Level level);               // "global"
i18n::Term support_term(model::Support support);         // "in-kind support"
i18n::Term region_term(model::GovernmentRegion region);  // "Asia and the Pacific"

}  // namespace gcsj::publish
