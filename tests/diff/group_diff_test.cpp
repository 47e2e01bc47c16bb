#include <doctest/doctest.h>

#include <string>

#include "diff/registry_diff.hpp"
#include "support/group_fixture.hpp"

// diff_group: the Coordinating Group on a date in two versions, and its list of members whatever
// the date; GroupDiff's own questions (chairs_changed, empty).

using namespace gcsj::testing;
using gcsj::diff::GroupDiff;
using gcsj::diff::MemberChangeKind;
using gcsj::model::Date;

namespace {

GroupDiff diff_of(const std::vector<GroupMember>& before, const std::vector<GroupMember>& after,
                  Date on = kGroupAsOf, const std::string& head_before = "",
                  const std::string& head_after = "") {
  const Checked old_version = check_files(group_registry(group_yaml(before, head_before)), on);
  const Checked new_version = check_files(group_registry(group_yaml(after, head_after)), on);
  return gcsj::diff::diff_group(old_version.registry, new_version.registry, on);
}

std::vector<std::string> names_of(const std::vector<gcsj::diff::Sitting>& sitting) {
  std::vector<std::string> out;
  for (const auto& s : sitting) out.push_back(s.name.value_or("?"));
  return out;
}

gcsj::diff::Sitting chair(std::string name, gcsj::model::Seat seat, gcsj::model::Role role) {
  gcsj::diff::Sitting s;
  s.name = std::move(name);
  s.seat = seat;
  s.role = role;
  return s;
}

}  // namespace

TEST_SUITE("diff::group_diff") {
  TEST_CASE("the same Group: an empty diff, the chairs listed on both sides") {
    const auto members = full_group_members();
    const auto diff = diff_of(members, members);
    CHECK(diff.empty());
    CHECK(diff.before_exists);
    CHECK(diff.after_established);
    CHECK(diff.on == kGroupAsOf);
    // The Director-General (ex officio), Gov br, Employer 1 and Worker 1.
    CHECK(names_of(diff.chairs_before) ==
          std::vector<std::string>{"The Director-General", "Gov br", "Employer 1", "Worker 1"});
    CHECK(names_of(diff.chairs_after) == names_of(diff.chairs_before));
    CHECK_FALSE(diff.chairs_changed());
  }

  TEST_CASE("chairs_changed: another holder, another role, or another number of chairs") {
    using gcsj::model::Role;
    using gcsj::model::Seat;
    GroupDiff diff;
    diff.chairs_before = {chair("A", Seat::workers, Role::vice_chair)};
    diff.chairs_after = diff.chairs_before;
    CHECK_FALSE(diff.chairs_changed());
    CHECK(diff.empty());
    diff.chairs_after = {chair("B", Seat::workers, Role::vice_chair)};
    CHECK(diff.chairs_changed());
    CHECK_FALSE(diff.empty());
    diff.chairs_after = {chair("A", Seat::workers, Role::co_chair)};
    CHECK(diff.chairs_changed());
    diff.chairs_after = {chair("A", Seat::employers, Role::vice_chair)};
    CHECK(diff.chairs_changed());
    diff.chairs_after = {};
    CHECK(diff.chairs_changed());
  }

  TEST_CASE("a member added to the list who sits only later: a member change, no one joins") {
    auto after = full_group_members();
    GroupMember later;
    later.name = "Gov tr";
    later.partner = "gov-tr";
    later.seat = "government";
    later.region = "europe";
    later.terms = {"{start: 2025-09-01, nominated_by: NOMINATOR}"};
    after.push_back(later);
    const auto diff = diff_of(full_group_members(), after);
    CHECK(diff.joined.empty());
    CHECK(diff.seats.empty());
    REQUIRE(diff.members.size() == 1);
    CHECK(diff.members[0].kind == MemberChangeKind::added);
    CHECK(diff.members[0].name == std::optional<std::string>("Gov tr"));
    CHECK(diff.members[0].partner == std::optional<std::string>("gov-tr"));
    CHECK_FALSE(diff.empty());
  }

  TEST_CASE(
      "a member removed from the list leaves, and its entry is located in the older version") {
    auto after = full_group_members();
    std::erase_if(after, [](const GroupMember& m) { return m.name == "Academic Rep"; });
    const auto diff = diff_of(full_group_members(), after);
    CHECK(names_of(diff.left) == std::vector<std::string>{"Academic Rep"});
    REQUIRE(diff.members.size() == 1);
    CHECK(diff.members[0].kind == MemberChangeKind::removed);
    const std::string old_text = group_yaml(full_group_members());
    CHECK(diff.members[0].where.line == line_of(old_text, "- name: Academic Rep"));
    REQUIRE(diff.seats.size() == 1);
    CHECK(diff.seats[0].seat == gcsj::model::Seat::academic);
    CHECK(diff.seats[0].capacity == 1);
    CHECK((diff.seats[0].before == 1 && diff.seats[0].after == 0));
  }

  TEST_CASE("a government member moved to another region: a move, and both regions' counts") {
    auto after = full_group_members();
    member_of(after, "Gov jo").region = "europe";
    const auto diff = diff_of(full_group_members(), after);
    CHECK(diff.joined.empty());
    CHECK(diff.left.empty());
    REQUIRE(diff.moved.size() == 1);
    CHECK(diff.moved[0].before.region == gcsj::model::GovernmentRegion::asia_pacific);
    CHECK(diff.moved[0].after.region == gcsj::model::GovernmentRegion::europe);
    REQUIRE(diff.seats.size() == 2);
    CHECK(diff.seats[0].region == gcsj::model::GovernmentRegion::asia_pacific);
    CHECK(diff.seats[1].region == gcsj::model::GovernmentRegion::europe);
    REQUIRE(diff.members.size() == 1);
    CHECK(diff.members[0].kind == MemberChangeKind::changed);
    REQUIRE(diff.members[0].fields.size() == 1);
    CHECK(diff.members[0].fields[0].key == "region");
  }

  TEST_CASE("the Group's own fields: established later, so not established on the date") {
    const auto members = full_group_members();
    const Checked old_version = check_files(group_registry(group_yaml(members)), kGroupAsOf);
    auto files = group_registry(group_yaml(members));
    files.back().text =
        replace(files.back().text, "established: 2024-06-01", "established: 2025-07-01");
    const Checked new_version = check_files(files, kGroupAsOf);
    const auto diff =
        gcsj::diff::diff_group(old_version.registry, new_version.registry, kGroupAsOf);
    CHECK(diff.before_established);
    CHECK_FALSE(diff.after_established);
    CHECK_FALSE(diff.empty());
    bool established = false;
    for (const auto& f : diff.fields) established |= f.key == "established";
    CHECK(established);
  }

  TEST_CASE("a Group removed: every sitting member leaves, its list is not compared") {
    const auto files = group_registry(group_yaml(full_group_members()));
    auto without = files;
    without.pop_back();
    const Checked old_version = check_files(files, kGroupAsOf);
    const Checked new_version = check_files(without, kGroupAsOf);
    const auto diff =
        gcsj::diff::diff_group(old_version.registry, new_version.registry, kGroupAsOf);
    CHECK(diff.before_exists);
    CHECK_FALSE(diff.after_exists);
    CHECK(diff.left.size() == 34);
    CHECK(diff.members.empty());
    CHECK(diff.fields.empty());
    CHECK(diff.chairs_after.empty());
    // Every row of ¶25 fell to nothing.
    for (const auto& row : diff.seats) CHECK(row.after == 0);
    CHECK_FALSE(diff.seats.empty());
  }
}
