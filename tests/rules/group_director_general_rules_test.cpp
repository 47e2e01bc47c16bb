#include <doctest/doctest.h>

#include "group/roster.hpp"
#include "support/group_fixture.hpp"

using namespace gcsj::testing;

namespace {
Checked check_group(const std::vector<GroupMember>& members, gcsj::model::Date as_of = kGroupAsOf) {
  return check_files(group_registry(group_yaml(members)), as_of);
}

// The full Group with its Director-General in office until `until`, and a successor from `since`
// (empty strings leave an end open).
std::vector<GroupMember> succession(const std::string& until, const std::string& since) {
  auto members = full_group_members();
  members.front().until = until;
  GroupMember next = members.front();
  next.name = "The Next Director-General";
  next.since = since;
  next.until = "";
  members.insert(members.begin() + 1, next);
  return members;
}
}  // namespace

TEST_SUITE("rules::group::director_general") {
  TEST_CASE("a succession without gap or overlap gives no finding, before and after it") {
    const auto members = succession("2025-09-30", "2025-10-01");
    for (const gcsj::model::Date date : {gcsj::model::Date{2025, 9, 30}, {2025, 10, 1}}) {
      const auto checked = check_group(members, date);
      CHECK_MESSAGE(checked.findings.empty(), checked.rules());
    }
  }

  TEST_CASE("the roster answers which Director-General sits on a date") {
    const auto checked = check_group(succession("2025-09-30", "2025-10-01"));
    const auto roster = gcsj::group::Roster::of(checked.registry);
    REQUIRE(roster);
    CHECK(roster->director_general_on({2025, 9, 30})->name->value == "The Director-General");
    CHECK(roster->director_general_on({2025, 10, 1})->name->value == "The Next Director-General");
    CHECK(roster->director_general_on({2020, 1, 1})->name->value == "The Director-General");
    const auto& first = roster->group().members.front();
    CHECK_FALSE(roster->sits(first, {2025, 10, 1}));
    const auto last = roster->last_day_before(first, {2026, 1, 1});
    REQUIRE(last);
    CHECK(last->date == gcsj::model::Date{2025, 9, 30});
    CHECK(last->reason == gcsj::group::Departure::left_office);
  }

  TEST_CASE("director-general-overlap: two in office on one date, at the later `since`") {
    const auto members = succession("2025-09-30", "2025-09-15");
    const auto text = group_yaml(members);
    const auto checked = check_group(members);
    const auto found = checked.of("director-general-overlap");
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.line == line_of(text, "since: 2025-09-15"));
    CHECK(found[0].paragraph == "25(a)");
    CHECK(found[0].message.english() ==
          "The Next Director-General takes office on 15 September 2025, while The Director-General "
          "is Director-General until 30 September 2025");
    CHECK(found[0].related.at(0).where.line == line_of(text, "name: The Director-General"));
    // one error for the one defect: the seat's capacity is this rule's to judge
    CHECK(check_group(members, {2025, 9, 20}).of("seat-capacity").empty());
  }

  TEST_CASE("director-general-overlap: open periods overlap") {
    auto open = succession("", "2025-10-01");
    const auto text = group_yaml(open);
    const auto found = check_group(open).of("director-general-overlap");
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.line == line_of(text, "since: 2025-10-01"));
    CHECK(found[0].message.english().find("with no `until`") != std::string::npos);

    auto undated = succession("", "");
    const auto text2 = group_yaml(undated);
    const auto twice = check_group(undated).of("director-general-overlap");
    REQUIRE(twice.size() == 1);
    CHECK(twice[0].where.line == line_of(text2, "name: The Next Director-General"));
    CHECK(twice[0].message.english().find("both Director-General with no `since`") !=
          std::string::npos);
  }

  TEST_CASE("director-general-overlap: three holders, each overlap reported once") {
    auto members = succession("2025-09-30", "2025-10-01");
    GroupMember third = members[1];
    third.name = "A Third Director-General";
    third.since = "2025-06-01";
    third.until = "2025-10-15";
    members.insert(members.begin() + 1, third);
    const auto text = group_yaml(members);
    CHECK(check_group(members).lines_of("director-general-overlap") ==
          std::vector<int>{line_of(text, "since: 2025-06-01"), line_of(text, "since: 2025-10-01")});
  }

  TEST_CASE("a gap between two Directors-General is a vacancy and a missing Co-Chairperson") {
    const auto members = succession("2025-03-31", "2025-07-01");
    const auto checked = check_group(members);  // 2025-06-01
    CHECK(checked.of("director-general-overlap").empty());
    const auto vacant = checked.of("seat-vacant");
    REQUIRE(vacant.size() == 1);
    CHECK(vacant[0].paragraph == "25(a)");
    CHECK(vacant[0].message.english() ==
          "the `director-general` seat is vacant on 1 June 2025 (The Director-General was "
          "Director-General until 31 March 2025)");
    const auto chair = checked.of("chair-missing");
    REQUIRE(chair.size() == 1);
    CHECK(chair[0].paragraph == "25(a)");
    // before the Group is established the Director-General's seat is not judged
    CHECK(check_group(succession("2024-03-31", "2024-07-01"), {2024, 5, 1}).findings.empty());
  }

  TEST_CASE("director-general-period: `until` before `since`, at `until`") {
    auto members = full_group_members();
    members.front().since = "2024-10-01";
    members.front().until = "2024-09-30";
    const auto text = group_yaml(members);
    const auto checked = check_group(members);
    const auto found = checked.of("director-general-period");
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.line == line_of(text, "until: 2024-09-30"));
    CHECK(found[0].paragraph == "23");
    CHECK(found[0].message.english() ==
          "The Director-General leaves office on 30 September 2024, before "
          "taking office on 1 October 2024");
    CHECK(checked.of("director-general-overlap").empty());
  }

  TEST_CASE("director-general-period: `since` and `until` belong to the Director-General") {
    auto members = full_group_members();
    member_of(members, "NGO Rep").since = "2024-06-01";
    member_of(members, "Academic Rep").until = "2025-06-01";
    const auto text = group_yaml(members);
    const auto found = check_group(members).of("director-general-period");
    REQUIRE(found.size() == 2);
    CHECK(found[0].where.line == line_of(text, "since: 2024-06-01"));
    CHECK(found[0].message.english() ==
          "only the Director-General has `since`: NGO Rep serves terms");
    CHECK(found[1].where.line == line_of(text, "until: 2025-06-01"));
  }

  TEST_CASE("`terms` on the Director-General stays an error, with `since` or without") {
    auto members = full_group_members();
    members.front().since = "2022-10-01";
    members.front().terms = {"{start: 2024-06-01}"};
    const auto text = group_yaml(members);
    CHECK(check_group(members).lines_of("director-general-ex-officio") ==
          std::vector<int>{line_of(text, "terms:")});
  }
}
