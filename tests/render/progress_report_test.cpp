#include <doctest/doctest.h>

#include <string>

#include "figures/figures.hpp"
#include "i18n/translator.hpp"
#include "refdata/reference_data.hpp"
#include "render/report/progress_report.hpp"
#include "support/group_fixture.hpp"
#include "support/json_reader.hpp"

// The report to the Governing Body (¶44) from a registry read by the real loader: the Markdown's
// sections and tables, and the JSON read back as values.

using namespace gcsj::testing;
using gcsj::model::Date;

namespace {

const gcsj::refdata::ReferenceData& reference() {
  return gcsj::refdata::ReferenceData::bundled();
}

bool has(const std::string& text, const std::string& needle) {
  return text.find(needle) != std::string::npos;
}

// A government with one completed action (progress on 2025-03-01) and one pledged.
std::string partners_only_government() {
  return replace(kGovernment, "    domains: [protection]\n",
                 "    domains: [protection]\n"
                 "    status: completed\n"
                 "    progress:\n"
                 "      - date: 2025-03-01\n"
                 "        summary: Law adopted\n"
                 "  - title: \"Second | *one*\"\n"
                 "    domains: [employment]\n");
}

// A government with one completed action (progress on 2025-03-01) and one pledged, an NGO
// admitted in the period, an application and a withdrawn partner.
Checked partners_only() {
  const std::string government = partners_only_government();
  const std::string newcomer = replace(replace(kNgo, "id: sample", "id: newcomer"),
                                       "admitted: 2024-02-01", "admitted: 2025-02-01");
  const std::string applicant = replace(replace(replace(kAcademic, "id: sample", "id: applicant"),
                                                "status: admitted", "status: applied"),
                                        "admitted: 2024-02-01\n", "");
  const std::string gone =
      replace(replace(replace(kEnterprise, "id: sample", "id: gone"), "status: admitted",
                      "status: withdrawn"),
              "admitted: 2024-02-01\n", "admitted: 2024-02-01\nwithdrawn: 2025-01-15\n");
  return check_files({{"partners/sample.yaml", government},
                      {"partners/newcomer.yaml", newcomer},
                      {"partners/applicant.yaml", applicant},
                      {"partners/gone.yaml", gone}});
}

gcsj::figures::Figures figures_of(const Checked& checked, Date as_of = Date{2025, 6, 1},
                                  long renewal_days = gcsj::figures::kDefaultRenewalDays) {
  return gcsj::figures::compute_figures(checked.registry, {as_of, Date{2025, 1, 1}, renewal_days},
                                        reference());
}

// The full Group without Worker 6: one workers' seat vacant.
Checked group_with_a_vacancy() {
  auto members = full_group_members();
  std::erase_if(members, [](const GroupMember& m) { return m.name == "Worker 6"; });
  return check_files(group_registry(group_yaml(members)), kGroupAsOf);
}

}  // namespace

