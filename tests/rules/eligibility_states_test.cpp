#include <doctest/doctest.h>

#include "support/check_helpers.hpp"

using namespace gcsj::testing;

TEST_SUITE("rules::eligibility::states") {
  TEST_CASE("government-country: a valid country code (¶19(a))") {
    CHECK(check_yaml(kGovernment).of("government-country").empty());
    const auto no_country = check_yaml(replace(kGovernment, "country: KE\n", ""));
    CHECK(no_country.lines_of("government-country") == std::vector<int>{1});
    CHECK(no_country.of("government-country")[0].message.english() ==
          "the government partner `sample` has no `country`");
    CHECK(no_country.missing_keys("government-country") == std::vector<std::string>{"country"});
    // without an id, the sentence names no partner
    const auto anonymous =
        check_yaml(replace(replace(kGovernment, "country: KE\n", ""), "id: sample\n", ""));
    REQUIRE(anonymous.of("government-country").size() == 1);
    CHECK(anonymous.of("government-country")[0].message.english() ==
          "this government partner has no `country`");
    const auto lower = check_yaml(replace(kGovernment, "country: KE", "country: ke"));
    CHECK(lower.lines_of("government-country") == std::vector<int>{7});
    CHECK(lower.of("government-country")[0].message.english() ==
          "`ke` is not an ISO 3166-1 alpha-2 country code");
    CHECK(lower.of("government-country")[0].hint.english() == "country codes are upper case: `KE`");
    CHECK(lower.fixes("government-country") == std::vector<std::string>{"replace 7:10 KE"});
    const auto kenya = check_yaml(replace(kGovernment, "country: KE", "country: Kenya"));
    CHECK(kenya.of("government-country")[0].hint.english() ==
          "use the ISO 3166-1 alpha-2 code, such as BR or NO");
    CHECK(kenya.fixes("government-country") == std::vector<std::string>{""});
    CHECK(lower.of("government-country")[0].paragraph == "19(a)");
  }

  TEST_CASE("government-ilo-member: a warning for a country outside the ILO") {
    CHECK(check_yaml(replace(kGovernment, "country: KE", "country: NO"))
              .of("government-ilo-member")
              .empty());
    const auto checked = check_yaml(replace(kGovernment, "country: KE", "country: LI"));
    CHECK(checked.lines_of("government-ilo-member") == std::vector<int>{7});
    CHECK(checked.of("government-ilo-member")[0].severity == gcsj::findings::Severity::warning);
    CHECK(checked.of("government-ilo-member")[0].message.english() ==
          "`LI` is not the code of an ILO member State (Liechtenstein)");
  }

  TEST_CASE("one-government-per-country: a second government of a country") {
    const auto first = kGovernment;
    const auto second = replace(kGovernment, "id: sample", "id: kenya-again");
    const auto checked = check_files({{"a/sample.yaml", first}, {"b/kenya-again.yaml", second}});
    const auto found = checked.of("one-government-per-country");
    REQUIRE(found.size() == 1);
    CHECK(checked.registry.file(found[0].where.file).path == "b/kenya-again.yaml");
    CHECK(found[0].where.line == 7);
    CHECK(checked.registry.file(found[0].related.at(0).where.file).path == "a/sample.yaml");
    CHECK(found[0].message.english() == "KE already has a government partner, `sample`");
    CHECK(found[0].related.at(0).message.english() == "the other government partner");
  }

  TEST_CASE("one-government-per-country: the pending application is blamed, not the partner") {
    // The application sorts first in path order; the admitted government keeps its country.
    const auto pending = replace(replace(kGovernment, "id: sample", "id: kenya-again"),
                                 "status: admitted\nadmitted: 2024-02-01", "status: applied");
    const auto checked =
        check_files({{"a/kenya-again.yaml", pending}, {"b/sample.yaml", kGovernment}});
    const auto found = checked.of("one-government-per-country");
    REQUIRE(found.size() == 1);
    CHECK(checked.registry.file(found[0].where.file).path == "a/kenya-again.yaml");
    CHECK(found[0].message.english() == "KE already has a government partner, `sample`");
  }

  TEST_CASE("one-government-per-country: a declined application is no government of its country") {
    const auto declined = replace(kGovernment, "status: admitted\nadmitted: 2024-02-01",
                                  "status: declined\ndeclined: 2024-02-01");
    const auto second = replace(kGovernment, "id: sample", "id: kenya-again");
    CHECK(check_files({{"a/sample.yaml", declined}, {"b/kenya-again.yaml", second}})
              .of("one-government-per-country")
              .empty());
  }

  TEST_CASE("one-government-per-country: a withdrawn government leaves room for a new one") {
    const auto withdrawn =
        replace(replace(kGovernment, "status: admitted", "status: withdrawn"),
                "admitted: 2024-02-01", "admitted: 2024-02-01\nwithdrawn: 2025-01-01");
    const auto second = replace(kGovernment, "id: sample", "id: kenya-again");
    CHECK(check_files({{"a/sample.yaml", withdrawn}, {"b/kenya-again.yaml", second}})
              .of("one-government-per-country")
              .empty());
    // judged before the withdrawal, the two overlap
    CHECK(check_files({{"a/sample.yaml", withdrawn}, {"b/kenya-again.yaml", second}}, {2024, 6, 1})
              .of("one-government-per-country")
              .size() == 1);
  }

  TEST_CASE("social-partner-scope: a scope of footnote 9") {
    CHECK(check_yaml(kEmployers).of("social-partner-scope").empty());
    CHECK(check_yaml(kWorkers).of("social-partner-scope").empty());
    const auto business =
        check_yaml(replace(kWorkers, "scope: international", "scope: business-membership"));
    CHECK(business.lines_of("social-partner-scope") == std::vector<int>{7});
    CHECK(business.of("social-partner-scope")[0].message.english() ==
          "`business-membership` is not a scope of workers' organizations under footnote 9");
    CHECK(business.of("social-partner-scope")[0].hint.english() ==
          "expected national, international or group-secretariat");
    CHECK(check_yaml(
              replace(kEmployers, "scope: national", "scope: business-membership\nx_was: national"))
              .of("social-partner-scope")
              .empty());
    const auto no_scope = check_yaml(replace(kWorkers, "scope: international\n", ""));
    CHECK(no_scope.lines_of("social-partner-scope") == std::vector<int>{1});
    CHECK(no_scope.of("social-partner-scope")[0].message.english() ==
          "`sample` has no `scope`: national, international or group-secretariat");
    CHECK(no_scope.missing_keys("social-partner-scope") == std::vector<std::string>{"scope"});
    CHECK(check_yaml(replace(kWorkers, "scope: international", "scope: regional"))
              .lines_of("social-partner-scope") == std::vector<int>{7});
  }

  TEST_CASE("social-partner-national: representative organizations of member States") {
    CHECK(check_yaml(kEmployers).of("social-partner-national").empty());
    CHECK(check_yaml(replace(kEmployers, "representative: true", "representative: false"))
              .lines_of("social-partner-national") == std::vector<int>{9});
    // Missing keys are reported at the start of the partner's document.
    CHECK(check_yaml(replace(kEmployers, "representative: true\n", ""))
              .lines_of("social-partner-national") == std::vector<int>{1});
    CHECK(check_yaml(replace(kEmployers, "representative: true\n", ""))
              .missing_keys("social-partner-national") ==
          std::vector<std::string>{"representative"});
    CHECK(
        check_yaml(replace(kEmployers, "country: KE\n", "")).lines_of("social-partner-national") ==
        std::vector<int>{1});
    CHECK(check_yaml(replace(kEmployers, "country: KE\n", ""))
              .missing_keys("social-partner-national") == std::vector<std::string>{"country"});
    const auto outside = check_yaml(replace(kEmployers, "country: KE", "country: AD"));
    CHECK(outside.lines_of("social-partner-national") == std::vector<int>{8});
    CHECK(outside.of("social-partner-national")[0].paragraph == "19(b)");
    CHECK(outside.of("social-partner-national")[0].message.english() ==
          "`AD` is not the code of an ILO member State (Andorra); footnote 9 admits national "
          "organizations of member States only");
    // international organizations need neither country nor representativeness
    CHECK(check_yaml(kWorkers).of("social-partner-national").empty());
  }

  TEST_CASE("a scope outside every list is a finding of ¶19(b), reported once") {
    for (const char* scope : {"economic", "regional", "bogus"}) {
      INFO(scope);
      const auto checked =
          check_yaml(replace(kEmployers, "scope: national", std::string("scope: ") + scope));
      CHECK(checked.lines_of("social-partner-scope") == std::vector<int>{7});
      CHECK(checked.of("social-partner-scope").at(0).paragraph == "19(b)");
      CHECK(checked.of("social-partner-scope").at(0).message.english() ==
            "`" + std::string(scope) +
                "` is not a scope of employers' organizations under footnote 9");
      CHECK(checked.of("social-partner-scope").at(0).hint.english() ==
            "expected national, international, business-membership or group-secretariat");
      CHECK(checked.of("invalid-value").empty());
      CHECK(checked.of("social-partner-national").empty());
    }
  }
}

