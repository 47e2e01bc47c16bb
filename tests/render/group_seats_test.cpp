#include <doctest/doctest.h>

#include <string>

#include "group/composition.hpp"
#include "group/roster.hpp"
#include "render/group/group_views.hpp"
#include "support/group_fixture.hpp"
#include "support/json_reader.hpp"

// `gcsj group seats` from a Group read by the real loader: the text table and the JSON read back.

using namespace gcsj::testing;
using gcsj::model::Date;

namespace {

struct Seats {
  Checked checked;
  gcsj::group::Roster roster;
  explicit Seats(const std::vector<GroupMember>& members)
      : checked(check_files(group_registry(group_yaml(members)), kGroupAsOf)),
        roster(*gcsj::group::Roster::of(checked.registry)) {}

  std::string text(Date on = kGroupAsOf) const {
    const gcsj::render::GroupView view{checked.registry, roster, on};
    return gcsj::render::render_seats_text(view, gcsj::group::composition_on(roster, on));
  }
  Json json(Date on = kGroupAsOf) const {
    const gcsj::render::GroupView view{checked.registry, roster, on};
    return parse_json(
        gcsj::render::render_seats_json(view, gcsj::group::composition_on(roster, on)));
  }
};

bool has(const std::string& text, const std::string& needle) {
  return text.find(needle) != std::string::npos;
}

// The full Group without Worker 6 (a vacancy) and with a second enterprise member (over-filled).
std::vector<GroupMember> uneven() {
  auto members = full_group_members();
  std::erase_if(members, [](const GroupMember& m) { return m.name == "Worker 6"; });
  GroupMember second = member_of(members, "Enterprise Rep");
  second.name = "Enterprise Rep 2";
  members.push_back(second);
  return members;
}

}  // namespace

TEST_SUITE("render::group_seats") {
  TEST_CASE("text: a row per seat, the status of each, the chairs, the totals") {
    const Seats seats(uneven());
    const std::string text = seats.text();
    CHECK(text.starts_with("Coordinating Group on 1 June 2025 (coordinating-group.yaml)\n\n"));
    CHECK(has(text, "SEAT                     PARA     SEATS SITTING  STATUS"));
    CHECK(has(text, "\nworkers                  25(e)        6       5  VACANT 1"));
    CHECK(has(text, "Vice-Chairperson: Worker 1"));
    CHECK(has(text, "\nenterprise               25(f)        1       2  OVER +1"));
    CHECK(has(text, "\nun-system                25(h)  up to 2       2  filled"));
    CHECK(has(text, "\n  africa"));  // the government seats by region, indented
    CHECK(text.ends_with("\n33 of 34 seats filled, 1 vacant, 1 over-filled\n"));
  }

  TEST_CASE("text: before the Group is established only the Director-General's seat counts") {
    const Seats seats(full_group_members());
    const std::string text = seats.text(Date{2024, 5, 1});
    CHECK(has(text,
              "The Group is established on 1 June 2024: on 1 May 2024 it does not exist "
              "yet, and no one sits but the Director-General."));
    CHECK(has(text, "not yet"));
    CHECK(text.ends_with("\nThe Group does not exist yet on 1 May 2024.\n"));
  }

  TEST_CASE("JSON: every row with its capacity, who nominates, the members and their terms") {
    const Seats seats(uneven());
    const Json json = seats.json();
    CHECK(json["file"].str() == "coordinating-group.yaml");
    CHECK(json["established"].str() == "2024-06-01");
    CHECK(json["exists"].boolean);
    const Json* workers = nullptr;
    const Json* enterprise = nullptr;
    int region_rows = 0;
    for (const Json& row : json["seats"].items) {
      if (!row["region"].is_null()) ++region_rows;
      if (row["seat"].str() == "workers") workers = &row;
      if (row["seat"].str() == "enterprise") enterprise = &row;
    }
    CHECK(region_rows == 4);
    REQUIRE(workers != nullptr);
    CHECK((*workers)["paragraph"].str() == "25(e)");
    CHECK((*workers)["capacity"].integer() == 6);
    CHECK((*workers)["nominated_by"].str() == "workers-group");
    CHECK((*workers)["sitting"].integer() == 5);
    CHECK((*workers)["vacancies"].integer() == 1);
    CHECK((*workers)["members"][0]["name"].str() == "Worker 1");
    CHECK((*workers)["members"][0]["role"].str() == "vice-chair");
    CHECK((*workers)["members"][0]["partner"].str() == "wrk1");
    CHECK((*workers)["members"][0]["term_end"].str() == "2026-05-31");
    REQUIRE(enterprise != nullptr);
    CHECK((*enterprise)["excess"].integer() == 1);
    CHECK(json["summary"]["seats"].integer() == 34);
    CHECK(json["summary"]["filled"].integer() == 33);
    CHECK(json["summary"]["vacant"].integer() == 1);
    CHECK(json["summary"]["over_filled"].integer() == 1);
    // The Director-General: no partner, no nominating body, no term.
    const Json& dg = json["seats"][0];
    CHECK(dg["seat"].str() == "director-general");
    CHECK(dg["nominated_by"].is_null());
    CHECK(dg["members"][0]["partner"].is_null());
    CHECK(dg["members"][0]["term_end"].is_null());
  }
}
