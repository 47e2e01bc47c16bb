#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "app/portal_files.hpp"
#include "config/config.hpp"
#include "config/portal.hpp"
#include "findings/finding_list.hpp"
#include "support/temp_tree.hpp"

// The `portal:` section of .gcsj.yaml (issue 25): its values, and each hostile one a finding at
// its place.

using gcsj::config::PortalConfig;
using gcsj::testing::TempTree;

namespace {

struct Read {
  std::optional<PortalConfig> portal;
  std::vector<gcsj::findings::Finding> findings;  // read_config's, the run's
  explicit Read(const std::string& text) {
    gcsj::findings::FindingList out, again;
    gcsj::config::read_config(3, text, out);
    findings = out.take();
    portal = gcsj::config::read_portal_config(3, text, again);
  }
  // "rule@line:column" of each finding.
  std::vector<std::string> found() const {
    std::vector<std::string> out;
    for (const auto& f : findings)
      out.push_back(std::string(f.rule) + "@" + std::to_string(f.where.line) + ":" +
                    std::to_string(f.where.column));
    return out;
  }
};

}  // namespace

TEST_SUITE("config::portal") {
  TEST_CASE("every setting read, texts for every language or by language") {
    const Read read(
        "portal:\n"
        "  title: {en: Coalition, fr: Coalition FR}\n"
        "  base_url: https://coalition.example.org\n"
        "  contact: coalition@ilo.org\n"
        "  logo: images/logo.PNG\n"
        "  logo_alt: ILO\n"
        "  accent_colour: \"#1E5AA8\"\n"
        "  footer: A line\n"
        "  document_url: {fr: \"https://www.ilo.org/fr/x\"}\n"
        "  pages:\n"
        "    - slug: privacy\n"
        "      title: {en: Privacy, es: Privacidad}\n"
        "      file: {en: pages/privacy.en.md, es: pages/privacy.es.md}\n"
        "    - slug: contact-us\n"
        "      title: Contact\n"
        "      file: contact.md\n");
    CHECK(read.found().empty());
    REQUIRE(read.portal);
    const PortalConfig& p = *read.portal;
    CHECK(p.title.at("fr") == "Coalition FR");
    CHECK(p.base_url->value == "https://coalition.example.org/");
    CHECK(p.contact->value == "coalition@ilo.org");
    CHECK(p.logo->value == "images/logo.PNG");
    CHECK(p.logo->where == gcsj::model::Location{3, 5, 9});
    CHECK(p.logo_alt.at("") == "ILO");
    CHECK(p.accent_colour->value == "#1e5aa8");
    CHECK(p.footer.at("") == "A line");
    CHECK(p.document_url.at("fr") == "https://www.ilo.org/fr/x");
    REQUIRE(p.pages.size() == 2);
    CHECK(p.pages[0].slug->value == "privacy");
    CHECK(p.pages[0].file.at("es").value == "pages/privacy.es.md");
    CHECK(p.pages[1].title.at("") == "Contact");
    CHECK(p.pages[1].file.at("en").value == "contact.md");
  }

  TEST_CASE("hostile and wrong values: each a finding at its value, and left out") {
    const Read read(
        "portal:\n"
        "  base_url: javascript:alert(1)\n"               // 2
        "  contact: \"a@b.c><script>\"\n"                 // 3
        "  logo: ../../etc/passwd.png\n"                  // 4
        "  accent_colour: red\n"                          // 5
        "  document_url: \"http://x\\\"onmouseover=\"\n"  // 6
        "  colour: \"#000000\"\n"                         // 7
        "  footer: [a, b]\n"                              // 8
        "  pages:\n"
        "    - slug: news\n"  // 10
        "      title: News\n"
        "      file: /etc/news.md\n"        // 12
        "    - slug: Privacy_Page\n"        // 13
        "      title: {de: Datenschutz}\n"  // 14
        "      file: privacy.html\n");      // 15
    CHECK(read.found() == std::vector<std::string>{
                              "portal-setting@2:13", "portal-setting@3:12", "portal-setting@4:9",
                              "portal-setting@5:18", "portal-setting@6:17", "wrong-type@8:11",
                              "portal-setting@10:13", "portal-setting@12:13", "portal-setting@10:7",
                              "portal-setting@13:13", "portal-setting@14:15",
                              "portal-setting@15:13", "portal-setting@13:7", "portal-setting@13:7",
                              "unknown-key@7:3"});
    REQUIRE(read.portal);
    CHECK_FALSE(read.portal->base_url);
    CHECK_FALSE(read.portal->contact);
    CHECK_FALSE(read.portal->logo);
    CHECK_FALSE(read.portal->accent_colour);
    CHECK(read.portal->document_url.empty());
  }

  TEST_CASE("an SVG logo is refused; a colour too light on white is refused") {
    const Read read("portal:\n  logo: logo.svg\n  accent_colour: \"#ffcc00\"\n");
    REQUIRE(read.findings.size() == 2);
    CHECK(read.findings[0].rule == "portal-setting");
    CHECK(read.found() == std::vector<std::string>{"portal-setting@2:9", "portal-setting@3:18"});
    CHECK(read.findings[1].message.in(gcsj::i18n::Translator::english()).find("1.") !=
          std::string::npos);
  }

  TEST_CASE("two pages with one slug; the site's own names refused") {
    for (const char* slug : {"index", "news", "join", "group", "themes", "partners", "feed",
                             "style", "search", "directory", "partner-3", "forum"})
      CHECK(gcsj::config::is_reserved_page_slug(slug));
    CHECK_FALSE(gcsj::config::is_reserved_page_slug("privacy"));
    const Read read(
        "portal:\n  pages:\n    - {slug: a, title: A, file: a.md}\n"
        "    - {slug: a, title: B, file: b.md}\n");
    CHECK(read.found() == std::vector<std::string>{"portal-setting@4:14"});
  }

  TEST_CASE("contrast and image kinds") {
    CHECK(gcsj::config::contrast_on_white("#000000") == doctest::Approx(21.0));
    CHECK(gcsj::config::contrast_on_white("#1e5aa8") > 4.5);
    CHECK(gcsj::config::contrast_on_white("#ffcc00") < 4.5);
    CHECK(gcsj::config::image_kind(std::string("\x89PNG\r\n\x1a\nxx", 10)) == "png");
    CHECK(gcsj::config::image_kind("\xff\xd8\xff\xe0") == "jpeg");
    CHECK(gcsj::config::image_kind(std::string("RIFF\x10\x00\x00\x00WEBPVP8", 15)) == "webp");
    CHECK(gcsj::config::image_kind("<svg onload=alert(1)>").empty());
  }

  TEST_CASE("a file the settings name that cannot be published: a portal-file finding") {
    TempTree tree;
    const Read read("portal:\n  logo: missing.png\n");
    REQUIRE(read.portal);
    gcsj::findings::FindingList out;
    const auto settings = gcsj::app::resolve_portal(*read.portal, tree.path(), out);
    const auto found = out.take();
    REQUIRE(found.size() == 1);
    CHECK(found[0].rule == "portal-file");
    CHECK(found[0].where == gcsj::model::Location{3, 2, 9});
    CHECK(settings.logo_name.empty());
  }
}
