#include "publish/words.hpp"

namespace gcsj::publish {

using i18n::NC_;
using i18n::Term;

Term category_term(model::Category category) {
  switch (category) {
    case model::Category::government:
      return NC_("partner category", "Government");
    case model::Category::employers_organization:
      return NC_("partner category", "Employers' organization");
    case model::Category::workers_organization:
      return NC_("partner category", "Workers' organization");
    case model::Category::international_organization:
      return NC_("partner category", "International organization");
    case model::Category::regional_organization:
      return NC_("partner category", "Regional organization");
    case model::Category::enterprise:
      return NC_("partner category", "Enterprise");
    case model::Category::ngo:
      return NC_("partner category", "Non-governmental organization");
    case model::Category::academic:
      return NC_("partner category", "Research or academic institution");
  }
  return {};
}

Term categories_term(model::Category category) {
  switch (category) {
    case model::Category::government:
      return NC_("partners of a category", "Governments");
    case model::Category::employers_organization:
      return NC_("partners of a category", "Employers' organizations");
    case model::Category::workers_organization:
      return NC_("partners of a category", "Workers' organizations");
    case model::Category::international_organization:
      return NC_("partners of a category", "International organizations");
    case model::Category::regional_organization:
      return NC_("partners of a category", "Regional organizations");
    case model::Category::enterprise:
      return NC_("partners of a category", "Enterprises");
    case model::Category::ngo:
      return NC_("partners of a category", "Non-governmental organizations");
    case model::Category::academic:
      return NC_("partners of a category", "Research and academic institutions");
  }
  return {};
}

Term status_term(model::ActionStatus status) {
  switch (status) {
    case model::ActionStatus::pledged:
      return NC_("action status", "Pledged");
    case model::ActionStatus::ongoing:
      return NC_("action status", "Ongoing");
    case model::ActionStatus::completed:
      return NC_("action status", "Completed");
  }
  return {};
}

Term role_term(model::Role role) {
  switch (role) {
    case model::Role::co_chair:
      return NC_("role in the Coordinating Group", "Co-Chairperson");
    case model::Role::vice_chair:
      return NC_("role in the Coordinating Group", "Vice-Chairperson");
    case model::Role::member:
      return NC_("role in the Coordinating Group", "member");
  }
  return {};
}

Term nominator_term(model::Nominator nominator) {
  switch (nominator) {
    case model::Nominator::government_group:
      return NC_("on the proposal of ...", "the Government group");
    case model::Nominator::employers_group:
      return NC_("on the proposal of ...", "the secretariat of the Employers' group");
    case model::Nominator::workers_group:
      return NC_("on the proposal of ...", "the secretariat of the Workers' group");
    case model::Nominator::director_general:
      return NC_("on the proposal of ...", "the Director-General, by invitation");
    case model::Nominator::un_secretary_general:
      return NC_("on the proposal of ...", "the UN Secretary-General");
  }
  return {};
}

Term level_term(model::Level level) {
  switch (level) {
    case model::Level::global:
      return NC_("level of contribution", "global");
    case model::Level::regional:
      return NC_("level of contribution", "regional");
    case model::Level::national:
      return NC_("level of contribution", "national");
  }
  return {};
}

Term support_term(model::Support support) {
  switch (support) {
    case model::Support::advocacy:
      return NC_("support to the Coalition", "advocacy");
    case model::Support::in_kind:
      return NC_("support to the Coalition", "in-kind support");
    case model::Support::financial:
      return NC_("support to the Coalition", "financial contributions");
  }
  return {};
}

Term region_term(model::GovernmentRegion region) {
  switch (region) {
    case model::GovernmentRegion::africa:
      return NC_("region of a Government seat", "Africa");
    case model::GovernmentRegion::americas:
      return NC_("region of a Government seat", "Americas");
    case model::GovernmentRegion::asia_pacific:
      return NC_("region of a Government seat", "Asia and the Pacific");
    case model::GovernmentRegion::europe:
      return NC_("region of a Government seat", "Europe");
  }
  return {};
}

}  // namespace gcsj::publish
