#include <doctest/doctest.h>

#include <string>

#include "diff/registry_diff.hpp"
#include "support/check_helpers.hpp"

// diff_partner and the matching of partners by id, on partners read by the real loader.

using namespace gcsj::testing;
using gcsj::diff::ActionChangeKind;
using gcsj::diff::Value;
using gcsj::model::ActionStatus;

namespace {

// One partner, read from `text`.
struct One {
  Checked checked;
  explicit One(const std::string& text) : checked(check_yaml(text)) {
    REQUIRE(checked.registry.partners.size() == 1);
  }
  const gcsj::model::Partner& partner() const { return checked.registry.partners.front(); }
};

gcsj::diff::PartnerChange diff(const std::string& before, const std::string& after) {
  const One old_version(before), new_version(after);
  return gcsj::diff::diff_partner(old_version.partner(), new_version.partner());
}

// kGovernment with `actions` in place of its one action.
std::string with_actions(const std::string& actions) {
  return replace(kGovernment,
                 "actions:\n  - title: Extend social protection\n    domains: [protection]\n",
                 "actions:\n" + actions);
}

std::string action(const std::string& title, const std::string& status = "",
                   const std::string& more = "") {
  return "  - title: " + title + "\n    domains: [protection]\n" +
         (status.empty() ? "" : "    status: " + status + "\n") + more;
}

}  // namespace

