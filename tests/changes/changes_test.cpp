#include <doctest/doctest.h>

#include <algorithm>
#include <tuple>

#include "changes/changes.hpp"
#include "refdata/reference_data.hpp"
#include "support/group_fixture.hpp"

using namespace gcsj::testing;
using gcsj::changes::Kind;
using gcsj::model::Date;

TEST_SUITE("changes::changes") {
  TEST_CASE("events are sorted by date, kind and key, and the same every time") {
    auto members = full_group_members();
    member_of(members, "Worker 2").terms = {
        "{start: 2024-06-01, end: 2025-01-31, nominated_by: NOMINATOR}"};
    auto files = group_registry(group_yaml(members));
    files.push_back(
        {"partners/late.yaml", replace(replace(kGovernment, "id: sample", "id: late"),
                                       "admitted: 2024-02-01", "admitted: 2025-02-01")});
    const auto checked = check_files(files, kGroupAsOf);
    const auto& reference = gcsj::refdata::ReferenceData::bundled();
    const auto changes =
        gcsj::changes::compute_changes(checked.registry, {2024, 1, 1}, {2026, 12, 31}, reference);
    REQUIRE(changes.events.size() > 40);
    CHECK(std::is_sorted(changes.events.begin(), changes.events.end(),
                         [](const auto& a, const auto& b) {
                           return std::tie(a.date, a.kind, a.key) < std::tie(b.date, b.kind, b.key);
                         }));
    const auto again =
        gcsj::changes::compute_changes(checked.registry, {2024, 1, 1}, {2026, 12, 31}, reference);
    REQUIRE(again.events.size() == changes.events.size());
    for (std::size_t i = 0; i < again.events.size(); ++i) {
      CHECK(again.events[i].kind == changes.events[i].kind);
      CHECK(again.events[i].date == changes.events[i].date);
      CHECK(again.events[i].key == changes.events[i].key);
    }
    // The admissions of 2024-02-01 come before the Group's establishment on 2024-06-01; on one
    // date the kinds keep their order: the admission of `late` before the member who left.
    const auto first = changes.events.front();
    CHECK(first.kind == Kind::partner_admitted);
    CHECK(first.date == Date{2024, 2, 1});
    const auto late = std::find_if(changes.events.begin(), changes.events.end(),
                                   [](const auto& e) { return e.key == "late"; });
    REQUIRE(late != changes.events.end());
    CHECK(late->date == Date{2025, 2, 1});
    REQUIRE(late + 1 != changes.events.end());
    CHECK((late + 1)->kind == Kind::member_left);
    CHECK((late + 1)->date == Date{2025, 2, 1});
    const auto count = gcsj::changes::count(changes);
    CHECK(count.admitted == 38);  // the 37 partners of the Group's registry, and `late`
    CHECK(count.group > 0);
    CHECK(gcsj::changes::is_group_event(Kind::seat_filled));
    CHECK_FALSE(gcsj::changes::is_group_event(Kind::action_completed));
  }

  TEST_CASE("a registry without a Group has no balance and no Group events") {
    const auto checked = check_yaml(kGovernment);
    const auto changes = gcsj::changes::compute_changes(
        checked.registry, {2024, 1, 1}, {2025, 1, 1}, gcsj::refdata::ReferenceData::bundled());
    CHECK_FALSE(changes.before);
    CHECK_FALSE(changes.after);
    REQUIRE(changes.events.size() == 1);
    CHECK(changes.events[0].kind == Kind::partner_admitted);
  }
}

TEST_SUITE("changes::changes") {
  TEST_CASE("the counts of a period: one of each sort of partner event, none of the Group") {
    const std::string completed = replace(kGovernment, "    domains: [protection]\n",
                                          "    domains: [protection]\n"
                                          "    status: completed\n"
                                          "    progress:\n"
                                          "      - date: 2025-03-01\n"
                                          "        summary: Law adopted\n");
    const std::string applied =
        replace(replace(replace(replace(kNgo, "id: sample", "id: applicant"), "status: admitted",
                                "status: applied"),
                        "admitted: 2024-02-01\n", ""),
                "declared: 2024-01-15", "declared: 2025-02-01");
    const std::string withdrawn =
        replace(replace(replace(kWorkers, "id: sample", "id: gone"), "status: admitted",
                        "status: withdrawn"),
                "admitted: 2024-02-01\n", "admitted: 2024-02-01\nwithdrawn: 2025-01-01\n");
    const auto checked = check_files({{"partners/sample.yaml", completed},
                                      {"partners/applicant.yaml", applied},
                                      {"partners/gone.yaml", withdrawn}});
    const auto& reference = gcsj::refdata::ReferenceData::bundled();
    const auto count = gcsj::changes::count(
        gcsj::changes::compute_changes(checked.registry, {2024, 12, 31}, {2025, 6, 1}, reference));
    CHECK(count.admitted == 0);
    CHECK(count.withdrew == 1);
    CHECK(count.applications == 1);
    CHECK(count.completed == 1);
    CHECK(count.group == 0);
    const auto year = gcsj::changes::count(
        gcsj::changes::compute_changes(checked.registry, {2024, 1, 1}, {2025, 6, 1}, reference));
    CHECK(year.admitted == 2);
    CHECK(year.withdrew == 1);
    CHECK(year.applications == 1);
    CHECK(year.completed == 1);
  }
}
