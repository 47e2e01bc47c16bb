#include <doctest/doctest.h>

#include <string>

#include "publish/site_context.hpp"
#include "support/site_fixture.hpp"

// The partners' directory and each partner's page, made by add_directory and add_partner from a
// registry read by the real loader.

using namespace gcsj::testing;

namespace {

// Kenya's government, with a website, an action done with the NGO and with an applicant, and
// progress; the NGO (named in lower case, so sorting ignores case); an application.
Checked registry() {
  const std::string kenya =
      replace(replace(replace(kGovernment, "id: sample", "id: kenya"), "name: Sample",
                      "name: Kenya\nwebsite: https://kenya.example/ilo"),
              "    domains: [protection]\n",
              "    domains: [protection, unknown-domain]\n    sdgs: [8]\n"
              "    with: [ngo, hopeful]\n    with_others: [\"A <b>union</b>\"]\n"
              "    progress:\n      - date: 2025-03-01\n        summary: First <step>\n");
  const std::string ngo =
      replace(replace(kNgo, "id: sample", "id: ngo"), "name: Sample", "name: alliance of NGOs");
  const std::string hopeful = replace(replace(replace(kAcademic, "id: sample", "id: hopeful"),
                                              "status: admitted", "status: applied"),
                                      "admitted: 2024-02-01\n", "");
  return check_files({{"partners/kenya.yaml", kenya},
                      {"partners/ngo.yaml", ngo},
                      {"partners/hopeful.yaml", hopeful}});
}

}  // namespace

TEST_SUITE("publish::pages_partners") {
  TEST_CASE("a partner's page: its facts, its commitments, its actions") {
    const SiteFixture site(registry(), kDefaultAsOf);
    const auto files = site.files(
        [&](const gcsj::publish::SiteContext& context, const gcsj::publish::FileSink& sink) {
          gcsj::publish::add_partner(context, site.partner("kenya"), sink);
        });
    REQUIRE(files.size() == 1);
    const std::string& page = files.at("partners/kenya.html");
    CHECK(contains(page, "<h1>Kenya</h1>\n<dl class=\"facts\">\n"));
    CHECK(contains(page, "<dt>Category (¶19)</dt><dd>Government (¶19(a))</dd>"));
    CHECK(contains(page, "<dt>Country</dt><dd>Kenya</dd>"));
    CHECK(contains(page,
                   "<dt>Partner since</dt><dd><time datetime=\"2024-02-01\">1 February "
                   "2024</time></dd>"));
    CHECK(contains(page, "<a href=\"https://kenya.example/ilo\" rel=\"nofollow noopener\">"));
    CHECK(contains(page, "Adherence formally expressed on "));
    // The action: its domains linked (an unknown one as text), its SDG, its partners.
    CHECK(contains(page, "<h3>Extend social protection</h3>"));
    CHECK(contains(page, "<a href=\"../domains/protection.html\">"));
    CHECK(contains(page, ", unknown-domain</dd>"));
    CHECK(contains(page, ">SDG 8</abbr>"));
    // A published partner linked, an application never shown, others' names escaped.
    CHECK(contains(page,
                   "<dt>With</dt><dd><a href=\"../partners/ngo.html\">alliance of NGOs</a>, A "
                   "&lt;b&gt;union&lt;/b&gt;</dd>"));
    CHECK_FALSE(contains(page, "hopeful"));
    CHECK(contains(page,
                   "<ul class=\"progress\">\n<li><time datetime=\"2025-03-01\">1 March "
                   "2025</time>: First &lt;step&gt;</li>"));
  }

  TEST_CASE("where a partner of any category is based, in the page's language (v1.1)") {
    const std::string oslo =
        replace(replace(kAcademic, "id: sample", "id: oslo"), "name: Sample", "name: Oslo Lab") +
        "country: NO\n";
    const SiteFixture site(check_files({{"partners/oslo.yaml", oslo}}), kDefaultAsOf);
    const auto page_in = [&](std::string_view language) {
      const auto* tr = gcsj::i18n::Translator::of(language);
      REQUIRE(tr != nullptr);
      return site
          .files(
              [&](const gcsj::publish::SiteContext& context, const gcsj::publish::FileSink& sink) {
                gcsj::publish::add_partner(context, site.partner("oslo"), sink);
              },
              *tr)
          .at("partners/oslo.html");
    };
    CHECK(contains(page_in("en"), "<dt>Country</dt><dd>Norway</dd>"));
    CHECK(contains(page_in("fr"), "<dt>Pays</dt><dd>Norvège</dd>"));
    CHECK(contains(page_in("es"), "<dt>País</dt><dd>Noruega</dd>"));
  }

  TEST_CASE("a website that is no web address is not linked") {
    const std::string text =
        replace(kNgo, "name: Sample", "name: Sample\nwebsite: javascript:alert(1)");
    const SiteFixture site(check_yaml(text), kDefaultAsOf);
    const auto files = site.files(
        [&](const gcsj::publish::SiteContext& context, const gcsj::publish::FileSink& sink) {
          gcsj::publish::add_partner(context, site.partner("sample"), sink);
        });
    const std::string& page = files.at("partners/sample.html");
    CHECK_FALSE(contains(page, "javascript:"));
    CHECK_FALSE(contains(page, "<dt>Website</dt>"));
  }

  TEST_CASE("the directory: published partners by name, whatever the case, with their filters") {
    const SiteFixture site(registry(), kDefaultAsOf);
    const auto files = site.files(gcsj::publish::add_directory);
    REQUIRE(files.size() == 1);
    const std::string& page = files.at("partners/index.html");
    CHECK(contains(page,
                   "<p>2 partners, by name. Each page lists the partner&#39;s commitments and "
                   "actions.</p>"));
    const auto alliance = page.find("<a href=\"../partners/ngo.html\">alliance of NGOs</a>");
    const auto kenya = page.find("<a href=\"../partners/kenya.html\">Kenya</a>");
    REQUIRE(alliance != std::string::npos);
    REQUIRE(kenya != std::string::npos);
    CHECK(alliance < kenya);
    CHECK_FALSE(contains(page, "hopeful"));
    CHECK(contains(page, "<li data-category=\"government\" data-search=\"kenya kenya kenya "));
    CHECK(contains(page, "<option value=\"government\">"));
    CHECK(contains(page, "data-status=\"{shown} of 2 partners shown\""));
    CHECK(contains(page, "<script src=\"../search.js\" defer></script>"));
  }
}
