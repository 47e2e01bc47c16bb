#include <doctest/doctest.h>

#include "changes/changes.hpp"
#include "group/roster.hpp"
#include "refdata/reference_data.hpp"
#include "support/group_fixture.hpp"

using namespace gcsj::testing;
using gcsj::changes::Kind;
using gcsj::changes::LeaveReason;
using gcsj::model::Date;

namespace {

gcsj::changes::Changes changes_of(const Checked& checked, Date from, Date to) {
  return gcsj::changes::compute_changes(checked.registry, from, to,
                                        gcsj::refdata::ReferenceData::bundled());
}

// How many events of `kind` the period (from, to] holds.
std::size_t how_many(const Checked& checked, Date from, Date to, Kind kind) {
  const auto changes = changes_of(checked, from, to);
  return of_kind(changes, kind).size();
}

// The events of `kind` about the member named `name`.
std::vector<const gcsj::changes::Change*> of_member(const gcsj::changes::Changes& changes,
                                                    Kind kind, const std::string& name) {
  std::vector<const gcsj::changes::Change*> found;
  for (const auto* change : of_kind(changes, kind))
    if (change->member && change->member->name->value == name) found.push_back(change);
  return found;
}

Checked load(const std::vector<GroupMember>& members, const std::string& established = "") {
  std::string group = group_yaml(members);
  if (!established.empty())
    group = replace(group, "established: 2024-06-01", "established: " + established);
  return check_files(group_registry(group), kGroupAsOf);
}

}  // namespace

TEST_SUITE("changes::member_changes") {
  TEST_CASE("the Group's establishment seats its members and fills or vacates nothing") {
    const auto checked = load(full_group_members());
    const auto changes = changes_of(checked, {2024, 5, 31}, {2024, 6, 1});
    const auto established = of_kind(changes, Kind::group_established);
    REQUIRE(established.size() == 1);
    CHECK(established[0]->date == Date{2024, 6, 1});
    CHECK(established[0]->paragraph == "21");
    CHECK(of_kind(changes, Kind::member_joined).size() == 33);  // all but the Director-General
    CHECK(of_kind(changes, Kind::seat_filled).empty());
    CHECK(of_kind(changes, Kind::seat_vacated).empty());
    CHECK(of_kind(changes, Kind::chair_changed).empty());
    const auto joined = of_member(changes, Kind::member_joined, "Employer 2");
    REQUIRE(joined.size() == 1);
    CHECK(joined[0]->term_number == 1);
    CHECK(joined[0]->term_end == Date{2026, 5, 31});
    CHECK(joined[0]->paragraph == "25(d)");
    CHECK(joined[0]->partner->id->value == "emp2");
    // On FROM, outside the period.
    CHECK(changes_of(checked, {2024, 6, 1}, {2024, 6, 2}).events.empty());
  }

  TEST_CASE("a term from 29 February ends on 28 February; the member is gone on 1 March") {
    auto members = full_group_members();
    member_of(members, "Worker 3").terms = {"{start: 2024-02-29, nominated_by: NOMINATOR}"};
    const auto checked = load(members, "2024-02-01");
    const auto changes = changes_of(checked, {2026, 2, 28}, {2026, 3, 1});
    const auto left = of_member(changes, Kind::member_left, "Worker 3");
    REQUIRE(left.size() == 1);
    CHECK(left[0]->date == Date{2026, 3, 1});
    CHECK(left[0]->last_day == Date{2026, 2, 28});
    CHECK(left[0]->reason == LeaveReason::term_ended);
    CHECK(left[0]->paragraph == "23");
    // The last day itself is no change; the day after the first day without it neither.
    CHECK(how_many(checked, {2026, 2, 27}, {2026, 2, 28}, Kind::member_left) == 0);
    CHECK(how_many(checked, {2026, 3, 1}, {2026, 5, 1}, Kind::member_left) == 0);
  }

  TEST_CASE("a member whose partner withdraws mid-term leaves on the withdrawal date (¶21)") {
    auto files = group_registry(group_yaml(full_group_members()));
    auto& partner = partner_file(files, "emp2");
    partner.text =
        replace(replace(partner.text, "status: admitted", "status: withdrawn"),
                "admitted: 2024-02-01\n", "admitted: 2024-02-01\nwithdrawn: 2025-03-01\n");
    const auto checked = check_files(files, kGroupAsOf);
    const auto changes = changes_of(checked, {2025, 1, 1}, {2025, 6, 1});
    const auto left = of_member(changes, Kind::member_left, "Employer 2");
    REQUIRE(left.size() == 1);
    CHECK(left[0]->date == Date{2025, 3, 1});
    CHECK(left[0]->last_day == Date{2025, 2, 28});
    CHECK(left[0]->reason == LeaveReason::partner_withdrew);
    CHECK(left[0]->paragraph == "21");
    CHECK(checked.registry.file(left[0]->where.file).path == "partners/emp2.yaml");
    CHECK_FALSE(left[0]->partner_public);
    REQUIRE(of_kind(changes, Kind::partner_withdrew).size() == 1);
    const auto vacated = of_kind(changes, Kind::seat_vacated);
    REQUIRE(vacated.size() == 1);
    CHECK(vacated[0]->date == Date{2025, 3, 1});
    CHECK(vacated[0]->seat == gcsj::model::Seat::employers);
    CHECK(vacated[0]->seats == 1);
  }

  TEST_CASE("an early end carries its note with its reason") {
    auto members = full_group_members();
    member_of(members, "NGO Rep").terms = {
        "{start: 2024-06-01, end: 2025-01-15, end_reason: other, end_note: appointed ambassador, "
        "nominated_by: NOMINATOR}"};
    const auto checked = load(members);  // the changes point into it: it outlives them
    const auto changes = changes_of(checked, {2025, 1, 1}, {2025, 6, 1});
    const auto left = of_member(changes, Kind::member_left, "NGO Rep");
    REQUIRE(left.size() == 1);
    CHECK(left[0]->end_reason == "other");
    CHECK(left[0]->end_note == "appointed ambassador");
  }

  TEST_CASE("an early end carries its reason and location") {
    auto members = full_group_members();
    member_of(members, "NGO Rep").terms = {
        "{start: 2024-06-01, end: 2025-01-15, end_reason: resigned, nominated_by: NOMINATOR}"};
    const auto checked = load(members);
    const auto changes = changes_of(checked, {2025, 1, 1}, {2025, 6, 1});
    const auto left = of_member(changes, Kind::member_left, "NGO Rep");
    REQUIRE(left.size() == 1);
    CHECK(left[0]->date == Date{2025, 1, 16});
    CHECK(left[0]->reason == LeaveReason::ended_early);
    REQUIRE(left[0]->end_reason);
    CHECK(*left[0]->end_reason == "resigned");
    CHECK_FALSE(left[0]->end_note);
    CHECK(left[0]->where.line ==
          line_of(group_yaml(members), "end: 2025-01-15") + 0);  // the `end` of the term
  }

  TEST_CASE("a renewal without a gap is one event, not a departure and a return (¶23)") {
    auto members = full_group_members();
    member_of(members, "Employer 3").terms = {"{start: 2024-06-01, nominated_by: NOMINATOR}",
                                              "{start: 2026-06-01, nominated_by: NOMINATOR}"};
    const auto checked = load(members);
    const auto changes = changes_of(checked, {2026, 5, 31}, {2026, 6, 1});
    const auto renewed = of_member(changes, Kind::member_renewed, "Employer 3");
    REQUIRE(renewed.size() == 1);
    CHECK(renewed[0]->term_number == 2);
    CHECK(renewed[0]->term_end == Date{2028, 5, 31});
    CHECK(renewed[0]->paragraph == "23");
    CHECK(of_member(changes, Kind::member_left, "Employer 3").empty());
    CHECK(of_member(changes, Kind::member_joined, "Employer 3").empty());
    CHECK(of_member(changes, Kind::member_left, "Employer 4").size() == 1);
  }
}

