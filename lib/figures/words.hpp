#pragma once
// The words readers see for the values of the registry: "Co-Chairperson" for `co-chair`, "the
// Government group" for `government-group`. The report and the portal show these, never the
// registry's internal values.

#include <string_view>

#include "i18n/translator.hpp"
#include "model/group.hpp"
#include "model/partner.hpp"

namespace gcsj::figures {

// The English of an action's status ("Pledged"), for the outputs that keep it in English.
std::string_view action_status_word(model::ActionStatus status);

// The words as terms to translate where they are written (`tr(role_term(role))`); a term's
// `msgid` is its English.
i18n::Term role_term(model::Role role);
i18n::Term nominator_term(model::Nominator nominator);
i18n::Term action_status_term(model::ActionStatus status);
i18n::Term level_term(model::Level level);
i18n::Term support_term(model::Support support);
i18n::Term region_term(model::GovernmentRegion region);

}  // namespace gcsj::figures
