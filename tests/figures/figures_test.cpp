#include <doctest/doctest.h>

#include "i18n/translator.hpp"

#include "figures/figures.hpp"
#include "refdata/reference_data.hpp"
#include "render/report/progress_report.hpp"
#include "support/check_helpers.hpp"
#include "support/group_fixture.hpp"

using namespace gcsj::testing;
using gcsj::model::Date;

namespace {

const gcsj::refdata::ReferenceData& reference() {
  return gcsj::refdata::ReferenceData::bundled();
}

int count_of(const std::vector<gcsj::figures::Count>& counts, std::string_view key) {
  for (const auto& c : counts)
    if (c.key == key) return c.value;
  FAIL("no count for " << key);
  return -1;
}

// Three partners: admitted (Kenya, admitted 2024-02-01), an application, and a partner withdrawn
// on 2025-01-01.
Checked sample_registry() {
  const std::string admitted = kGovernment;
  const std::string applied = replace(
      replace(replace(kNgo, "id: sample", "id: applicant"), "status: admitted", "status: applied"),
      "admitted: 2024-02-01\n", "");
  const std::string withdrawn = replace(
      replace(replace(kWorkers, "id: sample", "id: gone"), "status: admitted", "status: withdrawn"),
      "admitted: 2024-02-01\n", "admitted: 2024-02-01\nwithdrawn: 2025-01-01\n");
  return check_files({{"partners/sample.yaml", admitted},
                      {"partners/applicant.yaml", applied},
                      {"partners/gone.yaml", withdrawn}},
                     Date{2025, 6, 1}, true);
}

}  // namespace

TEST_SUITE("figures::figures") {
  TEST_CASE("only partners admitted on the date count; applications are counted, not listed") {
    const auto checked = sample_registry();
    CHECK(checked.findings.empty());
    const auto figures =
        gcsj::figures::compute_figures(checked.registry, {Date{2025, 6, 1}}, reference());
    REQUIRE(figures.partners.size() == 1);
    CHECK(figures.partners[0]->id->value == "sample");
    CHECK(figures.applications == 1);
    CHECK(figures.withdrawn == 1);
    CHECK(count_of(figures.actions_by_category, "government") == 1);
    CHECK(count_of(figures.actions_by_category, "workers-organization") == 0);
    CHECK(count_of(figures.partners_by_category, "government") == 1);
    CHECK(count_of(figures.partners_by_category, "workers-organization") == 0);
    CHECK(count_of(figures.partners_by_region, "Africa") == 1);
    // Before the withdrawal, the withdrawn partner was a partner.
    const auto earlier =
        gcsj::figures::compute_figures(checked.registry, {Date{2024, 12, 31}}, reference());
    CHECK(earlier.partners.size() == 2);
    // Before any admission, nobody.
    CHECK(gcsj::figures::compute_figures(checked.registry, {Date{2024, 1, 31}}, reference())
              .partners.empty());
  }

  TEST_CASE("actions count once per domain, priority and SDG they name, and by status") {
    const std::string text = replace(kGovernment, "    domains: [protection]\n",
                                     "    domains: [protection, protection, inequality]\n"
                                     "    priorities: [reducing-inequalities]\n"
                                     "    sdgs: [1, 10]\n"
                                     "    status: completed\n"
                                     "    progress:\n"
                                     "      - date: 2025-03-01\n"
                                     "        summary: Law adopted\n"
                                     "  - title: Second\n"
                                     "    domains: [employment]\n"
                                     "    status: pledged\n");
    const auto checked = check_yaml(text);
    CHECK(checked.findings.empty());
    const auto f = gcsj::figures::compute_figures(
        checked.registry, {Date{2025, 6, 1}, Date{2025, 1, 1}}, reference());
    CHECK(f.actions.size() == 2);
    CHECK(count_of(f.actions_by_domain, "protection") == 1);
    CHECK(count_of(f.actions_by_domain, "inequality") == 1);
    CHECK(count_of(f.actions_by_domain, "employment") == 1);
    CHECK(count_of(f.actions_by_priority, "reducing-inequalities") == 1);
    CHECK(count_of(f.actions_by_sdg, "10") == 1);
    CHECK(count_of(f.actions_by_sdg, "8") == 0);
    CHECK(count_of(f.actions_by_status, "completed") == 1);
    CHECK(count_of(f.actions_by_status, "pledged") == 1);
    CHECK(f.actions_with_progress == 1);
    REQUIRE(f.completed_in_period.size() == 1);
    CHECK(*f.completed_in_period[0].last_progress == Date{2025, 3, 1});
    // The partner was admitted before the period.
    CHECK(f.new_partners.empty());
    const auto later = gcsj::figures::compute_figures(
        checked.registry, {Date{2025, 6, 1}, Date{2025, 4, 1}}, reference());
    CHECK(later.completed_in_period.empty());
  }

  TEST_CASE("the period defaults to the year before the date and finds new partners") {
    const auto checked = check_yaml(kGovernment);
    const auto f =
        gcsj::figures::compute_figures(checked.registry, {Date{2025, 1, 31}}, reference());
    CHECK(f.since == Date{2024, 2, 1});
    REQUIRE(f.new_partners.size() == 1);  // admitted 2024-02-01, the first day of the period
    const auto g =
        gcsj::figures::compute_figures(checked.registry, {Date{2025, 2, 1}}, reference());
    CHECK(g.new_partners.empty());
  }

  TEST_CASE("Markdown output escapes registry text") {
    const auto checked =
        check_yaml(replace(kGovernment, "name: Sample", "name: \"<b>*x*</b> | y\""));
    const auto f = gcsj::figures::compute_figures(
        checked.registry, {Date{2025, 6, 1}, Date{2024, 1, 1}}, reference());
    const std::string markdown = gcsj::render::render_progress_markdown(f);
    CHECK(markdown.find("&lt;b&gt;\\*x\\*&lt;/b&gt; \\| y") != std::string::npos);
    CHECK(markdown.find("<b>") == std::string::npos);
  }

  TEST_CASE("--lang: the report's dates in the language's long form; its labels as terms") {
    const auto checked = check_yaml(kGovernment);
    const auto f = gcsj::figures::compute_figures(
        checked.registry, {Date{2025, 6, 1}, Date{2024, 1, 1}}, reference());
    const auto* french = gcsj::i18n::Translator::of("fr");
    REQUIRE(french);
    const std::string markdown = gcsj::render::render_progress_markdown(f, *french);
    CHECK(markdown.find("1er juin 2025") != std::string::npos);
    CHECK(markdown.find("1er janvier 2024") != std::string::npos);
    const std::string json = gcsj::render::render_progress_json(f, *french);
    CHECK(json.find("\"language\": \"fr\"") != std::string::npos);
    CHECK(json.find("\"as_of\": \"2025-06-01\"") != std::string::npos);
    // Every domain and priority of ¶35/¶36 has a term, in the paragraph's English words.
    for (const auto& count : f.actions_by_domain) CHECK(count.term.msgid == count.label);
    for (const auto& count : f.actions_by_priority) CHECK(count.term.msgid == count.label);
    for (const auto& count : f.partners_by_region) CHECK(count.term.msgid == count.label);
  }
}

