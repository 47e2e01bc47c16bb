#include <doctest/doctest.h>

#include <string>

#include "publish/site_context.hpp"
#include "support/changes_fixture.hpp"
#include "support/site_fixture.hpp"

// The What's new page, made by add_news from the news of a registry read by the real loader.

using namespace gcsj::testing;

TEST_SUITE("publish::pages_news") {
  TEST_CASE("admissions and completed actions named and linked; the rest counted") {
    const SiteFixture site(partner_changes_registry(), kChangesTo, 151);
    const auto files = site.files(gcsj::publish::add_news);
    REQUIRE(files.size() == 1);
    const std::string& page = files.at("news.html");
    CHECK(contains(page,
                   "<h1>What&#39;s new</h1>\n<p>What changed in the Coalition after "
                   "<time datetime=\"2025-01-01\">1 January 2025</time>, up to and "
                   "including <time datetime=\"2025-06-01\">1 June 2025</time>"));
    CHECK(
        contains(page, "<p><a href=\"feed.xml\">Follow these changes with the Atom feed.</a></p>"));
    CHECK(contains(page,
                   "<h2>New partners (¶18)</h2>\n<ul class=\"news\">\n"
                   "<li id=\"change-partner-admitted-newcomer-2025-03-01\">"
                   "<time datetime=\"2025-03-01\">1 March 2025</time> — "
                   "<a href=\"partners/newcomer.html\">New *Partner*</a> was admitted"));
    CHECK(contains(page, "Government, Africa (¶18).</li>"));
    CHECK(contains(page, "<p>Partners who withdrew: 1. Applications pending a decision: 1.</p>"));
    CHECK_FALSE(contains(page, "Gone"));
    CHECK_FALSE(contains(page, "Hopeful"));
    CHECK(contains(page,
                   "<h2>The Coordinating Group (¶21-26)</h2>\n<p>The registry holds no "
                   "Coordinating Group.</p>"));
    CHECK(contains(page,
                   "<h2>Actions completed (¶17)</h2>\n<ul class=\"news\">\n<li "
                   "id=\"change-action-completed-sample-1-2025-05-01\">"));
    CHECK(contains(page, "<a href=\"news.html\" aria-current=\"page\">"));
  }

  TEST_CASE("an empty window: a sentence under each heading") {
    const SiteFixture site(partner_changes_registry(), kChangesTo, 10);
    const std::string page = site.files(gcsj::publish::add_news).at("news.html");
    CHECK(contains(page, "<h2>New partners (¶18)</h2>\n<p>No partner was admitted.</p>"));
    CHECK(contains(page,
                   "<p>No action was completed, as far as the progress partners shared "
                   "tells.</p>"));
    CHECK_FALSE(contains(page, "<ul class=\"news\">"));
  }

  TEST_CASE("the Group's changes, newest first") {
    const SiteFixture site(group_changes_registry(), kChangesTo, 151);
    const std::string page = site.files(gcsj::publish::add_news).at("news.html");
    const auto left = page.find("Worker 2");
    REQUIRE(left != std::string::npos);
    CHECK(contains(page, "<a href=\"partners/wrk2.html\">Partner wrk2</a>"));
    CHECK(contains(page, "(resignation)"));
    CHECK_FALSE(contains(page, "The registry holds no Coordinating Group."));
  }
}
