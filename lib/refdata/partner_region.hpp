#pragma once
// Where a partner is counted in a table by region (spec section 2, "Where a partner is based"):
// the one computation the progress report, `gcsj changes` and the portal share, so they never
// disagree.

#include <string_view>

#include "model/partner.hpp"

namespace gcsj::refdata {

class ReferenceData;

enum class RegionBasis {
  country,        // it acts in one country: the ILO region of its `country`
  international,  // international by its category or scope, whatever its headquarters
  not_stated,     // it acts in one country that it does not name (or no ILO region is known)
};

struct PartnerRegion {
  RegionBasis basis = RegionBasis::not_stated;
  std::string_view ilo_region;  // basis == country: the reference data's name, "Africa"
};

// True for a partner international by its category or scope: international and regional
// organizations, employers' and workers' organizations of a scope other than `national`, NGOs
// with `international: true`. Governments, national social partners, enterprises, academic
// institutions, and NGOs that do not say they are international act in one country.
bool acts_internationally(const model::Partner& partner);

// A partner acting in one country is counted in the ILO region of its `country`; one that gives
// no country, or a country outside the ILO's member States (whose region the bundled data does
// not give), is "not stated".
PartnerRegion partner_region(const model::Partner& partner, const ReferenceData& reference);

}  // namespace gcsj::refdata
