// The portal in several languages: a tree per language, alternates and switcher to the same
// page, the root page that chooses a language, translated names and titles, and the same bytes
// from the same registry and date.

#include <doctest/doctest.h>

#include <map>
#include <string>

#include "figures/figures.hpp"
#include "load/format_rules.hpp"
#include "publish/html.hpp"
#include "publish/site.hpp"
#include "refdata/reference_data.hpp"
#include "support/check_helpers.hpp"

using namespace gcsj::testing;
using gcsj::model::Date;

namespace {

std::map<std::string, std::string> site_of(const Checked& checked,
                                           std::vector<std::string> languages = {},
                                           unsigned jobs = 0) {
  const auto& reference = gcsj::refdata::ReferenceData::bundled();
  const auto figures =
      gcsj::figures::compute_figures(checked.registry, {Date{2025, 6, 1}}, reference);
  std::map<std::string, std::string> out;
  for (auto& file :
       gcsj::publish::build_site(checked.registry, figures, reference,
                                 {gcsj::publish::kDefaultNewsDays, std::move(languages), jobs}))
    out.emplace(file.path, std::move(file.content));
  return out;
}

bool has(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

// A function, not a global: kGovernment is a global of another file.
std::string translated() {
  return replace(
      replace(kGovernment, "name: Sample\n",
              "name: Sample\nname_fr: Échantillon\nname_es: Muestra\n"),
      "  - title: Extend social protection\n",
      "  - title: Extend social protection\n    title_fr: Étendre la protection sociale\n"
      "    title_es: Extender la protección social\n");
}

}  // namespace

TEST_SUITE("publish") {
  TEST_CASE("a tree per language, every page with its language, alternates and switcher") {
    const auto site = site_of(check_yaml(kGovernment));
    for (const std::string_view code : {"en", "fr", "es"})
      for (const std::string_view page :
           {"index.html", "partners/index.html", "partners/sample.html", "group.html", "news.html",
            "themes.html", "feed.xml", "style.css", "search.js", "join.html", "join.js"})
        CHECK_MESSAGE(site.contains(std::string(code) + "/" + std::string(page)),
                      code << "/" << page);
    const std::string& fr = site.at("fr/partners/sample.html");
    CHECK(has(fr, "<html lang=\"fr\">"));
    CHECK(
        has(fr, "<link rel=\"alternate\" hreflang=\"en\" href=\"../../en/partners/sample.html\">"));
    CHECK(
        has(fr, "<link rel=\"alternate\" hreflang=\"es\" href=\"../../es/partners/sample.html\">"));
    CHECK(
        has(fr, "<link rel=\"alternate\" hreflang=\"fr\" href=\"../../fr/partners/sample.html\">"));
    CHECK(has(fr,
              "<link rel=\"alternate\" hreflang=\"x-default\" "
              "href=\"../../en/partners/sample.html\">"));
    // The switcher leads to the same page in each other language, named in that language.
    CHECK(has(fr,
              "<a href=\"../../es/partners/sample.html\" hreflang=\"es\" lang=\"es\" "
              "data-language=\"es\">Español</a>"));
    CHECK(has(fr,
              "<a href=\"../../en/partners/sample.html\" hreflang=\"en\" lang=\"en\" "
              "data-language=\"en\">English</a>"));
    CHECK(has(fr, "<span lang=\"fr\" aria-current=\"true\">Français</span>"));
    CHECK(has(site.at("es/index.html"), "<html lang=\"es\">"));
    CHECK(has(site.at("es/feed.xml"), "xml:lang=\"es\""));
    CHECK(has(site.at("es/feed.xml"), "<id>tag:ilo.org,2023:gcsj/news/es</id>"));
    CHECK(has(site.at("en/feed.xml"), "<id>tag:ilo.org,2023:gcsj/news</id>"));
  }

  TEST_CASE("switcher and alternates of a page at the root of a tree") {
    const std::vector<std::string> languages{"en", "fr"};
    CHECK(gcsj::publish::language_alternates("news.html", languages) ==
          "<link rel=\"alternate\" hreflang=\"en\" href=\"../en/news.html\">\n"
          "<link rel=\"alternate\" hreflang=\"fr\" href=\"../fr/news.html\">\n"
          "<link rel=\"alternate\" hreflang=\"x-default\" href=\"../en/news.html\">\n");
    CHECK(gcsj::publish::language_switcher("news.html", languages, "en", "Language") ==
          "<nav class=\"languages\" aria-label=\"Language\">\n<ul>\n"
          "<li><span lang=\"en\" aria-current=\"true\">English</span></li>\n"
          "<li><a href=\"../fr/news.html\" hreflang=\"fr\" lang=\"fr\" "
          "data-language=\"fr\">Français</a></li>\n</ul>\n</nav>\n");
    // One language: no switcher; x-default is the first language when English is not published.
    CHECK(gcsj::publish::language_switcher("news.html", {"es"}, "es", "Idioma").empty());
    CHECK(has(gcsj::publish::language_alternates("a/b.html", {"es", "fr"}),
              "hreflang=\"x-default\" href=\"../../es/a/b.html\""));
  }

  TEST_CASE("the root page sends the browser to its language, with links without script") {
    const auto site = site_of(check_yaml(kGovernment), {"fr", "es"});
    const std::string& root = site.at("index.html");
    CHECK(has(root, "var have = [\"fr\",\"es\"];"));
    CHECK(has(root, "navigator.languages"));
    // No English tree: the fallback is the first language asked for.
    CHECK(has(root, "location.replace(\"fr/index.html\");"));
    CHECK(has(root,
              "<noscript>\n<ul class=\"languages\">\n"
              "<li><a href=\"fr/index.html\" hreflang=\"fr\" lang=\"fr\">"));
    CHECK(has(root, "<li><a href=\"es/index.html\" hreflang=\"es\" lang=\"es\">"));
    CHECK_FALSE(site.contains("en/index.html"));
    const auto all = site_of(check_yaml(kGovernment));
    CHECK(has(all.at("index.html"), "location.replace(\"en/index.html\");"));
    CHECK(has(all.at("index.html"),
              "<link rel=\"alternate\" hreflang=\"x-default\" "
              "href=\"en/index.html\">"));
  }

  TEST_CASE("a page prefers the registry's translation of a name and a title") {
    const auto checked = check_yaml(translated());
    CHECK(checked.findings.empty());
    const auto site = site_of(checked);
    CHECK(has(site.at("fr/partners/sample.html"), "<h1>Échantillon</h1>"));
    CHECK(has(site.at("fr/partners/sample.html"), "<h3>Étendre la protection sociale</h3>"));
    CHECK(has(site.at("es/partners/sample.html"), "<h1>Muestra</h1>"));
    CHECK(has(site.at("es/partners/sample.html"), "<h3>Extender la protección social</h3>"));
    CHECK(has(site.at("en/partners/sample.html"), "<h1>Sample</h1>"));
    CHECK(has(site.at("en/partners/sample.html"), "<h3>Extend social protection</h3>"));
    CHECK(has(site.at("es/partners/index.html"), ">Muestra</a>"));
    // The directory finds the partner by its name as written too.
    CHECK(has(site.at("es/partners/index.html"), "data-search=\"muestra sample "));
    // Without a translation, the name as written.
    const auto plain = site_of(check_yaml(kGovernment));
    CHECK(has(plain.at("fr/partners/sample.html"), "<h1>Sample</h1>"));
  }

  TEST_CASE("countries and SDG titles of the reference data in the page's language") {
    const auto checked = check_yaml(replace(kGovernment, "    domains: [protection]\n",
                                            "    domains: [protection]\n    sdgs: [1]\n"
                                            "    countries: [DE, KE]\n"));
    CHECK(checked.findings.empty());
    const auto site = site_of(checked);
    const std::string& fr = site.at("fr/partners/sample.html");
    CHECK(has(fr, "<dd>Kenya</dd>"));
    CHECK(has(fr, "<dd>Allemagne, Kenya</dd>"));
    CHECK(
        has(fr, "title=\"Éliminer la pauvreté sous toutes ses formes et partout dans le monde\""));
    const std::string& es = site.at("es/partners/sample.html");
    CHECK(has(es, "<dd>Alemania, Kenya</dd>"));
    CHECK(has(es, "title=\"Poner fin a la pobreza en todas sus formas en todo el mundo\""));
    const std::string& en = site.at("en/partners/sample.html");
    CHECK(has(en, "<dd>Germany, Kenya</dd>"));
    CHECK(has(en, "title=\"End poverty in all its forms everywhere\""));
    // The home page's chart of SDGs, in the page's language too.
    CHECK(has(site.at("fr/index.html"), "Éliminer la pauvreté"));
    CHECK_FALSE(has(site.at("fr/index.html"), "End poverty"));
  }

  TEST_CASE("a translation is a non-empty string") {
    const auto checked =
        check_yaml(replace(kGovernment, "name: Sample\n", "name: Sample\nname_fr: \"\"\n"));
    REQUIRE(checked.findings.size() == 1);
    CHECK(checked.findings[0].rule == gcsj::load::format::kInvalidValue.id);
    CHECK(checked.findings[0].where.line == 4);
    CHECK(checked.findings[0].message.english() ==
          "`name_fr` is empty: a translation is a non-empty string");
  }

  TEST_CASE("the same registry and date give the same bytes, on one thread or many") {
    const auto checked = check_yaml(translated());
    const auto one = site_of(checked, {}, 1);
    const auto many = site_of(checked, {}, 4);
    CHECK(one == many);
    CHECK(one == site_of(checked, {}, 1));
  }
}
