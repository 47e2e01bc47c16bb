#include <doctest/doctest.h>

#include "support/check_helpers.hpp"

using namespace gcsj::testing;

TEST_SUITE("rules::commitments") {
  TEST_CASE("adherence-declared: a formal, dated adherence (¶18)") {
    CHECK(check_yaml(kGovernment).of("adherence-declared").empty());
    const std::string no_adherence =
        replace(kGovernment,
                "adherence:\n  declared: 2024-01-15\n  advocate: true\n"
                "  uphold: true\n  contribute: true\n  levels: [national]\n",
                "");
    const auto checked = check_yaml(no_adherence);
    CHECK(checked.lines_of("adherence-declared") == std::vector<int>{1});
    CHECK(checked.of("adherence-declared")[0].paragraph == "18");
    CHECK(checked.of("adherence-declared")[0].message.english() ==
          "`sample` has no `adherence`: its formal expression of adherence");
    CHECK(checked.missing_keys("adherence-declared") == std::vector<std::string>{"adherence"});
    const auto undated = check_yaml(replace(kGovernment, "  declared: 2024-01-15\n", ""));
    CHECK(undated.lines_of("adherence-declared") == std::vector<int>{8});
    CHECK(undated.missing_keys("adherence-declared") == std::vector<std::string>{"declared"});
  }

  TEST_CASE("adherence-advocate-uphold: both commitments of ¶16(a) are true") {
    CHECK(check_yaml(kGovernment).of("adherence-advocate-uphold").empty());
    const auto no_advocacy = check_yaml(replace(kGovernment, "advocate: true", "advocate: false"));
    CHECK(no_advocacy.lines_of("adherence-advocate-uphold") == std::vector<int>{10});
    CHECK(no_advocacy.of("adherence-advocate-uphold")[0].message.english() ==
          "`advocate` must be true: the partner advocates for social justice");
    CHECK(no_advocacy.of("adherence-advocate-uphold")[0].hint.english() ==
          "¶16 sets out what every partner is expected to commit to");
    CHECK(no_advocacy.missing_keys("adherence-advocate-uphold") ==
          std::vector<std::string>{""});  // false, not absent
    const auto no_uphold = check_yaml(replace(kGovernment, "  uphold: true\n", ""));
    CHECK(no_uphold.lines_of("adherence-advocate-uphold") == std::vector<int>{8});
    CHECK(no_uphold.missing_keys("adherence-advocate-uphold") ==
          std::vector<std::string>{"uphold"});
    CHECK(check_yaml(replace(kGovernment, "  advocate: true\n", ""))
              .missing_keys("adherence-advocate-uphold") == std::vector<std::string>{"advocate"});
    CHECK(no_uphold.of("adherence-advocate-uphold")[0].message.english() ==
          "`adherence` lacks `uphold: true` (the partner upholds the principles and values of the "
          "UN and the ILO, including the fundamental principles and rights at work)");
  }

  TEST_CASE("adherence-contribute: contribute at one or more levels (¶16(b))") {
    CHECK(check_yaml(kGovernment).of("adherence-contribute").empty());
    CHECK(check_yaml(replace(kGovernment, "contribute: true", "contribute: false"))
              .lines_of("adherence-contribute") == std::vector<int>{12});
    CHECK(check_yaml(replace(kGovernment, "levels: [national]", "levels: []"))
              .lines_of("adherence-contribute") == std::vector<int>{13});
    const auto no_levels = check_yaml(replace(kGovernment, "  levels: [national]\n", ""));
    CHECK(no_levels.lines_of("adherence-contribute") == std::vector<int>{8});
    CHECK(no_levels.missing_keys("adherence-contribute") == std::vector<std::string>{"levels"});
    CHECK(check_yaml(replace(kGovernment, "  contribute: true\n", ""))
              .missing_keys("adherence-contribute") == std::vector<std::string>{"contribute"});
  }

  TEST_CASE("actions-required: one or more titled actions (¶16(c))") {
    CHECK(check_yaml(kGovernment).of("actions-required").empty());
    const auto empty = replace(
        kGovernment, "actions:\n  - title: Extend social protection\n    domains: [protection]\n",
        "actions: []\n");
    CHECK(check_yaml(empty).lines_of("actions-required") == std::vector<int>{14});
    const auto missing =
        replace(kGovernment,
                "actions:\n  - title: Extend social protection\n    domains: [protection]\n", "");
    CHECK(check_yaml(missing).lines_of("actions-required") == std::vector<int>{1});
    CHECK(check_yaml(missing).of("actions-required")[0].message.english() ==
          "`sample` commits to no action: `actions` is missing");
    CHECK(check_yaml(missing).missing_keys("actions-required") ==
          std::vector<std::string>{"actions"});
    const auto untitled =
        replace(kGovernment, "  - title: Extend social protection\n    domains", "  - domains");
    CHECK(check_yaml(untitled).lines_of("actions-required") == std::vector<int>{15});
    CHECK(check_yaml(untitled).missing_keys("actions-required") ==
          std::vector<std::string>{"title"});
  }

  TEST_CASE("progress is voluntary: its absence or age is never a finding (¶17, ¶13)") {
    const auto with_old_progress =
        kGovernment + "    progress:\n      - date: 2024-03-01\n        summary: Started\n";
    CHECK(check_yaml(with_old_progress, {2030, 1, 1}).findings.empty());
    CHECK(check_yaml(kGovernment, {2030, 1, 1}).findings.empty());
  }
}
