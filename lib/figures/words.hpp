#pragma once
// The words readers see for the values of the registry: "Co-Chairperson" for `co-chair`, "the
// Government group" for `government-group`. The report and the portal show these, never the
// registry's internal values.

#include <string>
#include <string_view>

#include "group/composition.hpp"
#include "i18n/translator.hpp"
#include "model/group.hpp"
#include "model/partner.hpp"

namespace gcsj::figures {

// The English of an action's status ("Pledged"), for the outputs that keep it in English.
std::string_view action_status_word(model::ActionStatus status);

// The words as terms to translate where they are written (`tr(role_term(role))`); a term's
// `msgid` is its English.
i18n::Term role_term(model::Role role);
// The role said of a member, agreeing with it (group::agreement_of): "coprésidente" of a woman.
i18n::Term role_term(model::Role role, i18n::Agreement agreement);
i18n::Term nominator_term(model::Nominator nominator);
i18n::Term action_status_term(model::ActionStatus status);
i18n::Term level_term(model::Level level);
i18n::Term support_term(model::Support support);
i18n::Term region_term(model::GovernmentRegion region);

// A seat row's capacity as the tables of `group seats`, the report and the portal show it: "6",
// "up to 2" for the UN-system seats, "-" for a row that binds none (group::capacity_of).
std::string capacity_words(const group::SeatRow& row, const i18n::Translator& tr);

}  // namespace gcsj::figures