TEST_SUITE("render::progress_report") {
  TEST_CASE("Markdown: partners counted, the period's admissions and completed actions named") {
    const auto checked = partners_only();
    const std::string md = gcsj::render::render_progress_markdown(figures_of(checked));
    CHECK(
        md.starts_with("# Global Coalition for Social Justice: progress report\n\nAs of 1 June "
                       "2025; the period runs from 1 January 2025 to 1 June 2025."));
    CHECK(has(md,
              "\n## Partners (¶19)\n\n2 partners; 1 application under review; 1 partner "
              "withdrawn.\n"));
    CHECK(has(md,
              "the Governing Body on the progress of the Coalition (¶44). The tables of "
              "partners, applications, actions by domain and the Coordinating Group's seats "
              "give the figures on 1 June 2025 beside those at the start of the period, as the "
              "registry stood on 31 December 2024, the eve of the period, and the change.\n"));
    // Categories by region, each total beside the same at the start of the period (the eve of
    // 2025-01-01: `gone` had not withdrawn, `newcomer` was not admitted) and the change.
    CHECK(has(md,
              "\n### By category (¶19) and region\n\nA partner acting in one country is counted "));
    CHECK(has(md,
              "| Category | Africa | Americas | Arab States | Asia and the Pacific | Europe and "
              "Central Asia | Global and international | Not stated | Total | At the start | "
              "Change |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"));
    CHECK(has(md, "| Governments | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 1 | 1 | 0 |\n"));
    CHECK(has(md, "| Non-governmental organizations | 0 | 0 | 0 | 0 | 0 | 1 | 0 | 1 | 0 | +1 |\n"));
    CHECK(has(md, "| Enterprises | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 1 | -1 |\n"));
    CHECK(has(md,
              "| All partners | 1 | 0 | 0 | 0 | 0 | 1 | 0 | 2 | 2 | 0 |\n"
              "| At the start | 1 | 0 | 0 | 0 | 0 | 0 | 1 | 2 |  |  |\n"
              "| Change | 0 | 0 | 0 | 0 | 0 | +1 | -1 | 0 |  |  |\n"));
    // Applications: pending at each end, received, admitted and declined in the period.
    CHECK(has(md,
              "| Pending at the start of the period | 2 |\n| Received in the period | 0 |\n"
              "| Partners admitted in the period | 1 |\n| Declined in the period | 0 |\n"
              "| Pending at the end of the period | 1 |\n"));
    // Actions by domain and status: the completed one was ongoing on the eve of the period.
    CHECK(has(md, "| Domain | Pledged | Ongoing | Completed | Total | At the start | Change |\n"));
    CHECK(has(md, "| Providing protection and building resilience | 1 | 0 | 1 | 2 | 2 | 0 |\n"));
    CHECK(has(md,
              "| All actions | 2 | 0 | 1 | 3 | 3 | 0 |\n"
              "| At the start | 2 | 1 | 0 | 3 |  |  |\n"));
    CHECK(has(md, "3 actions; 1 (33%) with progress shared."));
    CHECK(has(
        md,
        "\n### New partners (1)\n\n- 1 February 2025: Sample (Non-governmental organization)\n"));
    CHECK(has(md,
              "\n### Actions completed in the period (1)\n\n- 1 March 2025: Extend social "
              "protection, Sample\n"));
    // Registry text is Markdown-escaped in tables and lists alike.
    CHECK_FALSE(has(md, "*one*"));
    CHECK(has(md,
              "\n## The Coordinating Group (¶21-26)\n\nThe registry holds no Coordinating "
              "Group.\n"));
  }

  TEST_CASE("Markdown: the seat table, its totals and the chairs of each row") {
    const auto checked = group_with_a_vacancy();
    const std::string md = gcsj::render::render_progress_markdown(figures_of(checked, kGroupAsOf));
    CHECK(has(md,
              "| Seat | ¶ | Seats | Sitting | At the start | Change | Vacant | At the start | "
              "Change | Chairs |\n"));
    // The Group was established on 2024-06-01, before the period (from 2025-01-01).
    CHECK(has(md,
              "| Workers' representatives | 25(e) | 6 | 5 | 5 | 0 | 1 | 1 | 0 | Worker 1 "
              "(Vice-Chairperson) |\n"));
    CHECK(has(md,
              "| Representatives of partner organizations of the UN system | 25(h) | up to 2 | "
              "2 | 2 | 0 | 0 | 0 | 0 |  |\n"));
    CHECK(has(md,
              "| Government representatives | 25(c) | 12 | 12 | 12 | 0 | 0 | 0 | 0 | Gov br "
              "(Co-Chairperson) |"));
    CHECK(has(md,
              "\n33 of 34 seats filled, 1 vacant.\n\nAt the start of the period: 33 of 34 "
              "seats filled, 1 vacant.\n"));
    // The fixture's meetings: 2025-03-20 in the period, 2024-06-12, 2024-11-07 before it and
    // 2025-10-30 after the as-of date.
    CHECK(has(md, "\n### Meetings held in the period (¶24)\n\n- 20 March 2025\n"));
    // No term ends within 180 days of 2025-06-01 (all end on 2026-05-31).
    CHECK(has(md, "### Terms ending within 180 days (¶23)\n\nNone.\n"));
  }

  TEST_CASE("Markdown: terms ending within the window, renewable on the proposal of their body") {
    const auto checked = group_with_a_vacancy();
    const std::string md =
        gcsj::render::render_progress_markdown(figures_of(checked, kGroupAsOf, 400));
    CHECK(has(md,
              "### Terms ending within 400 days (¶23)\n\n| Ends | Member | Seat | Term | "
              "Renewal |\n"));
    CHECK(has(md,
              "| 2026-05-31 | Worker 1 | Workers' representatives | first | renewable on the "
              "proposal of "));
  }

  TEST_CASE("Markdown: a term whose partner withdraws, and one whose renewal is recorded") {
    auto members = full_group_members();
    member_of(members, "Worker 3").terms = {"{start: 2024-06-01, nominated_by: NOMINATOR}",
                                            "{start: 2026-06-01, nominated_by: NOMINATOR}"};
    auto files = group_registry(group_yaml(members));
    auto& ngo = partner_file(files, "ngo");
    ngo.text =
        replace(ngo.text, "admitted: 2024-02-01", "admitted: 2024-02-01\nwithdrawn: 2025-12-01");
    const auto checked = check_files(files, kGroupAsOf);
    const std::string md =
        gcsj::render::render_progress_markdown(figures_of(checked, kGroupAsOf, 400));
    CHECK(has(md, "| 2025-11-30 | NGO Rep | "));
    CHECK(has(md, "| not renewable (its partner withdraws) |"));
    CHECK(has(md, "| Worker 3 | Workers' representatives | first | renewal recorded |"));
  }

  TEST_CASE(
      "Markdown: completed actions without a dated progress entry, said without contradiction") {
    const std::string undated = replace(kGovernment, "    domains: [protection]\n",
                                        "    domains: [protection]\n    status: completed\n");
    const auto none = check_yaml(undated);
    const std::string md = gcsj::render::render_progress_markdown(figures_of(none));
    CHECK(has(md,
              "\n### Actions completed in the period (0)\n\n1 action is recorded as completed, "
              "but without a dated progress entry: when it was completed is not known, so it is "
              "counted in no period.\n"));
    CHECK_FALSE(has(md, "in the period (0)\n\nNone."));
    // Beside an action dated in the period, the others are "other" actions.
    const auto both =
        check_files({{"partners/sample.yaml", partners_only_government()},
                     {"partners/other.yaml", replace(replace(undated, "id: sample", "id: other"),
                                                     "country: KE", "country: GH")}});
    const std::string md2 = gcsj::render::render_progress_markdown(figures_of(both));
    CHECK(has(md2,
              "\n### Actions completed in the period (1)\n\n- 1 March 2025: Extend social "
              "protection, Sample\n\n1 other action is recorded as completed, but without a "
              "dated progress entry: when it was completed is not known, so it is counted in no "
              "period.\n"));
  }

  TEST_CASE("in French and Spanish: partners named by name_fr / name_es, actions by their titles") {
    const std::string government =
        replace(replace(partners_only_government(), "name: Sample\n",
                        "name: Sample\nname_fr: Exemple\nname_es: Ejemplo\n"),
                "  - title: Extend social protection\n",
                "  - title: Extend social protection\n    title_fr: Étendre la protection "
                "sociale\n");
    const auto checked = check_files({{"partners/sample.yaml", government}});
    const auto f = figures_of(checked);
    const std::string fr =
        gcsj::render::render_progress_markdown(f, *gcsj::i18n::Translator::of("fr"));
    CHECK(has(fr, ": Étendre la protection sociale, Exemple\n"));
    const std::string es =
        gcsj::render::render_progress_markdown(f, *gcsj::i18n::Translator::of("es"));
    CHECK(has(es, ": Extend social protection, Ejemplo\n"));
    const std::string en = gcsj::render::render_progress_markdown(f);
    CHECK(has(en, ": Extend social protection, Sample\n"));
    // The JSON keeps the name as the registry writes it.
    const Json json =
        parse_json(gcsj::render::render_progress_json(f, *gcsj::i18n::Translator::of("fr")));
    CHECK(json["period"]["completed_actions"][0]["title"].str() == "Extend social protection");
  }

  TEST_CASE("JSON: the tables by two keys and the figures at the start of the period") {
    const auto checked = partners_only();
    const Json json = parse_json(gcsj::render::render_progress_json(figures_of(checked)));
    const Json& grid = json["partners"]["by_category_region"];
    CHECK(grid["rows"].size() == 8);
    CHECK(grid["columns"].size() == 7);
    CHECK(grid["cells"].size() == 8);
    CHECK(grid["cells"][0].size() == 7);
    CHECK(grid["cells"][0][0].integer() == 1);  // a government in Africa
    CHECK(grid["total"].integer() == 2);
    CHECK(json["actions"]["by_domain_status"]["total"].integer() == 3);
    // `newcomer` (admitted on 2025-02-01) had declared its adherence and awaited a decision.
    CHECK(json["period"]["applications_pending_at_start"].integer() == 2);
    CHECK(json["period"]["applications_pending_at_end"].integer() == 1);
    CHECK(json["period"]["group_meetings"].size() == 0);
    const Json& start = json["start"];
    CHECK(start["date"].str() == "2024-12-31");
    CHECK(start["partners"]["admitted"].integer() == 2);
    CHECK(start["partners"]["withdrawn"].integer() == 0);
    CHECK(start["partners"]["by_category_region"]["total"].integer() == 2);
    CHECK(start["actions"]["total"].integer() == 3);
    CHECK(start["group"].is_null());
  }

  TEST_CASE("JSON: the same figures as values") {
    const auto checked = partners_only();
    const Json json = parse_json(gcsj::render::render_progress_json(figures_of(checked)));
    CHECK(json["as_of"].str() == "2025-06-01");
    CHECK(json["since"].str() == "2025-01-01");
    CHECK(json["language"].str() == "en");
    CHECK(json["partners"]["admitted"].integer() == 2);
    CHECK(json["partners"]["applications"].integer() == 1);
    CHECK(json["partners"]["withdrawn"].integer() == 1);
    const Json& by_category = json["partners"]["by_category"];
    REQUIRE(by_category.size() == 8);
    long total = 0;
    for (const Json& c : by_category.items) {
      CHECK(c.keys() == std::vector<std::string>{"key", "label", "count"});
      total += c["count"].integer();
    }
    CHECK(total == 2);
    CHECK(json["actions"]["total"].integer() == 3);
    CHECK(json["actions"]["with_progress"].integer() == 1);
    CHECK(json["actions"]["without_progress"].integer() == 2);
    REQUIRE(json["period"]["new_partners"].size() == 1);
    CHECK(json["period"]["new_partners"][0]["id"].str() == "newcomer");
    CHECK(json["period"]["new_partners"][0]["admitted"].str() == "2025-02-01");
    REQUIRE(json["period"]["completed_actions"].size() == 1);
    CHECK(json["period"]["completed_actions"][0]["title"].str() == "Extend social protection");
    CHECK(json["period"]["completed_actions"][0]["last_progress"].str() == "2025-03-01");
    CHECK(json["period"]["completed_undated"].integer() == 0);
    CHECK(json["group"].is_null());
  }

  TEST_CASE("JSON: seats, their totals, and the renewals with who proposes them") {
    const auto checked = group_with_a_vacancy();
    const Json json =
        parse_json(gcsj::render::render_progress_json(figures_of(checked, kGroupAsOf, 400)));
    const Json& group = json["group"];
    REQUIRE(group["seats"].size() == 12);
    const Json& workers = group["seats"][4];
    CHECK(workers["seat"].str() == "workers");
    CHECK(workers["paragraph"].str() == "25(e)");
    CHECK(workers["capacity"].integer() == 6);
    CHECK(workers["sitting"].integer() == 5);
    CHECK(workers["vacancies"].integer() == 1);
    CHECK(workers["chairs"].integer() == 1);
    CHECK(json["start"]["group"]["seats"][4]["sitting"].integer() == 5);
    CHECK(json["start"]["group"]["summary"]["filled"].integer() == 33);
    CHECK(group["summary"]["seats"].integer() == 34);
    CHECK(group["summary"]["filled"].integer() == 33);
    CHECK(group["summary"]["vacant"].integer() == 1);
    CHECK(group["renewal_window_days"].integer() == 400);
    // Every sitting member but the Director-General has a term ending on 2026-05-31.
    REQUIRE(group["renewals"].size() == 32);
    for (const Json& row : group["renewals"].items) {
      CHECK(row["term_end"].str() == "2026-05-31");
      CHECK(row["term"].integer() == 1);
      CHECK(row["renewable"].boolean);
    }
    for (const Json& row : group["renewals"].items)
      if (row["member"].str() == "Worker 1") CHECK(row["proposed_by"].str() == "workers-group");
  }

  TEST_CASE("in French: words and dates translated, JSON keys and values kept") {
    const auto checked = partners_only();
    const auto* french = gcsj::i18n::Translator::of("fr");
    REQUIRE(french != nullptr);
    const auto f = figures_of(checked);
    const std::string md = gcsj::render::render_progress_markdown(f, *french);
    CHECK_FALSE(has(md, "progress report"));
    CHECK(has(md, "1er février 2025"));
    CHECK(has(md, "33\u00a0%"));
    const Json json = parse_json(gcsj::render::render_progress_json(f, *french));
    CHECK(json["language"].str() == "fr");
    CHECK(json["period"]["new_partners"][0]["admitted"].str() == "2025-02-01");
    const Json english = parse_json(gcsj::render::render_progress_json(f));
    CHECK(json["partners"]["by_category"][0]["key"].str() ==
          english["partners"]["by_category"][0]["key"].str());
    CHECK(json["partners"]["by_category"][0]["label"].str() !=
          english["partners"]["by_category"][0]["label"].str());
  }
}
