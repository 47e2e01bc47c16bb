#include <doctest/doctest.h>

#include <string>

#include "group/calendar.hpp"
#include "group/roster.hpp"
#include "support/group_fixture.hpp"

// The term calendar of sitting members on a date (¶23), from a Group read by the real loader.

using namespace gcsj::testing;
using gcsj::model::Date;

namespace {

struct Calendar {
  Checked checked;
  gcsj::group::Roster roster;
  explicit Calendar(const std::vector<TestFile>& files)
      : checked(check_files(files, kGroupAsOf)),
        roster(*gcsj::group::Roster::of(checked.registry)) {}
  explicit Calendar(const std::vector<GroupMember>& members)
      : Calendar(group_registry(group_yaml(members))) {}
};

std::vector<std::string> names_of(const std::vector<gcsj::group::CalendarRow>& rows) {
  std::vector<std::string> out;
  for (const auto& row : rows) out.push_back(row.member->name->value);
  return out;
}

const gcsj::group::CalendarRow& row_of(const std::vector<gcsj::group::CalendarRow>& rows,
                                       const std::string& name) {
  for (const auto& row : rows)
    if (row.member->name->value == name) return row;
  FAIL("no row for " << name);
  return rows.front();
}

}  // namespace

TEST_SUITE("group::calendar") {
  TEST_CASE("every sitting member but the Director-General, by end date then name") {
    auto members = full_group_members();
    member_of(members, "Worker 3").terms = {
        "{start: 2024-06-01, end: 2025-09-30, nominated_by: NOMINATOR}"};
    member_of(members, "Academic Rep").terms = {
        "{start: 2024-06-01, end: 2025-09-30, nominated_by: NOMINATOR}"};
    const Calendar calendar(members);
    const auto rows = gcsj::group::term_calendar(calendar.roster, kGroupAsOf);
    CHECK(rows.size() == 33);
    // The two that end early first, by name; then the others.
    CHECK(names_of(rows)[0] == "Academic Rep");
    CHECK(names_of(rows)[1] == "Worker 3");
    for (const auto& row : rows) CHECK(row.member->name->value != "The Director-General");
    const auto& worker = row_of(rows, "Worker 3");
    CHECK(worker.ends_early);
    CHECK(worker.end == Date{2025, 9, 30});
    CHECK(worker.days_left == Date{2025, 9, 30}.days() - kGroupAsOf.days());
    const auto& full = row_of(rows, "Worker 4");
    CHECK_FALSE(full.ends_early);
    CHECK(full.start == Date{2024, 6, 1});
    CHECK(full.end == Date{2026, 5, 31});  // two years, the last day included
    CHECK(full.term_number == 1);
  }

  TEST_CASE("within a window: only the terms ending within that many days") {
    auto members = full_group_members();
    member_of(members, "Worker 3").terms = {
        "{start: 2024-06-01, end: 2025-07-01, nominated_by: NOMINATOR}"};
    const Calendar calendar(members);
    const auto rows = gcsj::group::term_calendar(calendar.roster, kGroupAsOf, 30);
    CHECK(names_of(rows) == std::vector<std::string>{"Worker 3"});
    CHECK(gcsj::group::term_calendar(calendar.roster, kGroupAsOf, 29).empty());
  }

  TEST_CASE("a first term is renewable on its body's proposal; a renewal is not") {
    auto members = full_group_members();
    member_of(members, "Worker 3").terms = {"{start: 2022-06-01, nominated_by: NOMINATOR}",
                                            "{start: 2024-06-01, nominated_by: NOMINATOR}"};
    const Calendar calendar(members);
    const auto rows = gcsj::group::term_calendar(calendar.roster, kGroupAsOf);
    const auto& renewed = row_of(rows, "Worker 3");
    CHECK(renewed.term_number == 2);
    CHECK_FALSE(renewed.renewable);
    CHECK_FALSE(renewed.proposer.has_value());
    const auto& first = row_of(rows, "Worker 4");
    CHECK(first.renewable);
    CHECK(first.proposer == gcsj::model::Nominator::workers_group);
    CHECK(row_of(rows, "NGO Rep").proposer == gcsj::model::Nominator::director_general);
  }

  TEST_CASE("a partner's withdrawal recorded ahead: no renewal possible") {
    auto files = group_registry(group_yaml(full_group_members()));
    auto& ngo = partner_file(files, "ngo");
    ngo.text =
        replace(ngo.text, "admitted: 2024-02-01", "admitted: 2024-02-01\nwithdrawn: 2025-12-01");
    const Calendar calendar(files);
    const auto rows = gcsj::group::term_calendar(calendar.roster, kGroupAsOf);
    const auto& row = row_of(rows, "NGO Rep");
    CHECK(row.partner_withdraws == Date{2025, 12, 1});
    CHECK(row.next == gcsj::group::NextTerm::partner_withdraws);
    CHECK_FALSE(row.renewable);
    CHECK_FALSE(row.proposer.has_value());
    // the member's last day, as group plan and term-expiring give it: the day before
    CHECK(row.end == Date{2025, 11, 30});
    CHECK(row.days_left == Date{2025, 11, 30}.days() - kGroupAsOf.days());
  }

  TEST_CASE("renewal_after: the member's next term, recorded, possible or not possible") {
    using gcsj::group::NextTerm;
    using gcsj::group::renewal_after;
    auto members = full_group_members();
    // Worker 3: a first term with its renewal recorded from the day after (2026-06-01).
    member_of(members, "Worker 3").terms = {"{start: 2024-06-01, nominated_by: NOMINATOR}",
                                            "{start: 2026-06-01, nominated_by: NOMINATOR}"};
    // Worker 2: a first term, then a later term after a gap: not the renewal of the seat.
    member_of(members, "Worker 2").terms = {"{start: 2024-06-01, nominated_by: NOMINATOR}",
                                            "{start: 2026-09-01, nominated_by: NOMINATOR}"};
    // Worker 1: the renewed term.
    member_of(members, "Worker 1").terms = {"{start: 2022-06-01, nominated_by: NOMINATOR}",
                                            "{start: 2024-06-01, nominated_by: NOMINATOR}"};
    const Calendar calendar(members);
    const auto next_of = [&](const std::string& name) {
      const auto& member =
          *row_of(gcsj::group::term_calendar(calendar.roster, kGroupAsOf), name).member;
      return renewal_after(calendar.roster, member,
                           *calendar.roster.sitting_term(member, kGroupAsOf));
    };
    const auto recorded = next_of("Worker 3");
    CHECK(recorded.next == NextTerm::recorded);
    CHECK(recorded.last_day == Date{2026, 5, 31});
    CHECK_FALSE(recorded.proposer.has_value());
    const auto possible = next_of("Worker 4");
    CHECK(possible.next == NextTerm::possible);
    CHECK(possible.proposer == gcsj::model::Nominator::workers_group);
    CHECK(next_of("Worker 2").next == NextTerm::possible);
    CHECK(next_of("Worker 1").next == NextTerm::already_renewed);
    // The calendar row carries the same answer: a recorded renewal is not "renewable".
    const auto rows = gcsj::group::term_calendar(calendar.roster, kGroupAsOf);
    CHECK(row_of(rows, "Worker 3").next == NextTerm::recorded);
    CHECK_FALSE(row_of(rows, "Worker 3").renewable);
    CHECK(row_of(rows, "Worker 4").next == NextTerm::possible);
  }

  TEST_CASE("renewal_after: a renewal recorded, but the partner withdraws before it starts") {
    auto members = full_group_members();
    member_of(members, "NGO Rep").terms = {"{start: 2024-06-01, nominated_by: NOMINATOR}",
                                           "{start: 2026-06-01, nominated_by: NOMINATOR}"};
    auto files = group_registry(group_yaml(members));
    auto& ngo = partner_file(files, "ngo");
    ngo.text =
        replace(ngo.text, "admitted: 2024-02-01", "admitted: 2024-02-01\nwithdrawn: 2026-03-01");
    const Calendar calendar(files);
    const auto rows = gcsj::group::term_calendar(calendar.roster, kGroupAsOf);
    const auto& row = row_of(rows, "NGO Rep");
    const auto renewal = gcsj::group::renewal_after(
        calendar.roster, *row.member, *calendar.roster.sitting_term(*row.member, kGroupAsOf));
    CHECK(renewal.next == gcsj::group::NextTerm::partner_withdraws);
    CHECK(renewal.last_day == Date{2026, 2, 28});
    CHECK(renewal.partner_withdraws == Date{2026, 3, 1});
  }

  TEST_CASE("before the Group exists no one has a term to show") {
    const Calendar calendar(full_group_members());
    CHECK(gcsj::group::term_calendar(calendar.roster, Date{2024, 5, 31}).empty());
  }
}
