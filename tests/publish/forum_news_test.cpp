#include <doctest/doctest.h>

#include <string>

#include "publish/site_context.hpp"
#include "support/changes_fixture.hpp"
#include "support/site_fixture.hpp"

// A session of the Forum (¶39-42) on the What's new page and in the feed: named with the hosts
// the portal may name, linked to its place on the Forum page (forum.html#session-YYYY-MM-DD).

using namespace gcsj::testing;

namespace {

// `sample` public; `late` admitted but public only from 2026-01-01, after the as-of date.
Checked forum_registry(bool with_forum = true) {
  const std::string late =
      replace(replace(replace(kNgo, "id: sample", "id: late"), "name: Sample", "name: Late"),
              "admitted: 2024-02-01\n", "admitted: 2024-02-01\npublished: 2026-01-01\n");
  std::vector<TestFile> files{{"partners/sample.yaml", kGovernment}, {"partners/late.yaml", late}};
  if (with_forum)
    files.push_back({"forum.yaml",
                     "kind: forum\nsessions:\n  - date: 2025-05-20\n    place: "
                     "Geneva\n    format: hybrid\n    hosts: [ilo, sample, late]\n"});
  return check_files(files, kChangesTo);
}

}  // namespace

TEST_SUITE("publish::forum_news") {
  TEST_CASE("the news page: a section of the Forum, the session linked to the Forum page") {
    const SiteFixture site(forum_registry(), kChangesTo, 151);
    const std::string page = site.files(gcsj::publish::add_news).at("news.html");
    CHECK(contains(page,
                   "<h2>The Forum (¶39-42)</h2>\n<ul class=\"news\">\n"
                   "<li id=\"change-forum-session-2025-05-20-2025-05-20\">"
                   "<time datetime=\"2025-05-20\">20 May 2025</time> — <a "
                   "href=\"forum.html#session-2025-05-20\">The Forum of the Coalition</a> met in "
                   "Geneva, convened by the ILO and <a href=\"partners/sample.html\">Sample</a> "
                   "(¶39).</li>"));
    CHECK_FALSE(contains(page, "Late"));
    CHECK(contains(page, "new partners, the Coordinating Group, the Forum and completed actions."));
    gcsj::changes::Change second;
    second.key = "2025-05-20-2";
    CHECK(gcsj::publish::forum_session_href(second) == "forum.html#session-2025-05-20-2");
  }

  TEST_CASE("two sessions on one date link to their own places on the Forum page") {
    const auto checked = check_files(
        {{"partners/sample.yaml", kGovernment},
         {"forum.yaml",
          "kind: forum\nsessions:\n  - date: 2025-05-20\n    format: remote\n    hosts: [ilo]\n"
          "  - date: 2025-05-20\n    place: Doha\n    format: in-person\n    hosts: [sample]\n"}},
        kChangesTo);
    const SiteFixture site(checked, kChangesTo, 151);
    const std::string page = site.files(gcsj::publish::add_news).at("news.html");
    CHECK(contains(page, "href=\"forum.html#session-2025-05-20\">"));
    CHECK(contains(page,
                   "href=\"forum.html#session-2025-05-20-2\">The Forum of the Coalition</a> "
                   "met in Doha"));
    const std::string feed = site.files(gcsj::publish::add_feed).at("feed.xml");
    CHECK(contains(feed, "<id>tag:ilo.org,2023:gcsj/forum-session/2025-05-20-2/2025-05-20</id>"));
    CHECK(contains(feed, "href=\"forum.html#session-2025-05-20-2\"/>"));
    const std::string forum = site.files(gcsj::publish::add_forum).at("forum.html");
    CHECK(contains(forum, "id=\"session-2025-05-20-2\""));
  }

  TEST_CASE("no Forum section without a forum document; one saying so without a session") {
    const SiteFixture none(forum_registry(false), kChangesTo, 151);
    CHECK_FALSE(contains(none.files(gcsj::publish::add_news).at("news.html"), "Forum"));
    const SiteFixture quiet(forum_registry(), kChangesTo, 5);
    CHECK(contains(quiet.files(gcsj::publish::add_news).at("news.html"),
                   "<h2>The Forum (¶39-42)</h2>\n<p>No session of the Forum was held.</p>"));
  }

  TEST_CASE("the feed's entry: its kind, the public hosts, and a related link to the Forum page") {
    const SiteFixture site(forum_registry(), kChangesTo, 151);
    const std::string feed = site.files(gcsj::publish::add_feed).at("feed.xml");
    CHECK(contains(feed, "<id>tag:ilo.org,2023:gcsj/forum-session/2025-05-20/2025-05-20</id>"));
    CHECK(contains(feed,
                   "<link rel=\"related\" type=\"text/html\" "
                   "href=\"forum.html#session-2025-05-20\"/>\n<category term=\"forum-session\" "
                   "label=\"A session of the Forum\"/>"));
    CHECK(contains(feed, "convened by the ILO and Sample (¶39 of GB.349/INS/4).</summary>"));
    CHECK(
        contains(feed, "the Coordinating Group, the Forum and completed actions (GB.349/INS/4)."));
    // Without a forum document, the feed does not speak of the Forum.
    const SiteFixture none(forum_registry(false), kChangesTo, 151);
    CHECK_FALSE(contains(none.files(gcsj::publish::add_feed).at("feed.xml"), "Forum"));
    CHECK_FALSE(contains(feed, "Late"));
  }
}
