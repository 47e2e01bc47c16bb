#include <doctest/doctest.h>

#include "i18n/translator.hpp"

#include "figures/figures.hpp"
#include "refdata/reference_data.hpp"
#include "render/report/progress_report.hpp"
#include "support/check_helpers.hpp"

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
    CHECK(before.applications == 1);
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
