#pragma once
// A partner's name and an action's title in a language: the registry's translation (`name_fr`,
// `title_es`) in French or Spanish when it gives one, else as written. The report, `changes`,
// the portal's pages, news and feed name partners and actions through these, so no two of them
// name one differently.

#include <string>

#include "i18n/translator.hpp"
#include "model/partner.hpp"

namespace gcsj::figures {

// The partner's name in the language of `tr`: `name_fr` / `name_es` when given, else `name`,
// else its id, else "(unnamed partner)" in that language.
std::string partner_name(const model::Partner& partner, const i18n::Translator& tr);

// The action's title in the language of `tr` (`title_fr` / `title_es` when given, else
// `title`); nullptr for an action without a title.
const std::string* action_title(const model::Action& action, const i18n::Translator& tr);

}  // namespace gcsj::figures
