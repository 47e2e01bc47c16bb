#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "publish/site_context.hpp"
#include "support/site_fixture.hpp"

// The portal's assets: the style sheet and the search script, the same in every language.

using namespace gcsj::testing;

namespace {

// The contrast ratio of WCAG 2.1 between two colours written #rrggbb.
double contrast(std::string_view a, std::string_view b) {
  const auto luminance = [](std::string_view hex) {
    double sum = 0;
    const double weights[] = {0.2126, 0.7152, 0.0722};
    for (int i = 0; i < 3; ++i) {
      const double v = std::stoi(std::string(hex.substr(1 + 2 * i, 2)), nullptr, 16) / 255.0;
      sum += weights[i] * (v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4));
    }
    return sum;
  };
  const double x = luminance(a), y = luminance(b);
  return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

// The colour a rule of the style sheet gives `property` ("fill", "stroke"): "#rrggbb", a custom
// property resolved through :root.
std::string colour_of(const std::string& css, std::string_view rule, std::string_view property) {
  const auto at = css.find(std::string(rule) + " {");
  if (at == std::string::npos) return {};
  const std::string body = css.substr(at, css.find('}', at) - at);
  const auto value = body.find(std::string(property) + ": ");
  if (value == std::string::npos) return {};
  std::string colour = body.substr(value + property.size() + 2, 7);
  if (colour.starts_with("var(--")) {
    const std::string name = body.substr(value + property.size() + 6);
    const auto declared = css.find(name.substr(0, name.find(')')) + ": ");
    colour = css.substr(css.find('#', declared), 7);
  }
  return colour;
}

}  // namespace

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

  TEST_CASE("the charts' marks that carry meaning contrast 3:1 with the page (WCAG 1.4.11)") {
    const SiteFixture site(check_yaml(kNgo), kDefaultAsOf);
    const std::string css = site.files(gcsj::publish::add_assets).at("style.css");
    const std::pair<const char*, const char*> marks[] = {{".bar rect", "fill"},
                                                         {".seat-filled", "fill"},
                                                         {".seat-over", "fill"},
                                                         {".seat-vacant", "stroke"},
                                                         {".chair-ring", "stroke"}};
    for (const auto& [rule, property] : marks) {
      const std::string colour = colour_of(css, rule, property);
      REQUIRE_MESSAGE(colour.starts_with("#"), rule);
      CHECK_MESSAGE(contrast(colour, "#ffffff") >= 3.0, rule, " ", colour);
    }
    // Text: the ink, the muted captions and the links on white, the header's links on the ink.
    for (const char* colour : {"#1d2733", "#4a5968", "#1e5aa8"})
      CHECK_MESSAGE(contrast(colour, "#ffffff") >= 4.5, colour);
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