// Each period's first day (FROM excluded) and last day (TO included), at each member's edges.
TEST_SUITE("changes::member_changes/boundaries") {
  TEST_CASE(
      "a partner admitted in the middle of its member's term: the member joins on the "
      "admission day, and fills its seat") {
    auto members = full_group_members();
    auto files = group_registry(group_yaml(members));
    auto& partner = partner_file(files, "ngo");
    partner.text = replace(partner.text, "admitted: 2024-02-01", "admitted: 2024-09-01");
    const auto checked = check_files(files, kGroupAsOf);
    CHECK(
        of_member(changes_of(checked, {2024, 5, 31}, {2024, 6, 1}), Kind::member_joined, "NGO Rep")
            .empty());
    CHECK(
        of_member(changes_of(checked, {2024, 6, 1}, {2024, 8, 31}), Kind::member_joined, "NGO Rep")
            .empty());
    const auto changes = changes_of(checked, {2024, 8, 31}, {2024, 9, 1});
    const auto joined = of_member(changes, Kind::member_joined, "NGO Rep");
    REQUIRE(joined.size() == 1);
    CHECK(joined[0]->date == Date{2024, 9, 1});
    CHECK(joined[0]->term_number == 1);
    CHECK(joined[0]->term_end == Date{2026, 5, 31});  // the term's, not two years from admission
    CHECK(joined[0]->partner->id->value == "ngo");
    const auto filled = of_kind(changes, Kind::seat_filled);
    REQUIRE(filled.size() == 1);
    CHECK(filled[0]->seat == gcsj::model::Seat::ngo);
    CHECK(filled[0]->seats == 1);
    CHECK(
        of_member(changes_of(checked, {2024, 9, 1}, {2024, 12, 31}), Kind::member_joined, "NGO Rep")
            .empty());
  }

  TEST_CASE(
      "a term whose end is exactly its full end ran out; a day shorter ended early; a day "
      "longer ends a day later") {
    auto members = full_group_members();
    member_of(members, "Worker 4").terms = {
        "{start: 2024-06-01, end: 2026-05-31, nominated_by: NOMINATOR}"};
    member_of(members, "Worker 5").terms = {
        "{start: 2024-06-01, end: 2026-05-30, nominated_by: NOMINATOR}"};
    member_of(members, "Worker 6").terms = {
        "{start: 2024-06-01, end: 2026-06-01, nominated_by: NOMINATOR}"};
    const auto checked = load(members);
    const auto changes = changes_of(checked, {2026, 5, 29}, {2026, 6, 2});
    const auto exact = of_member(changes, Kind::member_left, "Worker 4");
    REQUIRE(exact.size() == 1);
    CHECK(exact[0]->date == Date{2026, 6, 1});
    CHECK(exact[0]->last_day == Date{2026, 5, 31});
    CHECK(exact[0]->reason == LeaveReason::term_ended);
    CHECK(exact[0]->paragraph == "23");
    const auto early = of_member(changes, Kind::member_left, "Worker 5");
    REQUIRE(early.size() == 1);
    CHECK(early[0]->date == Date{2026, 5, 31});
    CHECK(early[0]->reason == LeaveReason::ended_early);
    const auto longer = of_member(changes, Kind::member_left, "Worker 6");
    REQUIRE(longer.size() == 1);
    CHECK(longer[0]->date == Date{2026, 6, 2});
    CHECK(longer[0]->last_day == Date{2026, 6, 1});
    CHECK(longer[0]->reason == LeaveReason::term_ended);
    // The first day without the member is in (FROM, TO] when it is TO, not when it is FROM.
    CHECK(of_member(changes_of(checked, {2026, 5, 31}, {2026, 6, 1}), Kind::member_left, "Worker 4")
              .size() == 1);
    CHECK(of_member(changes_of(checked, {2026, 6, 1}, {2026, 6, 30}), Kind::member_left, "Worker 4")
              .empty());
  }

  TEST_CASE("a second term after a gap joins on its first day, as term 2") {
    auto members = full_group_members();
    member_of(members, "Employer 3").terms = {
        "{start: 2024-06-01, end: 2025-01-31, nominated_by: NOMINATOR}",
        "{start: 2025-04-01, nominated_by: NOMINATOR}"};
    const auto checked = load(members);
    const auto before = changes_of(checked, {2025, 1, 1}, {2025, 3, 31});
    CHECK(of_member(before, Kind::member_joined, "Employer 3").empty());
    const auto left = of_member(before, Kind::member_left, "Employer 3");
    REQUIRE(left.size() == 1);
    CHECK(left[0]->date == Date{2025, 2, 1});
    CHECK(left[0]->reason == LeaveReason::ended_early);
    const auto changes = changes_of(checked, {2025, 3, 31}, {2025, 4, 1});
    const auto joined = of_member(changes, Kind::member_joined, "Employer 3");
    REQUIRE(joined.size() == 1);
    CHECK(joined[0]->term_number == 2);
    CHECK(joined[0]->term_end == Date{2027, 3, 31});
    CHECK(of_member(changes, Kind::member_renewed, "Employer 3").empty());
    CHECK(of_member(changes_of(checked, {2025, 4, 1}, {2025, 6, 1}), Kind::member_joined,
                    "Employer 3")
              .empty());
  }

  TEST_CASE(
      "a member whose partner withdraws on its term's last day left because of the "
      "withdrawal (¶21)") {
    auto files = group_registry(group_yaml(full_group_members()));
    auto& partner = partner_file(files, "ngo");
    partner.text =
        replace(replace(partner.text, "status: admitted", "status: withdrawn"),
                "admitted: 2024-02-01\n", "admitted: 2024-02-01\nwithdrawn: 2026-05-31\n");
    const auto checked = check_files(files, kGroupAsOf);
    const auto changes = changes_of(checked, {2026, 5, 30}, {2026, 6, 1});
    const auto left = of_member(changes, Kind::member_left, "NGO Rep");
    REQUIRE(left.size() == 1);
    CHECK(left[0]->date == Date{2026, 5, 31});
    CHECK(left[0]->last_day == Date{2026, 5, 30});
    CHECK(left[0]->reason == LeaveReason::partner_withdrew);
    CHECK(left[0]->paragraph == "21");
  }
}
