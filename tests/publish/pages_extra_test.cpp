#include <doctest/doctest.h>

#include <map>
#include <string>

#include "figures/figures.hpp"
#include "i18n/translator.hpp"
#include "publish/html.hpp"
#include "publish/site.hpp"
#include "publish/site_context.hpp"
#include "refdata/reference_data.hpp"
#include "support/site_fixture.hpp"

// The secretariat's own pages and settings in the portal (issue 25, item 2): Markdown rendered
// safely by cmark, the pages in every language, the layout the settings change.

using namespace gcsj::testing;
using gcsj::i18n::Translator;
using gcsj::publish::markdown_html;

namespace {

gcsj::model::PortalSettings full_settings() {
  gcsj::model::PortalSettings s;
  s.title = "Coalition <portal>";
  s.title_in = {{"fr", "Coalition (fr)"}};
  s.base_url = "https://coalition.example.org/";
  s.contact_email = "coalition@example.org";
  s.footer = "Secretariat <b>line</b>";
  s.accent_colour = "#7a1f5c";
  s.logo_name = "logo.png";
  s.logo_bytes = std::string("\x89PNG\r\n\x1a\n", 8) + "rest";
  s.logo_alt = "ILO";
  s.pages.push_back({"privacy",
                     {{"en", "Privacy notice"}, {"fr", "Avis de confidentialité"}},
                     {{"en", "# Privacy\n\nWe keep ¶18.\n"}, {"fr", "# Confidentialité\n"}}});
  return s;
}

std::map<std::string, std::string> site_files(const gcsj::model::PortalSettings& settings) {
  const Checked checked = check_yaml(kNgo);
  const auto& reference = gcsj::refdata::ReferenceData::bundled();
  const auto figures = gcsj::figures::compute_figures(checked.registry, {kDefaultAsOf}, reference);
  gcsj::publish::SiteOptions options{
      gcsj::publish::kDefaultNewsDays, {"en", "fr", "es"}, 1, settings};
  std::map<std::string, std::string> out;
  for (auto& file : gcsj::publish::build_site(checked.registry, figures, reference, options))
    out[file.path] = std::move(file.content);
  return out;
}

}  // namespace

