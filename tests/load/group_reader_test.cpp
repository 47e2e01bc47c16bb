#include <doctest/doctest.h>

#include "support/group_fixture.hpp"

using namespace gcsj::testing;

namespace {
Checked check_group_text(const std::string& text) {
  return check_files(group_registry(text), kGroupAsOf);
}
}  // namespace

TEST_SUITE("load::group_reader") {
  TEST_CASE("reads members, terms, delegates, meetings and settings with their positions") {
    auto members = full_group_members();
    members[3].terms = {
        "{start: 2024-06-01, end: 2025-01-15, end_reason: resigned, end_note: to lead the union, "
        "nominated_by: NOMINATOR, evidence: letter}"};
    const auto text =
        group_yaml(members,
                   "government_seats: {africa: 3, americas: 3, asia-pacific: 3, europe: 3}\n"
                   "gender_balance_max_share: 0.55\n");
    const auto checked = check_group_text(replace(
        text, "    level: ministerial\n",
        "    level: ministerial\n    delegates: [{name: A. Deputy, level: senior-official}]\n"));
    REQUIRE(checked.registry.groups.size() == 1);
    const auto& group = checked.registry.groups[0];
    CHECK(group.members.size() == 34);
    CHECK(group.meetings.size() == 4);
    CHECK(group.government_seats->value.size() == 4);
    CHECK(group.gender_balance_max_share->value == doctest::Approx(0.55));
    CHECK(group.established->value == gcsj::model::Date{2024, 6, 1});
    const auto& member = group.members[3];
    CHECK(member.terms->value.at(0).end->value == gcsj::model::Date{2025, 1, 15});
    CHECK(member.terms->value.at(0).end_reason->value == "resigned");
    CHECK(member.terms->value.at(0).end_note->value == "to lead the union");
    CHECK(group.members[1].delegates.size() == 1);
    CHECK(group.members_where.line == line_of(text, "members:"));
  }

  TEST_CASE("reports unknown keys, bad enums, bad dates and duplicate keys in the Group") {
    const auto base = group_yaml(full_group_members());
    auto checked = check_group_text(replace(base, "    seat: workers\n", "    seat: worker\n"));
    CHECK(checked.lines_of("invalid-value") ==
          std::vector<int>{line_of(base, "    seat: workers\n")});
    CHECK(checked.of("invalid-value")[0].hint.english().starts_with("did you mean `workers`?"));
    checked =
        check_group_text(replace(base, "    level: ministerial\n", "    levle: ministerial\n"));
    CHECK(checked.of("unknown-key").size() == 1);
    CHECK(checked.of("unknown-key")[0].hint.english() == "did you mean `level`?");
    checked =
        check_group_text(replace(base, "{start: 2024-06-01, nominated_by: un-secretary-general}",
                                 "{start: 2024-06-31, nominated_by: un-secretary-general}"));
    CHECK(checked.of("invalid-date").size() == 1);
    checked = check_group_text(
        replace(base, "    gender: woman\n", "    gender: woman\n    gender: man\n"));
    CHECK(checked.of("duplicate-key").size() == 1);
    checked = check_group_text(
        replace(base, "established: 2024-06-01\n", "established: 2024-06-01\nchair: someone\n"));
    CHECK(checked.lines_of("unknown-key") == std::vector<int>{3});
  }

  TEST_CASE("government_seats takes the four regions and whole numbers") {
    const auto base =
        group_yaml(full_group_members(),
                   "government_seats: {africa: 3, americas: 3, asia-pacific: 3, eurasia: 3}\n");
    const auto checked = check_group_text(base);
    CHECK(checked.lines_of("invalid-value") == std::vector<int>{3});
    CHECK(checked.of("government-seats-total").empty());  // unreadable: not judged again
    const auto text = group_yaml(full_group_members(), "government_seats: {africa: three}\n");
    CHECK(check_group_text(text).lines_of("wrong-type") == std::vector<int>{3});
  }

  TEST_CASE("gender_balance_max_share is a number between 0.5 and 1") {
    CHECK(check_group_text(group_yaml(full_group_members(), "gender_balance_max_share: 1.5\n"))
              .lines_of("invalid-value") == std::vector<int>{3});
    CHECK(check_group_text(group_yaml(full_group_members(), "gender_balance_max_share: \"0.6\"\n"))
              .lines_of("wrong-type") == std::vector<int>{3});
  }
}
