#include <doctest/doctest.h>

#include "support/group_fixture.hpp"

using namespace gcsj::testing;

namespace {
Checked check_group(const std::vector<GroupMember>& members, const std::string& head = "",
                    gcsj::model::Date as_of = kGroupAsOf) {
  return check_files(group_registry(group_yaml(members, head)), as_of);
}
std::vector<GroupMember> without(std::vector<GroupMember> members, const std::string& name) {
  std::erase_if(members, [&](const GroupMember& m) { return m.name == name; });
  return members;
}
constexpr const char* kSplit =
    "government_seats: {africa: 3, americas: 3, asia-pacific: 3, europe: 3}\n";
}  // namespace

TEST_SUITE("rules::group::composition") {
  TEST_CASE("seat-capacity: more members than seats, at the member that over-fills (¶25)") {
    auto members = full_group_members();
    GroupMember extra = members[16];  // an employers' member
    extra.name = "Employer 7";
    extra.partner = "emp7";
    extra.role = "";
    members.push_back(extra);
    const auto text = group_yaml(members);
    const auto checked = check_group(members);
    const auto found = checked.of("seat-capacity");
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.line == line_of(text, "name: Employer 7"));
    CHECK(found[0].paragraph == "25(d)");
    CHECK(found[0].related.size() == 6);
  }

  TEST_CASE("seat-capacity: a region over its share of government_seats (¶25(c))") {
    auto members = full_group_members();
    for (auto& m : members)
      if (m.name == "Gov cl") m.partner = "gov-ke", m.region = "africa";
    const auto text = group_yaml(members, kSplit);
    const auto checked = check_group(members, kSplit);
    CHECK(checked.lines_of("seat-capacity") == std::vector<int>{line_of(text, "name: Gov cl")});
    CHECK(checked.lines_of("seat-vacant") == std::vector<int>{line_of(text, "members:")});
    CHECK(checked.of("seat-vacant")[0].message.find("americas") != std::string::npos);
  }

  TEST_CASE("seat-vacant: a nominated seat without its member, naming who left") {
    CHECK(check_group(full_group_members()).of("seat-vacant").empty());
    auto members = full_group_members();
    for (auto& m : members)
      if (m.name == "Worker 4")
        m.terms = {
            "{start: 2024-06-01, end: 2025-03-31, end_reason: resigned, nominated_by: NOMINATOR}"};
    const auto text = group_yaml(members);
    const auto found = check_group(members).of("seat-vacant");
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.line == line_of(text, "members:"));
    CHECK(found[0].paragraph == "25(e)");
    CHECK(found[0].message ==
          "1 of 6 `workers` seats vacant on 2025-06-01 (the term of Worker 4 ended on 2025-03-31)");
    CHECK(found[0].severity == gcsj::findings::Severity::warning);
  }

  TEST_CASE("invited-seat-vacant: a note for seats filled by invitation") {
    const auto checked = check_group(without(full_group_members(), "NGO Rep"));
    CHECK(checked.of("seat-vacant").empty());
    const auto found = checked.of("invited-seat-vacant");
    REQUIRE(found.size() == 1);
    CHECK(found[0].paragraph == "25(j)");
    CHECK(found[0].severity == gcsj::findings::Severity::note);
  }

  TEST_CASE("government-seats-total: a regional split adds up to twelve") {
    CHECK(check_group(full_group_members(), kSplit).of("government-seats-total").empty());
    const std::string head =
        "government_seats: {africa: 4, americas: 3, asia-pacific: 3, europe: 3}\n";
    const auto text = group_yaml(full_group_members(), head);
    CHECK(check_group(full_group_members(), head).lines_of("government-seats-total") ==
          std::vector<int>{line_of(text, "government_seats:")});
  }

  TEST_CASE("government-region-coverage: each region sits without a split") {
    auto members = without(without(without(full_group_members(), "Gov id"), "Gov ph"), "Gov jo");
    const auto checked = check_group(members);
    REQUIRE(checked.of("government-region-coverage").size() == 1);
    CHECK(checked.of("government-region-coverage")[0].message.find("asia-pacific") !=
          std::string::npos);
    CHECK(checked.of("seat-vacant").size() == 1);  // the total: 9 of 12
    CHECK(check_group(full_group_members()).of("government-region-coverage").empty());
  }

  TEST_CASE("chair-roles: co-chairs and vice-chairs in their seats, once each") {
    auto members = full_group_members();
    for (auto& m : members) {
      if (m.name == "Gov de") m.role = "co-chair";
      if (m.name == "Employer 2") m.role = "co-chair";
      if (m.name == "NGO Rep") m.role = "vice-chair";
    }
    const auto text = group_yaml(members);
    const auto found = check_group(members).of("chair-roles");
    REQUIRE(found.size() == 3);
    CHECK(found[0].where.line == line_of(text, "name: Gov de") + 4);
    CHECK(found[0].paragraph == "25(c)");
    CHECK(found[0].related.at(0).where.line == line_of(text, "name: Gov br"));
    CHECK(found[1].where.line == line_of(text, "name: Employer 2") + 3);
    CHECK(found[2].where.line == line_of(text, "name: NGO Rep") + 3);
  }

  TEST_CASE("chair-missing: a warning for each missing chair") {
    auto members = full_group_members();
    for (auto& m : members)
      if (m.name == "Worker 1") m.role = "";
    const auto found = check_group(members).of("chair-missing");
    REQUIRE(found.size() == 1);
    CHECK(found[0].paragraph == "25(e)");
  }

  TEST_CASE("member-level: ministerial or equivalent level (¶26)") {
    auto members = full_group_members();
    members[6].level = "senior-official";
    members[7].level = "";
    const auto text = group_yaml(members);
    const auto checked = check_group(members);
    CHECK(checked.lines_of("member-level") ==
          std::vector<int>{line_of(text, "name: " + members[6].name) + 4,
                           line_of(text, "name: " + members[7].name)});
  }

  TEST_CASE("gender-balance: no gender above the maximum share (¶26)") {
    CHECK(check_group(full_group_members()).of("gender-balance").empty());
    auto members = full_group_members();
    for (std::size_t i = 0; i < 22; ++i) members[i].gender = "woman";
    const auto checked = check_group(members);
    REQUIRE(checked.of("gender-balance").size() == 1);
    CHECK(checked.of("gender-balance")[0].message.find("28 of the 34") != std::string::npos);
    CHECK(check_group(members, "gender_balance_max_share: 0.85\n").of("gender-balance").empty());
  }

  TEST_CASE("meeting-frequency: twice in every full calendar year (¶24)") {
    CHECK(check_group(full_group_members(), "", {2026, 1, 1}).of("meeting-frequency").empty());
    const auto checked = check_group(full_group_members(), "", {2027, 1, 1});
    const auto found = checked.of("meeting-frequency");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("0 times in 2026") != std::string::npos);
    CHECK(found[0].severity == gcsj::findings::Severity::note);
  }

  TEST_CASE("a Group being formed has no vacancies or missing chairs before it is established") {
    std::vector<GroupMember> only_dg{full_group_members().front()};
    const auto before = check_group(only_dg, "", {2024, 5, 31});  // established 2024-06-01
    CHECK(before.of("seat-vacant").empty());
    CHECK(before.of("invited-seat-vacant").empty());
    CHECK(before.of("chair-missing").empty());
    const auto after = check_group(only_dg, "", {2024, 6, 1});
    CHECK(after.of("seat-vacant").size() == 6);  // ¶25(b)-(g); the government seats as one total
    CHECK(after.of("government-region-coverage").size() == 4);
    CHECK(after.of("chair-missing").size() == 3);
  }
}
