#include <doctest/doctest.h>

#include <string>

#include "model/partner.hpp"
#include "model/partner_state.hpp"
#include "support/check_helpers.hpp"

// The small functions of model/partner, on partners read by the real loader.

using namespace gcsj::testing;
using gcsj::model::OrgType;

TEST_SUITE("model::partner") {
  TEST_CASE("is_plain_id: lower-case letters, digits and hyphens, not first, at most 64") {
    CHECK(gcsj::model::is_plain_id("ilo"));
    CHECK(gcsj::model::is_plain_id("gov-ke-2"));
    CHECK(gcsj::model::is_plain_id(std::string(64, 'a')));
    CHECK_FALSE(gcsj::model::is_plain_id(std::string(65, 'a')));
    CHECK_FALSE(gcsj::model::is_plain_id(""));
    CHECK_FALSE(gcsj::model::is_plain_id("-ilo"));
    CHECK_FALSE(gcsj::model::is_plain_id("ILO"));
    CHECK_FALSE(gcsj::model::is_plain_id("a_b"));
    CHECK_FALSE(gcsj::model::is_plain_id("../x"));
    CHECK_FALSE(gcsj::model::is_plain_id("a b"));
    CHECK_FALSE(gcsj::model::is_plain_id("café"));
  }

  TEST_CASE("org_types: the values of `type`, as a set") {
    const Checked checked =
        check_yaml(replace(kInternational, "type: un-system", "type: [ifi, economic]"));
    REQUIRE(checked.registry.partners.size() == 1);
    const auto types = gcsj::model::org_types(checked.registry.partners[0]);
    CHECK(types.contains(OrgType::ifi));
    CHECK(types.contains(OrgType::economic));
    CHECK_FALSE(types.contains(OrgType::un_system));
    const Checked none = check_yaml(kNgo);
    CHECK_FALSE(gcsj::model::org_types(none.registry.partners[0]).contains(OrgType::other));
  }

  TEST_CASE("to_string: the names the format writes") {
    CHECK(gcsj::model::to_string(gcsj::model::Category::employers_organization) ==
          "employers-organization");
    CHECK(gcsj::model::to_string(gcsj::model::ActionStatus::ongoing) == "ongoing");
    CHECK(gcsj::model::to_string(OrgType::development_bank) == "development-bank");
  }
}
