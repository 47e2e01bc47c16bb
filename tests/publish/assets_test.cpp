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

  TEST_CASE("every focus shows, dark on the page and light on the dark header and skip link") {
    const SiteFixture site(check_yaml(kNgo), kDefaultAsOf);
    const std::string css = site.files(gcsj::publish::add_assets).at("style.css");
    // One rule for every element the keyboard reaches (links, the search field and filter,
    // the charts' <summary>), not a list that misses one.
    CHECK(
        contains(css, ":focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }"));
    CHECK(contains(css, "header.site :focus-visible { outline-color: var(--focus-on-dark); }"));
    // The skip link, white, shows over the header: its ring is the header's.
    const auto skip = css.find(".skip:focus {");
    REQUIRE(skip != std::string::npos);
    CHECK(contains(css.substr(skip, css.find('}', skip) - skip),
                   "outline-color: var(--focus-on-dark);"));
    CHECK(contains(css, "--focus: #1d2733;"));          // 14.8:1 on white
    CHECK(contains(css, "--focus-on-dark: #f2b600;"));  // 8.3:1 on the header's #1d2733
    // The yellow of the header's focus is never drawn on the white page.
    CHECK_FALSE(contains(css, "a:focus, input:focus"));
  }

  TEST_CASE("charts fit the screen: no region to scroll that the keyboard cannot reach") {
    const SiteFixture site(check_yaml(kNgo), kDefaultAsOf);
    const std::string css = site.files(gcsj::publish::add_assets).at("style.css");
    CHECK(contains(css, "svg { max-width: 100%; height: auto; }"));
    CHECK_FALSE(contains(css, "overflow-x: auto"));
  }

  TEST_CASE("the accent colour is set once, as --accent, and everything accented uses it") {
    const SiteFixture site(check_yaml(kNgo), kDefaultAsOf);
    const std::string css = site.files(gcsj::publish::add_assets).at("style.css");
    const auto count = [&](std::string_view what) {
      std::size_t n = 0;
      for (auto at = css.find(what); at != std::string::npos; at = css.find(what, at + 1)) ++n;
      return n;
    };
    CHECK(count("--accent:") == 1);
    CHECK(count("#1e5aa8") == 1);
    for (const char* rule : {"a { color: var(--accent); }", ".bar rect { fill: var(--accent); }",
                             ".seat-filled { fill: var(--accent); }"})
      CHECK_MESSAGE(contains(css, rule), rule);
  }
}
