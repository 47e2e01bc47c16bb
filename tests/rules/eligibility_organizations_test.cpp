#include <doctest/doctest.h>

#include "support/check_helpers.hpp"

using namespace gcsj::testing;

TEST_SUITE("rules::eligibility::organizations") {
  TEST_CASE("international-organization-type: a type of ¶19(c)") {
    CHECK(check_yaml(kInternational).of("international-organization-type").empty());
    CHECK(check_yaml(replace(kInternational, "type: un-system", "type: [un-system, ifi]"))
              .findings.empty());
    const auto untyped = check_yaml(replace(kInternational, "type: un-system\n", ""));
    CHECK(untyped.lines_of("international-organization-type") == std::vector<int>{1});
    CHECK(untyped.of("international-organization-type")[0].message.english() ==
          "`sample` has no `type`: un-system, ifi, economic or other");
    CHECK(untyped.missing_keys("international-organization-type") ==
          std::vector<std::string>{"type"});
    const auto anonymous =
        check_yaml(replace(replace(kInternational, "type: un-system\n", ""), "id: sample\n", ""));
    REQUIRE(anonymous.of("international-organization-type").size() == 1);
    CHECK(anonymous.of("international-organization-type")[0].message.english() ==
          "this partner has no `type`: un-system, ifi, economic or other");
    CHECK(check_yaml(replace(kInternational, "type: un-system", "type: development-bank"))
              .lines_of("international-organization-type") == std::vector<int>{7});
  }

  TEST_CASE("international-organization-review: `other` alone asks for review") {
    CHECK(check_yaml(replace(kInternational, "type: un-system", "type: [other, un-system]"))
              .of("international-organization-review")
              .empty());
    const auto checked = check_yaml(replace(kInternational, "type: un-system", "type: other"));
    CHECK(checked.lines_of("international-organization-review") == std::vector<int>{7});
    CHECK(checked.of("international-organization-review")[0].severity ==
          gcsj::findings::Severity::warning);
    CHECK(checked.of("international-organization-review")[0].message.english() ==
          "`sample` is of type `other` only: ¶19(c) names entities of the UN system, including "
          "international financial institutions; review its eligibility");
  }

  TEST_CASE(
      "regional-organization-type: intergovernmental or development bank, with a scope (¶19(d))") {
    CHECK(check_yaml(kRegional).of("regional-organization-type").empty());
    CHECK(check_yaml(replace(kRegional, "scope: regional\n", ""))
              .lines_of("regional-organization-type") == std::vector<int>{1});
    CHECK(check_yaml(replace(kRegional, "scope: regional\n", ""))
              .missing_keys("regional-organization-type") == std::vector<std::string>{"scope"});
    CHECK(check_yaml(replace(kRegional, "type: development-bank\n", ""))
              .missing_keys("regional-organization-type") == std::vector<std::string>{"type"});
    CHECK(check_yaml(replace(kRegional, "type: development-bank", "type: un-system"))
              .lines_of("regional-organization-type") == std::vector<int>{7});
    const auto national = check_yaml(replace(kRegional, "scope: regional", "scope: national"));
    CHECK(national.lines_of("regional-organization-type") == std::vector<int>{8});
    CHECK(national.of("regional-organization-type")[0].message.english() ==
          "`national` is not a scope of a regional organization");
    CHECK(national.of("regional-organization-type")[0].hint.english() ==
          "expected regional or subregional");
    CHECK(check_yaml(replace(kRegional, "scope: regional\n", ""))
              .of("regional-organization-type")[0]
              .message.english() == "`sample` has no `scope`: regional or subregional");
  }

  TEST_CASE("enterprise-type: an enterprise or a company foundation (¶19(e))") {
    CHECK(check_yaml(kEnterprise).of("enterprise-type").empty());
    CHECK(
        check_yaml(replace(kEnterprise, "type: enterprise", "type: foundation")).findings.empty());
    CHECK(check_yaml(replace(kEnterprise, "type: enterprise\n", "")).lines_of("enterprise-type") ==
          std::vector<int>{1});
    CHECK(check_yaml(replace(kEnterprise, "type: enterprise\n", ""))
              .missing_keys("enterprise-type") == std::vector<std::string>{"type"});
    CHECK(check_yaml(replace(kEnterprise, "type: enterprise", "type: ifi"))
              .lines_of("enterprise-type") == std::vector<int>{7});
  }

  TEST_CASE("enterprise-channel: through the ILO Employers' group (¶19(e))") {
    CHECK(check_yaml(kEnterprise).of("enterprise-channel").empty());
    const auto direct =
        check_yaml(replace(kEnterprise, "channel: employers-group", "channel: direct"));
    CHECK(direct.lines_of("enterprise-channel") == std::vector<int>{8});
    CHECK(direct.of("enterprise-channel")[0].message.english() ==
          "enterprises join through the secretariat of the ILO Employers' group, not `direct`");
    const auto missing = check_yaml(replace(kEnterprise, "channel: employers-group\n", ""));
    CHECK(missing.lines_of("enterprise-channel") == std::vector<int>{1});
    CHECK(missing.of("enterprise-channel")[0].message.english() ==
          "`sample` has no `channel`: enterprises join through the secretariat of the ILO "
          "Employers' group");
    CHECK(missing.of("enterprise-channel")[0].hint.english() == "add `channel: employers-group`");
    CHECK(missing.missing_keys("enterprise-channel") == std::vector<std::string>{"channel"});
    CHECK(direct.missing_keys("enterprise-channel") == std::vector<std::string>{""});
    // The fixes: the value replaced, the key added to the partner's mapping.
    CHECK(direct.fixes("enterprise-channel") ==
          std::vector<std::string>{"replace 8:10 employers-group"});
    CHECK(missing.fixes("enterprise-channel") ==
          std::vector<std::string>{"insert_key 1:1 channel: employers-group"});
  }

  TEST_CASE("ngo-international: international NGOs only (¶19(f))") {
    CHECK(check_yaml(kNgo).of("ngo-international").empty());
    CHECK(check_yaml(replace(kNgo, "international: true", "international: false"))
              .lines_of("ngo-international") == std::vector<int>{7});
    CHECK(check_yaml(replace(kNgo, "international: true\n", "")).lines_of("ngo-international") ==
          std::vector<int>{1});
    CHECK(
        check_yaml(replace(kNgo, "international: true\n", "")).missing_keys("ngo-international") ==
        std::vector<std::string>{"international"});
  }

  TEST_CASE("ngo-accreditation: one of three routes (¶19(f))") {
    CHECK(check_yaml(kNgo).of("ngo-accreditation").empty());
    CHECK(check_yaml(replace(kNgo, "ecosoc: special", "ilo_special_list: true")).findings.empty());
    CHECK(check_yaml(replace(kNgo, "ecosoc: special", "ilc: [2019, 2023]")).findings.empty());
    const auto no_route = check_yaml(replace(kNgo, "ecosoc: special", "ilo_special_list: false"));
    CHECK(no_route.lines_of("ngo-accreditation") == std::vector<int>{8});
    // Several routes are missing: the first one not written is named.
    CHECK(no_route.missing_keys("ngo-accreditation") == std::vector<std::string>{"ilc"});
    CHECK(
        check_yaml(replace(kNgo, "ecosoc: special", "ilc: []")).missing_keys("ngo-accreditation") ==
        std::vector<std::string>{"ilo_special_list"});
    const auto none = check_yaml(replace(kNgo, "accreditation:\n  ecosoc: special\n", ""));
    CHECK(none.lines_of("ngo-accreditation") == std::vector<int>{1});
    CHECK(none.missing_keys("ngo-accreditation") == std::vector<std::string>{"accreditation"});
  }

  TEST_CASE("ngo-accreditation: Conference years lie before the adherence") {
    const auto checked = check_yaml(replace(kNgo, "ecosoc: special", "ilc: [2025, 2026]"));
    const auto found = checked.of("ngo-accreditation");
    REQUIRE(found.size() == 2);  // no route left: each year that does not count
    CHECK(found[0].where.line == 9);
    CHECK(found[0].where.column == 9);
    CHECK(found[0].related.at(0).where.line == 11);
    CHECK(found[0].message.english() ==
          "accreditation to the Conference of 2025 is after adherence was declared in 2024; "
          "¶19(f) counts past accreditation");
    CHECK(found[0].related.at(0).message.english() == "adherence declared here");
    const auto ancient = check_yaml(replace(kNgo, "ecosoc: special", "ilc: [1850]"));
    CHECK(ancient.lines_of("ngo-accreditation") == std::vector<int>{9});
    CHECK(ancient.of("ngo-accreditation")[0].message.english() ==
          "1850 is before the first International Labour Conference (1919)");
    CHECK(
        check_yaml(replace(kNgo, "ecosoc: special", "ilc: [1918]")).lines_of("ngo-accreditation") ==
        std::vector<int>{9});
    CHECK(check_yaml(replace(kNgo, "ecosoc: special", "ilc: [1919]"))
              .of("ngo-accreditation")
              .empty());  // the first Conference
  }

  TEST_CASE("ngo-accreditation: the Conference of the declaration's year meets in June") {
    // kNgo declares adherence on 2024-01-15: the Conference of June 2024 is not yet past.
    const auto same_year = check_yaml(replace(kNgo, "ecosoc: special", "ilc: [2024]"));
    REQUIRE(same_year.of("ngo-accreditation").size() == 1);
    CHECK(same_year.of("ngo-accreditation")[0].message.english() ==
          "the Conference of 2024 meets in June, after adherence was declared on 15 January "
          "2024; "
          "¶19(f) counts past accreditation");
    CHECK(check_yaml(replace(kNgo, "ecosoc: special", "ilc: [2023]"))
              .of("ngo-accreditation")
              .empty());
    // A declaration from July on follows that year's Conference.
    const auto july = replace(replace(kNgo, "ecosoc: special", "ilc: [2024]"),
                              "declared: 2024-01-15", "declared: 2024-07-01");
    CHECK(check_yaml(replace(july, "admitted: 2024-02-01", "admitted: 2024-07-02"))
              .of("ngo-accreditation")
              .empty());
    const auto june = replace(replace(kNgo, "ecosoc: special", "ilc: [2024]"),
                              "declared: 2024-01-15", "declared: 2024-06-30");
    CHECK(check_yaml(replace(june, "admitted: 2024-02-01", "admitted: 2024-07-02"))
              .of("ngo-accreditation")
              .size() == 1);
  }

  TEST_CASE("a type outside every list is a finding of its category's paragraph, once") {
    const auto enterprise = check_yaml(replace(kEnterprise, "type: enterprise", "type: ngo"));
    REQUIRE(enterprise.of("enterprise-type").size() == 1);
    CHECK(enterprise.of("enterprise-type")[0].message.english() ==
          "`ngo` is not a type of the category `enterprise`");
    CHECK(enterprise.of("enterprise-type")[0].hint.english() ==
          "expected enterprise or foundation");
    CHECK(enterprise.of("enterprise-type")[0].where.line == 7);
    CHECK(enterprise.of("invalid-value").empty());
    const auto international =
        check_yaml(replace(kInternational, "type: un-system", "type: bogus"));
    CHECK(international.lines_of("international-organization-type") == std::vector<int>{7});
    CHECK(international.of("international-organization-type")[0].paragraph == "19(c)");
    CHECK(international.of("invalid-value").empty());
    CHECK(international.of("international-organization-review").empty());
    const auto mixed =
        check_yaml(replace(kInternational, "type: un-system", "type: [un-system, bogus]"));
    CHECK(mixed.lines_of("international-organization-type") == std::vector<int>{7});
    const auto regional = check_yaml(replace(kRegional, "scope: regional", "scope: bogus"));
    CHECK(regional.lines_of("regional-organization-type") == std::vector<int>{8});
    CHECK(regional.of("invalid-value").empty());
  }

  TEST_CASE("academic-partnership: a partnership with the ILO (¶19(g))") {
    CHECK(check_yaml(kAcademic).of("academic-partnership").empty());
    CHECK(check_yaml(replace(kAcademic, "ilo_partnership: Research agreement\n", ""))
              .lines_of("academic-partnership") == std::vector<int>{1});
    CHECK(check_yaml(replace(kAcademic, "ilo_partnership: Research agreement\n", ""))
              .missing_keys("academic-partnership") == std::vector<std::string>{"ilo_partnership"});
    CHECK(check_yaml(
              replace(kAcademic, "ilo_partnership: Research agreement", "ilo_partnership: \"\""))
              .lines_of("academic-partnership") == std::vector<int>{7});
  }
}