TEST_SUITE("publish::pages_extra") {
  TEST_CASE("Markdown: raw HTML is dropped, unsafe links emptied, entities kept as text") {
    const std::string html = markdown_html(
        "<script>alert(1)</script>\n\n"
        "[a](javascript:alert(1)) [b](JaVaScRiPt:alert(2)) [c](vbscript:x) [d](data:text/html,x)"
        " [e](file:///etc/passwd) <javascript:alert(3)>\n\n"
        "<img src=x onerror=alert(4)> &lt;b&gt; &amp; [ok](https://ilo.org/)\n");
    CAPTURE(html);
    CHECK_FALSE(contains(html, "<script"));
    CHECK_FALSE(contains(html, "<img"));
    CHECK_FALSE(contains(html, "onerror"));
    // Every unsafe address emptied; the autolink's text stays, as text.
    CHECK_FALSE(contains(html, "href=\"javascript"));
    CHECK_FALSE(contains(html, "JaVaScRiPt:"));
    CHECK(contains(html, "<a href=\"\">a</a> <a href=\"\">b</a> <a href=\"\">c</a>"));
    CHECK_FALSE(contains(html, "vbscript:"));
    CHECK_FALSE(contains(html, "data:text"));
    CHECK_FALSE(contains(html, "file:"));
    CHECK(contains(html, "&lt;b&gt; &amp;"));
    CHECK(contains(html, "<a href=\"https://ilo.org/\">ok</a>"));
  }

  TEST_CASE("Markdown: headings go below the page's h1, never skipping a level") {
    CHECK(markdown_html("# A\n## B\n# C\n") == "<h2>A</h2>\n<h3>B</h3>\n<h2>C</h2>\n");
    CHECK(markdown_html("### A\n##### B\n### C\n") == "<h2>A</h2>\n<h3>B</h3>\n<h2>C</h2>\n");
    CHECK(markdown_html("###### A\n") == "<h2>A</h2>\n");
  }

  TEST_CASE("an own page in each language, English's where a language has none, marked so") {
    const auto files = site_files(full_settings());
    REQUIRE(files.contains("en/privacy.html"));
    REQUIRE(files.contains("fr/privacy.html"));
    REQUIRE(files.contains("es/privacy.html"));
    CHECK(contains(files.at("fr/privacy.html"), "<h1>Avis de confidentialité</h1>"));
    CHECK(contains(files.at("fr/privacy.html"), "<h2>Confidentialité</h2>"));
    CHECK(contains(files.at("es/privacy.html"), "<h1 lang=\"en\">Privacy notice</h1>"));
    CHECK(contains(files.at("es/privacy.html"), "<div class=\"own-page\" lang=\"en\">"));
    CHECK(contains(files.at("en/privacy.html"), "We keep <a class=\"paragraph\""));
    // Linked from every page's footer, in each language.
    CHECK(contains(files.at("fr/index.html"),
                   "<a href=\"privacy.html\">Avis de confidentialité</a>"));
    CHECK(contains(files.at("es/partners/index.html"),
                   "<a href=\"../privacy.html\" lang=\"en\">Privacy notice</a>"));
    CHECK(contains(files.at("en/privacy.html"), "<a href=\"privacy.html\" aria-current=\"page\">"));
  }

  TEST_CASE("the settings: title, canonical, logo, accent, contact, footer, feed's addresses") {
    const auto files = site_files(full_settings());
    const std::string& home = files.at("en/index.html");
    CHECK(contains(home, "· Coalition &lt;portal&gt;</title>"));
    CHECK(contains(files.at("fr/index.html"), "· Coalition (fr)</title>"));
    CHECK(contains(
        home, "<link rel=\"canonical\" href=\"https://coalition.example.org/en/index.html\">"));
    CHECK(contains(
        files.at("en/partners/index.html"),
        "<link rel=\"canonical\" href=\"https://coalition.example.org/en/partners/index.html\">"));
    CHECK(contains(home,
                   "<img class=\"logo\" src=\"logo.png\" alt=\"ILO\"> Coalition &lt;portal&gt;"));
    CHECK(files.at("en/logo.png") == full_settings().logo_bytes);
    CHECK(contains(files.at("en/style.css"), "--accent: #7a1f5c;"));
    CHECK(contains(home, "<a href=\"mailto:coalition@example.org\">coalition@example.org</a>"));
    CHECK(contains(home, "<p>Secretariat &lt;b&gt;line&lt;/b&gt;</p>"));
    const std::string& feed = files.at("fr/feed.xml");
    CHECK(contains(feed, "href=\"https://coalition.example.org/fr/feed.xml\""));
    CHECK(contains(feed, "href=\"https://coalition.example.org/fr/news.html\""));
  }

  TEST_CASE("without settings, none of them: the site as before") {
    const auto files = site_files({});
    for (const auto& [path, content] : files) {
      CHECK_FALSE(contains(content, "rel=\"canonical\""));
      CHECK_FALSE(contains(content, "class=\"logo\""));
      CHECK_FALSE(contains(content, "own-pages"));
      CHECK_FALSE(contains(content, "href=\"mailto:"));  // join.js writes one only with an address
      CHECK_FALSE(path.ends_with("logo.png"));
    }
    CHECK(contains(files.at("en/style.css"), "--accent: #1e5aa8;"));
    CHECK_FALSE(contains(files.at("en/style.css"), ".logo"));
    CHECK(contains(files.at("en/feed.xml"),
                   "<link rel=\"self\" type=\"application/atom+xml\" href=\"feed.xml\"/>"));
  }
}