TEST_SUITE("rules::eligibility::states") {
  TEST_CASE("partner-country: a valid document passes (¶19)") {
    CHECK(check_yaml(kGovernment).of("partner-country").empty());
    // a country on an academic institution, an enterprise, an international organization (v1.1)
    for (const auto& fixture : {kAcademic, kEnterprise, kInternational, kNgo, kRegional, kWorkers})
      CHECK(check_yaml(fixture + "country: KE\n").findings.empty());
    // any country, a member State of the ILO or not: only the code is judged
    CHECK(check_yaml(kEnterprise + "country: LI\n").findings.empty());
  }

  TEST_CASE("partner-country: a code that is no country, on any other category (¶19)") {
    const auto academic = check_yaml(replace(kAcademic, "ilo_partnership: Research agreement\n",
                                             "ilo_partnership: Research agreement\ncountry: ke\n"));
    CHECK(academic.lines_of("partner-country") == std::vector<int>{8});
    REQUIRE(academic.of("partner-country").size() == 1);
    CHECK(academic.of("partner-country")[0].message.english() ==
          "`ke` is not an ISO 3166-1 alpha-2 country code");
    CHECK(academic.of("partner-country")[0].hint.english() == "country codes are upper case: `KE`");
    CHECK(academic.fixes("partner-country") == std::vector<std::string>{"replace 8:10 KE"});
    CHECK(academic.of("partner-country")[0].paragraph == "19(g)");
    CHECK(academic.of("partner-country")[0].severity == gcsj::findings::Severity::error);
    for (const auto& fixture : {kEnterprise, kInternational, kNgo, kRegional, kWorkers})
      CHECK(check_yaml(fixture + "country: XX\n").of("partner-country").size() == 1);
    CHECK(check_yaml(kEnterprise + "country: XX\n").of("partner-country")[0].paragraph == "19(e)");
    CHECK(check_yaml(kWorkers + "country: XX\n").of("partner-country")[0].paragraph == "19(b)");
  }

  TEST_CASE("partner-country: a government's or national organization's code is reported once") {
    const auto government = check_yaml(replace(kGovernment, "country: KE", "country: XX"));
    CHECK(government.of("government-country").size() == 1);
    CHECK(government.of("partner-country").empty());
    const auto national = check_yaml(replace(kEmployers, "country: KE", "country: XX"));
    CHECK(national.of("social-partner-national").size() == 1);
    CHECK(national.of("partner-country").empty());
    // an international organization of workers is judged here
    CHECK(check_yaml(kWorkers + "country: XX\n").of("social-partner-national").empty());
  }

  TEST_CASE("partner-country: a declined application's code is judged, whatever its category") {
    // Line numbers as kGovernment: status 5, admitted 6 (replaced by declined), country 7.
    const std::string declined =
        replace(replace(kGovernment, "status: admitted\n", "status: declined\n"),
                "admitted: 2024-02-01\n", "declined: 2024-02-01\n");
    CHECK(check_yaml(declined).findings.empty());
    const auto wrong = check_yaml(replace(declined, "country: KE", "country: XX"));
    CHECK(wrong.lines_of("partner-country") == std::vector<int>{7});
    // the rules of ¶19(a) do not judge a declined application (catalogue.cpp)
    CHECK(wrong.of("government-country").empty());
  }
}
