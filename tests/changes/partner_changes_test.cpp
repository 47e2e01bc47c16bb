#include <doctest/doctest.h>

#include "changes/changes.hpp"
#include "refdata/reference_data.hpp"
#include "support/check_helpers.hpp"

using namespace gcsj::testing;
using gcsj::changes::Kind;
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

// The government of Kenya (admitted 2024-02-01, declared 2024-01-15), an application declared on
// 2024-03-10, and a workers' organization admitted on 2024-02-01 that withdrew on 2025-01-01.
Checked sample_registry() {
  const std::string applied = replace(replace(replace(replace(kNgo, "id: sample", "id: applicant"),
                                                      "status: admitted", "status: applied"),
                                              "admitted: 2024-02-01\n", ""),
                                      "declared: 2024-01-15", "declared: 2024-03-10");
  const std::string withdrawn = replace(
      replace(replace(kWorkers, "id: sample", "id: gone"), "status: admitted", "status: withdrawn"),
      "admitted: 2024-02-01\n", "admitted: 2024-02-01\nwithdrawn: 2025-01-01\n");
  return check_files({{"partners/sample.yaml", kGovernment},
                      {"partners/applicant.yaml", applied},
                      {"partners/gone.yaml", withdrawn}},
                     Date{2025, 6, 1}, true);
}

}  // namespace

TEST_SUITE("changes::partner_changes") {
  TEST_CASE("an admission carries its category, region, paragraph and location") {
    const auto checked = sample_registry();
    const auto changes = changes_of(checked, {2024, 1, 1}, {2024, 2, 1});
    const auto admitted = of_kind(changes, Kind::partner_admitted);
    REQUIRE(admitted.size() == 2);
    const auto& kenya = *admitted[1];  // sorted by id: gone, sample
    CHECK(kenya.key == "sample");
    CHECK(kenya.date == Date{2024, 2, 1});
    CHECK(kenya.paragraph == "18");
    CHECK(kenya.partner->category->value == gcsj::model::Category::government);
    CHECK(kenya.ilo_region == "Africa");
    CHECK(checked.registry.file(kenya.where.file).path == "partners/sample.yaml");
    CHECK(kenya.where.line == 6);  // admitted: 2024-02-01
    CHECK(kenya.is_public);
    // `gone` withdrew before the period's end: its admission is not public on 2025-06-01.
    const auto later = changes_of(checked, {2024, 1, 1}, {2025, 6, 1});
    const auto both = of_kind(later, Kind::partner_admitted);
    REQUIRE(both.size() == 2);
    CHECK(both[0]->key == "gone");
    CHECK_FALSE(both[0]->is_public);
    CHECK(both[0]->ilo_region.empty());  // an international organization names no country
  }

  TEST_CASE("an admission on FROM is outside the period, one on TO inside") {
    const auto checked = sample_registry();
    CHECK(how_many(checked, {2024, 2, 1}, {2024, 12, 31}, Kind::partner_admitted) == 0);
    CHECK(how_many(checked, {2024, 1, 31}, {2024, 2, 1}, Kind::partner_admitted) == 2);
  }

  TEST_CASE("a withdrawal is dated by its withdrawal, is never public, and is in (FROM, TO]") {
    const auto checked = sample_registry();
    const auto changes = changes_of(checked, {2024, 12, 31}, {2025, 1, 1});
    const auto withdrew = of_kind(changes, Kind::partner_withdrew);
    REQUIRE(withdrew.size() == 1);
    CHECK(withdrew[0]->key == "gone");
    CHECK(withdrew[0]->date == Date{2025, 1, 1});
    CHECK(withdrew[0]->where.line == 7);  // withdrawn: 2025-01-01
    CHECK_FALSE(withdrew[0]->is_public);
    CHECK(how_many(checked, {2025, 1, 1}, {2025, 6, 1}, Kind::partner_withdrew) == 0);
  }

  TEST_CASE("an application declared in the period and undecided on TO is pending") {
    const auto checked = sample_registry();
    const auto changes = changes_of(checked, {2024, 3, 1}, {2025, 6, 1});
    const auto pending = of_kind(changes, Kind::application_pending);
    REQUIRE(pending.size() == 1);
    CHECK(pending[0]->key == "applicant");
    CHECK(pending[0]->date == Date{2024, 3, 10});
    CHECK_FALSE(pending[0]->is_public);
    // Declared on FROM: not in the period.
    CHECK(how_many(checked, {2024, 3, 10}, {2025, 6, 1}, Kind::application_pending) == 0);
    // Kenya declared on 2024-01-15 and was admitted on 2024-02-01: pending on 2024-01-31 only.
    CHECK(how_many(checked, {2024, 1, 1}, {2024, 1, 31}, Kind::application_pending) ==
          2);  // gone and sample, both declared on 2024-01-15
    CHECK(how_many(checked, {2024, 1, 1}, {2024, 2, 1}, Kind::application_pending) == 0);
  }

  TEST_CASE("an action completed in the period is dated by its latest progress (¶17)") {
    const std::string text = replace(kGovernment, "    domains: [protection]\n",
                                     "    domains: [protection]\n"
                                     "    status: completed\n"
                                     "    progress:\n"
                                     "      - date: 2025-03-01\n"
                                     "        summary: Law adopted\n"
                                     "      - date: 2024-11-01\n"
                                     "        summary: Bill tabled\n"
                                     "  - title: Undated\n"
                                     "    domains: [employment]\n"
                                     "    status: completed\n"
                                     "  - title: Ongoing\n"
                                     "    domains: [employment]\n"
                                     "    status: ongoing\n"
                                     "    progress:\n"
                                     "      - date: 2025-03-01\n"
                                     "        summary: Started\n");
    const auto checked = check_yaml(text);
    const auto changes = changes_of(checked, {2025, 2, 28}, {2025, 3, 1});
    const auto completed = of_kind(changes, Kind::action_completed);
    REQUIRE(completed.size() == 1);
    CHECK(completed[0]->date == Date{2025, 3, 1});
    CHECK(completed[0]->paragraph == "17");
    CHECK(completed[0]->action_number == 1);
    CHECK(completed[0]->action->title->value == "Extend social protection");
    CHECK(completed[0]->is_public);
    CHECK(how_many(checked, {2025, 3, 1}, {2025, 6, 1}, Kind::action_completed) == 0);
  }
}
