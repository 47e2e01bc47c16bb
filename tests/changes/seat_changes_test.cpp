#include <doctest/doctest.h>

#include "changes/changes.hpp"
#include "group/composition.hpp"
#include "group/roster.hpp"
#include "refdata/reference_data.hpp"
#include "support/group_fixture.hpp"

using namespace gcsj::testing;
using gcsj::changes::Kind;
using gcsj::model::Date;
using gcsj::model::Seat;

namespace {

gcsj::changes::Changes changes_of(const Checked& checked, Date from, Date to) {
  return gcsj::changes::compute_changes(checked.registry, from, to,
                                        gcsj::refdata::ReferenceData::bundled());
}

// The Brazilian Co-Chairperson resigns on 2025-03-31 and a new minister of Brazil, also
// co-chair, takes the seat on 2025-04-01; two workers leave early and one is replaced later.
std::vector<GroupMember> changing_members() {
  auto members = full_group_members();
  member_of(members, "Gov br").terms = {
      "{start: 2024-06-01, end: 2025-03-31, end_reason: resigned, nominated_by: NOMINATOR}"};
  GroupMember next = member_of(members, "Gov br");
  next.name = "New Minister";
  next.terms = {"{start: 2025-04-01, nominated_by: NOMINATOR}"};
  members.push_back(next);
  member_of(members, "Worker 5").terms = {
      "{start: 2024-06-01, end: 2025-01-31, nominated_by: NOMINATOR}"};
  member_of(members, "Worker 6").terms = {
      "{start: 2024-06-01, end: 2025-01-31, nominated_by: NOMINATOR}"};
  GroupMember replacement = member_of(members, "Worker 6");
  replacement.name = "Replacement Worker";
  replacement.partner = "wrk7";
  replacement.terms = {"{start: 2025-05-01, nominated_by: NOMINATOR}"};
  members.push_back(replacement);
  return members;
}

}  // namespace

