#include <doctest/doctest.h>

#include <string>

#include "figures/figures.hpp"
#include "i18n/translator.hpp"
#include "publish/html.hpp"
#include "publish/site.hpp"
#include "publish/site_context.hpp"
#include "refdata/reference_data.hpp"
#include "support/site_fixture.hpp"

// Paragraph marks a reader understands (issue 25, item 3): publish::link_paragraphs.

using namespace gcsj::testing;
using gcsj::i18n::Translator;
using gcsj::publish::link_paragraphs;

namespace {

constexpr const char* kDefault =
    "https://www.ilo.org/resource/gb/349/update-global-coalition-social-justice";

struct Linked {
  SiteFixture site{check_yaml(kNgo), kDefaultAsOf};
  std::string operator()(const std::string& html, const Translator& tr = Translator::english()) {
    return link_paragraphs(site.context(tr), html);
  }
};

}  // namespace

TEST_SUITE("publish::paragraph_links") {
  TEST_CASE("a mark of the text links to GB.349/INS/4, its title saying what it is") {
    Linked linked;
    CHECK(linked("<p>Eligible (¶19(b)).</p>") ==
          std::string("<p>Eligible (<a class=\"paragraph\" href=\"") + kDefault +
              "\" title=\"paragraph 19(b) of GB.349/INS/4\">¶19(b)</a>).</p>");
    CHECK(contains(linked("<h2>Seats (¶25)</h2>"),
                   "title=\"paragraph 25 of GB.349/INS/4\">¶25</a>)</h2>"));
    CHECK(contains(linked("<h2>The Coordinating Group (¶21-26)</h2>"),
                   "title=\"paragraphs 21 to 26 of GB.349/INS/4\">¶21-26</a>"));
    CHECK(contains(linked("<p>¶16, ¶18</p>"), ">¶16</a>, <a class=\"paragraph\""));
  }

  TEST_CASE("the title is in the page's language, as the ILO writes a paragraph's item") {
    Linked linked;
    CHECK(contains(linked("<p>¶19(b)</p>", *Translator::of("fr")),
                   "title=\"paragraphe 19 b) du document GB.349/INS/4\""));
    CHECK(contains(linked("<p>¶19(b)</p>", *Translator::of("es")),
                   "title=\"párrafo 19, apartado b), del documento GB.349/INS/4\""));
    CHECK(contains(linked("<p>¶21-26</p>", *Translator::of("fr")),
                   "title=\"paragraphes 21 à 26 du document GB.349/INS/4\""));
  }

  TEST_CASE("the settings' address for the page's language, else for every language") {
    Linked linked;
    linked.site.settings.document_url = {{"fr", "https://example.org/fr"},
                                         {"", "https://example.org/any"}};
    CHECK(contains(linked("<p>¶18</p>", *Translator::of("fr")), "href=\"https://example.org/fr\""));
    CHECK(contains(linked("<p>¶18</p>"), "href=\"https://example.org/any\""));
  }

  TEST_CASE("never inside a tag, a link, an SVG, a title, a form control or a comment") {
    Linked linked;
    for (const std::string html :
         {"<a href=\"x\">(¶18)</a>", "<img alt=\"¶18\">", "<svg><text>¶25</text></svg>",
          "<title>Seats (¶25)</title>", "<select><option>Government (¶19)</option></select>",
          "<label for=\"x\">¶19</label>", "<details><summary>¶19</summary>", "<!-- ¶19 -->",
          "<th>¶</th>", "<p>¶ alone, ¶x</p>"})
      CHECK(linked(html) == html);
    // After the element ends, the text is linked again.
    CHECK(contains(linked("<a href=\"x\">¶18</a> ¶17"), "</a> <a class=\"paragraph\""));
  }

  TEST_CASE("every page of the site has its marks linked, in its body and footer, not its head") {
    const Checked checked = check_yaml(kNgo);
    const auto& reference = gcsj::refdata::ReferenceData::bundled();
    const auto figures =
        gcsj::figures::compute_figures(checked.registry, {kDefaultAsOf}, reference);
    const auto files = gcsj::publish::build_site(checked.registry, figures, reference,
                                                 {gcsj::publish::kDefaultNewsDays, {"en", "es"}});
    int linked = 0;
    for (const auto& file : files) {
      if (!file.path.ends_with(".html") || file.path == "index.html") continue;
      CAPTURE(file.path);
      const std::string head = file.content.substr(0, file.content.find("</head>"));
      CHECK_FALSE(contains(head, "class=\"paragraph\""));
      CHECK(contains(file.content, file.path.starts_with("es/")
                                       ? "title=\"párrafo 18 del documento GB.349/INS/4\">¶18</a>"
                                       : "the secretariat sets (<a class=\"paragraph\""));
      ++linked;
    }
    CHECK(linked > 10);
  }
}
