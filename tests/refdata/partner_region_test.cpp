#include <doctest/doctest.h>

#include <string>

#include "refdata/partner_region.hpp"
#include "refdata/reference_data.hpp"
#include "support/check_helpers.hpp"

// Where a partner is counted in a table by region (spec section 2, "Where a partner is based").

using namespace gcsj::testing;
using gcsj::refdata::PartnerRegion;
using gcsj::refdata::RegionBasis;

namespace {

PartnerRegion region_of(const std::string& yaml) {
  const auto checked = check_yaml(yaml);
  REQUIRE(checked.registry.partners.size() == 1);
  return gcsj::refdata::partner_region(checked.registry.partners[0],
                                       gcsj::refdata::ReferenceData::bundled());
}

void check_country(const std::string& yaml, std::string_view region) {
  const auto found = region_of(yaml);
  CHECK(found.basis == RegionBasis::country);
  CHECK(found.ilo_region == region);
}

void check_basis(const std::string& yaml, RegionBasis basis) {
  const auto found = region_of(yaml);
  CHECK(found.basis == basis);
  CHECK(found.ilo_region.empty());
}

}  // namespace

TEST_SUITE("refdata::partner_region") {
  TEST_CASE("a partner acting in one country is counted in its country's ILO region") {
    check_country(kGovernment, "Africa");
    check_country(kEmployers, "Africa");  // national
    // an academic institution in Nairobi is in Africa, not "global"
    check_country(kAcademic + "country: KE\n", "Africa");
    check_country(kEnterprise + "country: NO\n", "Europe and Central Asia");
    // an NGO that does not say it is international acts where it is based
    check_country(replace(kNgo, "international: true", "international: false") + "country: BR\n",
                  "Americas");
  }

  TEST_CASE("a partner international by category or scope, whatever its headquarters") {
    check_basis(kInternational + "country: CH\n", RegionBasis::international);
    check_basis(kInternational, RegionBasis::international);
    check_basis(kRegional + "country: PH\n", RegionBasis::international);
    check_basis(kNgo + "country: KE\n", RegionBasis::international);
    check_basis(kWorkers + "country: BE\n", RegionBasis::international);  // scope: international
    check_basis(replace(kEmployers, "scope: national", "scope: business-membership"),
                RegionBasis::international);
    check_basis(replace(kEmployers, "scope: national", "scope: group-secretariat"),
                RegionBasis::international);
  }

  TEST_CASE("a partner acting in a country it does not name is not stated") {
    check_basis(kAcademic, RegionBasis::not_stated);
    check_basis(kEnterprise, RegionBasis::not_stated);
    check_basis(replace(kNgo, "international: true", "international: false"),
                RegionBasis::not_stated);
    // a national organization without its country (an error of ¶19(b)), a code of no country
    check_basis(replace(kEmployers, "country: KE\n", ""), RegionBasis::not_stated);
    check_basis(kAcademic + "country: XX\n", RegionBasis::not_stated);
    // a country the bundled data gives no ILO region: not a member State
    check_basis(kEnterprise + "country: LI\n", RegionBasis::not_stated);
  }

  TEST_CASE("acts_internationally follows the category and the scope") {
    const auto international = [](const std::string& yaml) {
      return gcsj::refdata::acts_internationally(check_yaml(yaml).registry.partners.at(0));
    };
    CHECK(international(kInternational));
    CHECK(international(kRegional));
    CHECK(international(kWorkers));
    CHECK(international(kNgo));
    CHECK_FALSE(international(kGovernment));
    CHECK_FALSE(international(kEmployers));
    CHECK_FALSE(international(kAcademic));
    CHECK_FALSE(international(kEnterprise));
  }
}
