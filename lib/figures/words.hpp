#pragma once
// The words readers see for the values of the registry: "Co-Chairperson" for `co-chair`, "the
// Government group" for `government-group`. The report and the portal show these, never the
// registry's internal values.

#include <string_view>

#include "model/group.hpp"
#include "model/partner.hpp"

namespace gcsj::figures {

std::string_view role_word(model::Role role);                     // "Co-Chairperson"
std::string_view nominator_word(model::Nominator nominator);      // "the Government group"
std::string_view action_status_word(model::ActionStatus status);  // "Pledged"
std::string_view level_word(model::Level level);                  // "global"
std::string_view support_word(model::Support support);            // "in-kind support"
std::string_view region_word(model::GovernmentRegion region);     // "Asia and the Pacific"

}  // namespace gcsj::figures
