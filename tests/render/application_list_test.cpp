#include <doctest/doctest.h>

#include <string>

#include "render/list/application_list.hpp"
#include "support/check_helpers.hpp"
#include "support/json_reader.hpp"

// `gcsj list applications` from a registry read by the real loader and judged by the real rules:
// the queue's order, its open findings and next steps, the decisions, CSV and JSON.

using namespace gcsj::testing;
using gcsj::model::Date;
using gcsj::render::application_rows;
using gcsj::render::ApplicationFilter;
using gcsj::render::ApplicationFormat;
using gcsj::render::NextStep;
using gcsj::render::render_application_list;

namespace {

std::string pending(const std::string& base, const std::string& id, const std::string& applied) {
  std::string text = replace(
      replace(replace(base, "id: sample", "id: " + id), "status: admitted", "status: applied"),
      "admitted: 2024-02-01\n", applied.empty() ? "" : "applied: " + applied + "\n");
  return text;
}

// Four applications and a partner: `late` received last, `early` first but with an error (an NGO
// with no accreditation route), `undated` without `applied` (declared 2024-01-15), `gone`
// declined, and `member` admitted.
Checked registry() {
  const std::string no_route =
      replace(kNgo, "accreditation:\n  ecosoc: special\n", "accreditation:\n  evidence: none\n");
  std::string gone =
      replace(replace(kAcademic, "id: sample", "id: gone"), "status: admitted", "status: declined");
  gone = replace(gone, "admitted: 2024-02-01\n",
                 "applied: 2024-03-01\ndeclined: 2024-05-31\ndecision: \"=not now\"\n");
  return check_files({{"partners/late.yaml", pending(kAcademic, "late", "2024-04-01")},
                      {"partners/early.yaml", pending(no_route, "early", "2024-02-10")},
                      {"partners/undated.yaml", pending(kGovernment, "undated", "")},
                      {"partners/gone.yaml", gone},
                      {"partners/member.yaml", replace(kNgo, "id: sample", "id: member")}});
}

const Date kAsOf{2024, 6, 1};

}  // namespace

TEST_SUITE("render::application_list") {
  TEST_CASE("the queue: pending only, oldest first by applied else declared, days waiting") {
    const auto checked = registry();
    const auto rows = application_rows(checked.registry, checked.findings, kAsOf, {});
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].id == "undated");  // declared 2024-01-15
    CHECK(rows[1].id == "early");
    CHECK(rows[2].id == "late");
    CHECK(rows[0].days_waiting == 138);
    CHECK(rows[1].days_waiting == 112);
    CHECK(rows[2].days_waiting == 61);
  }

  TEST_CASE("open findings as validate gives them, and what each needs next") {
    auto checked = registry();
    auto rows = application_rows(checked.registry, checked.findings, kAsOf, {});
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].errors >= 1);
    CHECK(rows[1].next == NextStep::fix_errors);
    CHECK(rows[2].errors == 0);
    CHECK(rows[2].next == NextStep::decide);
    // A waiver of every error of `early`: the decision waits on the first expiry.
    for (auto& f : checked.findings)
      if (f.subject.partner == "early")
        f.waived = gcsj::findings::Waiver{"certificate awaited", "Head", "2024-09-30"};
    rows = application_rows(checked.registry, checked.findings, kAsOf, {});
    CHECK(rows[1].errors == 0);
    CHECK(rows[1].waived >= 1);
    CHECK(rows[1].waiver_expires == Date{2024, 9, 30});
    CHECK(rows[1].next == NextStep::decide_waiver);
    const std::string text = render_application_list(rows, kAsOf, {}, ApplicationFormat::text);
    CHECK(text.find("decision pending: waiver expires 30 September 2024") != std::string::npos);
  }

  TEST_CASE("received after the as-of date: not yet in the queue; --since keeps later ones") {
    const auto checked = registry();
    CHECK(application_rows(checked.registry, checked.findings, Date{2024, 3, 1}, {}).size() == 2);
    ApplicationFilter since;
    since.since = Date{2024, 2, 10};
    const auto rows = application_rows(checked.registry, checked.findings, kAsOf, since);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].id == "early");
  }

  TEST_CASE("declined: the decisions, with days to decision and the decision text") {
    const auto checked = registry();
    ApplicationFilter declined;
    declined.status = gcsj::model::Status::declined;
    const auto rows = application_rows(checked.registry, checked.findings, kAsOf, declined);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].id == "gone");
    CHECK(rows[0].days_to_decision == 91);
    CHECK(rows[0].next == NextStep::none);
    const Json json =
        parse_json(render_application_list(rows, kAsOf, declined, ApplicationFormat::json));
    CHECK(json["status"].str() == "declined");
    CHECK(json["applications"][0]["declined"].str() == "2024-05-31");
    CHECK(json["applications"][0]["decision"].str() == "=not now");
    declined.since = Date{2024, 6, 1};
    CHECK(application_rows(checked.registry, checked.findings, kAsOf, declined).empty());
  }

  TEST_CASE("CSV: RFC 4180 with a header, formula cells guarded") {
    const auto checked = registry();
    ApplicationFilter declined;
    declined.status = gcsj::model::Status::declined;
    const auto rows = application_rows(checked.registry, checked.findings, kAsOf, declined);
    const std::string csv = render_application_list(rows, kAsOf, declined, ApplicationFormat::csv);
    CHECK(csv.starts_with("id,name,category,status,applied,declared,declined,"));
    CHECK(csv.find("\r\n") != std::string::npos);
    CHECK(csv.find(",'=not now,") != std::string::npos);
  }
}
