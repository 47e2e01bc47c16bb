#include <doctest/doctest.h>

#include <string>

#include "refdata/reference_data.hpp"

// The reference data bundled with gcsj (data/*.csv), as the rules and views look it up.

using gcsj::refdata::ReferenceData;

TEST_SUITE("refdata::reference_data") {
  TEST_CASE("member States: their ILO region and the region of their Government seats") {
    const auto& data = ReferenceData::bundled();
    const auto* kenya = data.member_state("KE");
    REQUIRE(kenya != nullptr);
    CHECK(kenya->alpha2 == "KE");
    CHECK(kenya->ilo_region == "Africa");
    CHECK(kenya->government_region == gcsj::model::GovernmentRegion::africa);
    const auto* france = data.member_state("FR");
    REQUIRE(france != nullptr);
    CHECK(france->ilo_region == "Europe and Central Asia");
    CHECK(france->government_region == gcsj::model::GovernmentRegion::europe);
    CHECK(data.member_state("ZZ") == nullptr);
    CHECK(data.member_state("ke") == nullptr);  // codes are upper case
    CHECK(data.member_states().size() >= 180);
  }

  TEST_CASE("a country's ILO region, empty for a code of no member State") {
    const auto& data = ReferenceData::bundled();
    CHECK(data.ilo_region("KE") == "Africa");
    CHECK(data.ilo_region("FR") == "Europe and Central Asia");
    CHECK(data.ilo_region("ZZ").empty());
    CHECK(data.ilo_region("").empty());
  }

  TEST_CASE("countries by ISO 3166-1 code, in English; unknown codes have no name") {
    const auto& data = ReferenceData::bundled();
    CHECK(data.is_country_code("KE"));
    CHECK(data.country_name("KE") == "Kenya");
    CHECK_FALSE(data.is_country_code("ZZ"));
    CHECK(data.country_name("ZZ").empty());
    CHECK(data.country_term("KE").msgid == "Kenya");
    CHECK(data.country_term("KE").context == ReferenceData::kCountryContext);
    CHECK(data.country_term("ZZ").msgid.empty());
  }

  TEST_CASE("the seventeen SDGs by number") {
    const auto& data = ReferenceData::bundled();
    CHECK_FALSE(data.is_sdg(0));
    CHECK(data.is_sdg(1));
    CHECK(data.is_sdg(17));
    CHECK_FALSE(data.is_sdg(18));
    for (long n = 1; n <= 17; ++n) CHECK_FALSE(data.sdg_title(n).empty());
    CHECK(data.sdg_title(8).find("decent work") != std::string_view::npos);
    CHECK(data.sdg_title(18).empty());
    CHECK(data.sdg_term(1).context == ReferenceData::kSdgContext);
  }
}
