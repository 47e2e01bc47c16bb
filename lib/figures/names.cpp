#include "figures/names.hpp"

namespace gcsj::figures {
namespace {

// The translation of a language the registry may give, or nullptr.
const std::string* translation(const model::Field<std::string>& fr,
                               const model::Field<std::string>& es, const i18n::Translator& tr) {
  const model::Field<std::string>* field = tr.code() == "fr"   ? &fr
                                           : tr.code() == "es" ? &es
                                                               : nullptr;
  return field && *field && !(*field)->value.empty() ? &(*field)->value : nullptr;
}

}  // namespace

std::string partner_name(const model::Partner& partner, const i18n::Translator& tr) {
  if (const std::string* translated = translation(partner.name_fr, partner.name_es, tr))
    return *translated;
  if (partner.name && !partner.name->value.empty()) return partner.name->value;
  return partner.id ? partner.id->value : std::string(tr(i18n::N_("(unnamed partner)")));
}

const std::string* action_title(const model::Action& action, const i18n::Translator& tr) {
  if (const std::string* translated = translation(action.title_fr, action.title_es, tr))
    return translated;
  return action.title ? &action.title->value : nullptr;
}

}  // namespace gcsj::figures
