#include <doctest/doctest.h>

#include "support/group_fixture.hpp"

using namespace gcsj::testing;

namespace {
Checked check_group(const std::vector<GroupMember>& members, gcsj::model::Date as_of = kGroupAsOf) {
  return check_files(group_registry(group_yaml(members)), as_of);
}
}  // namespace

TEST_SUITE("rules::group::chairs") {
  TEST_CASE("chair-roles: co-chairs and vice-chairs in their seats, once each (¶25)") {
    CHECK(check_group(full_group_members()).of("chair-roles").empty());
    auto members = full_group_members();
    member_of(members, "Gov de").role = "co-chair";
    member_of(members, "Employer 2").role = "co-chair";
    member_of(members, "NGO Rep").role = "vice-chair";
    member_of(members, "Worker 3").role = "vice-chair";
    const auto text = group_yaml(members);
    const auto found = check_group(members).of("chair-roles");
    REQUIRE(found.size() == 4);
    CHECK(found[0].where.line == line_of(text, "name: Gov de") + 4);
    CHECK(found[0].paragraph == "25(c)");  // a second government Co-Chairperson
    CHECK(found[0].related.at(0).where.line == line_of(text, "name: Gov br"));
    CHECK(found[1].where.line == line_of(text, "name: Employer 2") + 3);
    CHECK(found[1].paragraph == "25(a)");  // a misplaced Co-Chairperson
    CHECK(found[1].message.english() ==
          "a member of the Employers' seats cannot be a Co-Chairperson");
    CHECK(found[2].where.line == line_of(text, "name: Worker 3") + 3);
    CHECK(found[2].paragraph == "25(e)");  // a second workers' Vice-Chairperson
    CHECK(found[3].where.line == line_of(text, "name: NGO Rep") + 3);
    CHECK(found[3].paragraph == "25(d)");  // a misplaced Vice-Chairperson
    CHECK(found[3].message.english() == "a member of the `ngo` seat cannot be a Vice-Chairperson");
  }

  TEST_CASE("chair-missing: a warning for each missing chair, citing its letter") {
    auto members = full_group_members();
    member_of(members, "Worker 1").role = "";
    const auto found = check_group(members).of("chair-missing");
    REQUIRE(found.size() == 1);
    CHECK(found[0].paragraph == "25(e)");
    CHECK(found[0].message.english() == "no workers' Vice-Chairperson sits on 1 June 2025");
  }

  TEST_CASE("no Director-General is a missing Co-Chairperson too (¶25(a))") {
    auto members = full_group_members();
    members.erase(members.begin());
    const auto found = check_group(members).of("chair-missing");
    REQUIRE(found.size() == 1);
    CHECK(found[0].paragraph == "25(a)");
  }

  TEST_CASE("director-general-co-chair: another role on the Director-General is a warning") {
    auto members = full_group_members();
    members.front().role = "member";
    const auto text = group_yaml(members);
    const auto checked = check_group(members);
    const auto found = checked.of("director-general-co-chair");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == gcsj::findings::Severity::warning);
    CHECK(found[0].paragraph == "25(a)");
    CHECK(found[0].where.line == line_of(text, "role: member"));
    CHECK(checked.of("chair-roles").empty());
    CHECK(checked.of("chair-missing").empty());  // still the Co-Chairperson
    members.front().role = "co-chair";
    CHECK(check_group(members).of("director-general-co-chair").empty());
  }

  TEST_CASE("chairs are judged among sitting members: a chair whose term ended is missing") {
    auto members = full_group_members();
    member_of(members, "Employer 1").terms = {
        "{start: 2024-06-01, end: 2025-01-31, nominated_by: NOMINATOR}"};
    const auto checked = check_group(members);
    REQUIRE(checked.of("chair-missing").size() == 1);
    CHECK(checked.of("chair-missing")[0].paragraph == "25(d)");
    CHECK(check_group(full_group_members(), {2024, 5, 31}).of("chair-missing").empty());
  }
}
