#include "refdata/partner_region.hpp"

#include "refdata/reference_data.hpp"

namespace gcsj::refdata {

using model::Category;

bool acts_internationally(const model::Partner& partner) {
  if (!partner.category) return false;
  switch (partner.category->value) {
    case Category::international_organization:
    case Category::regional_organization:
      return true;
    case Category::employers_organization:
    case Category::workers_organization:
      // Footnote 9: only a national organization acts in one country. A scope the registry does
      // not give (or gives wrongly) says nothing: its country, if any, is counted.
      return partner.scope && partner.scope->value != model::Scope::national;
    case Category::ngo:
      return partner.international && partner.international->value;
    case Category::government:
    case Category::enterprise:
    case Category::academic:
      return false;
  }
  return false;
}

PartnerRegion partner_region(const model::Partner& partner, const ReferenceData& reference) {
  if (acts_internationally(partner)) return {RegionBasis::international, {}};
  const std::string_view region =
      partner.country ? reference.ilo_region(partner.country->value) : std::string_view();
  if (region.empty()) return {RegionBasis::not_stated, {}};
  return {RegionBasis::country, region};
}

}  // namespace gcsj::refdata
