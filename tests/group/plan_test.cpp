#include <doctest/doctest.h>

#include <optional>

#include "group/plan.hpp"
#include "support/group_fixture.hpp"

using namespace gcsj::testing;
using gcsj::model::Date;
using gcsj::model::Nominator;
using gcsj::model::Seat;
namespace group = gcsj::group;

namespace {

struct Planned {
  Checked checked;
  group::Plan plan;
};

Planned plan_of(const std::vector<GroupMember>& members, Date as_of, long horizon = 730,
                const group::RegionOf& region_of = {}) {
  Planned out{check_files(group_registry(group_yaml(members)), as_of), {}};
  const auto roster = group::Roster::of(out.checked.registry);
  REQUIRE(roster);
  out.plan = group::plan_on(*roster, as_of, horizon, region_of);
  return out;
}

const group::PlanEvent* event_of(const group::Plan& plan, const std::string& name) {
  for (const auto& event : plan.events)
    if (event.member->name && event.member->name->value == name) return &event;
  return nullptr;
}

const group::PlanSeat& seat_of(const group::Plan& plan, Seat seat) {
  for (const auto& row : plan.seats)
    if (row.kind->seat == seat) return row;
  FAIL("no such seat");
  return plan.seats.front();
}

}  // namespace

TEST_SUITE("group::plan") {
  TEST_CASE("every seat names the body that nominates or invites its next holder (¶25)") {
    const auto planned = plan_of(full_group_members(), kGroupAsOf);
    const auto& plan = planned.plan;
    CHECK_FALSE(seat_of(plan, Seat::director_general).nominator);
    CHECK(seat_of(plan, Seat::un_secretary_general).nominator == Nominator::un_secretary_general);
    CHECK(seat_of(plan, Seat::employers).nominator == Nominator::employers_group);
    CHECK(seat_of(plan, Seat::workers).nominator == Nominator::workers_group);
    CHECK(seat_of(plan, Seat::enterprise).nominator == Nominator::employers_group);
    CHECK(seat_of(plan, Seat::global_union).nominator == Nominator::workers_group);
    for (const Seat invited : {Seat::un_system, Seat::economic_organization,
                               Seat::regional_organization, Seat::ngo, Seat::academic})
      CHECK(seat_of(plan, invited).nominator == Nominator::director_general);
    // the government seats: one row per region, the Government group nominating
    int regions = 0;
    for (const auto& row : plan.seats)
      if (row.kind->seat == Seat::government) {
        CHECK(row.region.has_value());
        CHECK(row.nominator == Nominator::government_group);
        ++regions;
      }
    CHECK(regions == 4);
  }

  TEST_CASE("a first term ends within the horizon: renewable on proposal of the nominating group") {
    const auto planned = plan_of(full_group_members(), kGroupAsOf);
    const auto* event = event_of(planned.plan, "Employer 3");
    REQUIRE(event);
    CHECK(event->last_day == Date{2026, 5, 31});
    CHECK(event->vacant_from == Date{2026, 6, 1});
    CHECK(event->term_number == 1);
    CHECK(event->renewable);
    CHECK(event->renewal_proposer == Nominator::employers_group);
    CHECK(event->nominator == Nominator::employers_group);
    // if nothing is done, no one sits on 1 June 2026 but the Director-General
    CHECK(event->after.sitting == 1);
    CHECK(event->after.regions_uncovered.size() == 4);
    CHECK(seat_of(planned.plan, Seat::employers).falls_vacant == Date{2026, 6, 1});
    // outside the horizon, no event
    CHECK(plan_of(full_group_members(), kGroupAsOf, 100).plan.events.empty());
  }

  TEST_CASE("a renewed term cannot be renewed again (¶23); a recorded renewal is no vacancy") {
    auto members = full_group_members();
    member_of(members, "Worker 2").terms = {"{start: 2024-06-01, nominated_by: NOMINATOR}",
                                            "{start: 2026-06-01, nominated_by: NOMINATOR}"};
    const auto planned = plan_of(members, {2027, 1, 1});
    const auto* second = event_of(planned.plan, "Worker 2");
    REQUIRE(second);
    CHECK(second->last_day == Date{2028, 5, 31});
    CHECK(second->term_number == 2);
    CHECK_FALSE(second->renewable);
    CHECK_FALSE(second->renewal_proposer);
    CHECK(second->nominator == Nominator::workers_group);

    const auto before = plan_of(members, kGroupAsOf);
    const auto* first = event_of(before.plan, "Worker 2");
    REQUIRE(first);
    CHECK(first->last_day == Date{2026, 5, 31});
    CHECK(first->renewed);
    CHECK_FALSE(first->renewable);
  }

  TEST_CASE("a term that ends on a leap day, and the seat falls vacant on 1 March") {
    auto members = full_group_members();
    member_of(members, "Worker 2").terms = {
        "{start: 2024-06-01, end: 2026-02-28, end_reason: resigned, nominated_by: NOMINATOR}"};
    GroupMember next = member_of(members, "Worker 2");
    next.name = "Worker 7";
    next.partner = "wrk7";
    next.terms = {"{start: 2026-03-01, nominated_by: NOMINATOR}"};
    members.push_back(next);
    const auto planned = plan_of(members, {2027, 6, 1});
    const auto* event = event_of(planned.plan, "Worker 7");
    REQUIRE(event);
    CHECK(event->last_day == Date{2028, 2, 29});
    CHECK(event->vacant_from == Date{2028, 3, 1});
    CHECK(event->renewable);
    CHECK(event->renewal_proposer == Nominator::workers_group);
  }

  TEST_CASE("the Director-General has no term limit, and a succession is an event") {
    auto members = full_group_members();
    const auto open = plan_of(members, kGroupAsOf);
    const auto& dg = seat_of(open.plan, Seat::director_general);
    REQUIRE(dg.holders.size() == 1);
    CHECK_FALSE(dg.holders[0].last_day);
    CHECK(dg.holders[0].term_number == 0);
    CHECK_FALSE(dg.holders[0].renewable);
    CHECK_FALSE(event_of(open.plan, "The Director-General"));

    members.front().until = "2026-03-31";
    GroupMember next = members.front();
    next.name = "The Next Director-General";
    next.since = "2026-04-01";
    next.until = "";
    members.push_back(next);
    const auto succession = plan_of(members, kGroupAsOf);
    const auto* event = event_of(succession.plan, "The Director-General");
    REQUIRE(event);
    CHECK(event->last_day == Date{2026, 3, 31});
    CHECK(event->term_number == 0);
    CHECK_FALSE(event->nominator);
    // the successor is the Co-Chairperson on the next day
    REQUIRE(event->after.co_chairs.size() == 2);
    CHECK(event->after.co_chairs.front()->name->value == "Gov br");
    CHECK(event->after.co_chairs.back()->name->value == "The Next Director-General");
  }

  TEST_CASE("geographical diversity (¶26): four of six employers' members from one region") {
    auto members = full_group_members();
    member_of(members, "Employer 5").terms = {"{start: 2025-06-01, nominated_by: NOMINATOR}"};
    member_of(members, "Employer 6").terms = {"{start: 2025-06-01, nominated_by: NOMINATOR}"};
    const auto region_of = [](const gcsj::model::Member& m) -> std::string {
      const std::string name = m.name ? m.name->value : "";
      if (!name.starts_with("Employer")) return {};
      return name == "Employer 5" || name == "Employer 6" ? "Africa" : "Europe";
    };
    const auto planned = plan_of(members, kGroupAsOf, 730, region_of);
    REQUIRE(planned.plan.now.diversity.size() == 1);
    const auto& note = planned.plan.now.diversity.front();
    CHECK(note.seat == Seat::employers);
    CHECK(note.region == "Europe");
    CHECK(note.count == 4);
    CHECK(note.located == 6);
    // after 31 May 2026 only Employers 5 and 6 sit: two located members are too few to judge
    const auto* event = event_of(planned.plan, "Employer 1");
    REQUIRE(event);
    CHECK(event->after.diversity.empty());
    // three of six is no note
    const auto balanced = [](const gcsj::model::Member& m) -> std::string {
      const std::string name = m.name ? m.name->value : "";
      if (!name.starts_with("Employer")) return {};
      return name < "Employer 4" ? "Europe" : "Africa";
    };
    CHECK(plan_of(full_group_members(), kGroupAsOf, 730, balanced).plan.now.diversity.empty());
  }

  TEST_CASE(
      "geographical diversity is judged among workers' members too, never among the "
      "government members") {
    const auto region_of = [](const gcsj::model::Member& m) -> std::string {
      const std::string name = m.name ? m.name->value : "";
      if (name.starts_with("Gov ")) return "Europe";  // all twelve: the regions judge them
      if (name.starts_with("Worker")) return name < "Worker 5" ? "Africa" : "Americas";
      if (name.starts_with("Employer")) return name < "Employer 4" ? "Europe" : "Africa";
      return {};
    };
    const auto planned = plan_of(full_group_members(), kGroupAsOf, 730, region_of);
    REQUIRE(planned.plan.now.diversity.size() == 1);
    CHECK(planned.plan.now.diversity.front().seat == Seat::workers);
    CHECK(planned.plan.now.diversity.front().region == "Africa");
    CHECK(planned.plan.now.diversity.front().count == 4);
  }

  TEST_CASE(
      "geographical diversity needs at least three located members: three of three is a "
      "note, two of two is not") {
    const auto located = [](int how_many) {
      return [how_many](const gcsj::model::Member& m) -> std::string {
        const std::string name = m.name ? m.name->value : "";
        if (!name.starts_with("Employer")) return {};
        return name < "Employer " + std::to_string(how_many + 1) ? "Europe" : "";
      };
    };
    const auto three = plan_of(full_group_members(), kGroupAsOf, 730, located(3));
    REQUIRE(three.plan.now.diversity.size() == 1);
    CHECK(three.plan.now.diversity.front().count == 3);
    CHECK(three.plan.now.diversity.front().located == 3);
    CHECK(plan_of(full_group_members(), kGroupAsOf, 730, located(2)).plan.now.diversity.empty());
  }

  TEST_CASE(
      "a vacant \"up to two\" UN-system seat is a seat vacant, as invited-seat-vacant tells") {
    auto members = full_group_members();
    std::erase_if(members, [](const GroupMember& m) { return m.name == "UN System Rep 2"; });
    const auto planned = plan_of(members, kGroupAsOf);
    CHECK(planned.plan.now.vacancies == 1);
    CHECK(seat_of(planned.plan, Seat::un_system).vacant_now == 1);
  }

  TEST_CASE("with `government_seats`, the regions' vacancies count, not the twelve as a total") {
    Planned out{check_files(group_registry(group_yaml(
                                full_group_members(),
                                "government_seats: {africa: 4, americas: 3, asia-pacific: 3, "
                                "europe: 2}\n")),
                            kGroupAsOf),
                {}};
    const auto roster = group::Roster::of(out.checked.registry);
    REQUIRE(roster);
    CHECK(group::group_state_on(*roster, kGroupAsOf, {}).vacancies == 1);  // africa's fourth
  }

  TEST_CASE("a chair is one sitting in the row of its seat, as group::chairs_of and the rules") {
    auto members = full_group_members();
    member_of(members, "Worker 2").seat = "no-such-seat";  // no seat: in no row
    member_of(members, "Worker 2").role = "vice-chair";
    const auto planned = plan_of(members, kGroupAsOf);
    REQUIRE(planned.plan.now.vice_chairs.size() == 2);
    CHECK(planned.plan.now.vice_chairs[0]->name->value == "Employer 1");
    CHECK(planned.plan.now.vice_chairs[1]->name->value == "Worker 1");
    REQUIRE(planned.plan.now.co_chairs.size() == 2);  // in the order of the registry
    CHECK(planned.plan.now.co_chairs[0]->name->value == "The Director-General");
    // the states of the events, found in one pass, agree
    for (const auto& event : planned.plan.events) CHECK(event.after.vice_chairs.size() <= 2);
  }

  TEST_CASE("a chair's end: its `until`, or with the term that carries it; states by the day") {
    auto members = full_group_members();
    member_of(members, "Gov br").role = "";
    member_of(members, "Gov br").roles = {"{role: co-chair, since: 2024-06-01, until: 2025-12-31}"};
    member_of(members, "Gov de").roles = {"{role: co-chair, since: 2026-01-01}"};
    member_of(members, "Gov de").terms = {"{start: 2024-06-01, nominated_by: NOMINATOR}",
                                          "{start: 2026-06-01, nominated_by: NOMINATOR}"};
    const auto planned = plan_of(members, kGroupAsOf);
    const auto holder = [&](const std::string& name) {
      for (const auto& seat : planned.plan.seats)
        for (const auto& h : seat.holders)
          if (h.member->name->value == name) return h;
      FAIL("no such holder");
      return group::PlanHolder{};
    };
    const auto brazil = holder("Gov br");
    CHECK(brazil.chair == gcsj::model::Role::co_chair);
    CHECK(brazil.chair_last_day == Date{2025, 12, 31});
    CHECK_FALSE(brazil.chair_ends_with_term);
    const auto employer = holder("Employer 1");  // `role`: ends with the term
    CHECK(employer.chair == gcsj::model::Role::vice_chair);
    CHECK(employer.chair_last_day == Date{2026, 5, 31});
    CHECK(employer.chair_ends_with_term);
    CHECK_FALSE(holder("Gov de").chair);                // not yet a chair on the as-of date
    CHECK_FALSE(holder("The Director-General").chair);  // ex officio: no period to end
    // The Group on each event's next day holds the chairs of that day.
    const auto roster = group::Roster::of(planned.checked.registry);
    REQUIRE(roster);
    for (const auto& event : planned.plan.events) {
      const auto state = group::group_state_on(*roster, event.vacant_from, {});
      CHECK(event.after.co_chairs == state.co_chairs);
    }
    const auto later = group::group_state_on(*roster, {2026, 1, 1}, {});
    REQUIRE(later.co_chairs.size() == 2);
    CHECK(later.co_chairs[1]->name->value == "Gov de");
  }

  TEST_CASE("events are sorted by last day, then seat, then name") {
    const auto planned = plan_of(full_group_members(), kGroupAsOf);
    REQUIRE(planned.plan.events.size() == 33);
    CHECK(planned.plan.events.front().kind->seat == Seat::un_secretary_general);
    CHECK(planned.plan.events.back().kind->seat == Seat::academic);
  }

  TEST_CASE("the Group after each event is group_state_on that day, whatever the terms") {
    // Terms that end on many days (some renewed, some cut short, one starting later), a
    // Director-General leaving office, a partner withdrawing mid-term, regions and chairs: the
    // states plan_on finds in one pass over the members are those of one pass a day.
    auto members = full_group_members();
    int k = 0;
    for (auto& member : members) {
      ++k;
      if (member.seat == "director-general") {
        member.until = "2026-02-28";
        continue;
      }
      const int month = 1 + k % 12;
      const std::string first = "{start: 2024-" + std::string(month < 10 ? "0" : "") +
                                std::to_string(month) + "-01, nominated_by: NOMINATOR";
      if (k % 4 == 0)
        member.terms = {first + ", end: 2025-0" + std::to_string(1 + k % 9) + "-15}"};
      else if (k % 4 == 1)
        member.terms = {first + "}", "{start: 2026-0" + std::to_string(1 + k % 9) +
                                         "-01, nominated_by: NOMINATOR}"};
      else
        member.terms = {first + "}"};
      if (k % 5 == 0) member.role = "vice-chair";
    }
    auto files = group_registry(group_yaml(members));
    auto& withdrawing = partner_file(files, members[3].partner);
    withdrawing.text = replace(withdrawing.text, "status: admitted", "status: withdrawn") +
                       "withdrawn: 2025-10-10\n";
    const Checked checked = check_files(files, kGroupAsOf);
    const auto roster = group::Roster::of(checked.registry);
    REQUIRE(roster);
    const auto region_of = [](const gcsj::model::Member& m) -> std::string {
      return m.name && m.name->value.size() % 2 ? "Europe" : "Africa";
    };
    const auto plan = group::plan_on(*roster, kGroupAsOf, 730, region_of);
    REQUIRE(plan.events.size() > 20);
    const auto vacant = [&](const auto& seat, const Date& on) {
      for (const auto& row : group::composition_on(*roster, on).rows)
        if (row.kind == seat.kind && row.region == seat.region) return row.vacancies() > 0;
      return false;
    };
    for (const auto& event : plan.events) {
      CAPTURE(event.member->name->value);
      const auto expected = group::group_state_on(*roster, event.vacant_from, region_of);
      CHECK(event.after.date == expected.date);
      CHECK(event.after.established == expected.established);
      CHECK(event.after.sitting == expected.sitting);
      CHECK(event.after.vacancies == expected.vacancies);
      CHECK(event.after.regions_uncovered == expected.regions_uncovered);
      CHECK(event.after.genders == expected.genders);
      CHECK(event.after.gender_undeclared == expected.gender_undeclared);
      CHECK(event.after.co_chairs == expected.co_chairs);
      CHECK(event.after.vice_chairs == expected.vice_chairs);
      REQUIRE(event.after.diversity.size() == expected.diversity.size());
      for (std::size_t i = 0; i < expected.diversity.size(); ++i) {
        CHECK(event.after.diversity[i].seat == expected.diversity[i].seat);
        CHECK(event.after.diversity[i].region == expected.diversity[i].region);
        CHECK(event.after.diversity[i].count == expected.diversity[i].count);
        CHECK(event.after.diversity[i].located == expected.diversity[i].located);
      }
      CHECK(event.successor_recorded == (!event.renewed && !vacant(event, event.vacant_from)));
    }
    for (const auto& seat : plan.seats) {
      std::optional<Date> falls;
      for (const auto& holder : seat.holders) {
        if (!holder.last_day || holder.renewed) continue;
        const Date next = holder.last_day->plus_days(1);
        if (holder.term_number > 0) CHECK(holder.successor_recorded == !vacant(seat, next));
        if (*holder.last_day < plan.horizon_end && vacant(seat, next) && (!falls || next < *falls))
          falls = next;
      }
      CHECK(seat.falls_vacant == falls);
    }
  }
}
