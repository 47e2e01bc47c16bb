#include <doctest/doctest.h>

#include <string>

#include "diff/registry_diff.hpp"
#include "render/diff/diff_report.hpp"
#include "support/group_fixture.hpp"
#include "support/json_reader.hpp"

// `changes --base REF -f json` read back: the typed diff, values as the registry writes them,
// each location in the version that holds it.

using namespace gcsj::testing;

namespace {

struct Diffed {
  Checked before, after;
  gcsj::diff::RegistryDiff diff;
  Diffed(const std::vector<TestFile>& old_files, const std::vector<TestFile>& new_files)
      : before(check_files(old_files, kGroupAsOf)),
        after(check_files(new_files, kGroupAsOf)),
        diff(gcsj::diff::diff_registries(before.registry, after.registry, kGroupAsOf)) {}

  Json json(std::optional<std::string_view> commit = std::nullopt, bool existed = true) const {
    const gcsj::render::DiffView view{diff,   before.registry, after.registry,
                                      "main", commit,          existed};
    return parse_json(gcsj::render::render_diff_json(view));
  }
};

std::string with_id(const std::string& text, const std::string& id) {
  return replace(text, "id: sample", "id: " + id);
}

}  // namespace

TEST_SUITE("render::registry_diff_json") {
  TEST_CASE("the base, and partners added, removed and changed, located in their version") {
    const Diffed d(
        {{"partners/a.yaml", with_id(kGovernment, "a")}, {"old/b.yaml", with_id(kNgo, "b")}},
        {{"partners/a.yaml", replace(with_id(kGovernment, "a"), "name: Sample", "name: A2")},
         {"new/c.yaml", with_id(kAcademic, "c")}});
    const Json json = d.json("0123456789abcdef0123456789abcdef01234567");
    CHECK(json["as_of"].str() == "2025-06-01");
    CHECK(json["base"]["ref"].str() == "main");
    CHECK(json["base"]["commit"].str() == "0123456789abcdef0123456789abcdef01234567");
    CHECK(json["base"]["existed"].boolean);
    const Json& partners = json["partners"];
    REQUIRE(partners["added"].size() == 1);
    CHECK(partners["added"][0]["id"].str() == "c");
    CHECK(partners["added"][0]["category"].str() == "academic");
    CHECK(partners["added"][0]["status"].str() == "admitted");
    CHECK(partners["added"][0]["file"].str() == "new/c.yaml");
    REQUIRE(partners["removed"].size() == 1);
    CHECK(partners["removed"][0]["file"].str() == "old/b.yaml");
    REQUIRE(partners["changed"].size() == 1);
    const Json& changed = partners["changed"][0];
    CHECK(changed["id"].str() == "a");
    CHECK(changed["fields"].keys() == std::vector<std::string>{"name"});
    CHECK(changed["fields"]["name"]["before"].str() == "Sample");
    CHECK(changed["fields"]["name"]["after"].str() == "A2");
    CHECK(changed["actions"].size() == 0);
    // No Group in either version.
    CHECK_FALSE(json["group"]["exists"]["before"].boolean);
    CHECK_FALSE(json["group"]["exists"]["after"].boolean);
    CHECK(json["group"]["members"].size() == 0);
  }

  TEST_CASE("no commit for a directory; a registry not there at REF") {
    const Diffed d({}, {{"partners/a.yaml", with_id(kGovernment, "a")}});
    const Json json = d.json(std::nullopt, false);
    CHECK(json["base"]["commit"].is_null());
    CHECK_FALSE(json["base"]["existed"].boolean);
    CHECK(json["partners"]["added"].size() == 1);
  }

  TEST_CASE("actions: the change, the status before and after, null where there is none") {
    const std::string before = replace(kNgo, "    domains: [protection]\n",
                                       "    domains: [protection]\n    status: pledged\n"
                                       "  - title: Old\n    domains: [protection]\n");
    const std::string after = replace(kNgo, "    domains: [protection]\n",
                                      "    domains: [protection]\n    status: ongoing\n");
    const Diffed d({{"partners/sample.yaml", before}}, {{"partners/sample.yaml", after}});
    const Json actions = d.json()["partners"]["changed"][0]["actions"];
    REQUIRE(actions.size() == 2);
    CHECK(actions[0]["change"].str() == "status");
    CHECK(actions[0]["status_before"].str() == "pledged");
    CHECK(actions[0]["status_after"].str() == "ongoing");
    CHECK(actions[1]["change"].str() == "ended");
    CHECK(actions[1]["title"].str() == "Old");
    CHECK(actions[1]["status_after"].is_null());
    CHECK(actions[1]["line"].integer() > 0);
  }

  TEST_CASE("the Group: who joined and left, seat counts, chairs, members changed") {
    auto members = full_group_members();
    const auto before = group_registry(group_yaml(members));
    member_of(members, "Worker 1").role = "";
    member_of(members, "Worker 2").role = "vice-chair";
    std::erase_if(members, [](const GroupMember& m) { return m.name == "Academic Rep"; });
    const Diffed d(before, group_registry(group_yaml(members)));
    const Json group = d.json()["group"];
    CHECK(group["on"].str() == "2025-06-01");
    CHECK(group["exists"]["before"].boolean);
    CHECK(group["established"]["after"].boolean);
    CHECK(group["joined"].size() == 0);
    REQUIRE(group["left"].size() == 1);
    CHECK(group["left"][0]["name"].str() == "Academic Rep");
    CHECK(group["left"][0]["seat"].str() == "academic");
    CHECK(group["left"][0]["region"].is_null());
    CHECK(group["left"][0]["role"].str() == "member");
    REQUIRE(group["moved"].size() == 2);
    CHECK(group["moved"][0]["before"]["role"].str() == "vice-chair");
    CHECK(group["moved"][0]["after"]["role"].str() == "member");
    REQUIRE(group["seats"].size() == 1);
    CHECK(group["seats"][0]["seat"].str() == "academic");
    CHECK(group["seats"][0]["before"].integer() == 1);
    CHECK(group["seats"][0]["after"].integer() == 0);
    CHECK(group["chairs"]["before"].size() == group["chairs"]["after"].size());
    std::vector<std::string> changes;
    for (const Json& m : group["members"].items) changes.push_back(m["change"].str());
    CHECK(changes == std::vector<std::string>{"changed", "changed", "removed"});
    CHECK(group["members"][0]["fields"].has("role"));
  }
}
