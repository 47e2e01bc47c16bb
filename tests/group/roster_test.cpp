#include <doctest/doctest.h>

#include "group/composition.hpp"
#include "group/roster.hpp"
#include "support/group_fixture.hpp"

using namespace gcsj::testing;
using gcsj::group::Departure;
using gcsj::model::Date;
using gcsj::model::Seat;

namespace {

// A registry of the full Group's partners, with partner `id` admitted on `admitted` and, when
// given, withdrawn on `withdrawn`.
std::vector<TestFile> with_partner_dates(const std::vector<GroupMember>& members,
                                         const std::string& id, const std::string& admitted,
                                         const std::string& withdrawn = "") {
  auto files = group_registry(group_yaml(members));
  TestFile& file = partner_file(files, id);
  file.text = replace(file.text, "admitted: 2024-02-01\n", "admitted: " + admitted + "\n");
  if (!withdrawn.empty()) {
    file.text = replace(file.text, "status: admitted\n", "status: withdrawn\n");
    file.text = replace(file.text, "admitted: " + admitted + "\n",
                        "admitted: " + admitted + "\nwithdrawn: " + withdrawn + "\n");
  }
  return files;
}

struct Loaded {
  Checked checked;
  gcsj::group::Roster roster;

  explicit Loaded(const std::vector<TestFile>& files)
      : checked(check_files(files, kGroupAsOf)),
        roster(*gcsj::group::Roster::of(checked.registry)) {}

  const gcsj::model::Member& member(const std::string& name) const {
    for (const auto& m : roster.group().members)
      if (m.name && m.name->value == name) return m;
    FAIL("no member " << name);
    return roster.group().members.front();
  }
};

}  // namespace