TEST_SUITE("diff::partner_diff") {
  TEST_CASE("the same partner: no field and no action moved") {
    const auto change = diff(kNgo, kNgo);
    CHECK(change.id == "sample");
    CHECK(change.fields.empty());
    CHECK(change.actions.empty());
    CHECK(change.field("name") == nullptr);
  }

  TEST_CASE("a field that moved: its key, before and after; field() finds it by key") {
    const auto change = diff(kNgo, replace(kNgo, "name: Sample", "name: Renamed"));
    REQUIRE(change.fields.size() == 1);
    const auto* name = change.field("name");
    REQUIRE(name != nullptr);
    CHECK(name->before->kind == Value::Kind::text);
    CHECK(name->before->text == "Sample");
    CHECK(name->after->text == "Renamed");
    CHECK(change.field("category") == nullptr);
  }

  TEST_CASE("a key added or removed: absent on one side") {
    const auto added =
        diff(kNgo, replace(kNgo, "name: Sample\n", "name: Sample\nwebsite: https://a.org\n"));
    const auto* website = added.field("website");
    REQUIRE(website != nullptr);
    CHECK_FALSE(website->before.has_value());
    CHECK(website->after->text == "https://a.org");
    const auto removed =
        diff(replace(kNgo, "name: Sample\n", "name: Sample\nwebsite: https://a.org\n"), kNgo);
    REQUIRE(removed.field("website") != nullptr);
    CHECK_FALSE(removed.field("website")->after.has_value());
  }

  TEST_CASE("a list value: compared whole, in its order") {
    const auto change =
        diff(kNgo, replace(kNgo, "levels: [national]", "levels: [national, global]"));
    const auto* levels = change.field("adherence.levels");
    REQUIRE(levels != nullptr);
    CHECK(levels->before->kind == Value::Kind::list);
    CHECK(levels->before->items.size() == 1);
    CHECK(levels->after->items.size() == 2);
    CHECK(levels->after->items[1].text == "global");
  }

  TEST_CASE("actions: added, ended, status moved, other fields moved") {
    const auto change = diff(with_actions(action("Kept") + action("Moved", "pledged") +
                                          action("Edited") + action("Dropped")),
                             with_actions(action("Kept") + action("Moved", "ongoing") +
                                          action("Edited", "", "    sdgs: [1]\n") + action("New")));
    REQUIRE(change.actions.size() == 4);
    CHECK(change.actions[0].kind == ActionChangeKind::status);
    CHECK(change.actions[0].title == "Moved");
    CHECK(change.actions[0].status.before == ActionStatus::pledged);
    CHECK(change.actions[0].status.after == ActionStatus::ongoing);
    CHECK(change.actions[0].fields.empty());
    CHECK(change.actions[1].kind == ActionChangeKind::changed);
    CHECK(change.actions[1].title == "Edited");
    REQUIRE(change.actions[1].fields.size() == 1);
    CHECK(change.actions[1].fields[0].key == "sdgs");
    CHECK(change.actions[2].kind == ActionChangeKind::added);
    CHECK(change.actions[2].title == "New");
    CHECK_FALSE(change.actions[2].status.before.has_value());
    // Those no longer listed come last, located in the older version.
    CHECK(change.actions[3].kind == ActionChangeKind::ended);
    CHECK(change.actions[3].title == "Dropped");
    CHECK_FALSE(change.actions[3].status.after.has_value());
    CHECK(change.fields.empty());
  }

  TEST_CASE("actions of one title are matched in order: the first with the first") {
    const auto change = diff(with_actions(action("Same", "pledged") + action("Same", "ongoing")),
                             with_actions(action("Same", "ongoing")));
    REQUIRE(change.actions.size() == 2);
    // The new one is the old first (pledged -> ongoing); the old second is no longer listed.
    CHECK(change.actions[0].kind == ActionChangeKind::status);
    CHECK(change.actions[0].status.before == ActionStatus::pledged);
    CHECK(change.actions[1].kind == ActionChangeKind::ended);
    CHECK(change.actions[1].status.before == ActionStatus::ongoing);
  }

  TEST_CASE("a reordering of differently titled actions is no change") {
    const auto change =
        diff(with_actions(action("A") + action("B")), with_actions(action("B") + action("A")));
    CHECK(change.actions.empty());
  }

  TEST_CASE("registries: a partner without an id is not compared; of a duplicated id, the first") {
    const std::string b = replace(kNgo, "id: sample", "id: b");
    const Checked before = check_files({{"partners/b.yaml", b}});
    const Checked after =
        check_files({{"partners/b.yaml", b},
                     {"partners/b2.yaml", replace(b, "name: Sample", "name: Second of b")},
                     {"partners/none.yaml", replace(kNgo, "id: sample\n", "")}});
    const auto diff = gcsj::diff::diff_registries(before.registry, after.registry, kDefaultAsOf);
    CHECK(diff.added.empty());
    CHECK(diff.removed.empty());
    CHECK(diff.changed.empty());
    CHECK(diff.empty());
  }

  TEST_CASE("registries: declined applications are counted, never named") {
    const std::string pending =
        replace(replace(kNgo, "id: sample", "id: pending"),
                "status: admitted\nadmitted: 2024-02-01", "status: applied");
    const std::string declined =
        replace(pending, "status: applied", "status: declined\ndeclined: 2024-03-01");
    const std::string other = replace(declined, "id: pending", "id: other");
    const std::string gone = replace(declined, "id: pending", "id: gone");
    const Checked before =
        check_files({{"partners/pending.yaml", pending}, {"partners/gone.yaml", gone}});
    // pending is declined, other arrives declined, gone (declined) is removed
    const Checked after =
        check_files({{"partners/pending.yaml", declined}, {"partners/other.yaml", other}});
    const auto diff = gcsj::diff::diff_registries(before.registry, after.registry, kDefaultAsOf);
    CHECK(diff.added.empty());
    CHECK(diff.removed.empty());
    CHECK(diff.changed.empty());
    CHECK(diff.declined_applications == 3);
    CHECK_FALSE(diff.empty());
    // reconsidered: declined before, pending after, it is named again
    const auto back = gcsj::diff::diff_registries(after.registry, before.registry, kDefaultAsOf);
    REQUIRE(back.changed.size() == 1);
    CHECK(back.changed[0].id == "pending");
    // gone (declined) arrives and other (declined) leaves: counted
    CHECK(back.added.empty());
    CHECK(back.removed.empty());
    CHECK(back.declined_applications == 2);
  }
}
