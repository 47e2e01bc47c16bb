#include <doctest/doctest.h>

#include <string>

#include "publish/site_context.hpp"
#include "support/changes_fixture.hpp"
#include "support/site_fixture.hpp"

// The portal's Atom feed, made by add_feed from the news of a registry read by the real loader.

using namespace gcsj::testing;

namespace {

// The number of times `needle` occurs in `text`.
int count(const std::string& text, std::string_view needle) {
  int n = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_SUITE("publish::feed") {
  TEST_CASE("one entry per public change, newest first, dated by the registry, not the clock") {
    const SiteFixture site(partner_changes_registry(), kChangesTo, 151);  // from 2025-01-01
    const auto files = site.files(gcsj::publish::add_feed);
    REQUIRE(files.size() == 1);
    const std::string& feed = files.at("feed.xml");
    CHECK(
        feed.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed "
                         "xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">\n"
                         "<id>tag:ilo.org,2023:gcsj/news</id>\n"));
    CHECK(contains(feed, "<updated>2025-06-01T00:00:00Z</updated>\n<link rel=\"self\""));
    CHECK(feed.ends_with("</entry>\n</feed>\n"));
    // The admission and the completed action; the withdrawal and the application are not told;
    // and, older than the window, the admission of `sample` (the feed keeps the latest 50).
    CHECK(count(feed, "<entry>") == 3);
    CHECK(count(feed, "href=\"news.html#") == 2);
    CHECK_FALSE(contains(feed, "Gone"));
    CHECK_FALSE(contains(feed, "Hopeful"));
    const auto completed = feed.find("<updated>2025-05-01T00:00:00Z</updated>");
    const auto admitted = feed.find("<updated>2025-03-01T00:00:00Z</updated>");
    REQUIRE(completed != std::string::npos);
    REQUIRE(admitted != std::string::npos);
    CHECK(completed < admitted);
    CHECK(contains(feed, "<id>tag:ilo.org,2023:gcsj/partner-admitted/newcomer/2025-03-01</id>"));
    CHECK(contains(feed,
                   "<link rel=\"alternate\" type=\"text/html\" "
                   "href=\"news.html#change-partner-admitted-newcomer-2025-03-01\"/>"));
    CHECK(contains(feed, "<category term=\"partner-admitted\" label=\"New partner\"/>"));
    CHECK(contains(feed,
                   "<summary>New *Partner* was admitted as a partner: "
                   "Government, Africa (¶18 of GB.349/INS/4).</summary>"));
  }

  TEST_CASE("registry text is escaped in titles and summaries") {
    const std::string hostile_name = "name: \"<script>x</script> & Co\"";
    auto registry =
        check_files({{"partners/newcomer.yaml",
                      replace(replace(replace(kGovernment, "id: sample", "id: newcomer"),
                                      "name: Sample", hostile_name),
                              "admitted: 2024-02-01", "admitted: 2025-03-01")}},
                    kChangesTo);
    const SiteFixture site(std::move(registry), kChangesTo, 151);
    const std::string feed = site.files(gcsj::publish::add_feed).at("feed.xml");
    CHECK_FALSE(contains(feed, "<script>"));
    CHECK(contains(feed, "&lt;script&gt;x&lt;/script&gt; &amp; Co was admitted"));
  }

  TEST_CASE("a feed in another language has ids of its own and says its language") {
    const auto* french = gcsj::i18n::Translator::of("fr");
    REQUIRE(french != nullptr);
    const SiteFixture site(partner_changes_registry(), kChangesTo, 151);
    const std::string feed = site.files(gcsj::publish::add_feed, *french).at("feed.xml");
    CHECK(contains(feed, "xml:lang=\"fr\""));
    CHECK(contains(feed, "<id>tag:ilo.org,2023:gcsj/news/fr</id>"));
    CHECK(contains(feed, "<id>tag:ilo.org,2023:gcsj/partner-admitted/newcomer/2025-03-01/fr</id>"));
    CHECK_FALSE(contains(feed, "label=\"New partner\""));
  }

  TEST_CASE("a summary is the sentence citing its paragraph: no kind and colon before it") {
    const SiteFixture site(partner_changes_registry(), kChangesTo, 151);
    for (const char* code : {"fr", "es"}) {
      CAPTURE(code);
      const auto* tr = gcsj::i18n::Translator::of(code);
      REQUIRE(tr != nullptr);
      const std::string feed = site.files(gcsj::publish::add_feed, *tr).at("feed.xml");
      const auto name = feed.find("New *Partner*", feed.find("<summary>"));
      REQUIRE(name != std::string::npos);
      const auto from = feed.rfind("<summary>", name);
      const std::string summary = feed.substr(from, feed.find("</summary>", from) - from);
      CHECK(count(summary, ":") <= 1);
      CHECK(summary.ends_with("GB.349/INS/4)."));
    }
  }

  TEST_CASE("a quiet window keeps the latest changes, linked to the news page") {
    // No change in the 10 days before 2025-06-01: the feed still tells the older ones.
    const SiteFixture site(partner_changes_registry(), kChangesTo, 10);
    const std::string feed = site.files(gcsj::publish::add_feed).at("feed.xml");
    CHECK(count(feed, "<entry>") == 3);
    CHECK(contains(feed, "<id>tag:ilo.org,2023:gcsj/partner-admitted/newcomer/2025-03-01</id>"));
    CHECK(contains(feed, "<id>tag:ilo.org,2023:gcsj/partner-admitted/sample/2024-02-01</id>"));
    // Not on What's new: the link is the news page, without a fragment.
    CHECK(contains(feed, "<link rel=\"alternate\" type=\"text/html\" href=\"news.html\"/>"));
    CHECK_FALSE(contains(feed, "href=\"news.html#"));
    CHECK(contains(feed, "after 31 January 2024, up to and including 1 June 2025"));
    CHECK_FALSE(contains(feed, "Gone"));
  }

  TEST_CASE("beyond the window, the latest 50 changes, those of the oldest date kept whole") {
    // 60 partners admitted a day apart from 2024-01-01, and the 51st newest on the day of the
    // 50th: the window (10 days) tells none of them.
    std::vector<TestFile> files;
    for (int i = 0; i < 60; ++i) {
      const auto admitted = gcsj::model::Date{2024, 1, 1}.plus_days(i == 9 ? 10 : i);
      const std::string id = "ngo-" + std::to_string(i);
      files.push_back({"partners/" + id + ".yaml",
                       replace(replace(kNgo, "id: sample", "id: " + id), "admitted: 2024-02-01",
                               "admitted: " + admitted.iso())});
    }
    const SiteFixture site(check_files(files, kChangesTo), kChangesTo, 10);
    const std::string feed = site.files(gcsj::publish::add_feed).at("feed.xml");
    CHECK(count(feed, "<entry>") == 51);
    CHECK(contains(feed, "gcsj/partner-admitted/ngo-59/2024-02-29</id>"));
    CHECK(contains(feed, "gcsj/partner-admitted/ngo-9/2024-01-11</id>"));
    CHECK(contains(feed, "gcsj/partner-admitted/ngo-10/2024-01-11</id>"));
    CHECK_FALSE(contains(feed, "gcsj/partner-admitted/ngo-8/"));
    CHECK(contains(feed, "after 10 January 2024, up to and including 1 June 2025"));
  }
}
