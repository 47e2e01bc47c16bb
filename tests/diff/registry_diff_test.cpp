#include <doctest/doctest.h>

#include "diff/registry_diff.hpp"
#include "support/check_helpers.hpp"
#include "support/group_fixture.hpp"
#include "support/progress_recorder.hpp"

using namespace gcsj::testing;
using gcsj::diff::ActionChangeKind;
using gcsj::diff::Value;
using gcsj::model::Date;

namespace {

gcsj::diff::RegistryDiff diff_of(const std::vector<TestFile>& before,
                                 const std::vector<TestFile>& after, Date on = kGroupAsOf) {
  const Checked old_version = check_files(before, on);
  const Checked new_version = check_files(after, on);
  return gcsj::diff::diff_registries(old_version.registry, new_version.registry, on);
}

std::optional<Value> word(std::string s) {
  Value v;
  v.kind = Value::Kind::word;
  v.text = std::move(s);
  return v;
}
std::optional<Value> text(std::string s) {
  auto v = word(std::move(s));
  v->kind = Value::Kind::text;
  return v;
}

std::string with_id(const std::string& text, const std::string& id) {
  return replace(text, "id: sample", "id: " + id);
}

std::vector<std::string> names_of(const std::vector<gcsj::diff::Sitting>& sitting) {
  std::vector<std::string> out;
  for (const auto& s : sitting) out.push_back(s.name.value_or("?"));
  return out;
}

}  // namespace

