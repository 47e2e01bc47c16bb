#include <doctest/doctest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "changes/changes.hpp"
#include "group/composition.hpp"
#include "group/plan.hpp"
#include "group/state.hpp"
#include "refdata/reference_data.hpp"
#include "support/group_fixture.hpp"

using namespace gcsj::testing;
using gcsj::model::Date;
using gcsj::model::Gender;
using gcsj::model::GovernmentRegion;
using gcsj::model::Role;
using gcsj::model::Seat;
namespace group = gcsj::group;

namespace {

Checked registry_of(const std::vector<GroupMember>& members, const std::string& head = "") {
  return check_files(group_registry(group_yaml(members, head)), kGroupAsOf);
}

Checked registry_of(const std::vector<TestFile>& files) {
  return check_files(files, kGroupAsOf);
}

group::Roster roster_of(const Checked& checked) {
  auto roster = group::Roster::of(checked.registry);
  REQUIRE(roster);
  return *roster;
}

const group::SeatRow& row_of(const group::Composition& composition, Seat seat,
                             std::optional<GovernmentRegion> region = std::nullopt) {
  for (const auto& row : composition.rows)
    if (row.kind->seat == seat && row.region == region) return row;
  FAIL("no such row");
  return composition.rows.front();
}

int of(const group::GenderTally& tally, Gender gender) {
  return tally.by_gender[static_cast<std::size_t>(gender)];
}

// The full Group's files, the employers' or workers' organizations `partners` (ids) national ones
// of `countries`.
std::vector<TestFile> located(const std::vector<std::string>& partners,
                              const std::vector<std::string>& countries) {
  auto files = group_registry(group_yaml(full_group_members()));
  for (std::size_t i = 0; i < partners.size(); ++i) {
    TestFile& file = partner_file(files, partners[i]);
    file.text = replace(file.text, "scope: international\n",
                        "scope: national\ncountry: " + countries[i] + "\nrepresentative: true\n");
  }
  return files;
}

// The ILO region of each member's partner, from the bundled reference data.
group::RegionOf regions(const group::Roster& roster) {
  return [&roster](const gcsj::model::Member& member) {
    return std::string(
        group::member_region(roster, member, gcsj::refdata::ReferenceData::bundled()));
  };
}

}  // namespace