// The figures on a date at the edges of partnership: admitted on D counts on D, withdrawn on D
// does not.
TEST_SUITE("figures::figures/boundaries") {
  TEST_CASE("on a withdrawal's own date the partner is withdrawn, not a partner") {
    const auto checked = sample_registry();  // `gone` withdrew on 2025-01-01
    const auto on =
        gcsj::figures::compute_figures(checked.registry, {Date{2025, 1, 1}}, reference());
    REQUIRE(on.partners.size() == 1);
    CHECK(on.partners[0]->id->value == "sample");
    CHECK(on.withdrawn == 1);
    CHECK(on.applications == 1);
    CHECK(count_of(on.partners_by_category, "workers-organization") == 0);
    CHECK(count_of(on.actions_by_category, "workers-organization") == 0);
    CHECK(on.actions.size() == 1);
    // The period up to D holds the withdrawal, and names only the partner still published.
    CHECK(of_kind(on.period, gcsj::changes::Kind::partner_withdrew).size() == 1);
    REQUIRE(on.new_partners.size() == 1);
    CHECK(on.new_partners[0]->id->value == "sample");

    const auto before =
        gcsj::figures::compute_figures(checked.registry, {Date{2024, 12, 31}}, reference());
    CHECK(before.partners.size() == 2);
    CHECK(before.withdrawn == 0);
    CHECK(count_of(before.partners_by_category, "workers-organization") == 1);
    CHECK(before.actions.size() == 2);
    CHECK(of_kind(before.period, gcsj::changes::Kind::partner_withdrew).empty());
    CHECK(before.new_partners.size() == 2);
  }

  TEST_CASE("a partner made public later counts apart until its `published` date, then is new") {
    const auto checked = check_files(
        {{"partners/sample.yaml", kGovernment},
         {"partners/quiet.yaml",
          replace(replace(kEmployers, "id: sample", "id: quiet"), "admitted: 2024-02-01\n",
                  "admitted: 2024-02-01\npublished: 2024-09-01\n")}},
        Date{2025, 6, 1}, true);
    CHECK(checked.findings.empty());
    const auto before =
        gcsj::figures::compute_figures(checked.registry, {Date{2024, 8, 31}}, reference());
    REQUIRE(before.partners.size() == 1);
    CHECK(before.partners[0]->id->value == "sample");
    CHECK(before.unpublished == 1);
    CHECK(before.now.unpublished == 1);
    CHECK(before.applications == 0);
    CHECK(count_of(before.partners_by_category, "employers-organization") == 0);
    CHECK(count_of(before.actions_by_category, "employers-organization") == 0);
    CHECK(before.actions.size() == 1);
    REQUIRE(before.new_partners.size() == 1);  // admitted in the year, public: `sample` only
    CHECK(before.new_partners[0]->id->value == "sample");
    // On its `published` date it is a partner, new in a period that holds that date, even one
    // that starts after its admission.
    const auto on = gcsj::figures::compute_figures(
        checked.registry, {Date{2024, 9, 1}, Date{2024, 9, 1}}, reference());
    CHECK(on.partners.size() == 2);
    CHECK(on.unpublished == 0);
    CHECK(on.start.unpublished == 1);
    REQUIRE(on.new_partners.size() == 1);
    CHECK(on.new_partners[0]->id->value == "quiet");
    const std::string report = gcsj::render::render_progress_markdown(before);
    CHECK(report.find("1 partner admitted is not yet made public (¶18)") != std::string::npos);
    const std::string later = gcsj::render::render_progress_markdown(on);
    CHECK(later.find("- 1 September 2024: Sample (Employers' organization)") != std::string::npos);
    CHECK(later.find("not yet made public") == std::string::npos);
  }

  TEST_CASE("on an admission's own date the partner is a partner, and new in the period") {
    const auto checked = sample_registry();  // `sample` and `gone` admitted on 2024-02-01
    const auto on =
        gcsj::figures::compute_figures(checked.registry, {Date{2024, 2, 1}}, reference());
    CHECK(on.partners.size() == 2);
    CHECK(on.withdrawn == 0);
    CHECK(on.new_partners.size() == 2);
    CHECK(count_of(on.partners_by_region, "Africa") == 1);
    const auto before =
        gcsj::figures::compute_figures(checked.registry, {Date{2024, 1, 31}}, reference());
    CHECK(before.partners.empty());
    CHECK(before.new_partners.empty());
    CHECK(before.withdrawn == 0);
    // On that date `sample` and `gone` had declared their adherence (2024-01-15) and were not
    // admitted yet: three applications were pending, as the registry dates them.
    CHECK(before.applications == 3);
    // A period starting on the admission day holds it; one starting the day after does not.
    CHECK(gcsj::figures::compute_figures(checked.registry, {Date{2024, 6, 1}, Date{2024, 2, 1}},
                                         reference())
              .new_partners.size() == 2);
    CHECK(gcsj::figures::compute_figures(checked.registry, {Date{2024, 6, 1}, Date{2024, 2, 2}},
                                         reference())
              .new_partners.empty());
  }
}

