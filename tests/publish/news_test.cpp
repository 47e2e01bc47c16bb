#include <doctest/doctest.h>

#include <set>

#include "figures/figures.hpp"
#include "publish/html.hpp"
#include "publish/site.hpp"
#include "refdata/reference_data.hpp"
#include "support/group_fixture.hpp"

using namespace gcsj::testing;
using gcsj::model::Date;

namespace {

std::vector<gcsj::publish::SiteFile> site_of(const Checked& checked, Date as_of,
                                             long news_days = gcsj::publish::kDefaultNewsDays) {
  const auto& reference = gcsj::refdata::ReferenceData::bundled();
  const auto figures = gcsj::figures::compute_figures(checked.registry, {as_of}, reference);
  // The English tree, its paths relative to it.
  auto files = gcsj::publish::build_site(checked.registry, figures, reference, {news_days, {"en"}});
  std::vector<gcsj::publish::SiteFile> english;
  for (auto& file : files)
    if (file.path.starts_with("en/"))
      english.push_back({file.path.substr(3), std::move(file.content)});
  return english;
}

const std::string& file_of(const std::vector<gcsj::publish::SiteFile>& files,
                           std::string_view path) {
  for (const auto& f : files)
    if (f.path == path) return f.content;
  FAIL("no file " << path);
  return files.front().content;
}

// Every text between `open` and `close` in `text`.
std::vector<std::string> between(const std::string& text, std::string_view open,
                                 std::string_view close) {
  std::vector<std::string> found;
  for (std::size_t at = text.find(open); at != std::string::npos; at = text.find(open, at)) {
    at += open.size();
    found.push_back(text.substr(at, text.find(close, at) - at));
  }
  return found;
}

// The full Group; `emp2` withdraws on 2025-03-01 (its member leaves), Worker 2 resigns on
// 2025-01-31, a partner is admitted on 2025-05-01 and an application is declared on 2025-04-01.
Checked news_registry() {
  auto members = full_group_members();
  member_of(members, "Worker 2").terms = {
      "{start: 2024-06-01, end: 2025-01-31, end_reason: resigned, nominated_by: NOMINATOR}"};
  auto files = group_registry(group_yaml(members));
  auto& employer = partner_file(files, "emp2");
  employer.text =
      replace(replace(replace(employer.text, "status: admitted", "status: withdrawn"),
                      "admitted: 2024-02-01\n", "admitted: 2024-02-01\nwithdrawn: 2025-03-01\n"),
              "name: Partner emp2", "name: Departed Employers");
  files.push_back({"partners/hopeful.yaml",
                   replace(replace(replace(replace(replace(kNgo, "id: sample", "id: hopeful"),
                                                   "status: admitted", "status: applied"),
                                           "admitted: 2024-02-01\n", ""),
                                   "declared: 2024-01-15", "declared: 2025-04-01"),
                           "name: Sample", "name: Hopeful Applicant")});
  files.push_back(
      {"partners/newcomer.yaml", replace(replace(replace(kGovernment, "id: sample", "id: newcomer"),
                                                 "name: Sample", "name: \"<b>Newcomer</b> & Co\""),
                                         "admitted: 2024-02-01", "admitted: 2025-05-01")});
  return check_files(files, kGroupAsOf);
}

}  // namespace