TEST_SUITE("group::state") {
  TEST_CASE("seat totals: the full Group fills its 34 seats, none vacant, none over") {
    const auto checked = registry_of(full_group_members());
    const auto totals = group::seat_totals(group::composition_on(roster_of(checked), kGroupAsOf));
    CHECK(totals.seats == 34);
    CHECK(totals.filled == 34);
    CHECK(totals.vacant == 0);
    CHECK(totals.over == 0);
  }

  TEST_CASE("seat totals: a member over a seat's capacity fills no seat; a missing one is vacant") {
    auto members = full_group_members();
    member_of(members, "Worker 6").seat = "employers";  // seven employers, five workers
    const auto checked = registry_of(members);
    const auto totals = group::seat_totals(group::composition_on(roster_of(checked), kGroupAsOf));
    CHECK(totals.seats == 34);
    CHECK(totals.filled == 33);
    CHECK(totals.vacant == 1);
    CHECK(totals.over == 1);
  }

  TEST_CASE("seat totals: when `government_seats` binds, the regions count, as the rules do") {
    // Three members in each region: africa, given four seats, has one vacant; europe, given two,
    // one over. The twelve Government seats as a total would show neither.
    const auto checked =
        registry_of(full_group_members(),
                    "government_seats: {africa: 4, americas: 3, asia-pacific: 3, europe: 2}\n");
    const auto composition = group::composition_on(roster_of(checked), kGroupAsOf);
    const auto totals = group::seat_totals(composition);
    CHECK(totals.seats == 34);
    CHECK(totals.filled == 33);
    CHECK(totals.vacant == 1);
    CHECK(totals.over == 1);
    CHECK_FALSE(group::seats_counted(row_of(composition, Seat::government)));
    CHECK(group::seats_counted(row_of(composition, Seat::government, GovernmentRegion::europe)));
    // without the split the total counts, the regions do not
    const auto unsplit = registry_of(full_group_members());
    const auto free = group::composition_on(roster_of(unsplit), kGroupAsOf);
    CHECK(group::seats_counted(row_of(free, Seat::government)));
    CHECK_FALSE(group::seats_counted(row_of(free, Seat::government, GovernmentRegion::europe)));
  }

  TEST_CASE("capacity: a government region binds only when `government_seats` is given") {
    const auto without = registry_of(full_group_members());
    const auto free = group::composition_on(roster_of(without), kGroupAsOf);
    CHECK_FALSE(group::capacity_of(row_of(free, Seat::government, GovernmentRegion::africa)));
    CHECK(group::capacity_of(row_of(free, Seat::government)) == 12);
    CHECK(group::capacity_of(row_of(free, Seat::un_system)) == 2);  // "up to two" binds

    const auto with =
        registry_of(full_group_members(),
                    "government_seats: {africa: 3, americas: 3, asia-pacific: 3, europe: 3}\n");
    const auto bound = group::composition_on(roster_of(with), kGroupAsOf);
    CHECK(group::capacity_of(row_of(bound, Seat::government, GovernmentRegion::africa)) == 3);
  }

  TEST_CASE("chairs: the co- and vice-chairs sitting in a row, none in a row without one") {
    const auto checked = registry_of(full_group_members());
    const auto composition = group::composition_on(roster_of(checked), kGroupAsOf);
    const auto government = group::chairs_of(row_of(composition, Seat::government), kGroupAsOf);
    REQUIRE(government.size() == 1);
    CHECK(government[0].member->name->value == "Gov br");
    CHECK(government[0].role == Role::co_chair);
    const auto employers = group::chairs_of(row_of(composition, Seat::employers), kGroupAsOf);
    REQUIRE(employers.size() == 1);
    CHECK(employers[0].role == Role::vice_chair);
    // the Director-General is a co-chair ex officio, without a `role`
    const auto dg = group::chairs_of(row_of(composition, Seat::director_general), kGroupAsOf);
    REQUIRE(dg.size() == 1);
    CHECK(dg[0].role == Role::co_chair);
    CHECK(group::chairs_of(row_of(composition, Seat::academic), kGroupAsOf).empty());
  }

  TEST_CASE("role_on: the role whose period covers the date, else member; `role` on every date") {
    auto members = full_group_members();
    member_of(members, "Gov br").role = "";
    member_of(members, "Gov br").roles = {"{role: co-chair, since: 2024-06-01, until: 2025-05-31}"};
    member_of(members, "Gov de").roles = {"{role: co-chair, since: 2025-06-01}"};
    const auto checked = registry_of(members);
    const auto& group_members = roster_of(checked).group().members;
    const auto& brazil = *std::find_if(group_members.begin(), group_members.end(),
                                       [](const auto& m) { return m.name->value == "Gov br"; });
    const auto& germany = *std::find_if(group_members.begin(), group_members.end(),
                                        [](const auto& m) { return m.name->value == "Gov de"; });
    const auto& employer =
        *std::find_if(group_members.begin(), group_members.end(),
                      [](const auto& m) { return m.name->value == "Employer 1"; });
    CHECK(group::role_on(brazil, {2024, 5, 31}) == Role::member);  // before `since`
    CHECK(group::role_on(brazil, {2024, 6, 1}) == Role::co_chair);
    CHECK(group::role_on(brazil, {2025, 5, 31}) == Role::co_chair);  // `until` is inclusive
    CHECK(group::role_on(brazil, {2025, 6, 1}) == Role::member);
    CHECK(group::role_on(germany, {2025, 5, 31}) == Role::member);
    CHECK(group::role_on(germany, {2030, 1, 1}) == Role::co_chair);     // no `until`: open
    CHECK(group::role_on(employer, {2000, 1, 1}) == Role::vice_chair);  // `role`: every date
    CHECK(group::role_on(group_members.front(), {2000, 1, 1}) == Role::co_chair);  // the DG
    CHECK(group::role_location(germany, {2025, 6, 1}).line ==
          line_of(group_yaml(members), "{role: co-chair, since: 2025-06-01}"));
    const auto days = group::role_change_days(brazil);
    CHECK(days == std::vector<Date>{{2024, 6, 1}, {2025, 6, 1}});
    // The chairs of a row on a date follow the handover.
    const auto roster = roster_of(checked);
    const auto before = group::composition_on(roster, {2025, 5, 31});
    const auto after = group::composition_on(roster, {2025, 6, 1});
    const auto was = group::chairs_of(row_of(before, Seat::government), {2025, 5, 31});
    const auto is = group::chairs_of(row_of(after, Seat::government), {2025, 6, 1});
    REQUIRE(was.size() == 1);
    REQUIRE(is.size() == 1);
    CHECK(was[0].member->name->value == "Gov br");
    CHECK(is[0].member->name->value == "Gov de");
  }

  TEST_CASE("role_on: a Director-General with another `role` is still the co-chair") {
    auto members = full_group_members();
    members.front().role = "member";
    const auto checked = registry_of(members);
    CHECK(group::role_on(roster_of(checked).group().members.front(), kGroupAsOf) == Role::co_chair);
  }

  TEST_CASE("a region is uncovered when none of its members sits, unless it binds no seat") {
    auto members = full_group_members();
    for (const char* name : {"Gov za", "Gov ke", "Gov ng"})
      member_of(members, name).terms = {"{start: 2026-06-01, nominated_by: NOMINATOR}"};
    const auto checked = registry_of(members);
    const auto composition = group::composition_on(roster_of(checked), kGroupAsOf);
    const auto& africa = row_of(composition, Seat::government, GovernmentRegion::africa);
    CHECK(group::region_uncovered(africa, africa.filled(), true));
    CHECK_FALSE(group::region_uncovered(africa, africa.filled(), false));  // not established
    const auto& europe = row_of(composition, Seat::government, GovernmentRegion::europe);
    CHECK_FALSE(group::region_uncovered(europe, europe.filled(), true));
    CHECK_FALSE(group::region_uncovered(row_of(composition, Seat::ngo), 0, true));  // no region
  }

  TEST_CASE("vacancies: a seat whose member's term has not begun is vacant, over-filled is not") {
    auto members = full_group_members();
    member_of(members, "NGO Rep").terms = {"{start: 2026-06-01, nominated_by: NOMINATOR}"};
    const auto checked = registry_of(members);
    const auto composition = group::composition_on(roster_of(checked), kGroupAsOf);
    CHECK(row_of(composition, Seat::ngo).vacancies() == 1);
    CHECK(group::seat_totals(composition).vacant == 1);
    // the government regions bind nothing without `government_seats`: never a vacancy there
    CHECK(row_of(composition, Seat::government, GovernmentRegion::africa).vacancies() == 0);
  }

  TEST_CASE("vacancies told: the \"up to two\" UN-system seats too, as invited-seat-vacant") {
    auto members = full_group_members();
    std::erase_if(members, [](const GroupMember& m) { return m.name == "UN System Rep 2"; });
    const auto checked = registry_of(members);
    const auto composition = group::composition_on(roster_of(checked), kGroupAsOf);
    const auto& un_system = row_of(composition, Seat::un_system);
    CHECK(group::vacancies_told(un_system) == 1);
    CHECK(group::vacancies_told(un_system, 0) == 2);
    CHECK(group::seat_totals(composition).vacant == 1);
    // the Government total is told without `government_seats`, a region never
    const auto& africa = row_of(composition, Seat::government, GovernmentRegion::africa);
    CHECK(group::vacancies_told(africa, 0) == 0);
    CHECK(group::vacancies_told(row_of(composition, Seat::government), 11) == 1);
  }

  TEST_CASE("gender tally: every sitting member, undisclosed and undeclared apart") {
    auto members = full_group_members();  // 17 men (the Director-General first), 17 women
    member_of(members, "Worker 2").gender = "undisclosed";
    member_of(members, "Worker 3").gender = "";
    member_of(members, "Worker 4").gender = "non-binary";
    member_of(members, "Worker 5").terms = {"{start: 2026-06-01, nominated_by: NOMINATOR}"};
    const auto checked = registry_of(members);
    const auto tally = group::gender_tally(roster_of(checked), kGroupAsOf);
    CHECK(of(tally, Gender::undisclosed) == 1);
    CHECK(tally.undeclared == 1);
    CHECK(of(tally, Gender::non_binary) == 1);
    CHECK(of(tally, Gender::woman) + of(tally, Gender::man) == 30);  // Worker 5 does not sit
    CHECK(tally.declared() == 31);                                   // undisclosed is no answer
  }

  TEST_CASE(
      "gender tally: a sitting member whose seat cannot be read counts (the rule's reading)") {
    auto members = full_group_members();
    member_of(members, "Worker 2").seat = "";
    const auto checked = registry_of(members);
    const auto roster = roster_of(checked);
    const auto tally = group::gender_tally(roster, kGroupAsOf);
    CHECK(tally.declared() == 34);
    // `gcsj changes` counts the same members: it counted only those in a seat's row before
    const auto changes = gcsj::changes::compute_changes(checked.registry, {2025, 1, 1}, kGroupAsOf,
                                                        gcsj::refdata::ReferenceData::bundled());
    REQUIRE(changes.after);
    CHECK(changes.after->gender[static_cast<std::size_t>(Gender::woman)] +
              changes.after->gender[static_cast<std::size_t>(Gender::man)] ==
          34);
    CHECK(changes.after->sitting == 33);  // the seats' rows hold 33
  }

  TEST_CASE("gender imbalance: judged from four declaring, above the maximum share") {
    group::GenderTally tally;
    tally.by_gender[static_cast<std::size_t>(Gender::woman)] = 3;
    tally.by_gender[static_cast<std::size_t>(Gender::undisclosed)] = 5;
    gcsj::model::Group group;
    CHECK(group::gender_imbalances(tally, group).empty());  // three declare: not judged
    tally.by_gender[static_cast<std::size_t>(Gender::woman)] = 4;
    const auto four = group::gender_imbalances(tally, group);
    REQUIRE(four.size() == 1);
    CHECK(four[0].gender == Gender::woman);
    CHECK(four[0].count == 4);
    CHECK(four[0].declared == 4);
    tally.by_gender[static_cast<std::size_t>(Gender::woman)] = 12;
    tally.by_gender[static_cast<std::size_t>(Gender::man)] = 8;
    CHECK(group::gender_imbalances(tally, group).empty());  // 60% is not above 60%
    tally.by_gender[static_cast<std::size_t>(Gender::woman)] = 13;
    tally.by_gender[static_cast<std::size_t>(Gender::man)] = 7;
    CHECK(group::gender_imbalances(tally, group).size() == 1);  // 65%
    group.gender_balance_max_share = gcsj::model::Located<double>{0.7, {}};
    CHECK(group::gender_imbalances(tally, group).empty());
  }

  TEST_CASE("member region: the ILO region of the partner's country, empty when it names none") {
    const auto checked = registry_of(located({"emp1"}, {"KE"}));
    const auto roster = roster_of(checked);
    const auto& reference = gcsj::refdata::ReferenceData::bundled();
    const auto& members = roster.group().members;
    const auto named = [&](const std::string& name) -> const gcsj::model::Member& {
      for (const auto& m : members)
        if (m.name && m.name->value == name) return m;
      FAIL("no member " << name);
      return members.front();
    };
    CHECK(group::member_region(roster, named("Employer 1"), reference) == "Africa");
    CHECK(group::member_region(roster, named("Gov es"), reference) == "Europe and Central Asia");
    CHECK(group::member_region(roster, named("Employer 2"), reference).empty());  // international
    CHECK(group::member_region(roster, named("The Director-General"), reference).empty());
  }

  TEST_CASE("diversity: four of six employers' members from one region is a note, three is not") {
    const auto four = registry_of(located({"emp1", "emp2", "emp3", "emp4", "emp5", "emp6"},
                                          {"ES", "DE", "FR", "PT", "KE", "BR"}));
    const auto roster = roster_of(four);
    const auto notes = group::diversity_on(roster, kGroupAsOf, regions(roster));
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].seat == Seat::employers);
    CHECK(notes[0].region == "Europe and Central Asia");
    CHECK(notes[0].count == 4);
    CHECK(notes[0].located == 6);
    // before the Group is established no one is judged
    CHECK(group::diversity_on(roster, {2024, 5, 31}, regions(roster)).empty());
    const auto three = registry_of(located({"emp1", "emp2", "emp3", "emp4", "emp5", "emp6"},
                                           {"ES", "DE", "FR", "ID", "KE", "BR"}));
    const auto roster3 = roster_of(three);
    CHECK(group::diversity_on(roster3, kGroupAsOf, regions(roster3)).empty());
  }

  TEST_CASE("diversity: the invited seats are not judged, as the rule geographical-diversity") {
    CHECK_FALSE(group::diversity_judged(Seat::ngo));
    CHECK_FALSE(group::diversity_judged(Seat::un_system));
    CHECK_FALSE(group::diversity_judged(Seat::government));
    CHECK(group::diversity_judged(Seat::workers));
    // The format gives the invited seats' partners no `country`, so only a stand-in gives them a
    // region: five invited members from one region, which `group plan` noted (judging them
    // together) and the rule never did.
    const auto checked = registry_of(full_group_members());
    const auto roster = roster_of(checked);
    const group::RegionOf invited_in_europe = [](const gcsj::model::Member& m) -> std::string {
      return m.seat && gcsj::group::seat_kind(m.seat->value).by_invitation ? "Europe" : "";
    };
    CHECK(group::diversity_on(roster, kGroupAsOf, invited_in_europe).empty());
    const auto plan = group::plan_on(roster, kGroupAsOf, 730, invited_in_europe);
    CHECK(plan.now.diversity.empty());
    for (const auto& event : plan.events) CHECK(event.after.diversity.empty());
  }

  TEST_CASE("diversity notes: judged from the counts, by seat then region") {
    group::RegionCounts counts;
    counts[{Seat::workers, "Africa"}] = 2;
    counts[{Seat::workers, "Americas"}] = 1;
    counts[{Seat::employers, "Africa"}] = 2;
    const auto notes = group::diversity_notes(counts);
    REQUIRE(notes.size() == 1);  // employers: two located, too few
    CHECK(notes[0].seat == Seat::workers);
    CHECK(notes[0].count == 2);
    CHECK(notes[0].located == 3);
    counts[{Seat::employers, "Europe and Central Asia"}] = 1;
    const auto both = group::diversity_notes(counts);
    REQUIRE(both.size() == 2);
    CHECK(both[0].seat == Seat::employers);
    CHECK(both[1].seat == Seat::workers);
  }
}
