#include <doctest/doctest.h>

#include <set>
#include <string>

#include "render/changes/changes_report.hpp"
#include "support/changes_fixture.hpp"
#include "support/json_reader.hpp"

// `gcsj changes -f json` read back: one shape for every kind of change, nulls where a part does
// not apply, the summary counting what the list holds.

using namespace gcsj::testing;

namespace {

Json json_of(const Checked& checked, const gcsj::changes::Changes& changes) {
  const gcsj::render::ChangesView view{checked.registry, changes, "registry", kChangesTo};
  return parse_json(gcsj::render::render_changes_json(view));
}

}  // namespace

TEST_SUITE("render::changes_json") {
  TEST_CASE("partner changes: each with its date, kind, paragraph, file and partner") {
    const auto checked = partner_changes_registry();
    const auto changes = changes_of(checked);
    const Json json = json_of(checked, changes);
    CHECK(json["from"].str() == "2025-01-01");
    CHECK(json["to"].str() == "2025-06-01");
    CHECK(json["as_of"].str() == "2025-06-01");
    const Json& list = json["changes"];
    REQUIRE(list.size() == changes.events.size());
    std::vector<std::string> kinds;
    for (const Json& c : list.items) {
      kinds.push_back(c["kind"].str());
      // The same keys for every kind.
      CHECK(c.keys() == std::vector<std::string>{"date", "kind", "paragraph", "public", "file",
                                                 "line", "column", "partner", "member", "term",
                                                 "left", "chair", "seats", "action", "forum"});
      CHECK(c["member"].is_null());
      CHECK(c["chair"].is_null());
      CHECK(c["seats"].is_null());
    }
    CHECK(kinds == std::vector<std::string>{"partner-withdrew", "partner-admitted",
                                            "application-pending", "action-completed"});
    CHECK(list[0]["date"].str() == "2025-02-01");
    CHECK(list[0]["public"].boolean == false);
    CHECK(list[0]["partner"]["id"].str() == "gone");
    CHECK(list[1]["partner"]["name"].str() == "New *Partner*");  // as written: JSON is data
    CHECK(list[1]["partner"]["category"].str() == "government");
    CHECK(list[1]["partner"]["region"].str() == "Africa");
    CHECK(list[1]["partner"]["public"].boolean);
    CHECK(list[1]["file"].str() == "partners/newcomer.yaml");
    CHECK(list[1]["paragraph"].str() == "18");
    CHECK(list[1]["action"].is_null());
    CHECK(list[3]["action"]["number"].integer() == 1);
    CHECK(list[3]["action"]["title"].str() == "Extend social protection");
    const Json& summary = json["summary"];
    CHECK(summary["partners_admitted"].integer() == 1);
    CHECK(summary["partners_withdrew"].integer() == 1);
    CHECK(summary["applications_pending"].integer() == 1);
    CHECK(summary["actions_completed"].integer() == 1);
    CHECK(summary["group_changes"].integer() == 0);
    CHECK(summary["total"].integer() == 4);
    CHECK(json["group"].is_null());
  }

  TEST_CASE("Group changes: the member, why it left, the seats, the balance before and after") {
    const auto checked = group_changes_registry();
    const Json json = json_of(checked, changes_of(checked));
    const Json* left = nullptr;
    const Json* vacated = nullptr;
    for (const Json& c : json["changes"].items) {
      if (c["kind"].str() == "member-left") left = &c;
      if (c["kind"].str() == "seat-vacated") vacated = &c;
    }
    REQUIRE(left != nullptr);
    CHECK((*left)["member"]["name"].str() == "Worker 2");
    CHECK((*left)["member"]["seat"].str() == "workers");
    CHECK((*left)["member"]["region"].is_null());
    CHECK((*left)["member"]["role"].str() == "member");
    CHECK((*left)["left"]["last_day"].str() == "2025-01-31");
    CHECK((*left)["left"]["reason"].str() == "ended-early");
    CHECK((*left)["left"]["end_reason"].str() == "resigned");
    CHECK((*left)["left"]["end_note"].is_null());
    CHECK((*left)["partner"]["id"].str() == "wrk2");
    REQUIRE(vacated != nullptr);
    CHECK((*vacated)["seats"]["seat"].str() == "workers");
    CHECK((*vacated)["seats"]["count"].integer() == 1);
    CHECK((*vacated)["member"].is_null());
    const Json& group = json["group"];
    CHECK(group["before"]["date"].str() == "2025-01-01");
    CHECK(group["before"]["sitting"].integer() == 34);
    CHECK(group["after"]["sitting"].integer() == 33);
    CHECK(group["after"]["established"].boolean);
    REQUIRE(group["after"]["government"].size() == 4);
    CHECK(group["after"]["government"][0]["region"].str() == "africa");
    CHECK(group["after"]["government"][0]["sitting"].integer() == 3);
    CHECK(group["after"]["gender"].keys().size() == 5);
    CHECK(json["summary"]["group_changes"].integer() >= 2);
  }

  TEST_CASE("a period without changes: an empty list, zero counts") {
    const auto checked = partner_changes_registry();
    const auto none = gcsj::changes::compute_changes(checked.registry, {2023, 1, 1}, {2023, 6, 1},
                                                     gcsj::refdata::ReferenceData::bundled());
    const gcsj::render::ChangesView view{checked.registry, none, "registry", kChangesTo};
    const Json json = parse_json(gcsj::render::render_changes_json(view));
    CHECK(json["changes"].size() == 0);
    CHECK(json["summary"]["total"].integer() == 0);
  }
}
