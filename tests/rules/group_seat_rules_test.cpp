#include <doctest/doctest.h>

#include "support/group_fixture.hpp"

using namespace gcsj::testing;

namespace {
Checked check_group(const std::vector<GroupMember>& members, const std::string& head = "",
                    gcsj::model::Date as_of = kGroupAsOf) {
  return check_files(group_registry(group_yaml(members, head)), as_of);
}
std::vector<GroupMember> without(std::vector<GroupMember> members, const std::string& name) {
  std::erase_if(members, [&](const GroupMember& m) { return m.name == name; });
  return members;
}
// The registry of the full Group, with partner `id` withdrawn on `date`.
std::vector<TestFile> with_withdrawal(const std::vector<GroupMember>& members,
                                      const std::string& id, const std::string& date) {
  auto files = group_registry(group_yaml(members));
  TestFile& file = partner_file(files, id);
  file.text = replace(file.text, "status: admitted\n", "status: withdrawn\n");
  file.text = replace(file.text, "admitted: 2024-02-01\n",
                      "admitted: 2024-02-01\nwithdrawn: " + date + "\n");
  return files;
}
constexpr const char* kSplit =
    "government_seats: {africa: 3, americas: 3, asia-pacific: 3, europe: 3}\n";
}  // namespace

TEST_SUITE("rules::group::seats") {
  TEST_CASE("seat-capacity: more members than seats, at the member that over-fills (¶25)") {
    auto members = full_group_members();
    GroupMember extra = members[16];  // an employers' member
    extra.name = "Employer 7";
    extra.partner = "emp7";
    extra.role = "";
    members.push_back(extra);
    const auto text = group_yaml(members);
    const auto checked = check_group(members);
    const auto found = checked.of("seat-capacity");
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.line == line_of(text, "name: Employer 7"));
    CHECK(found[0].paragraph == "25(d)");
    CHECK(found[0].related.size() == 6);
  }

  TEST_CASE("seat-capacity: a region over its share of government_seats (¶25(c))") {
    auto members = full_group_members();
    for (auto& m : members)
      if (m.name == "Gov cl") m.partner = "gov-ke", m.region = "africa";
    const auto text = group_yaml(members, kSplit);
    const auto checked = check_group(members, kSplit);
    CHECK(checked.lines_of("seat-capacity") == std::vector<int>{line_of(text, "name: Gov cl")});
    REQUIRE(checked.lines_of("seat-vacant") == std::vector<int>{line_of(text, "members:")});
    CHECK(checked.of("seat-vacant")[0].message.english().find("americas") != std::string::npos);
  }

  TEST_CASE("seat-vacant: a nominated seat without its member, naming who left") {
    CHECK(check_group(full_group_members()).of("seat-vacant").empty());
    auto members = full_group_members();
    member_of(members, "Worker 4").terms = {
        "{start: 2024-06-01, end: 2025-03-31, end_reason: resigned, nominated_by: NOMINATOR}"};
    const auto text = group_yaml(members);
    const auto found = check_group(members).of("seat-vacant");
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.line == line_of(text, "members:"));
    CHECK(found[0].paragraph == "25(e)");
    CHECK(found[0].message.english() ==
          "1 of the 6 `workers` seats is vacant on 1 June 2025 (the term of Worker 4 ended on "
          "31 March 2025)");
    CHECK(found[0].severity == gcsj::findings::Severity::warning);
  }

  TEST_CASE("seat-vacant names the member who left last when two have left") {
    auto members = full_group_members();
    member_of(members, "Worker 4").terms = {
        "{start: 2024-06-01, end: 2025-03-31, nominated_by: NOMINATOR}"};
    member_of(members, "Worker 5").terms = {
        "{start: 2024-06-01, end: 2025-04-30, nominated_by: NOMINATOR}"};
    const auto found = check_group(members).of("seat-vacant");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.english().starts_with("2 of the 6 `workers` seats are vacant"));
    CHECK(found[0].message.english().find("Worker 5 ended on 30 April 2025") != std::string::npos);
    // The other order of the entries names the same member.
    std::swap(member_of(members, "Worker 4").terms, member_of(members, "Worker 5").terms);
    const auto swapped = check_group(members).of("seat-vacant");
    REQUIRE(swapped.size() == 1);
    CHECK(swapped[0].message.english().find("Worker 4 ended on 30 April 2025") !=
          std::string::npos);
  }

  TEST_CASE("a member whose partner has withdrawn no longer sits: its seat is vacant (¶21)") {
    const auto members = full_group_members();
    // Withdrawn on 2025-05-01: on the as-of date 2025-06-01 the enterprise seat is vacant.
    auto checked = check_files(with_withdrawal(members, "ent", "2025-05-01"), kGroupAsOf);
    auto found = checked.of("seat-vacant");
    REQUIRE(found.size() == 1);
    CHECK(found[0].paragraph == "25(f)");
    CHECK(found[0].message.english() ==
          "the `enterprise` seat is vacant on 1 June 2025 (Enterprise Rep sat until 30 April 2025, "
          "the day before its partner `ent` withdrew)");
    // On the day of the withdrawal the partner is no longer admitted; the day before it is.
    CHECK(check_files(with_withdrawal(members, "ent", "2025-06-01"), kGroupAsOf)
              .of("seat-vacant")
              .size() == 1);
    CHECK(check_files(with_withdrawal(members, "ent", "2025-06-02"), kGroupAsOf)
              .of("seat-vacant")
              .empty());
  }

  TEST_CASE("invited-seat-vacant: a note for seats filled by invitation") {
    const auto checked = check_group(without(full_group_members(), "NGO Rep"));
    CHECK(checked.of("seat-vacant").empty());
    const auto found = checked.of("invited-seat-vacant");
    REQUIRE(found.size() == 1);
    CHECK(found[0].paragraph == "25(j)");
    CHECK(found[0].message.english() == "the `ngo` seat is vacant on 1 June 2025");
    CHECK(found[0].severity == gcsj::findings::Severity::note);
  }

  TEST_CASE("no Director-General is a vacancy of ¶25(a)") {
    const auto found =
        check_group(without(full_group_members(), "The Director-General")).of("seat-vacant");
    REQUIRE(found.size() == 1);
    CHECK(found[0].paragraph == "25(a)");
  }

  TEST_CASE("government-seats-total: a regional split adds up to twelve") {
    CHECK(check_group(full_group_members(), kSplit).of("government-seats-total").empty());
    for (const char* head : {"government_seats: {africa: 4, americas: 3, asia-pacific: 3, "
                             "europe: 3}\n",
                             "government_seats: {africa: 2, americas: 3, asia-pacific: 3, "
                             "europe: 3}\n"}) {
      const auto text = group_yaml(full_group_members(), head);
      const auto checked = check_group(full_group_members(), head);
      CHECK(checked.lines_of("government-seats-total") ==
            std::vector<int>{line_of(text, "government_seats:")});
    }
  }

  TEST_CASE("government-region-coverage: each region sits without a split") {
    auto members = without(without(without(full_group_members(), "Gov id"), "Gov ph"), "Gov jo");
    const auto checked = check_group(members);
    REQUIRE(checked.of("government-region-coverage").size() == 1);
    CHECK(checked.of("government-region-coverage")[0].message.english().find("asia-pacific") !=
          std::string::npos);
    CHECK(checked.of("seat-vacant").size() == 1);  // the total: 9 of 12
    CHECK(check_group(full_group_members()).of("government-region-coverage").empty());
  }

  TEST_CASE("a Group being formed has no vacancies before it is established") {
    std::vector<GroupMember> only_dg{full_group_members().front()};
    const auto before = check_group(only_dg, "", {2024, 5, 31});  // established 2024-06-01
    CHECK(before.of("seat-vacant").empty());
    CHECK(before.of("invited-seat-vacant").empty());
    const auto after = check_group(only_dg, "", {2024, 6, 1});
    CHECK(after.of("seat-vacant").size() == 6);  // ¶25(b)-(g); the government seats as one total
    CHECK(after.of("government-region-coverage").size() == 4);
  }
}

