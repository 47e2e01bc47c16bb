#include <doctest/doctest.h>

#include <numeric>
#include <string>

#include "changes/change_parts.hpp"
#include "group/roster.hpp"
#include "support/group_fixture.hpp"

// The Group's balance on a date (¶25(c) regions, ¶26 genders), from a Group read by the real
// loader.

using namespace gcsj::testing;
using gcsj::model::Date;
using gcsj::model::GovernmentRegion;

namespace {

struct Balanced {
  Checked checked;
  gcsj::group::Roster roster;
  explicit Balanced(const std::vector<GroupMember>& members, const std::string& head = "")
      : checked(check_files(group_registry(group_yaml(members, head)), kGroupAsOf)),
        roster(*gcsj::group::Roster::of(checked.registry)) {}
  gcsj::changes::Balance on(Date date) const { return gcsj::changes::balance_on(roster, date); }
};

}  // namespace

TEST_SUITE("changes::balance") {
  TEST_CASE("who sits, the government seats by region, the genders declared") {
    auto members = full_group_members();
    member_of(members, "Worker 3").gender = "non-binary";
    member_of(members, "Worker 4").gender = "";  // not stated
    member_of(members, "Worker 5").gender = "undisclosed";
    const Balanced group(members);
    const auto balance = group.on(kGroupAsOf);
    CHECK(balance.date == kGroupAsOf);
    CHECK(balance.established);
    CHECK(balance.sitting == 34);
    for (std::size_t i = 0; i < balance.government.size(); ++i) {
      CHECK(balance.government[i].region == static_cast<GovernmentRegion>(i));
      CHECK(balance.government[i].sitting == 3);
      CHECK_FALSE(balance.government[i].seats.has_value());  // no government_seats: not bound
    }
    CHECK(balance.gender[2] == 1);  // non-binary
    CHECK(balance.gender[3] == 1);  // undisclosed
    CHECK(balance.gender[4] == 1);  // not stated
    CHECK(std::accumulate(balance.gender.begin(), balance.gender.end(), 0) == balance.sitting);
  }

  TEST_CASE("a member who left no longer counts, in the total, the region and the genders") {
    auto members = full_group_members();
    member_of(members, "Gov ke").terms = {
        "{start: 2024-06-01, end: 2025-01-31, nominated_by: NOMINATOR}"};
    const Balanced group(members);
    const auto before = group.on(Date{2025, 1, 31});
    const auto after = group.on(Date{2025, 2, 1});
    CHECK(before.sitting == 34);
    CHECK(after.sitting == 33);
    CHECK(before.government[0].sitting == 3);
    CHECK(after.government[0].sitting == 2);  // Africa
    CHECK(std::accumulate(after.gender.begin(), after.gender.end(), 0) == 33);
  }

  TEST_CASE("seats per region when government_seats binds them") {
    const Balanced group(
        full_group_members(),
        "government_seats: {africa: 4, americas: 3, asia-pacific: 3, europe: 2}\n");
    const auto balance = group.on(kGroupAsOf);
    CHECK(balance.government[0].seats == 4);
    CHECK(balance.government[3].seats == 2);
    CHECK(balance.government[3].sitting == 3);
  }

  TEST_CASE("before the Group is established only the Director-General sits") {
    const Balanced group(full_group_members());
    const auto balance = group.on(Date{2024, 5, 31});
    CHECK_FALSE(balance.established);
    CHECK(balance.sitting == 1);
    CHECK(balance.government[0].sitting == 0);
    CHECK(balance.gender[1] == 1);  // the Director-General: man
  }
}
