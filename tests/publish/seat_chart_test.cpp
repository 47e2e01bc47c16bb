#include <doctest/doctest.h>

#include <string>

#include "publish/site_context.hpp"
#include "support/group_fixture.hpp"
#include "support/site_fixture.hpp"

// The portal's seat chart (SVG) of a Group read by the real loader: a circle per seat, filled,
// vacant or over capacity, chairs ringed, every figure in its description.

using namespace gcsj::testing;

namespace {

int count(const std::string& text, std::string_view needle) {
  int n = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

// The full Group without Worker 6 (vacant) and with a second enterprise member (over capacity).
std::vector<GroupMember> uneven() {
  auto members = full_group_members();
  std::erase_if(members, [](const GroupMember& m) { return m.name == "Worker 6"; });
  GroupMember second = member_of(members, "Enterprise Rep");
  second.name = "Enterprise <Rep> 2";
  members.push_back(second);
  return members;
}

}  // namespace

TEST_SUITE("publish::seat_chart") {
  TEST_CASE("a full Group: 34 filled seats, the chairs ringed, twelve rows") {
    const SiteFixture site(
        check_files(group_registry(group_yaml(full_group_members())), kGroupAsOf), kGroupAsOf);
    const std::string svg = gcsj::publish::seat_chart(site.context(), "group.html");
    CHECK(
        svg.starts_with("<figure class=\"seats\" id=\"seat-chart\">\n<svg role=\"img\" "
                        "aria-labelledby=\"seat-title seat-desc\""));
    CHECK(count(svg, "data-seat-state=\"filled\"") == 34);
    CHECK(count(svg, "data-seat-state=\"vacant\"") == 0);
    CHECK(count(svg, "<g class=\"seat-row\"") == 12);
    // The Director-General, Gov br, Employer 1 and Worker 1.
    CHECK(count(svg, "class=\"chair-ring\"") == 4);
    CHECK(contains(svg,
                   "<title id=\"seat-title\">Seats of the Coordinating Group on 1 June "
                   "2025</title>"));
    CHECK(contains(svg, "<desc id=\"seat-desc\">34 of 34 seats filled, 0 vacant. Each row"));
    CHECK(contains(svg, "<title>Gov ke, Partner gov-ke (Africa)</title>"));
    CHECK(contains(svg, "<title>Worker 1, Partner wrk1: Vice-Chairperson</title>"));
  }

  TEST_CASE("a vacancy is a dashed seat, a member over capacity is told, names escaped") {
    const SiteFixture site(check_files(group_registry(group_yaml(uneven())), kGroupAsOf),
                           kGroupAsOf);
    const std::string svg = gcsj::publish::seat_chart(site.context(), "group.html");
    CHECK(count(svg, "data-seat-state=\"vacant\"") == 1);
    CHECK(count(svg, "data-seat-state=\"over\"") == 1);
    CHECK(contains(svg, "<title>Vacant: Workers&#39; representatives</title>"));
    CHECK(contains(svg,
                   "<title>Enterprise &lt;Rep&gt; 2, Partner ent (over the seat&#39;s "
                   "capacity)</title>"));
    CHECK_FALSE(contains(svg, "<Rep>"));
    CHECK(contains(svg, "33 of 34 seats filled, 1 vacant, 1 over capacity"));
  }

  TEST_CASE("the chair ringed is the one of the portal's date: a dated handover rewrites no date") {
    auto members = full_group_members();
    member_of(members, "Gov br").role = "";
    member_of(members, "Gov br").roles = {"{role: co-chair, since: 2024-06-01, until: 2025-05-31}"};
    member_of(members, "Gov de").roles = {"{role: co-chair, since: 2025-06-01}"};
    const auto chart_on = [&](gcsj::model::Date date) {
      const SiteFixture site(check_files(group_registry(group_yaml(members)), date), date);
      return gcsj::publish::seat_chart(site.context(), "group.html");
    };
    const std::string before = chart_on({2025, 5, 31});
    CHECK(contains(before, "<title>Gov br, Partner gov-br (Americas): Co-Chairperson</title>"));
    CHECK(contains(before, "<title>Gov de, Partner gov-de (Europe)</title>"));
    const std::string after = chart_on(kGroupAsOf);
    CHECK(contains(after, "<title>Gov br, Partner gov-br (Americas)</title>"));
    CHECK(contains(after, "<title>Gov de, Partner gov-de (Europe): Co-Chairperson</title>"));
    CHECK(count(after, "class=\"chair-ring\"") == 4);
  }
}
