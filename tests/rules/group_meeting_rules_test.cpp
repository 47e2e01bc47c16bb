#include <doctest/doctest.h>

#include "support/group_fixture.hpp"

using namespace gcsj::testing;

TEST_SUITE("rules::group::meetings") {
  TEST_CASE("meeting-frequency: twice in every full calendar year after establishment (¶24)") {
    const auto registry = [](const std::string& meetings) {
      auto text = group_yaml(full_group_members());
      text = text.substr(0, text.find("meetings:")) + meetings;
      return group_registry(text);
    };
    const std::string twice_2025 = "meetings:\n  - date: 2025-03-20\n  - date: 2025-10-30\n";
    // 2024 is the first, partial year (established 2024-06-01): not judged.
    CHECK(check_files(registry(twice_2025), {2026, 1, 1}).of("meeting-frequency").empty());
    const std::string once_2025 = "meetings:\n  - date: 2025-03-20\n";
    const auto text = group_yaml(full_group_members());
    const auto found = check_files(registry(once_2025), {2026, 1, 1}).of("meeting-frequency");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.english() ==
          "the Group met once in 2025; ¶24 has it meet twice a year, or as "
          "needed");
    CHECK(found[0].severity == gcsj::findings::Severity::note);
    // 2025 is not yet a full year on 2025-12-30.
    CHECK(check_files(registry(once_2025), {2025, 12, 30}).of("meeting-frequency").empty());
    CHECK(check_files(registry(once_2025), {2025, 12, 31}).of("meeting-frequency").size() == 1);
    const auto none = check_files(registry("meetings: []\n"), {2027, 1, 1}).of("meeting-frequency");
    REQUIRE(none.size() == 2);
    CHECK(none[1].message.english().starts_with("the Group did not meet in 2026"));
  }
}
