#include <doctest/doctest.h>

#include "support/group_fixture.hpp"

using namespace gcsj::testing;

namespace {
Checked check_group(const std::vector<GroupMember>& members, const std::string& head = "",
                    gcsj::model::Date as_of = kGroupAsOf) {
  return check_files(group_registry(group_yaml(members, head)), as_of);
}

// The full Group with only the first `declared` members declaring a gender, `women` of them
// women.
std::vector<GroupMember> declaring(int declared, int women) {
  auto members = full_group_members();
  for (std::size_t i = 0; i < members.size(); ++i)
    members[i].gender = static_cast<int>(i) < declared
                            ? (static_cast<int>(i) < women ? "woman" : "man")
                            : "undisclosed";
  return members;
}

// The registry of the full Group, its employers' organizations national ones of `countries`.
std::vector<TestFile> employers_from(const std::vector<std::string>& countries) {
  auto files = group_registry(group_yaml(full_group_members()));
  for (std::size_t i = 0; i < countries.size(); ++i) {
    TestFile& file = partner_file(files, "emp" + std::to_string(i + 1));
    file.text = replace(file.text, "scope: international\n",
                        "scope: national\ncountry: " + countries[i] + "\nrepresentative: true\n");
  }
  return files;
}
}  // namespace

TEST_SUITE("rules::group::balance") {
  TEST_CASE("member-level: ministerial or equivalent level (¶26)") {
    auto members = full_group_members();
    members[6].level = "senior-official";
    members[7].level = "";
    const auto text = group_yaml(members);
    const auto checked = check_group(members);
    CHECK(checked.lines_of("member-level") ==
          std::vector<int>{line_of(text, "name: " + members[6].name) + 4,
                           line_of(text, "name: " + members[7].name)});
    CHECK(checked.missing_keys("member-level") == std::vector<std::string>{"", "level"});
  }

  TEST_CASE("member-level: a Co-Chairperson below ministerial level has its own message") {
    auto members = full_group_members();
    member_of(members, "Gov br").level = "senior-official";
    const auto found = check_group(members).of("member-level");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.english().find("Gov br is a Co-Chairperson") == 0);
  }

  TEST_CASE("gender-balance: judged from four members declaring, above 60% by default (¶26)") {
    CHECK(check_group(full_group_members()).of("gender-balance").empty());
    CHECK(check_group(declaring(3, 3)).of("gender-balance").empty());  // three: not judged
    const auto four = check_group(declaring(4, 4)).of("gender-balance");
    REQUIRE(four.size() == 1);
    CHECK(four[0].message.english() ==
          "4 of the 4 sitting members who declare a gender are women (100%, "
          "above 60%)");
    CHECK(check_group(declaring(20, 13)).of("gender-balance").size() == 1);  // 65%
    CHECK(check_group(declaring(20, 12)).of("gender-balance").empty());      // 60%: not above
    const auto men = check_group(declaring(20, 6)).of("gender-balance");     // 70% men
    REQUIRE(men.size() == 1);
    CHECK(men[0].message.english().find(
              "14 of the 20 sitting members who declare a gender are men") == 0);
    CHECK(check_group(declaring(20, 13), "gender_balance_max_share: 0.7\n")
              .of("gender-balance")
              .empty());
  }

  TEST_CASE("geographical-diversity: most employers' members from one ILO region (¶26)") {
    const auto all_europe =
        check_files(employers_from({"ES", "DE", "FR", "PT", "IT", "PL"}), kGroupAsOf)
            .of("geographical-diversity");
    REQUIRE(all_europe.size() == 1);
    CHECK(all_europe[0].severity == gcsj::findings::Severity::note);
    CHECK(all_europe[0].paragraph == "26");
    CHECK(all_europe[0].message.english() ==
          "6 of the 6 sitting employers' members whose country is known come from Europe and "
          "Central Asia: ¶26 asks for geographical diversity");
    CHECK(check_files(employers_from({"ES", "DE", "FR", "PT", "KE", "BR"}), kGroupAsOf)
              .of("geographical-diversity")
              .size() == 1);  // four of six: two-thirds
    CHECK(check_files(employers_from({"ES", "DE", "FR", "KE", "BR", "ID"}), kGroupAsOf)
              .of("geographical-diversity")
              .empty());  // three of six
    CHECK(check_files(employers_from({"ES", "DE"}), kGroupAsOf)
              .of("geographical-diversity")
              .empty());  // two known: too few to judge
    CHECK(check_files(employers_from({"ES", "DE", "FR"}), kGroupAsOf)
              .of("geographical-diversity")
              .size() == 1);  // three known, the fewest judged, all from one region
  }
}
