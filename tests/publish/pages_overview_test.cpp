#include <doctest/doctest.h>

#include <string>

#include "model/vocabulary.hpp"
#include "publish/site_context.hpp"
#include "support/group_fixture.hpp"
#include "support/site_fixture.hpp"

// The portal's overview pages (home, domains and priorities, the Group), made by their page
// functions from a registry read by the real loader.

using namespace gcsj::testing;

namespace {

// A government (Kenya) with a completed action in `protection` with progress, and an NGO.
Checked two_partners() {
  const std::string government =
      replace(kGovernment, "    domains: [protection]\n",
              "    domains: [protection]\n    priorities: [reducing-inequalities]\n"
              "    status: completed\n    progress:\n      - date: 2025-03-01\n"
              "        summary: Done\n");
  return check_files({{"partners/kenya.yaml", replace(government, "id: sample", "id: kenya")},
                      {"partners/ngo.yaml", replace(kNgo, "id: sample", "id: ngo")}});
}

}  // namespace

TEST_SUITE("publish::pages_overview") {
  TEST_CASE("home: the headline figures and a chart of each view, with its table") {
    const SiteFixture site(two_partners(), kDefaultAsOf);
    const auto files = site.files(gcsj::publish::add_home);
    REQUIRE(files.size() == 1);
    const std::string& home = files.at("index.html");
    CHECK(contains(home,
                   "<ul class=\"headline\">\n<li><strong>2</strong> partners</li>\n"
                   "<li><strong>2</strong> actions</li>\n"
                   "<li><strong>1</strong> action with progress shared</li>\n</ul>"));
    for (const char* chart : {"chart-category", "chart-region", "chart-domain", "chart-priority",
                              "chart-sdg", "chart-status", "chart-action-category"})
      CHECK_MESSAGE(contains(home, std::string("<figure class=\"chart\" id=\"") + chart + "\">"),
                    chart);
    CHECK(contains(home, "Partners: 2. Actions: 2."));  // the description for link previews
    CHECK(contains(home, "<a href=\"partners/index.html\">Browse the partners</a>"));
  }

  TEST_CASE("themes: every domain and priority listed with its count, a page for each") {
    const SiteFixture site(two_partners(), kDefaultAsOf);
    const auto files = site.files(gcsj::publish::add_themes);
    CHECK(files.size() == 1 + gcsj::model::kDomains.size() + gcsj::model::kPriorities.size());
    const std::string& index = files.at("themes.html");
    CHECK(contains(index, "<a href=\"domains/protection.html\">"));
    CHECK(contains(index,
                   "<li><a href=\"domains/protection.html\">Providing protection and "
                   "building resilience</a> (¶35(iv)): 2 actions</li>"));
    const std::string& protection = files.at("domains/protection.html");
    CHECK(contains(protection, "2 actions."));
    CHECK(contains(protection, "<a href=\"../partners/kenya.html\">Sample</a>"));
    CHECK(contains(protection, "<td>Completed</td>"));
    // Each action's row is named by the action's title.
    CHECK(contains(protection, "<tbody>\n<tr><th scope=\"row\">"));
    CHECK_FALSE(contains(protection, "<tr><td>"));
    const std::string& priority = files.at("priorities/reducing-inequalities.html");
    CHECK(contains(priority, "1 action."));
    CHECK_FALSE(contains(priority, "ngo.html"));
  }

  TEST_CASE("the Group page without a Group says so") {
    const SiteFixture site(two_partners(), kDefaultAsOf);
    const std::string page = site.files(gcsj::publish::add_group).at("group.html");
    CHECK(contains(page,
                   "<h1>The Coordinating Group</h1>\n<p>The registry holds no Coordinating "
                   "Group.</p>"));
    CHECK_FALSE(contains(page, "<table>"));
  }

  TEST_CASE("the Group page: the seat chart, a row per seat with its members, the terms") {
    auto members = full_group_members();
    std::erase_if(members, [](const GroupMember& m) { return m.name == "Worker 6"; });
    const SiteFixture site(check_files(group_registry(group_yaml(members)), kGroupAsOf),
                           kGroupAsOf);
    const std::string page = site.files(gcsj::publish::add_group).at("group.html");
    CHECK(contains(page, "<h2>Seats (¶25)</h2>\n"));
    CHECK(contains(page, "<svg"));
    CHECK(contains(page, "<caption>Seats on 1 June 2025</caption>"));
    CHECK(contains(page,
                   "<tr><th scope=\"row\">Workers&#39; representatives</th><td>25(e)</td>"
                   "<td>6</td><td>5</td><td>1</td><td>Worker 1 (<a "
                   "href=\"partners/wrk1.html\">Partner wrk1</a>), <strong>"));
    CHECK(contains(page, "<td>up to 2</td>"));
    CHECK(contains(page, "<caption>Current terms, by end date</caption>"));
    // Each term's row is named by its member, for a screen reader's table navigation.
    CHECK(contains(page,
                   "<tr><th scope=\"row\">Worker 1</th><td>Workers&#39; "
                   "representatives</td><td>first</td>"));
    CHECK(contains(page, "Possible, on the proposal of the secretariat of the Workers&#39; group"));
  }
}
