#pragma once
// The portal's own words for two of the registry's values, where a page needs another form than
// the report's (figures/words.hpp, which the portal uses for every other value): a category as a
// label at the start of a line ("Gouvernement", where a sentence writes "gouvernement"), and a
// nominating body as the object of "on the proposal of" ("du groupe gouvernemental"). Internal to
// lib/publish.

#include <string_view>

#include "i18n/translator.hpp"
#include "model/group.hpp"
#include "model/partner.hpp"

namespace gcsj::publish {

i18n::Term category_term(model::Category category);     // "Government"
i18n::Term nominator_term(model::Nominator nominator);  // "the Government group"

}  // namespace gcsj::publish