TEST_SUITE("publish::news") {
  TEST_CASE("What's new names admissions and the Group's changes, and counts the rest") {
    const auto files = site_of(news_registry(), Date{2025, 6, 1});
    const std::string& news = file_of(files, "news.html");
    CHECK(news.find("<h1>What&#39;s new</h1>") != std::string::npos);
    CHECK(news.find("after <time datetime=\"2025-03-03\">3 March 2025</time>, up to and including "
                    "<time datetime=\"2025-06-01\">1 June 2025</time>") != std::string::npos);
    CHECK(news.find("<a href=\"partners/newcomer.html\">&lt;b&gt;Newcomer&lt;/b&gt; &amp; "
                    "Co</a> was admitted as a partner") != std::string::npos);
    CHECK(news.find("Partners who withdrew: 0. Applications pending a decision: 1.") !=
          std::string::npos);
    // 2025-03-01 is 92 days before the as-of date: outside the default 90.
    CHECK(news.find("Employer 2") == std::string::npos);
    const auto longer = site_of(news_registry(), Date{2025, 6, 1}, 200);
    const std::string& all_news = file_of(longer, "news.html");
    CHECK(all_news.find("Partners who withdrew: 1. Applications pending a decision: 1.") !=
          std::string::npos);
    CHECK(all_news.find("Employer 2 no longer sits on the Coordinating Group; the last day was "
                        "28 February 2025") != std::string::npos);
    CHECK(all_news.find("Worker 2 (<a href=\"partners/wrk2.html\">Partner wrk2</a>) left the "
                        "Coordinating Group before the end of the term, on 31 January 2025 "
                        "(resignation)") != std::string::npos);
    CHECK(all_news.find("A seat fell vacant: Employers&#39; representatives (<a "
                        "class=\"paragraph\" href=\"https://www.ilo.org/resource/gb/349/"
                        "update-global-coalition-social-justice\" title=\"paragraph 25(d) of "
                        "GB.349/INS/4\">¶25(d)</a>).") != std::string::npos);
    // Never named, on any page or in the feed: the partner that withdrew, the application.
    for (const auto& file : longer)
      for (const char* secret : {"Departed Employers", "emp2", "Hopeful Applicant", "hopeful"}) {
        INFO(file.path << " names " << secret);
        CHECK(file.content.find(secret) == std::string::npos);
      }
  }

  TEST_CASE("an event on the window's first day is out, one on the as-of date in") {
    const auto checked = news_registry();
    // The newcomer is admitted on 2025-05-01.
    CHECK(file_of(site_of(checked, Date{2025, 5, 1}, 1), "news.html").find("Newcomer") !=
          std::string::npos);
    CHECK(file_of(site_of(checked, Date{2025, 5, 31}, 30), "news.html").find("Newcomer") ==
          std::string::npos);
    CHECK(file_of(site_of(checked, Date{2025, 5, 31}, 31), "news.html").find("Newcomer") !=
          std::string::npos);
  }

  TEST_CASE("the feed has an entry per change the page tells, each with a stable tag id") {
    const auto checked = news_registry();
    const auto files = site_of(checked, Date{2025, 6, 1}, 200);
    const std::string& feed = file_of(files, "feed.xml");
    CHECK(
        feed.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                         "<feed xmlns=\"http://www.w3.org/2005/Atom\""));
    CHECK(feed.find("<updated>2025-06-01T00:00:00Z</updated>") != std::string::npos);
    CHECK(feed.find("<link rel=\"self\" type=\"application/atom+xml\" href=\"feed.xml\"/>") !=
          std::string::npos);
    const auto ids = between(feed, "<id>", "</id>");
    REQUIRE(ids.size() > 3);
    CHECK(ids.front() == "tag:ilo.org,2023:gcsj/news");
    CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == ids.size());
    const std::string& news = file_of(files, "news.html");
    const auto anchors = between(news, "<li id=\"", "\"");
    // Each change the page tells has its entry, linked to its place; older ones link the page.
    CHECK(anchors.size() == between(feed, "href=\"news.html#", "\"").size());
    CHECK(anchors.size() < ids.size() - 1);
    for (const auto& link : between(feed, "href=\"news.html#", "\""))
      CHECK(news.find("id=\"" + link + "\"") != std::string::npos);
    CHECK(std::count(ids.begin(), ids.end(),
                     "tag:ilo.org,2023:gcsj/partner-admitted/newcomer/2025-05-01") == 1);
    CHECK(std::count(ids.begin(), ids.end(),
                     "tag:ilo.org,2023:gcsj/member-left/Worker%202/2025-02-01") == 1);
    // Newest first.
    const auto updated = between(feed, "<entry>\n<id>", "</id>");
    REQUIRE_FALSE(updated.empty());
    CHECK(updated.front() == "tag:ilo.org,2023:gcsj/partner-admitted/newcomer/2025-05-01");
    // A later as-of date gives the same change the same id: the id is the registry's, not the
    // clock's; and the same registry and date give the same bytes.
    const auto later = site_of(checked, Date{2025, 7, 1}, 200);
    CHECK(file_of(later, "feed.xml")
              .find("<id>tag:ilo.org,2023:gcsj/partner-admitted/newcomer/2025-05-01</id>") !=
          std::string::npos);
    CHECK(file_of(site_of(checked, Date{2025, 6, 1}, 200), "feed.xml") == feed);
  }

  TEST_CASE("every page links the feed in its head and visibly, and the news in its navigation") {
    const auto files = site_of(check_yaml(kGovernment), Date{2025, 6, 1});
    int pages = 0;
    for (const auto& file : files) {
      if (!file.path.ends_with(".html")) continue;
      ++pages;
      const std::string root = gcsj::publish::root_of(file.path);
      INFO(file.path);
      CHECK(file.content.find(
                "<link rel=\"alternate\" type=\"application/atom+xml\" "
                "title=\"Global Coalition for Social Justice: what&#39;s new\" href=\"" +
                root + "feed.xml\">") != std::string::npos);
      CHECK(file.content.find("<a href=\"" + root +
                              "feed.xml\">Follow what&#39;s new with the Atom "
                              "feed</a>") != std::string::npos);
      CHECK(file.content.find("<a href=\"" + root + "news.html\"") != std::string::npos);
    }
    CHECK(pages > 10);
    const std::string& feed = file_of(files, "feed.xml");
    // Nothing changed in the last 90 days: the feed keeps the older admission, linked to the page.
    CHECK(feed.find("<entry>") != std::string::npos);
    CHECK(feed.find("href=\"news.html#") == std::string::npos);
    CHECK(feed.ends_with("</feed>\n"));
  }
}