TEST_SUITE("changes::seat_changes") {
  TEST_CASE("a chair that changes hands on one day is one event with both holders") {
    const auto checked = check_files(group_registry(group_yaml(changing_members())), kGroupAsOf);
    const auto changes = changes_of(checked, {2025, 3, 31}, {2025, 4, 1});
    const auto chairs = of_kind(changes, Kind::chair_changed);
    REQUIRE(chairs.size() == 1);
    CHECK(chairs[0]->role == gcsj::model::Role::co_chair);
    CHECK(chairs[0]->seat == Seat::government);
    CHECK(chairs[0]->paragraph == "25(c)");
    REQUIRE(chairs[0]->previous);
    REQUIRE(chairs[0]->next);
    CHECK(chairs[0]->previous->name->value == "Gov br");
    CHECK(chairs[0]->next->name->value == "New Minister");
    // The seat changed hands the same day: no vacancy.
    CHECK(of_kind(changes, Kind::seat_vacated).empty());
    CHECK(of_kind(changes, Kind::seat_filled).empty());
  }

  TEST_CASE("seats fall vacant and are filled by the count group seats shows") {
    const auto checked = check_files(group_registry(group_yaml(changing_members())), kGroupAsOf);
    const auto changes = changes_of(checked, {2025, 1, 1}, {2025, 6, 1});
    const auto vacated = of_kind(changes, Kind::seat_vacated);
    REQUIRE(vacated.size() == 1);
    CHECK(vacated[0]->date == Date{2025, 2, 1});
    CHECK(vacated[0]->seats == 2);
    CHECK(vacated[0]->paragraph == "25(e)");
    const auto filled = of_kind(changes, Kind::seat_filled);
    REQUIRE(filled.size() == 1);
    CHECK(filled[0]->date == Date{2025, 5, 1});
    CHECK(filled[0]->seats == 1);
    // Replaying the events on the composition of FROM gives the composition of TO.
    const auto roster = *gcsj::group::Roster::of(checked.registry);
    const auto from = gcsj::group::composition_on(roster, {2025, 1, 1});
    const auto to = gcsj::group::composition_on(roster, {2025, 6, 1});
    int vacancies = from.total(Seat::workers).vacancies();
    for (const auto* change : vacated) vacancies += change->seats;
    for (const auto* change : filled) vacancies -= change->seats;
    CHECK(vacancies == to.total(Seat::workers).vacancies());
    CHECK(to.total(Seat::workers).vacancies() == 1);
  }

  TEST_CASE("government vacancies are told by region when government_seats binds them") {
    auto members = full_group_members();
    member_of(members, "Gov ke").terms = {
        "{start: 2024-06-01, end: 2025-01-31, nominated_by: NOMINATOR}"};
    const auto by_total = check_files(group_registry(group_yaml(members)), kGroupAsOf);
    const auto total_changes = changes_of(by_total, {2025, 1, 1}, {2025, 6, 1});
    const auto total = of_kind(total_changes, Kind::seat_vacated);
    REQUIRE(total.size() == 1);
    CHECK_FALSE(total[0]->region);
    const auto by_region = check_files(
        group_registry(group_yaml(
            members, "government_seats: {africa: 3, americas: 3, asia-pacific: 3, europe: 3}\n")),
        kGroupAsOf);
    const auto regional_changes = changes_of(by_region, {2025, 1, 1}, {2025, 6, 1});
    const auto regional = of_kind(regional_changes, Kind::seat_vacated);
    REQUIRE(regional.size() == 1);
    CHECK(regional[0]->region == gcsj::model::GovernmentRegion::africa);
    CHECK(regional[0]->key == "government/africa");
  }

  TEST_CASE("an \"up to two\" UN-system seat falls vacant and is told, as invited-seat-vacant") {
    auto members = full_group_members();
    member_of(members, "UN System Rep 2").terms = {
        "{start: 2024-06-01, end: 2025-01-31, nominated_by: NOMINATOR}"};
    const auto checked = check_files(group_registry(group_yaml(members)), kGroupAsOf);
    const auto changes = changes_of(checked, {2025, 1, 1}, {2025, 6, 1});
    const auto vacated = of_kind(changes, Kind::seat_vacated);
    REQUIRE(vacated.size() == 1);
    CHECK(vacated[0]->seat == Seat::un_system);
    CHECK(vacated[0]->date == Date{2025, 2, 1});
    CHECK(vacated[0]->seats == 1);
    CHECK(vacated[0]->paragraph == "25(h)");
  }

  TEST_CASE("the balance before and after counts regions and genders as group seats does") {
    const auto checked = check_files(group_registry(group_yaml(changing_members())), kGroupAsOf);
    const auto changes = changes_of(checked, {2025, 1, 1}, {2025, 3, 1});
    REQUIRE(changes.before);
    REQUIRE(changes.after);
    CHECK(changes.before->established);
    CHECK(changes.before->sitting == 34);
    CHECK(changes.after->sitting == 32);
    CHECK(changes.before->government[1].sitting == 3);  // americas
    CHECK_FALSE(changes.before->government[1].seats);   // no government_seats
    int genders = 0;
    for (int n : changes.after->gender) genders += n;
    CHECK(genders == changes.after->sitting);
    const auto before = changes_of(checked, {2024, 1, 1}, {2024, 2, 1});
    CHECK_FALSE(before.before->established);
    CHECK(before.before->sitting == 1);  // the Director-General
  }
}

TEST_SUITE("changes::seat_changes") {
  TEST_CASE(
      "a chair's paragraph: the Vice-Chairpersons' of ¶25(d) and (e), a misplaced one its "
      "seat's letter") {
    auto members = full_group_members();
    member_of(members, "Worker 1").terms = {
        "{start: 2024-06-01, end: 2025-03-31, nominated_by: NOMINATOR}"};
    member_of(members, "Gov za").role = "vice-chair";
    member_of(members, "Gov za").terms = {"{start: 2025-04-01, nominated_by: NOMINATOR}"};
    const auto checked = check_files(group_registry(group_yaml(members)), kGroupAsOf);
    const auto changes = changes_of(checked, {2025, 3, 31}, {2025, 4, 1});
    const auto chairs = of_kind(changes, Kind::chair_changed);
    REQUIRE(chairs.size() == 2);  // by key: government/vice-chair, workers/vice-chair
    CHECK(chairs[0]->seat == Seat::government);
    CHECK(chairs[0]->paragraph == "25(c)");
    CHECK(chairs[1]->seat == Seat::workers);
    CHECK(chairs[1]->paragraph == "25(e)");
    CHECK_FALSE(chairs[1]->next);
  }
}

