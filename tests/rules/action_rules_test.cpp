#include <doctest/doctest.h>

#include "support/check_helpers.hpp"

using namespace gcsj::testing;

namespace {
// Appends keys to the only action of the government fixture (its last line is `domains`).
std::string with_action_keys(std::string_view keys) {
  return kGovernment + std::string(keys);
}
}  // namespace

TEST_SUITE("rules::actions") {
  TEST_CASE("action-domains: one or more domains of ¶35") {
    CHECK(check_yaml(kGovernment).of("action-domains").empty());
    const auto checked =
        check_yaml(replace(kGovernment, "domains: [protection]", "domains: [protection, climate]"));
    const auto found = checked.of("action-domains");
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.line == 16);
    CHECK(found[0].where.column == 27);
    CHECK(found[0].paragraph == "35");
    CHECK(found[0].message.english() == "`climate` is not a thematic domain of ¶35");
    CHECK(found[0].hint.english() ==
          "expected one of: inequality, labour-rights, employment, protection, just-transitions, "
          "social-dialogue");
    CHECK(check_yaml(replace(kGovernment, "domains: [protection]", "domains: [protecton]"))
              .of("action-domains")[0]
              .hint.english()
              .starts_with("did you mean `protection`? (expected one of: inequality, "));
    // The suggestion is the fix; without one, there is none.
    CHECK(check_yaml(replace(kGovernment, "domains: [protection]", "domains: [protecton]"))
              .fixes("action-domains") == std::vector<std::string>{"replace 16:15 protection"});
    CHECK(checked.fixes("action-domains") == std::vector<std::string>{""});
    const auto no_domains = check_yaml(replace(kGovernment, "    domains: [protection]\n", ""));
    CHECK(no_domains.lines_of("action-domains") == std::vector<int>{15});
    CHECK(no_domains.missing_keys("action-domains") == std::vector<std::string>{"domains"});
    const auto empty = check_yaml(replace(kGovernment, "domains: [protection]", "domains: []"));
    CHECK(empty.lines_of("action-domains") == std::vector<int>{16});
    CHECK(empty.missing_keys("action-domains") == std::vector<std::string>{""});
  }

  TEST_CASE("action-priorities: only the priorities of ¶36") {
    CHECK(check_yaml(with_action_keys("    priorities: [social-dialogue, reducing-inequalities]\n"))
              .of("action-priorities")
              .empty());
    const auto checked = check_yaml(with_action_keys("    priorities: [green-growth]\n"));
    CHECK(checked.lines_of("action-priorities") == std::vector<int>{17});
    CHECK(checked.of("action-priorities")[0].paragraph == "36");
    CHECK(checked.of("action-priorities")[0].message.english() ==
          "`green-growth` is not an initial priority of ¶36");
  }

  TEST_CASE("action-sdgs: goals 1 to 17") {
    CHECK(check_yaml(with_action_keys("    sdgs: [1, 17]\n")).of("action-sdgs").empty());
    const auto goals = check_yaml(with_action_keys("    sdgs: [0, 8, 18]\n"));
    REQUIRE(goals.of("action-sdgs").size() == 2);
    CHECK(goals.of("action-sdgs")[1].message.english() ==
          "18 is not a Sustainable Development Goal");
    CHECK(goals.of("action-sdgs")[1].hint.english() == "SDGs are numbered 1 to 17");
    CHECK(check_yaml(with_action_keys("    sdgs: [\"8\"]\n")).lines_of("wrong-type") ==
          std::vector<int>{17});
    // +8 is 8 in YAML 1.1 and 1.2 alike; 08 is not (ambiguous-number).
    const auto signed_goal = check_yaml(with_action_keys("    sdgs: [+8]\n"));
    CHECK(signed_goal.findings.empty());
    CHECK(signed_goal.registry.partners.at(0).actions->value.at(0).sdgs->value.at(0).value == 8);
  }

  TEST_CASE("action-countries: ISO 3166-1 alpha-2 codes") {
    CHECK(check_yaml(with_action_keys("    countries: [KE, NO, FJ]\n"))
              .of("action-countries")
              .empty());
    const auto uk = check_yaml(with_action_keys("    countries: [KE, UK]\n"));
    CHECK(uk.lines_of("action-countries") == std::vector<int>{17});
    CHECK(uk.of("action-countries")[0].message.english() ==
          "`UK` is not an ISO 3166-1 alpha-2 country code");
  }

  TEST_CASE("action-with-partner: unknown partner ids, in a whole registry only") {
    const auto action = with_action_keys("    with: [sample, nobody]\n");
    const auto checked = check_yaml(action);
    CHECK(checked.lines_of("action-with-partner") == std::vector<int>{17});
    CHECK(checked.of("action-with-partner")[0].severity == gcsj::findings::Severity::warning);
    CHECK(checked.of("action-with-partner")[0].message.english() ==
          "no partner has the id `nobody`");
    CHECK(check_files({{"sample.yaml", action}}, kDefaultAsOf, false)
              .of("action-with-partner")
              .empty());
  }

  TEST_CASE("action-with-partner: a declined application is no partner to act with") {
    const std::string declined =
        "kind: partner\nid: refused\nname: Refused\ncategory: ngo\nstatus: declined\n"
        "declined: 2024-03-01\nadherence:\n  declared: 2024-01-15\nactions:\n"
        "  - title: Something\n    with: [nobody]\n";
    const auto checked =
        check_files({{"partners/sample.yaml", with_action_keys("    with: [refused]\n")},
                     {"partners/refused.yaml", declined}});
    // The admitted partner's `with: [refused]` is unknown; the declined one's own `with` is not
    // judged.
    CHECK(checked.lines_of("action-with-partner") == std::vector<int>{17});
    CHECK(checked.of("action-with-partner")[0].message.english() ==
          "no partner has the id `refused`");
  }
}