TEST_SUITE("rules::eligibility::organizations") {
  // kNgo declares adherence on 2024-01-15 (line 11); its route is on line 9.
  TEST_CASE("ilc-year-uncounted: a valid document passes (¶19(f))") {
    CHECK(check_yaml(kNgo).of("ilc-year-uncounted").empty());
    CHECK(check_yaml(replace(kNgo, "ecosoc: special", "ilc: [2022, 2023]")).findings.empty());
  }

  TEST_CASE("ilc-year-uncounted: a year after the declaration, beside one before, is a note") {
    // Accredited to the Conferences of 2023 and 2024, adherence declared in February 2024.
    const auto checked = check_yaml(replace(replace(kNgo, "ecosoc: special", "ilc: [2023, 2024]"),
                                            "declared: 2024-01-15", "declared: 2024-02-10"));
    CHECK(checked.of("ngo-accreditation").empty());  // a true fact is no error
    const auto notes = checked.of("ilc-year-uncounted");
    REQUIRE(notes.size() == 1);  // on 2024 only
    CHECK(notes[0].severity == gcsj::findings::Severity::note);
    CHECK(notes[0].paragraph == "19(f)");
    CHECK(notes[0].where.line == 9);
    CHECK(notes[0].where.column == 15);
    CHECK(notes[0].message.english() ==
          "the Conference of 2024 meets in June, after adherence was declared on 10 February "
          "2024; ¶19(f) counts past accreditation");
    CHECK(notes[0].related.at(0).where.line == 11);
    // Beside another route, too.
    const auto ecosoc =
        check_yaml(replace(kNgo, "  ecosoc: special\n", "  ecosoc: special\n  ilc: [2025]\n"));
    CHECK(ecosoc.of("ngo-accreditation").empty());
    CHECK(ecosoc.lines_of("ilc-year-uncounted") == std::vector<int>{10});
  }

  TEST_CASE("ilc-year-uncounted: with no route left, the year is an error, not also a note") {
    const auto checked = check_yaml(replace(replace(kNgo, "ecosoc: special", "ilc: [2024]"),
                                            "declared: 2024-01-15", "declared: 2024-02-10"));
    CHECK(checked.of("ilc-year-uncounted").empty());
    const auto errors = checked.of("ngo-accreditation");
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].where.line == 9);
    CHECK(errors[0].hint.english() ==
          "no other route of ¶19(f) is met: `ilo_special_list: true`, an earlier `ilc` year, or "
          "`ecosoc` status");
  }

  TEST_CASE("ilc-year-uncounted: without a declared date every year counts") {
    const auto undeclared = check_yaml(replace(
        replace(kNgo, "ecosoc: special", "ilc: [2024, 2025]"), "  declared: 2024-01-15\n", ""));
    CHECK(undeclared.of("ilc-year-uncounted").empty());
    CHECK(undeclared.of("ngo-accreditation").empty());
  }
}
