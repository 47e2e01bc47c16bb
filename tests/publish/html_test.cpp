#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "i18n/translator.hpp"
#include "publish/html.hpp"
#include "publish/site_context.hpp"
#include "support/site_fixture.hpp"

using namespace gcsj::testing;
using gcsj::publish::PageFrame;
using gcsj::publish::Section;

namespace {

bool has(const std::string& text, const std::string& needle) {
  return contains(text, needle);
}

// A page frame around `body` for a registry of one partner, in `languages`, written in `tr`.
struct Framed {
  SiteFixture site{check_yaml(kNgo), kDefaultAsOf};

  std::string page(const PageFrame& frame, std::vector<std::string> languages = {"en"},
                   const gcsj::i18n::Translator& tr = gcsj::i18n::Translator::english()) const {
    gcsj::publish::SiteContext context = site.context(tr);
    context.languages = std::move(languages);
    return gcsj::publish::page(context, frame, "<p>BODY</p>\n");
  }
};

}  // namespace

TEST_SUITE("publish::html") {
  TEST_CASE("escape: the five markup characters, and directional controls left out") {
    CHECK(gcsj::publish::escape("a < b & c > d") == "a &lt; b &amp; c &gt; d");
    CHECK(gcsj::publish::escape("\"q\" 'a'") == "&quot;q&quot; &#39;a&#39;");
    CHECK(gcsj::publish::escape("Côte d\u2019Ivoire") == "Côte d\u2019Ivoire");
    CHECK(gcsj::publish::escape("a\u202Eb\u2066c") == "abc");
    CHECK(gcsj::publish::escape(std::string("x\xff")) == "x\uFFFD");
  }

  TEST_CASE("root_of: one step up per folder of the page's path") {
    CHECK(gcsj::publish::root_of("index.html").empty());
    CHECK(gcsj::publish::root_of("partners/ilo.html") == "../");
    CHECK(gcsj::publish::root_of("a/b/c.html") == "../../");
  }

  TEST_CASE("is_web_address: http and https with something after them, no quote or space") {
    CHECK(gcsj::publish::is_web_address("http://a.org"));
    CHECK(gcsj::publish::is_web_address("HtTpS://a.org/x?y=1"));
    CHECK_FALSE(gcsj::publish::is_web_address("https://"));  // nothing after the scheme
    CHECK_FALSE(gcsj::publish::is_web_address("ftp://a.org"));
    CHECK_FALSE(gcsj::publish::is_web_address("data:text/html,<b>"));
    CHECK_FALSE(gcsj::publish::is_web_address(" https://a.org"));
    for (const char* bad : {"https://a.org/ x", "https://a.org/<x", "https://a.org/'",
                            "https://a.org/`", "https://a.org/\nx"})
      CHECK_FALSE(gcsj::publish::is_web_address(bad));
  }

  TEST_CASE("page: the language, the title escaped, the section current, links to the root") {
    Framed framed;
    const std::string html =
        framed.page({"partners/x.html", "A <b> & B", Section::partners, "About \"x\"", false});
    CHECK(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">\n"));
    CHECK(has(html, "<title>A &lt;b&gt; &amp; B · Global Coalition for Social Justice</title>"));
    CHECK(has(html, "<meta name=\"description\" content=\"About &quot;x&quot;\">"));
    CHECK(has(html, "<link rel=\"stylesheet\" href=\"../style.css\">"));
    CHECK(has(html, "href=\"../feed.xml\""));
    // Only the page's own section is current.
    CHECK(has(html, "<a href=\"../partners/index.html\" aria-current=\"page\">Partners</a>"));
    CHECK(has(html, "<a href=\"../index.html\">In figures</a>"));
    CHECK(html.find("aria-current=\"page\"") == html.rfind("aria-current=\"page\""));
    // The body inside <main>, the footer after it, with the as-of date.
    CHECK(has(html, "<main id=\"main\">\n<p>BODY</p>\n</main>\n<footer>"));
    CHECK(has(html, "Figures as of 1 June 2025."));
    CHECK(html.ends_with("</footer>\n</body>\n</html>\n"));
    CHECK_FALSE(has(html, "search.js"));
    // One language: no switcher, the alternates still there.
    CHECK_FALSE(has(html, "class=\"languages\""));
    CHECK(has(html, "hreflang=\"x-default\" href=\"../../en/partners/x.html\""));
  }

  TEST_CASE("page: the search script when asked, and a switcher in the page's language") {
    Framed framed;
    const auto* french = gcsj::i18n::Translator::of("fr");
    REQUIRE(french != nullptr);
    const std::string html =
        framed.page({"index.html", "Accueil", Section::home, "", true}, {"en", "fr"}, *french);
    CHECK(html.starts_with("<!DOCTYPE html>\n<html lang=\"fr\">\n"));
    CHECK(has(html, "<script src=\"search.js\" defer></script>"));
    CHECK(has(html, "<nav class=\"languages\""));
    CHECK(has(html, "<span lang=\"fr\" aria-current=\"true\">Français</span>"));
    CHECK(has(html, "<a href=\"../en/index.html\" hreflang=\"en\""));
    CHECK(has(html, "1er juin 2025"));
  }
}
