#include <doctest/doctest.h>

#include <string>

#include "render/list/partner_list.hpp"
#include "support/check_helpers.hpp"
#include "support/json_reader.hpp"

// `gcsj list partners` from a registry read by the real loader: text, JSON read back, CSV.

using namespace gcsj::testing;
using gcsj::render::ListFormat;
using gcsj::render::PartnerFilter;
using gcsj::render::render_partner_list;

namespace {

// Three partners, in files in another order than their ids: a government, an NGO admitted after
// the date, and an application with a name a spreadsheet would run.
Checked three() {
  return check_files(
      {{"partners/zeta.yaml", replace(kGovernment, "id: sample", "id: zeta")},
       {"partners/alpha.yaml", replace(replace(kNgo, "id: sample", "id: alpha"),
                                       "admitted: 2024-02-01", "admitted: 2025-09-01")},
       {"partners/mid.yaml", replace(replace(replace(replace(kAcademic, "id: sample", "id: mid"),
                                                     "status: admitted", "status: applied"),
                                             "admitted: 2024-02-01\n", ""),
                                     "name: Sample", "name: \"=HYPERLINK(\\\"x\\\"), Inc\"")}});
}

}  // namespace

TEST_SUITE("render::partner_list") {
  TEST_CASE("JSON: partners sorted by id, their state on the date, absent values null") {
    const auto checked = three();
    const Json json =
        parse_json(render_partner_list(checked.registry, kDefaultAsOf, {}, ListFormat::json));
    CHECK(json["as_of"].str() == "2025-06-01");
    CHECK(json["language"].str() == "en");
    CHECK(json["count"].integer() == 3);
    const Json& partners = json["partners"];
    REQUIRE(partners.size() == 3);
    CHECK(partners[0]["id"].str() == "alpha");
    CHECK(partners[1]["id"].str() == "mid");
    CHECK(partners[2]["id"].str() == "zeta");
    CHECK(partners[0].keys() == std::vector<std::string>{"id", "name", "category", "status",
                                                         "admitted_on_as_of", "country", "admitted",
                                                         "file"});
    CHECK_FALSE(partners[0]["admitted_on_as_of"].boolean);  // admitted after the date
    CHECK(partners[2]["admitted_on_as_of"].boolean);
    CHECK(partners[2]["country"].str() == "KE");
    CHECK(partners[0]["country"].is_null());
    CHECK(partners[1]["admitted"].is_null());
    CHECK(partners[1]["status"].str() == "applied");
    CHECK(partners[2]["file"].str() == "partners/zeta.yaml");
  }

  TEST_CASE("filters by category and by status") {
    const auto checked = three();
    PartnerFilter filter;
    filter.category = gcsj::model::Category::government;
    Json json =
        parse_json(render_partner_list(checked.registry, kDefaultAsOf, filter, ListFormat::json));
    REQUIRE(json["count"].integer() == 1);
    CHECK(json["partners"][0]["id"].str() == "zeta");
    filter = {};
    filter.status = gcsj::model::Status::admitted;
    json =
        parse_json(render_partner_list(checked.registry, kDefaultAsOf, filter, ListFormat::json));
    CHECK(json["count"].integer() == 2);
    filter.category = gcsj::model::Category::academic;
    json =
        parse_json(render_partner_list(checked.registry, kDefaultAsOf, filter, ListFormat::json));
    CHECK(json["count"].integer() == 0);
  }

  TEST_CASE("CSV: RFC 4180 lines, quoted cells, and no formula a spreadsheet would run") {
    const auto checked = three();
    const std::string csv =
        render_partner_list(checked.registry, kDefaultAsOf, {}, ListFormat::csv);
    CHECK(
        csv.starts_with("id,name,category,status,admitted_on_as_of,country,admitted,file\r\n"
                        "alpha,Sample,ngo,admitted,no,,2025-09-01,partners/alpha.yaml\r\n"));
    CHECK(csv.find(
              "mid,\"'=HYPERLINK(\"\"x\"\"), Inc\",academic,applied,no,,,partners/mid.yaml\r\n") !=
          std::string::npos);
    CHECK(
        csv.ends_with("zeta,Sample,government,admitted,yes,KE,2024-02-01,partners/zeta.yaml\r\n"));
  }

  TEST_CASE("text: aligned columns, the date in the heading, the count at the end") {
    const auto checked = three();
    const std::string text =
        render_partner_list(checked.registry, kDefaultAsOf, {}, ListFormat::text);
    CHECK(text.starts_with("ID     NAME"));
    CHECK(text.find("ADMITTED ON 1 JUNE 2025") != std::string::npos);
    CHECK(text.find("\nzeta   Sample") != std::string::npos);
    CHECK(text.ends_with("\n\n3 partners\n"));
    CHECK(text.find("partners/") == std::string::npos);  // no file column
    const auto* french = gcsj::i18n::Translator::of("fr");
    REQUIRE(french != nullptr);
    const std::string in_french =
        render_partner_list(checked.registry, kDefaultAsOf, {}, ListFormat::text, *french);
    CHECK(in_french.find("ADMIS AU 1ER JUIN 2025") != std::string::npos);
    CHECK(in_french.ends_with("\n\n3 partenaires\n"));
  }
}