// Each period of sitting pinned at its first and its last day: a day either side of each.
TEST_SUITE("group::roster") {
  TEST_CASE("a member who sat one day sits on that day only, and its last day is that day") {
    auto members = full_group_members();
    member_of(members, "NGO Rep").terms = {
        "{start: 2025-03-01, end: 2025-03-01, nominated_by: NOMINATOR}"};
    const Loaded loaded(group_registry(group_yaml(members)));
    const auto& ngo = loaded.member("NGO Rep");
    CHECK_FALSE(loaded.roster.sits(ngo, {2025, 2, 28}));
    CHECK(loaded.roster.sits(ngo, {2025, 3, 1}));
    CHECK_FALSE(loaded.roster.sits(ngo, {2025, 3, 2}));
    // Before the day it has not sat yet; on it it sits; after it, that day was its last.
    CHECK_FALSE(loaded.roster.last_day_before(ngo, {2025, 2, 28}));
    CHECK_FALSE(loaded.roster.last_day_before(ngo, {2025, 3, 1}));
    const auto last = loaded.roster.last_day_before(ngo, {2025, 3, 2});
    REQUIRE(last);
    CHECK(last->date == Date{2025, 3, 1});
    CHECK(last->reason == Departure::term_ended);
    const auto row = gcsj::group::composition_on(loaded.roster, {2025, 3, 2}).total(Seat::ngo);
    CHECK(row.filled() == 0);
    REQUIRE(row.last_departed);
    CHECK(row.last_departed->name->value == "NGO Rep");
    CHECK(row.last_departed_day->date == Date{2025, 3, 1});
  }

  TEST_CASE(
      "a partner withdrawing on its member's last day of term: the member left the day "
      "before, because its partner withdrew (¶21)") {
    const Loaded loaded(
        with_partner_dates(full_group_members(), "ngo", "2024-02-01", "2026-05-31"));
    const auto& ngo = loaded.member("NGO Rep");  // term 2024-06-01 to 2026-05-31
    CHECK(loaded.roster.sits(ngo, {2026, 5, 30}));
    CHECK_FALSE(loaded.roster.sits(ngo, {2026, 5, 31}));
    CHECK_FALSE(loaded.roster.last_day_before(ngo, {2026, 5, 30}));
    for (const Date after : {Date{2026, 5, 31}, Date{2026, 6, 1}, Date{2027, 1, 1}}) {
      CAPTURE(after);
      const auto last = loaded.roster.last_day_before(ngo, after);
      REQUIRE(last);
      CHECK(last->date == Date{2026, 5, 30});
      CHECK(last->reason == Departure::partner_withdrew);
    }
    CHECK(loaded.roster.partner_admitted_on(ngo, {2026, 5, 30}));
    CHECK_FALSE(loaded.roster.partner_admitted_on(ngo, {2026, 5, 31}));
  }

  TEST_CASE("a partner withdrawing the day after its member's term ended: the term ended") {
    const Loaded loaded(
        with_partner_dates(full_group_members(), "ngo", "2024-02-01", "2026-06-01"));
    const auto& ngo = loaded.member("NGO Rep");
    CHECK(loaded.roster.sits(ngo, {2026, 5, 31}));
    CHECK_FALSE(loaded.roster.sits(ngo, {2026, 6, 1}));
    for (const Date after : {Date{2026, 6, 1}, Date{2026, 6, 2}}) {
      CAPTURE(after);
      const auto last = loaded.roster.last_day_before(ngo, after);
      REQUIRE(last);
      CHECK(last->date == Date{2026, 5, 31});
      CHECK(last->reason == Departure::term_ended);
    }
  }

  TEST_CASE("a member whose term starts on its partner's admission day sits from that day") {
    auto members = full_group_members();
    member_of(members, "NGO Rep").terms = {"{start: 2024-09-01, nominated_by: NOMINATOR}"};
    const Loaded loaded(with_partner_dates(members, "ngo", "2024-09-01"));
    const auto& ngo = loaded.member("NGO Rep");
    CHECK_FALSE(loaded.roster.partner_admitted_on(ngo, {2024, 8, 31}));
    CHECK(loaded.roster.partner_admitted_on(ngo, {2024, 9, 1}));
    CHECK_FALSE(loaded.roster.sits(ngo, {2024, 8, 31}));
    CHECK(loaded.roster.sits(ngo, {2024, 9, 1}));
    const auto term = loaded.roster.sitting_term(ngo, {2024, 9, 1});
    REQUIRE(term);
    CHECK(term->number == 1);
    CHECK(term->end == Date{2026, 8, 31});
    CHECK(loaded.roster.sits(ngo, {2026, 8, 31}));
    CHECK_FALSE(loaded.roster.last_day_before(ngo, {2026, 8, 31}));
    const auto last = loaded.roster.last_day_before(ngo, {2026, 9, 1});
    REQUIRE(last);
    CHECK(last->date == Date{2026, 8, 31});
    CHECK(last->reason == Departure::term_ended);
  }

  TEST_CASE(
      "a partner admitted in the middle of its member's term: the member sits from the "
      "admission day; a term over before the admission was never sat") {
    auto members = full_group_members();
    member_of(members, "NGO Rep").terms = {"{start: 2024-06-01, nominated_by: NOMINATOR}"};
    member_of(members, "Academic Rep").terms = {
        "{start: 2024-06-01, end: 2024-08-31, nominated_by: NOMINATOR}"};
    auto files = with_partner_dates(members, "ngo", "2024-09-01");
    TestFile& acad = partner_file(files, "acad");
    acad.text = replace(acad.text, "admitted: 2024-02-01\n", "admitted: 2024-09-01\n");
    const Loaded loaded(files);
    const auto& ngo = loaded.member("NGO Rep");
    CHECK_FALSE(loaded.roster.sits(ngo, {2024, 8, 31}));
    CHECK(loaded.roster.sits(ngo, {2024, 9, 1}));
    CHECK_FALSE(loaded.roster.last_day_before(ngo, {2024, 8, 31}));  // not sat yet
    const auto last = loaded.roster.last_day_before(ngo, {2026, 6, 1});
    REQUIRE(last);
    CHECK(last->date == Date{2026, 5, 31});
    const auto& academic = loaded.member("Academic Rep");
    CHECK_FALSE(loaded.roster.sits(academic, {2024, 8, 31}));
    CHECK_FALSE(loaded.roster.sits(academic, {2024, 9, 1}));
    CHECK_FALSE(loaded.roster.last_day_before(academic, {2025, 1, 1}));  // never sat
  }

  TEST_CASE("the Group exists from its establishment: a term that starts before it sits from it") {
    auto members = full_group_members();
    member_of(members, "NGO Rep").terms = {"{start: 2024-05-01, nominated_by: NOMINATOR}"};
    const Loaded loaded(group_registry(group_yaml(members)));
    const auto& ngo = loaded.member("NGO Rep");
    CHECK_FALSE(loaded.roster.exists_on({2024, 5, 31}));
    CHECK(loaded.roster.exists_on({2024, 6, 1}));
    CHECK_FALSE(loaded.roster.sits(ngo, {2024, 5, 31}));
    CHECK_FALSE(loaded.roster.sitting_term(ngo, {2024, 5, 31}));
    CHECK(loaded.roster.sits(ngo, {2024, 6, 1}));
    CHECK_FALSE(loaded.roster.last_day_before(ngo, {2024, 5, 31}));
    // Its term ends two years after its own start, not the Group's.
    CHECK(loaded.roster.sits(ngo, {2026, 4, 30}));
    const auto last = loaded.roster.last_day_before(ngo, {2026, 5, 1});
    REQUIRE(last);
    CHECK(last->date == Date{2026, 4, 30});
  }

  TEST_CASE("a Director-General is in office from `since` to `until`, both included") {
    auto members = full_group_members();
    members.front().since = "2022-10-01";
    members.front().until = "2025-03-31";
    const Loaded loaded(group_registry(group_yaml(members)));
    const auto& dg = loaded.member("The Director-General");
    CHECK_FALSE(loaded.roster.sits(dg, {2022, 9, 30}));
    CHECK(loaded.roster.sits(dg, {2022, 10, 1}));
    CHECK(loaded.roster.sits(dg, {2025, 3, 31}));
    CHECK_FALSE(loaded.roster.sits(dg, {2025, 4, 1}));
    CHECK(loaded.roster.director_general_on({2025, 3, 31}) == &dg);
    CHECK_FALSE(loaded.roster.director_general_on({2025, 4, 1}));
    CHECK_FALSE(loaded.roster.last_day_before(dg, {2025, 3, 31}));
    const auto last = loaded.roster.last_day_before(dg, {2025, 4, 1});
    REQUIRE(last);
    CHECK(last->date == Date{2025, 3, 31});
    CHECK(last->reason == Departure::left_office);
  }
}
