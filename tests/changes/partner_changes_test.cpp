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
    CHECK(both[0]->international);
    CHECK_FALSE(kenya.international);
  }

  TEST_CASE("an admission's region is the one tables count it in, whatever the headquarters") {
    // an international workers' organization based in Belgium, an academic institution in
    // Nairobi, an enterprise that names no country
    const std::string brussels = replace(kWorkers, "id: sample", "id: brussels") + "country: BE\n";
    const std::string nairobi = replace(kAcademic, "id: sample", "id: nairobi") + "country: KE\n";
    const std::string unstated = replace(kEnterprise, "id: sample", "id: unstated");
    const auto checked = check_files({{"partners/brussels.yaml", brussels},
                                      {"partners/nairobi.yaml", nairobi},
                                      {"partners/unstated.yaml", unstated}},
                                     Date{2025, 6, 1}, true);
    const auto changes = changes_of(checked, {2024, 1, 1}, {2024, 2, 1});
    const auto admitted = of_kind(changes, Kind::partner_admitted);
    REQUIRE(admitted.size() == 3);  // by id
    CHECK(admitted[0]->ilo_region.empty());
    CHECK(admitted[0]->international);
    CHECK(admitted[1]->ilo_region == "Africa");
    CHECK_FALSE(admitted[1]->international);
    CHECK(admitted[2]->ilo_region.empty());
    CHECK_FALSE(admitted[2]->international);
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

  TEST_CASE("applications received and declined in the period are counted, never events") {
    const std::string declined =
        replace(replace(replace(kNgo, "id: sample", "id: refused"),
                        "status: admitted\nadmitted: 2024-02-01",
                        "status: declined\napplied: 2024-01-20\ndeclined: 2024-04-02"),
                "declared: 2024-01-15", "declared: 2024-01-16");
    const std::string received =
        replace(kGovernment, "admitted: 2024-02-01", "admitted: 2024-02-01\napplied: 2024-01-18");
    const auto checked = check_files(
        {{"partners/sample.yaml", received}, {"partners/refused.yaml", declined}}, {2025, 6, 1});
    REQUIRE(checked.findings.empty());
    const auto year = changes_of(checked, {2024, 1, 1}, {2024, 12, 31});
    CHECK(year.applications_received == 2);
    CHECK(year.applications_declined == 1);
    const auto counts = count(year);
    CHECK(counts.received == 2);
    CHECK(counts.admitted == 1);
    CHECK(counts.declined == 1);
    for (const auto& change : year.events) CHECK(change.key != "refused");
    // Declared in the period, declined by TO: no longer pending; before the decision, pending.
    CHECK(how_many(checked, {2024, 1, 1}, {2024, 4, 2}, Kind::application_pending) == 0);
    // Before the decision it was pending: counted, but never named, since it is declined now.
    CHECK(how_many(checked, {2024, 1, 1}, {2024, 4, 1}, Kind::application_pending) == 0);
    const auto before_decision = changes_of(checked, {2024, 1, 1}, {2024, 4, 1});
    CHECK(before_decision.applications_pending_declined_later == 1);
    CHECK(count(before_decision).applications == 1);
    for (const auto& change : before_decision.events) CHECK(change.key != "refused");
    // Received on FROM: outside the period, like any event.
    const auto after = changes_of(checked, {2024, 1, 20}, {2024, 12, 31});
    CHECK(after.applications_received == 0);
    CHECK(after.applications_declined == 1);
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

namespace {

// kNgo as partner `id`: `status`, adherence declared on `declared`, admitted and withdrawn on the
// dates given (no key for an empty one).
TestFile ngo_partner(const std::string& id, const std::string& status, const std::string& declared,
                     const std::string& admitted, const std::string& withdrawn = "") {
  std::string dates;
  if (!admitted.empty()) dates += "admitted: " + admitted + "\n";
  if (!withdrawn.empty()) dates += "withdrawn: " + withdrawn + "\n";
  const std::string text = replace(replace(replace(replace(kNgo, "id: sample", "id: " + id),
                                                   "status: admitted", "status: " + status),
                                           "admitted: 2024-02-01\n", dates),
                                   "declared: 2024-01-15", "declared: " + declared);
  return {"partners/" + id + ".yaml", text};
}

std::vector<std::string> keys_of(const gcsj::changes::Changes& changes, Kind kind) {
  std::vector<std::string> keys;
  for (const auto* change : of_kind(changes, kind)) keys.push_back(change->key);
  return keys;
}

}  // namespace

// Each period's first day (FROM excluded) and last day (TO included), at each partner's edges.
TEST_SUITE("changes::partner_changes/boundaries") {
  TEST_CASE(
      "an application withdrawn before it was ever admitted is no change; it was pending "
      "up to the day before") {
    const auto checked =
        check_files({ngo_partner("dropped", "withdrawn", "2024-03-10", "", "2024-05-01")});
    CHECK(changes_of(checked, {2024, 4, 30}, {2024, 5, 1}).events.empty());
    CHECK(how_many(checked, {2024, 1, 1}, {2024, 12, 31}, Kind::partner_withdrew) == 0);
    CHECK(how_many(checked, {2024, 1, 1}, {2024, 12, 31}, Kind::partner_admitted) == 0);
    CHECK(keys_of(changes_of(checked, {2024, 3, 1}, {2024, 4, 30}), Kind::application_pending) ==
          std::vector<std::string>{"dropped"});
    CHECK(how_many(checked, {2024, 3, 1}, {2024, 5, 1}, Kind::application_pending) == 0);
  }

  TEST_CASE(
      "admitted and withdrawn on one day is neither an admission nor a withdrawal; "
      "withdrawn the day after, both") {
    const auto checked = check_files(
        {ngo_partner("same-day", "withdrawn", "2024-03-10", "2024-05-01", "2024-05-01"),
         ngo_partner("next-day", "withdrawn", "2024-03-10", "2024-05-01", "2024-05-02")});
    const auto changes = changes_of(checked, {2024, 4, 30}, {2024, 5, 2});
    CHECK(keys_of(changes, Kind::partner_admitted) == std::vector<std::string>{"next-day"});
    CHECK(keys_of(changes, Kind::partner_withdrew) == std::vector<std::string>{"next-day"});
    // The withdrawal of a partner admitted the day before, alone in a one-day period.
    const auto last_day = changes_of(checked, {2024, 5, 1}, {2024, 5, 2});
    REQUIRE(last_day.events.size() == 1);
    CHECK(last_day.events[0].kind == Kind::partner_withdrew);
    CHECK(last_day.events[0].date == Date{2024, 5, 2});
  }

  TEST_CASE(
      "an application is pending on TO until the day before its admission; declared on "
      "TO, it is pending") {
    const auto checked = check_files({ngo_partner("late", "admitted", "2024-03-10", "2024-06-01")});
    CHECK(keys_of(changes_of(checked, {2024, 3, 1}, {2024, 5, 31}), Kind::application_pending) ==
          std::vector<std::string>{"late"});
    const auto decided = changes_of(checked, {2024, 3, 1}, {2024, 6, 1});
    CHECK(of_kind(decided, Kind::application_pending).empty());
    CHECK(keys_of(decided, Kind::partner_admitted) == std::vector<std::string>{"late"});
    const auto declared = changes_of(checked, {2024, 3, 9}, {2024, 3, 10});
    REQUIRE(of_kind(declared, Kind::application_pending).size() == 1);
    CHECK(of_kind(declared, Kind::application_pending)[0]->date == Date{2024, 3, 10});
  }

  TEST_CASE(
      "a partner withdrawn on TO has no completed action in the period; withdrawn the day "
      "after TO, it has") {
    const std::string completed = replace(kGovernment, "    domains: [protection]\n",
                                          "    domains: [protection]\n"
                                          "    status: completed\n"
                                          "    progress:\n"
                                          "      - date: 2025-03-01\n"
                                          "        summary: Law adopted\n");
    const auto checked = check_yaml(
        replace(replace(completed, "status: admitted", "status: withdrawn"),
                "admitted: 2024-02-01\n", "admitted: 2024-02-01\nwithdrawn: 2025-04-01\n"));
    CHECK(how_many(checked, {2025, 2, 28}, {2025, 3, 31}, Kind::action_completed) == 1);
    CHECK(how_many(checked, {2025, 2, 28}, {2025, 4, 1}, Kind::action_completed) == 0);
  }

  TEST_CASE("a partner made public after its admission is told on its `published` date") {
    // Admitted on 2024-02-01 (line 6), made public on 2024-06-01 (line 7).
    const auto checked = check_yaml(replace(kGovernment, "admitted: 2024-02-01\n",
                                            "admitted: 2024-02-01\npublished: 2024-06-01\n"));
    CHECK(checked.findings.empty());
    // Admitted in the period, not public on TO: the admission is there, never public.
    const auto quiet = changes_of(checked, {2024, 1, 1}, {2024, 5, 31});
    REQUIRE(of_kind(quiet, Kind::partner_admitted).size() == 1);
    CHECK_FALSE(of_kind(quiet, Kind::partner_admitted)[0]->is_public);
    CHECK_FALSE(of_kind(quiet, Kind::partner_admitted)[0]->partner_public);
    CHECK(of_kind(quiet, Kind::partner_published).empty());
    // Admitted and made public in the period: the publication tells it, the admission does not.
    const auto both = changes_of(checked, {2024, 1, 1}, {2024, 12, 31});
    REQUIRE(of_kind(both, Kind::partner_admitted).size() == 1);
    CHECK_FALSE(of_kind(both, Kind::partner_admitted)[0]->is_public);
    CHECK(of_kind(both, Kind::partner_admitted)[0]->partner_public);
    const auto published = of_kind(both, Kind::partner_published);
    REQUIRE(published.size() == 1);
    CHECK(published[0]->date == Date{2024, 6, 1});
    CHECK(published[0]->is_public);
    CHECK(published[0]->paragraph == "18");
    CHECK(published[0]->where.line == 7);
    CHECK(published[0]->ilo_region == "Africa");
    // Admitted before the period, made public in it: only the publication.
    const auto later = changes_of(checked, {2024, 5, 31}, {2024, 6, 1});
    CHECK(of_kind(later, Kind::partner_admitted).empty());
    REQUIRE(of_kind(later, Kind::partner_published).size() == 1);
    CHECK(of_kind(later, Kind::partner_published)[0]->is_public);
    const auto counts = gcsj::changes::count(later);
    CHECK(counts.published == 1);
    CHECK(counts.admitted == 0);
    CHECK(gcsj::changes::is_new_partner(Kind::partner_published));
    CHECK_FALSE(gcsj::changes::is_group_event(Kind::partner_published));
  }

  TEST_CASE("`published` on or before the admission, or none: admission is publication") {
    for (const std::string_view published : {"", "published: 2024-02-01\n"}) {
      const auto checked = check_yaml(replace(kGovernment, "admitted: 2024-02-01\n",
                                              "admitted: 2024-02-01\n" + std::string(published)));
      const auto changes = changes_of(checked, {2024, 1, 1}, {2024, 12, 31});
      REQUIRE(of_kind(changes, Kind::partner_admitted).size() == 1);
      CHECK(of_kind(changes, Kind::partner_admitted)[0]->is_public);
      CHECK(of_kind(changes, Kind::partner_published).empty());
    }
  }

  TEST_CASE("a partner withdrawn before its `published` date is never made public") {
    const std::string text = replace(
        replace(kGovernment, "status: admitted", "status: withdrawn"), "admitted: 2024-02-01\n",
        "admitted: 2024-02-01\nwithdrawn: 2024-04-01\npublished: 2024-06-01\n");
    const auto changes = changes_of(check_yaml(text), {2024, 1, 1}, {2024, 12, 31});
    CHECK(of_kind(changes, Kind::partner_published).empty());
    for (const auto& change : changes.events) CHECK_FALSE(change.is_public);
  }

  TEST_CASE("a partner's completed action is not public before its `published` date") {
    const std::string text =
        replace(replace(kGovernment, "admitted: 2024-02-01\n",
                        "admitted: 2024-02-01\npublished: 2025-06-01\n"),
                "    domains: [protection]\n",
                "    domains: [protection]\n    status: completed\n    progress:\n"
                "      - date: 2025-03-01\n        summary: Law adopted\n");
    const auto checked = check_yaml(text);
    const auto before = changes_of(checked, {2025, 1, 1}, {2025, 5, 31});
    REQUIRE(of_kind(before, Kind::action_completed).size() == 1);
    CHECK_FALSE(of_kind(before, Kind::action_completed)[0]->is_public);
    const auto after = changes_of(checked, {2025, 1, 1}, {2025, 6, 1});
    REQUIRE(of_kind(after, Kind::action_completed).size() == 1);
    CHECK(of_kind(after, Kind::action_completed)[0]->is_public);
  }
}