TEST_SUITE("rules::group::seats/boundaries") {
  TEST_CASE(
      "a government member without `region` under government_seats: member-region at the "
      "member, one vacancy in its region's share, no over-filled seat") {
    auto members = full_group_members();
    member_of(members, "Gov ke").region = "";
    const auto text = group_yaml(members, kSplit);
    const auto checked = check_group(members, kSplit);
    CHECK(checked.lines_of("member-region") == std::vector<int>{line_of(text, "name: Gov ke")});
    const auto vacant = checked.of("seat-vacant");
    REQUIRE(vacant.size() == 1);
    CHECK(vacant[0].where.line == line_of(text, "members:"));
    REQUIRE(vacant[0].seat);
    CHECK(vacant[0].seat->seat == gcsj::model::Seat::government);
    CHECK(vacant[0].seat->region == gcsj::model::GovernmentRegion::africa);
    CHECK(vacant[0].message.english().find("africa") != std::string::npos);
    CHECK(checked.of("seat-capacity").empty());
    CHECK(checked.of("government-region-coverage").empty());
    CHECK(checked.of("government-seats-total").empty());
    // Without a split, the twelve sit and no region is short.
    const auto unsplit = check_group(members);
    CHECK(unsplit.lines_of("member-region") ==
          std::vector<int>{line_of(group_yaml(members), "name: Gov ke")});
    CHECK(unsplit.of("seat-vacant").empty());
    CHECK(unsplit.of("government-region-coverage").empty());
  }

  TEST_CASE("seat-vacant on the withdrawal's own date names the withdrawal, not a term's end") {
    const auto checked =
        check_files(with_withdrawal(full_group_members(), "ent", "2025-06-01"), kGroupAsOf);
    const auto found = checked.of("seat-vacant");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.english() ==
          "the `enterprise` seat is vacant on 1 June 2025 (Enterprise Rep sat until 31 May 2025, "
          "the day before its partner `ent` withdrew)");
  }
}
