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

  TEST_CASE("director-general-co-chair: dated roles on the Director-General are a warning") {
    auto members = full_group_members();
    members.front().roles = {"{role: co-chair, since: 2024-06-01, until: 2024-12-31}"};
    const auto text = group_yaml(members);
    const auto checked = check_group(members);
    const auto found = checked.of("director-general-co-chair");
    REQUIRE(found.size() == 1);
    CHECK(found[0].paragraph == "25(a)");
    CHECK(found[0].where.line == line_of(text, "roles:"));
    CHECK(checked.of("chair-missing").empty());  // still the Co-Chairperson on every day
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

TEST_SUITE("rules::group::chairs") {
  // Gov br chairs to 31 May 2025, Gov de from 1 June 2025: a handover, no finding.
  std::vector<GroupMember> handover() {
    auto members = full_group_members();
    member_of(members, "Gov br").role = "";
    member_of(members, "Gov br").roles = {"{role: co-chair, since: 2024-06-01, until: 2025-05-31}"};
    member_of(members, "Gov de").roles = {"{role: co-chair, since: 2025-06-01}"};
    return members;
  }

  TEST_CASE("role-and-roles: a valid document passes (¶25)") {
    CHECK(check_group(handover()).of("role-and-roles").empty());
    CHECK(check_group(full_group_members()).of("role-and-roles").empty());
  }

  TEST_CASE("role-and-roles: a member with both `role` and `roles` is an error at `roles` (¶25)") {
    auto members = handover();
    member_of(members, "Gov de").role = "co-chair";
    const auto text = group_yaml(members);
    const auto checked = check_group(members);
    CHECK(checked.lines_of("role-and-roles") ==
          std::vector<int>{line_of(text, "{role: co-chair, since: 2025-06-01}") - 1});
    CHECK(checked.of("role-and-roles").at(0).message.english() ==
          "Gov de gives both `role` and `roles`");
  }

  TEST_CASE("chair-role-periods: a handover within the terms passes (¶25)") {
    const auto checked = check_group(handover());
    CHECK(checked.of("chair-role-periods").empty());
    CHECK(checked.of("chair-roles").empty());
    CHECK(checked.of("chair-missing").empty());
    CHECK(check_group(handover(), {2025, 5, 31}).of("chair-missing").empty());
  }

  TEST_CASE("chair-role-periods: a role before the terms is an error at its `since` (¶25)") {
    auto members = handover();
    member_of(members, "Gov de").roles = {"{role: co-chair, since: 2023-06-01, until: 2023-12-31}"};
    const auto text = group_yaml(members);
    const auto found = check_group(members).of("chair-role-periods");
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.line == line_of(text, "since: 2023-06-01"));
    CHECK(found[0].paragraph == "25");
    CHECK(found[0].severity == gcsj::findings::Severity::error);
    CHECK(found[0].message.english() ==
          "the chair role begins on 1 June 2023, when Gov de holds no term");
  }

  TEST_CASE("chair-role-periods: a role that runs past the terms is an error at its `until`") {
    auto members = handover();
    member_of(members, "Gov br").roles = {"{role: co-chair, since: 2024-06-01, until: 2026-12-31}"};
    const auto text = group_yaml(members);
    CHECK(check_group(members).lines_of("chair-role-periods") ==
          std::vector<int>{line_of(text, "until: 2026-12-31")});
    // A renewal without a gap carries the role on.
    member_of(members, "Gov br").terms = {"{start: 2024-06-01, nominated_by: NOMINATOR}",
                                          "{start: 2026-06-01, nominated_by: NOMINATOR}"};
    CHECK(check_group(members).of("chair-role-periods").empty());
  }

  TEST_CASE("chair-role-periods: overlapping periods of one member, `until` before `since`") {
    auto members = handover();
    member_of(members, "Employer 1").role = "";
    member_of(members, "Employer 1").roles = {
        "{role: vice-chair, since: 2024-06-01, until: 2025-03-31}",
        "{role: vice-chair, since: 2025-03-01}",
    };
    member_of(members, "Worker 1").role = "";
    member_of(members, "Worker 1").roles = {
        "{role: vice-chair, since: 2024-06-01, until: 2024-01-01}"};
    const auto text = group_yaml(members);
    const auto found = check_group(members).of("chair-role-periods");
    REQUIRE(found.size() == 2);
    CHECK(found[0].where.line == line_of(text, "{role: vice-chair, since: 2025-03-01}"));
    CHECK(
        found[0].message.english() ==
        "the chair role begins on 1 March 2025, while another of Employer 1 runs to 31 March 2025");
    CHECK(found[1].where.line == line_of(text, "until: 2024-01-01"));
    CHECK(found[1].message.english() ==
          "the chair role ends on 1 January 2024, before it begins on 1 June 2024");
  }

  TEST_CASE("chair-role-periods: a period nested in a long one is an overlap too") {
    auto members = handover();
    member_of(members, "Employer 1").role = "";
    member_of(members, "Employer 1").roles = {
        "{role: vice-chair, since: 2024-06-01, until: 2025-12-31}",
        "{role: vice-chair, since: 2024-07-01, until: 2024-07-31}",
        "{role: vice-chair, since: 2024-09-01, until: 2024-09-30}",
    };
    const auto text = group_yaml(members);
    const auto found = check_group(members).of("chair-role-periods");
    REQUIRE(found.size() == 2);
    CHECK(found[0].where.line == line_of(text, "since: 2024-07-01"));
    CHECK(found[1].where.line == line_of(text, "since: 2024-09-01"));
    CHECK(found[1].message.english() ==
          "the chair role begins on 1 September 2024, while another of Employer 1 runs to 31 "
          "December 2025");
  }

  TEST_CASE("chair-role-periods: a period with no `since`, or the role `member`") {
    auto members = handover();
    member_of(members, "Gov de").roles = {"{role: co-chair}", "{role: member, since: 2024-06-01}"};
    const auto text = group_yaml(members);
    const auto found = check_group(members).of("chair-role-periods");
    REQUIRE(found.size() == 2);
    CHECK(found[0].where.line == line_of(text, "{role: co-chair}"));
    CHECK(found[1].where.line == line_of(text, "{role: member, since: 2024-06-01}"));
    CHECK(found[0].missing_key == "since");
    CHECK(found[1].missing_key.empty());
  }

  TEST_CASE("chair-role-periods: a period without a role or a readable end is reported once") {
    auto members = handover();
    member_of(members, "Gov de").roles = {"{since: 2024-06-01}",
                                          "{role: co-chair, since: 2024-06-01, until: 2024-06-01}",
                                          "{role: co-chair, since: 2024-07-01, until: 2025-02-30}",
                                          "{role: co-chair, since: 2024-08-01, until: 2024-08-31}"};
    const auto text = group_yaml(members);
    const auto checked = check_group(members);
    // the missing role, once; the impossible date, once (its format rule); no overlap of either
    const auto found = checked.of("chair-role-periods");
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.line == line_of(text, "{since: 2024-06-01}"));
    CHECK(found[0].missing_key == "role");
    CHECK(checked.of("invalid-date").size() == 1);
  }

  TEST_CASE("chair-roles: two government co-chairs whose periods overlap on the as-of date") {
    auto members = handover();
    member_of(members, "Gov de").roles = {"{role: co-chair, since: 2025-05-01}"};
    const auto text = group_yaml(members);
    // On 1 June 2025 only Gov de chairs; on 15 May 2025 both do: the second co-chair error.
    CHECK(check_group(members).of("chair-roles").empty());
    const auto found = check_group(members, {2025, 5, 15}).of("chair-roles");
    REQUIRE(found.size() == 1);
    CHECK(found[0].paragraph == "25(c)");
    CHECK(found[0].where.line == line_of(text, "{role: co-chair, since: 2025-05-01}"));
    CHECK(found[0].related.at(0).where.line == line_of(text, "name: Gov br"));
  }

  TEST_CASE("chair-missing: no government co-chair on a date no period covers") {
    auto members = handover();
    member_of(members, "Gov de").roles = {"{role: co-chair, since: 2025-07-01}"};
    CHECK(check_group(members).of("chair-missing").size() == 1);
    CHECK(check_group(members, {2025, 7, 1}).of("chair-missing").empty());
  }
}