TEST_SUITE("changes::seat_changes/dated roles") {
  // Gov br chairs to 31 May 2025 and Gov de from 1 June 2025, both sitting throughout; Worker 1's
  // vice-chair ends on 31 March 2025 while it sits on.
  std::vector<GroupMember> handover_members() {
    auto members = full_group_members();
    member_of(members, "Gov br").role = "";
    member_of(members, "Gov br").roles = {"{role: co-chair, since: 2024-06-01, until: 2025-05-31}"};
    member_of(members, "Gov de").roles = {"{role: co-chair, since: 2025-06-01}"};
    member_of(members, "Worker 1").role = "";
    member_of(members, "Worker 1").roles = {
        "{role: vice-chair, since: 2024-06-01, until: 2025-03-31}"};
    return members;
  }

  TEST_CASE("a handover of dated roles is a change on its date, though no one joins or leaves") {
    const auto text = group_yaml(handover_members());
    const auto checked = check_files(group_registry(text), kGroupAsOf);
    const auto changes = changes_of(checked, {2025, 1, 1}, {2025, 12, 31});
    const auto chairs = of_kind(changes, Kind::chair_changed);
    REQUIRE(chairs.size() == 2);
    CHECK(chairs[0]->date == Date{2025, 4, 1});  // the day after Worker 1's `until`
    CHECK(chairs[0]->seat == Seat::workers);
    REQUIRE(chairs[0]->previous);
    CHECK(chairs[0]->previous->name->value == "Worker 1");
    CHECK_FALSE(chairs[0]->next);
    CHECK(chairs[1]->date == Date{2025, 6, 1});
    CHECK(chairs[1]->seat == Seat::government);
    REQUIRE(chairs[1]->previous);
    REQUIRE(chairs[1]->next);
    CHECK(chairs[1]->previous->name->value == "Gov br");
    CHECK(chairs[1]->next->name->value == "Gov de");
    CHECK(chairs[1]->where.line == line_of(text, "{role: co-chair, since: 2025-06-01}"));
    // A period that asks about other dates reports nothing.
    const auto after = changes_of(checked, {2025, 6, 1}, {2025, 12, 31});
    CHECK(of_kind(after, Kind::chair_changed).empty());
  }
}

TEST_SUITE("changes::seat_changes/boundaries") {
  TEST_CASE(
      "the \"up to two\" UN-system seats fall vacant and are filled as invited-seat-vacant "
      "tells them (¶25(h))") {
    auto members = full_group_members();
    member_of(members, "UN System Rep 2").terms = {
        "{start: 2024-06-01, end: 2025-01-31, nominated_by: NOMINATOR}"};
    member_of(members, "NGO Rep").terms = {
        "{start: 2024-06-01, end: 2025-01-31, nominated_by: NOMINATOR}"};
    GroupMember third = member_of(members, "UN System Rep 2");
    third.name = "UN System Rep 3";
    third.partner = "uns3";
    third.terms = {"{start: 2025-05-01, nominated_by: NOMINATOR}"};
    members.push_back(third);
    const auto checked = check_files(group_registry(group_yaml(members)), kGroupAsOf);
    const auto changes = changes_of(checked, {2025, 1, 1}, {2025, 6, 1});
    CHECK(of_kind(changes, Kind::member_left).size() == 2);
    CHECK(of_kind(changes, Kind::member_joined).size() == 1);
    const auto vacated = of_kind(changes, Kind::seat_vacated);
    REQUIRE(vacated.size() == 2);  // the UN-system seat and the NGO's
    for (const auto* change : vacated) CHECK(change->date == Date{2025, 2, 1});
    CHECK(vacated[0]->seat != vacated[1]->seat);
    for (const auto* change : vacated)
      CHECK((change->seat == Seat::ngo || change->seat == Seat::un_system));
    const auto filled = of_kind(changes, Kind::seat_filled);
    REQUIRE(filled.size() == 1);
    CHECK(filled[0]->seat == Seat::un_system);
    CHECK(filled[0]->date == Date{2025, 5, 1});
    REQUIRE(changes.after);
    CHECK(changes.after->sitting == 33);  // 34, less two who left, plus one who joined
  }
}
