#include <doctest/doctest.h>

#include "group/calendar.hpp"
#include "group/composition.hpp"
#include "support/group_fixture.hpp"

using namespace gcsj::testing;
using gcsj::model::Seat;

namespace {

// A registry holding the full Group's partners and a Group of `members`, with its roster.
struct LoadedGroup {
  Checked checked;
  gcsj::group::Roster roster() const { return *gcsj::group::Roster::of(checked.registry); }
};

LoadedGroup load_group(const std::vector<GroupMember>& members, const std::string& head = "") {
  LoadedGroup loaded{check_files(group_registry(group_yaml(members, head)), kGroupAsOf)};
  REQUIRE(loaded.checked.registry.groups.size() == 1);
  return loaded;
}

}  // namespace

TEST_SUITE("group::composition") {
  TEST_CASE("the full Group fills all 34 seats") {
    const auto loaded = load_group(full_group_members());
    const auto composition = gcsj::group::composition_on(loaded.roster(), kGroupAsOf);
    int filled = 0, capacity = 0;
    for (const auto& row : composition.rows) {
      if (row.region) continue;
      filled += row.filled();
      capacity += row.capacity;
      CHECK(row.vacancies() == 0);
    }
    CHECK(filled == 34);
    CHECK(capacity == 34);
    CHECK(composition.total(Seat::government).filled() == 12);
  }

  TEST_CASE("a member whose partner is not in the registry does not sit") {
    auto members = full_group_members();
    members[1].partner = "nobody-of-that-name";
    const auto loaded = load_group(members);
    const auto roster = loaded.roster();
    CHECK_FALSE(roster.sits(loaded.checked.registry.groups[0].members[1], kGroupAsOf));
    CHECK(roster.sits(loaded.checked.registry.groups[0].members[2], kGroupAsOf));
    const auto composition = gcsj::group::composition_on(roster, kGroupAsOf);
    CHECK(composition.total(Seat::un_secretary_general).vacancies() == 1);
  }

  TEST_CASE("the as-of date moves who sits: before, during and after the terms") {
    const auto loaded = load_group(full_group_members());
    CHECK(
        gcsj::group::composition_on(loaded.roster(), {2024, 5, 31}).total(Seat::workers).filled() ==
        0);
    CHECK(
        gcsj::group::composition_on(loaded.roster(), {2024, 6, 1}).total(Seat::workers).filled() ==
        6);
    CHECK(
        gcsj::group::composition_on(loaded.roster(), {2026, 5, 31}).total(Seat::workers).filled() ==
        6);
    const auto after = gcsj::group::composition_on(loaded.roster(), {2026, 6, 1});
    CHECK(after.total(Seat::workers).vacancies() == 6);
    CHECK(after.total(Seat::director_general).filled() == 1);
    REQUIRE(after.total(Seat::workers).last_departed);
    CHECK(after.total(Seat::workers).last_departed_day->date == gcsj::model::Date{2026, 5, 31});
  }

  TEST_CASE("regional rows bind only with government_seats") {
    const auto unbound =
        gcsj::group::composition_on(load_group(full_group_members()).roster(), kGroupAsOf);
    for (const auto& row : unbound.rows)
      if (row.region) CHECK_FALSE(row.capacity_binds);
    const auto bound = gcsj::group::composition_on(
        load_group(full_group_members(),
                   "government_seats: {africa: 4, americas: 2, asia-pacific: 3, europe: 3}\n")
            .roster(),
        kGroupAsOf);
    for (const auto& row : bound.rows) {
      if (row.region == gcsj::model::GovernmentRegion::africa) CHECK(row.vacancies() == 1);
      if (row.region == gcsj::model::GovernmentRegion::americas) CHECK(row.excess() == 1);
    }
  }
}

TEST_SUITE("group::calendar") {
  TEST_CASE("lists sitting members' terms by end date, with renewal options") {
    auto members = full_group_members();
    members[1].terms = {"{start: 2024-06-01, nominated_by: NOMINATOR}",
                        "{start: 2026-06-01, nominated_by: NOMINATOR}"};
    members[2].terms = {"{start: 2024-09-01, end: 2025-12-31, nominated_by: NOMINATOR}"};
    const auto loaded = load_group(members);
    const auto rows = gcsj::group::term_calendar(loaded.roster(), {2026, 6, 1});
    REQUIRE(rows.size() == 1);  // only the renewed member still sits
    CHECK(rows[0].term_number == 2);
    CHECK_FALSE(rows[0].renewable);
    CHECK_FALSE(rows[0].proposer);

    const auto earlier = gcsj::group::term_calendar(loaded.roster(), {2025, 12, 1});
    REQUIRE(earlier.size() == 33);  // everyone but the Director-General
    CHECK(earlier.front().member->name->value == "Gov za");
    CHECK(earlier.front().end == gcsj::model::Date{2025, 12, 31});
    CHECK(earlier.front().days_left == 30);
    CHECK(earlier.front().ends_early);
    CHECK(earlier.front().renewable);
    CHECK(earlier.front().proposer == gcsj::model::Nominator::government_group);
  }

  TEST_CASE("a member without `seat` has no row, even while its term runs") {
    auto members = full_group_members();
    member_of(members, "NGO Rep").seat = "";
    const auto loaded = load_group(members);
    const auto roster = loaded.roster();
    for (const auto& member : roster.group().members)
      if (member.name && member.name->value == "NGO Rep")
        REQUIRE(roster.sits(member, {2025, 12, 1}));
    const auto rows = gcsj::group::term_calendar(roster, {2025, 12, 1});
    CHECK(rows.size() == 32);
    for (const auto& row : rows) CHECK(row.member->name->value != "NGO Rep");
  }

  TEST_CASE("--within keeps terms ending in the window, the as-of date itself included") {
    const auto loaded = load_group(full_group_members());
    CHECK(gcsj::group::term_calendar(loaded.roster(), {2026, 5, 31}, 0).size() == 33);
    CHECK(gcsj::group::term_calendar(loaded.roster(), {2026, 3, 2}, 90).size() == 33);
    CHECK(gcsj::group::term_calendar(loaded.roster(), {2026, 3, 1}, 90).empty());  // 91 days left
    CHECK(gcsj::group::term_calendar(loaded.roster(), {2026, 3, 1}, 30).empty());
  }
}

TEST_SUITE("group::composition/boundaries") {
  TEST_CASE(
      "a government member without `region` under government_seats sits in the total, in "
      "no region: its region's share shows a vacancy") {
    auto members = full_group_members();
    member_of(members, "Gov ke").region = "";
    const auto loaded = load_group(members,
                                   "government_seats: {africa: 3, americas: 3, asia-pacific: 3, "
                                   "europe: 3}\n");
    const auto composition = gcsj::group::composition_on(loaded.roster(), kGroupAsOf);
    const auto& total = composition.total(Seat::government);
    CHECK(total.filled() == 12);
    CHECK(total.vacancies() == 0);
    CHECK(total.excess() == 0);
    int regional = 0;
    for (const auto& row : composition.rows) {
      if (!row.region) continue;
      CAPTURE(static_cast<int>(*row.region));
      CHECK(row.capacity_binds);
      CHECK(row.capacity == 3);
      regional += row.filled();
      if (*row.region == gcsj::model::GovernmentRegion::africa) {
        CHECK(row.filled() == 2);
        CHECK(row.vacancies() == 1);
      } else {
        CHECK(row.filled() == 3);
        CHECK(row.vacancies() == 0);
      }
      for (const auto* member : row.sitting) CHECK(member->name->value != "Gov ke");
    }
    CHECK(regional == 11);
  }
}
