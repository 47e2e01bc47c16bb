#include <doctest/doctest.h>

#include "support/check_helpers.hpp"

using namespace gcsj::testing;

TEST_SUITE("load::partner_reader") {
  TEST_CASE("a valid partner of every category loads without findings") {
    for (const auto* text : {&kGovernment, &kNgo, &kEmployers, &kWorkers, &kInternational,
                             &kRegional, &kEnterprise, &kAcademic}) {
      const auto checked = check_yaml(*text);
      CHECK_MESSAGE(checked.findings.empty(), *text << "\n" << checked.rules());
      CHECK(checked.registry.partners.size() == 1);
    }
  }

  TEST_CASE("reports an unknown key with a close match") {
    const auto checked = check_yaml(replace(kGovernment, "country: KE", "countyr: KE"));
    const auto found = checked.of("unknown-key");
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.line == 7);
    CHECK(found[0].hint.english() == "did you mean `country`?");
    // and, since the key was not read, the country is missing
    CHECK(checked.lines_of("government-country") == std::vector<int>{1});
  }

  TEST_CASE("ignores x_ extension keys") {
    CHECK(check_yaml(kGovernment + "x_internal_ref: 42\n").findings.empty());
  }

  TEST_CASE("a key of another category is unknown") {
    const auto checked = check_yaml(kGovernment + "channel: employers-group\n");
    CHECK(checked.lines_of("unknown-key") == std::vector<int>{17});
  }

  TEST_CASE("reads NO as Norway") {
    const auto checked = check_yaml(replace(kGovernment, "country: KE", "country: NO"));
    CHECK(checked.findings.empty());
    CHECK(checked.registry.partners[0].country->value == "NO");
  }

  TEST_CASE("refuses YAML 1.1 booleans and quoted booleans, once each") {
    auto checked = check_yaml(replace(kGovernment, "advocate: true", "advocate: yes"));
    CHECK(checked.lines_of("ambiguous-boolean") == std::vector<int>{10});
    CHECK(checked.of("adherence-advocate-uphold").empty());
    checked = check_yaml(replace(kGovernment, "advocate: true", "advocate: \"true\""));
    CHECK(checked.lines_of("ambiguous-boolean") == std::vector<int>{10});
    checked = check_yaml(replace(kGovernment, "advocate: true", "advocate: TRUE"));
    CHECK(checked.findings.empty());
  }

  TEST_CASE("reports wrong types") {
    auto checked = check_yaml(replace(kGovernment, "levels: [national]", "levels: national"));
    CHECK(checked.lines_of("wrong-type") == std::vector<int>{13});
    checked = check_yaml(replace(kGovernment, "name: Sample", "name: 2024"));
    CHECK(checked.lines_of("wrong-type") == std::vector<int>{3});
    CHECK(checked.of("wrong-type")[0].hint.english() == "quote it: \"2024\"");
    checked = check_yaml(replace(kGovernment, "name: Sample", "name: [a, b]"));
    CHECK(checked.lines_of("wrong-type") == std::vector<int>{3});
    CHECK(checked.of("missing-key").empty());
  }

  TEST_CASE("a plain scalar YAML 1.2 reads as a number is not a string") {
    for (const char* number : {"2024", "-7", "+1.5", "1.", ".5", "6.02e23", "1E-3", "0o17", "0x1F",
                               ".inf", "-.Inf", ".NaN"}) {
      CAPTURE(number);
      const auto checked =
          check_yaml(replace(kGovernment, "name: Sample", std::string("name: ") + number));
      CHECK(checked.lines_of("wrong-type") == std::vector<int>{3});
    }
    for (const char* text :
         {"1.2.3", "e5", ".", "-", "1e", "0x", "0o8", "12a", ".infinity", "+.nan", "ILO 2024"}) {
      CAPTURE(text);
      const auto checked =
          check_yaml(replace(kGovernment, "name: Sample", std::string("name: ") + text));
      CHECK(checked.of("wrong-type").empty());
    }
  }

  TEST_CASE("reports invalid dates, quoted or not") {
    auto checked = check_yaml(replace(kGovernment, "admitted: 2024-02-01", "admitted: 2024-02-30"));
    CHECK(checked.lines_of("invalid-date") == std::vector<int>{6});
    CHECK(checked.of("status-dates").empty());
    checked = check_yaml(replace(kGovernment, "admitted: 2024-02-01", "admitted: \"2024-02-01\""));
    CHECK(checked.findings.empty());
  }

  TEST_CASE("reports a date outside the years whose computed dates keep four digits") {
    for (const char* date : {"9898-01-01", "9999-12-31", "0999-12-31", "0001-01-01"}) {
      CAPTURE(date);
      const auto checked = check_yaml(
          replace(kGovernment, "admitted: 2024-02-01", std::string("admitted: ") + date));
      CHECK(checked.lines_of("invalid-date") == std::vector<int>{6});
      REQUIRE(checked.of("invalid-date").size() == 1);
      CHECK(checked.of("invalid-date")[0].message.english() ==
            std::string("`admitted` is ") + date +
                ": dates run from 1000-01-01 to 9897-12-31 (four-digit years, with room for the "
                "dates computed from them)");
    }
    for (const char* date : {"9897-12-31", "1000-01-01"}) {
      CAPTURE(date);
      const auto checked = check_yaml(
          replace(kGovernment, "admitted: 2024-02-01", std::string("admitted: ") + date));
      CHECK(checked.of("invalid-date").empty());
    }
  }

  TEST_CASE("reports an enumerated value with a suggestion") {
    const auto checked = check_yaml(replace(kGovernment, "status: admitted", "status: admited"));
    const auto found = checked.of("invalid-value");
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.line == 5);
    CHECK(found[0].hint.english().starts_with("did you mean `admitted`?"));
  }

  TEST_CASE("keeps the position of every value") {
    const auto checked = check_yaml(kGovernment);
    const auto& partner = checked.registry.partners.at(0);
    CHECK(partner.country->where.line == 7);
    CHECK(partner.country->where.column == 10);
    const auto& action = partner.actions->value.at(0);
    CHECK(action.domains->value.at(0).where.line == 16);
    CHECK(action.domains->value.at(0).where.column == 15);
  }
}

TEST_SUITE("load::values") {
  TEST_CASE("ambiguous-number: a whole number with a leading zero reads differently in YAML 1.1") {
    const auto checked =
        check_yaml(replace(kGovernment, "    domains: [protection]\n",
                           "    domains: [protection]\n    sdgs: [010, 8, +8, 0]\n"));
    CHECK(checked.lines_of("ambiguous-number") == std::vector<int>{17});
    REQUIRE(checked.registry.partners.size() == 1);
    const auto& sdgs = checked.registry.partners[0].actions->value.at(0).sdgs;
    REQUIRE(sdgs);
    REQUIRE(sdgs->value.size() == 3);  // 010 is refused, not read as 10 or 8
    CHECK(sdgs->value[0].value == 8);
    CHECK(sdgs->value[1].value == 8);
  }
}