// Tables by region (spec section 2, "Where a partner is based"): refdata::partner_region.
TEST_SUITE("figures::figures/regions") {
  TEST_CASE("an academic institution in Nairobi is in Africa; an international one stays so") {
    const std::string nairobi = replace(kAcademic, "id: sample", "id: nairobi") + "country: KE\n";
    const std::string geneva =
        replace(kInternational, "id: sample", "id: geneva") + "country: CH\n";
    const std::string unstated = replace(kEnterprise, "id: sample", "id: unstated");
    const auto checked = check_files({{"partners/nairobi.yaml", nairobi},
                                      {"partners/geneva.yaml", geneva},
                                      {"partners/unstated.yaml", unstated}},
                                     Date{2025, 6, 1}, true);
    CHECK(checked.findings.empty());
    const auto f =
        gcsj::figures::compute_figures(checked.registry, {Date{2025, 6, 1}}, reference());
    CHECK(count_of(f.partners_by_region, "Africa") == 1);
    CHECK(count_of(f.partners_by_region, "Europe and Central Asia") == 0);
    CHECK(count_of(f.partners_by_region, "Global and international") == 1);
    CHECK(count_of(f.partners_by_region, "Not stated") == 1);
    REQUIRE(f.partners_by_region.size() == 7);
    CHECK(f.partners_by_region.back().key == "Not stated");
    CHECK(gcsj::figures::ilo_region_term("Not stated").msgid == "Not stated");
  }
}

