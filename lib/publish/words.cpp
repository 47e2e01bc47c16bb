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

}  // namespace gcsj::publish