TEST_SUITE("diff::registry_diff") {
  TEST_CASE("tells each partner of the newer version compared, of their number") {
    const Checked before = check_files({{"partners/a.yaml", with_id(kGovernment, "a")}});
    const Checked after = check_files({{"partners/a.yaml", with_id(kGovernment, "a")},
                                       {"partners/b.yaml", with_id(kNgo, "b")},
                                       {"partners/c.yaml", with_id(kAcademic, "c")}});
    ProgressRecorder progress;
    gcsj::diff::diff_registries(before.registry, after.registry, kGroupAsOf, &progress);
    using gcsj::util::Stage;
    const std::vector<std::pair<Stage, std::size_t>> begun{{Stage::partners_compared, 3}};
    CHECK(progress.begun() == begun);
    CHECK(progress.count(Stage::partners_compared) == 3);
  }

  TEST_CASE("partners are added and removed by id; a file renamed is no change") {
    const auto diff = diff_of(
        {{"partners/a.yaml", with_id(kGovernment, "a")}, {"partners/b.yaml", with_id(kNgo, "b")}},
        {{"partners/renamed.yaml", with_id(kGovernment, "a")},
         {"partners/c.yaml", with_id(kAcademic, "c")}});
    REQUIRE(diff.added.size() == 1);
    CHECK(diff.added[0].id == "c");
    CHECK(diff.added[0].category == gcsj::model::Category::academic);
    CHECK(diff.added[0].status == gcsj::model::Status::admitted);
    REQUIRE(diff.removed.size() == 1);
    CHECK(diff.removed[0].id == "b");
    CHECK(diff.changed.empty());
  }

  TEST_CASE("the fields that moved: status, dates, country, category, accreditation") {
    const std::string before =
        replace(replace(kNgo, "status: admitted", "status: applied"), "admitted: 2024-02-01\n", "");
    const std::string after = replace(replace(kNgo, "ecosoc: special", "ecosoc: general"),
                                      "declared: 2024-01-15", "declared: 2024-01-16");
    const auto diff =
        diff_of({{"partners/sample.yaml", before}}, {{"partners/sample.yaml", after}});
    REQUIRE(diff.changed.size() == 1);
    const auto& c = diff.changed[0];
    CHECK(c.id == "sample");
    REQUIRE(c.field("status"));
    CHECK(c.field("status")->before == word("applied"));
    CHECK(c.field("status")->after == word("admitted"));
    REQUIRE(c.field("admitted"));
    CHECK_FALSE(c.field("admitted")->before);
    CHECK(c.field("admitted")->after == word("2024-02-01"));
    REQUIRE(c.field("adherence.declared"));
    CHECK(c.field("adherence.declared")->after == word("2024-01-16"));
    REQUIRE(c.field("accreditation"));
    const auto ecosoc = [](const std::optional<Value>& v) { return v->items.at(2); };
    CHECK(ecosoc(c.field("accreditation")->before).text == "special");
    CHECK(ecosoc(c.field("accreditation")->after).text == "general");
    CHECK_FALSE(c.field("category"));
    CHECK_FALSE(c.field("country"));
    CHECK_FALSE(c.field("withdrawn"));
    CHECK(c.fields.size() == 4);
    CHECK(c.actions.empty());
    const auto moved = diff_of({{"partners/sample.yaml", kGovernment}},
                               {{"partners/sample.yaml", replace(kGovernment, "KE", "TZ")}});
    REQUIRE(moved.changed.size() == 1);
    REQUIRE(moved.changed[0].field("country"));
    CHECK(moved.changed[0].field("country")->before == text("KE"));
    CHECK(moved.changed[0].field("country")->after == text("TZ"));
  }

  TEST_CASE("actions are matched by title: added, no longer listed, status moved") {
    const std::string actions =
        "  - title: Same\n    domains: [protection]\n    status: pledged\n"
        "  - title: Same\n    domains: [protection]\n    status: ongoing\n"
        "  - title: Dropped\n    domains: [protection]\n";
    const std::string before = kGovernment + actions;
    const std::string after = kGovernment +
                              "  - title: Same\n    domains: [protection]\n    status: pledged\n"
                              "  - title: Same\n    domains: [protection]\n    status: completed\n"
                              "  - title: New\n    domains: [inequality]\n    status: ongoing\n";
    const auto diff =
        diff_of({{"partners/sample.yaml", before}}, {{"partners/sample.yaml", after}});
    REQUIRE(diff.changed.size() == 1);
    const auto& actions_moved = diff.changed[0].actions;
    REQUIRE(actions_moved.size() == 3);
    CHECK(actions_moved[0].kind == ActionChangeKind::status);
    CHECK(actions_moved[0].title == std::optional<std::string>("Same"));
    CHECK(actions_moved[0].status.before == gcsj::model::ActionStatus::ongoing);
    CHECK(actions_moved[0].status.after == gcsj::model::ActionStatus::completed);
    CHECK(actions_moved[1].kind == ActionChangeKind::added);
    CHECK(actions_moved[1].title == std::optional<std::string>("New"));
    CHECK(actions_moved[2].kind == ActionChangeKind::ended);
    CHECK(actions_moved[2].title == std::optional<std::string>("Dropped"));
    CHECK(actions_moved[2].status.before == gcsj::model::ActionStatus::pledged);
  }

  TEST_CASE("two equal versions differ in nothing, the Group included") {
    const auto files = group_registry(group_yaml(full_group_members()));
    const auto diff = diff_of(files, files);
    CHECK(diff.empty());
    CHECK(diff.group.before_exists);
    CHECK(diff.group.before_established);
    CHECK(diff.group.chairs_before.size() == 4);  // DG, a government co-chair, two vice-chairs
  }

  TEST_CASE("the Group on the date: who joins, who leaves, seats and chairs, from the roster") {
    auto members = full_group_members();
    const auto before = group_registry(group_yaml(members));
    // The workers' vice-chair hands the role to another worker; Gov br leaves (no term covers
    // the date any more); a thirteenth government member cannot join a full seat but sits.
    member_of(members, "Worker 1").role = "";
    member_of(members, "Worker 2").role = "vice-chair";
    member_of(members, "Gov br").terms = {
        "{start: 2024-06-01, end: 2025-01-31, nominated_by: NOMINATOR}"};
    GroupMember turkey;
    turkey.name = "Gov tr";
    turkey.partner = "gov-tr";
    turkey.seat = "government";
    turkey.region = "europe";
    members.push_back(turkey);
    const auto after = group_registry(group_yaml(members));
    const auto diff = diff_of(before, after);
    const auto& g = diff.group;
    CHECK(names_of(g.joined) == std::vector<std::string>{"Gov tr"});
    CHECK(names_of(g.left) == std::vector<std::string>{"Gov br"});
    REQUIRE(g.moved.size() == 2);
    CHECK(g.moved[0].after.name == std::optional<std::string>("Worker 1"));
    CHECK(g.moved[0].before.role == gcsj::model::Role::vice_chair);
    CHECK(g.moved[0].after.role == gcsj::model::Role::member);
    CHECK(g.moved[1].after.name == std::optional<std::string>("Worker 2"));
    CHECK(g.chairs_changed());
    // The government total is unchanged (one left, one joined); two regions moved.
    REQUIRE(g.seats.size() == 2);
    CHECK(g.seats[0].region == gcsj::model::GovernmentRegion::americas);
    CHECK((g.seats[0].before == 3 && g.seats[0].after == 2));
    CHECK(g.seats[1].region == gcsj::model::GovernmentRegion::europe);
    CHECK((g.seats[1].before == 3 && g.seats[1].after == 4));
    CHECK(diff.added.empty());
    CHECK(diff.changed.empty());
  }

  TEST_CASE("a person who served twice: entries of one name are matched in order") {
    auto members = full_group_members();
    GroupMember twin = member_of(members, "Worker 2");
    twin.name = "J. Twin";
    twin.role = "";
    twin.level = "equivalent";
    twin.terms = {"{start: 2024-06-01, end: 2024-09-30, nominated_by: NOMINATOR}"};
    members.push_back(twin);
    twin.terms = {"{start: 2024-10-01, end: 2024-12-31, nominated_by: NOMINATOR}"};
    members.push_back(twin);
    const auto before = group_registry(group_yaml(members));
    const auto same = diff_of(before, before);
    CHECK(same.group.members.empty());  // was: J. Twin added and J. Twin removed
    CHECK(same.empty());
    for (const std::size_t which : {std::size_t{1}, std::size_t{2}}) {
      CAPTURE(which);
      auto changed = members;
      changed[changed.size() - 3 + which].level = "ministerial";
      const auto diff = diff_of(before, group_registry(group_yaml(changed)));
      REQUIRE(diff.group.members.size() == 1);  // was: the second entry's change unreported
      const auto& change = diff.group.members[0];
      CHECK(change.kind == gcsj::diff::MemberChangeKind::changed);
      CHECK(change.name == std::optional<std::string>("J. Twin"));
      REQUIRE(change.fields.size() == 1);
      CHECK(change.fields[0].key == "level");
      CHECK(change.fields[0].before == word("equivalent"));
      CHECK(change.fields[0].after == word("ministerial"));
    }
  }

  TEST_CASE("a partner that withdraws takes its member off the Group on the date") {
    auto files = group_registry(group_yaml(full_group_members()));
    const auto before = files;
    auto& ngo = partner_file(files, "ngo");
    ngo.text = replace(replace(ngo.text, "status: admitted", "status: withdrawn"),
                       "admitted: 2024-02-01", "admitted: 2024-02-01\nwithdrawn: 2025-03-01");
    const auto diff = diff_of(before, files);
    REQUIRE(diff.changed.size() == 1);
    REQUIRE(diff.changed[0].field("withdrawn"));
    CHECK(diff.changed[0].field("withdrawn")->after == word("2025-03-01"));
    CHECK(names_of(diff.group.left) == std::vector<std::string>{"NGO Rep"});
    REQUIRE(diff.group.seats.size() == 1);
    CHECK(diff.group.seats[0].seat == gcsj::model::Seat::ngo);
    CHECK((diff.group.seats[0].before == 1 && diff.group.seats[0].after == 0));
  }

  TEST_CASE("a Group added by the change: every sitting member joins") {
    auto files = group_registry(group_yaml(full_group_members()));
    auto without = files;
    without.pop_back();  // coordinating-group.yaml
    const auto diff = diff_of(without, files);
    CHECK_FALSE(diff.group.before_exists);
    CHECK(diff.group.after_exists);
    CHECK(diff.group.joined.size() == 34);
    CHECK(diff.group.left.empty());
  }
}