// Each figure on the as-of date beside the same figure at the start of the period: the registry
// on the eve of `since` (figures::State, computed by state_on for both dates).
TEST_SUITE("figures::figures/start of the period") {
  using gcsj::figures::Grid;

  int cell(const Grid& grid, std::string_view row, std::string_view column) {
    for (std::size_t r = 0; r < grid.rows.size(); ++r)
      for (std::size_t c = 0; c < grid.columns.size(); ++c)
        if (grid.rows[r].key == row && grid.columns[c].key == column) return grid.cells[r][c];
    FAIL("no cell " << row << " x " << column);
    return -1;
  }

  TEST_CASE("the start is the eve of `since`: a partner admitted on `since` is in the change") {
    const auto checked = sample_registry();  // `sample` and `gone` admitted on 2024-02-01
    const auto f = gcsj::figures::compute_figures(
        checked.registry, {Date{2024, 6, 1}, Date{2024, 2, 1}}, reference());
    CHECK(f.start.date == Date{2024, 1, 31});
    CHECK(f.now.date == Date{2024, 6, 1});
    CHECK(f.start.partners.empty());
    CHECK(f.now.partners.size() == 2);
    const Grid& now = f.now.partners_by_category_region;
    const Grid& start = f.start.partners_by_category_region;
    CHECK(cell(now, "government", "Africa") == 1);
    CHECK(cell(start, "government", "Africa") == 0);
    CHECK(cell(now, "workers-organization", "Global and international") == 1);
    CHECK(now.total == 2);
    CHECK(start.total == 0);
    // The grid's rows and columns are the report's breakdowns by category and by region.
    CHECK(count_of(f.partners_by_category, "government") == 1);
    CHECK(count_of(f.partners_by_region, "Global and international") == 1);
    // A period starting the day after the admissions has them at its start.
    const auto later = gcsj::figures::compute_figures(
        checked.registry, {Date{2024, 6, 1}, Date{2024, 2, 2}}, reference());
    CHECK(later.start.partners.size() == 2);
    CHECK(later.start.partners_by_category_region.total == 2);
  }

  TEST_CASE("a partner withdrawn in the period counts at the start, not at the end") {
    const auto checked = sample_registry();  // `gone` withdrew on 2025-01-01
    const auto f = gcsj::figures::compute_figures(
        checked.registry, {Date{2025, 6, 1}, Date{2025, 1, 1}}, reference());
    CHECK(f.start.partners.size() == 2);
    CHECK(f.start.withdrawn == 0);
    CHECK(f.now.partners.size() == 1);
    CHECK(f.now.withdrawn == 1);
    CHECK(cell(f.start.partners_by_category_region, "workers-organization",
               "Global and international") == 1);
    CHECK(cell(f.now.partners_by_category_region, "workers-organization",
               "Global and international") == 0);
    // Its action leaves the actions' table with it.
    CHECK(f.start.actions_by_domain_status.total == 2);
    CHECK(f.now.actions_by_domain_status.total == 1);
  }

  TEST_CASE("applications received, admitted and declined in the period; pending at each end") {
    // Declined in the period, received before it: pending at its start.
    const std::string early =
        replace(replace(replace(kNgo, "id: sample", "id: early"), "status: admitted",
                        "status: declined\napplied: 2024-12-01\ndeclined: 2025-03-01"),
                "admitted: 2024-02-01\n", "");
    // Received and declined in the period: never pending at either end.
    const std::string late =
        replace(replace(replace(kNgo, "id: sample", "id: late"), "status: admitted",
                        "status: declined\napplied: 2025-02-01\ndeclined: 2025-04-01"),
                "admitted: 2024-02-01\n", "");
    // Received in the period and still pending.
    const std::string open =
        replace(replace(replace(kNgo, "id: sample", "id: open"), "status: admitted",
                        "status: applied\napplied: 2025-05-01"),
                "admitted: 2024-02-01\n", "");
    const auto checked = check_files({{"partners/early.yaml", early},
                                      {"partners/late.yaml", late},
                                      {"partners/open.yaml", open}},
                                     Date{2025, 6, 1}, true);
    CHECK(checked.findings.empty());
    const auto f = gcsj::figures::compute_figures(
        checked.registry, {Date{2025, 6, 1}, Date{2025, 1, 1}}, reference());
    const auto counts = gcsj::changes::count(f.period);
    CHECK(counts.received == 2);
    CHECK(counts.declined == 2);
    CHECK(counts.admitted == 0);
    CHECK(f.start.applications == 1);
    CHECK(f.now.applications == 1);
    CHECK(f.applications == 1);
    CHECK(f.now.partners.empty());
    // In the JSON, beside the period's counts.
    const std::string json = gcsj::render::render_progress_json(f);
    CHECK(json.find("\"applications_pending_at_start\": 1") != std::string::npos);
    CHECK(json.find("\"applications_pending_at_end\": 1") != std::string::npos);
    CHECK(json.find("\"applications_declined\": 2") != std::string::npos);
  }

  TEST_CASE("actions by domain and status; completed in the period, ongoing at its start") {
    const std::string text = replace(kGovernment, "    domains: [protection]\n",
                                     "    domains: [protection, inequality, protection]\n"
                                     "    status: completed\n"
                                     "    progress:\n"
                                     "      - date: 2025-03-01\n"
                                     "        summary: Law adopted\n"
                                     "  - title: Second\n"
                                     "    domains: [protection]\n");
    const auto checked = check_yaml(text);
    CHECK(checked.findings.empty());
    const auto f = gcsj::figures::compute_figures(
        checked.registry, {Date{2025, 6, 1}, Date{2025, 1, 1}}, reference());
    const Grid& now = f.now.actions_by_domain_status;
    const Grid& start = f.start.actions_by_domain_status;
    CHECK(cell(now, "protection", "completed") == 1);
    CHECK(cell(now, "protection", "pledged") == 1);
    CHECK(cell(now, "inequality", "completed") == 1);
    CHECK(cell(start, "protection", "completed") == 0);
    CHECK(cell(start, "protection", "ongoing") == 1);
    // Each action once in its status's column and in the total, whatever its domains.
    CHECK(now.total == 2);
    CHECK(count_of(now.columns, "completed") == 1);
    CHECK(count_of(now.rows, "protection") == 2);
    CHECK(count_of(now.rows, "inequality") == 1);
    CHECK(count_of(start.columns, "completed") == 0);
    CHECK(count_of(start.columns, "ongoing") == 1);
    CHECK(count_of(f.actions_by_status, "completed") == 1);
  }

  TEST_CASE("the Group by seat at each end, and the meetings held in the period only") {
    auto members = full_group_members();
    member_of(members, "Worker 6").terms = {
        "{start: 2024-06-01, end: 2025-01-31, nominated_by: NOMINATOR}"};
    const auto checked = check_files(group_registry(group_yaml(members)), kGroupAsOf);
    // Meetings on 2024-06-12, 2024-11-07, 2025-03-20 and 2025-10-30.
    const auto f = gcsj::figures::compute_figures(checked.registry, {kGroupAsOf, Date{2024, 11, 8}},
                                                  reference());
    REQUIRE(f.start.composition);
    REQUIRE(f.now.composition);
    const auto& workers_now = f.now.composition->total(gcsj::model::Seat::workers);
    const auto& workers_start = f.start.composition->total(gcsj::model::Seat::workers);
    CHECK(workers_start.filled() == 6);
    CHECK(workers_start.vacancies() == 0);
    CHECK(workers_now.filled() == 5);
    CHECK(workers_now.vacancies() == 1);
    // One on the period's first day is in it; one before it or after the as-of date is not.
    CHECK(f.meetings_in_period == std::vector<Date>{Date{2025, 3, 20}});
    const auto from_meeting = gcsj::figures::compute_figures(
        checked.registry, {kGroupAsOf, Date{2024, 11, 7}}, reference());
    CHECK(from_meeting.meetings_in_period ==
          std::vector<Date>{Date{2024, 11, 7}, Date{2025, 3, 20}});
    const std::string markdown = gcsj::render::render_progress_markdown(f);
    CHECK(markdown.find("### Meetings held in the period (¶24)\n\n- 20 March 2025\n") !=
          std::string::npos);
    CHECK(markdown.find("| Workers' representatives | 25(e) | 6 | 5 | 6 | -1 | 1 | 0 | +1 |") !=
          std::string::npos);
  }
}
