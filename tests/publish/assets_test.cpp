#include <doctest/doctest.h>

#include <string>

#include "publish/site_context.hpp"
#include "support/site_fixture.hpp"

// The portal's assets: the style sheet and the search script, the same in every language.

using namespace gcsj::testing;

TEST_SUITE("publish::assets") {
  TEST_CASE("a style sheet and a search script, whatever the registry and the language") {
    const SiteFixture site(check_yaml(kNgo), kDefaultAsOf);
    const auto english = site.files(gcsj::publish::add_assets);
    CHECK(english.size() == 2);
    REQUIRE(english.count("style.css") == 1);
    REQUIRE(english.count("search.js") == 1);
    const auto* french = gcsj::i18n::Translator::of("fr");
    REQUIRE(french != nullptr);
    CHECK(site.files(gcsj::publish::add_assets, *french) == english);
    const SiteFixture other(check_yaml(kGovernment), gcsj::model::Date{2026, 1, 1});
    CHECK(other.files(gcsj::publish::add_assets) == english);
  }

  TEST_CASE("the style sheet styles what the pages write; the script reveals the search form") {
    const SiteFixture site(check_yaml(kNgo), kDefaultAsOf);
    const auto files = site.files(gcsj::publish::add_assets);
    const std::string& css = files.at("style.css");
    for (const char* selector : {"header.site", "footer", "figcaption", ".skip", "nav.languages"})
      CHECK_MESSAGE(contains(css, selector), selector);
    const std::string& js = files.at("search.js");
    // It works on the directory's form, list and status, by the ids the page gives them.
    for (const char* id :
         {"partner-search", "search-text", "search-category", "search-status", "partner-list"})
      CHECK_MESSAGE(contains(js, id), id);
    CHECK(contains(js, "data-status"));
    // No script or style comes from elsewhere.
    CHECK_FALSE(contains(js, "http"));
    CHECK_FALSE(contains(css, "@import"));
  }
}
