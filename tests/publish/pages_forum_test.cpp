#include <doctest/doctest.h>

#include <string>

#include "i18n/translator.hpp"
#include "publish/html.hpp"
#include "publish/site_context.hpp"
#include "support/site_fixture.hpp"

// The Forum page (¶39-42) and the Forum on a partner's page, made by add_forum and add_partner
// from a registry read by the real loader.

using namespace gcsj::testing;

namespace {

constexpr gcsj::model::Date kAsOf{2026, 1, 15};

// Brazil's government (two actions), an NGO, a university admitted but public only in 2099
// (¶18 `published`), and a Forum of four sessions: Geneva (the ILO alone), a remote one with no
// place hosted by the NGO, Doha over two days co-hosted by the ILO, Brazil and the unpublished
// university, with initiatives with and without an action, and one after the site's date.
Checked registry(const std::string& forum) {
  const std::string brazil = replace(
      replace(replace(kGovernment, "id: sample", "id: brazil"), "name: Sample", "name: Brazil"),
      "    domains: [protection]\n",
      "    domains: [protection]\n  - title: Promote equitable food systems!\n"
      "    title_fr: Promouvoir des systèmes alimentaires équitables\n"
      "    domains: [protection]\n");
  const std::string ngo =
      replace(replace(kNgo, "id: sample", "id: ngo"), "name: Sample", "name: Alliance of NGOs");
  const std::string quiet =
      replace(replace(replace(kAcademic, "id: sample", "id: quiet-university"), "name: Sample",
                      "name: Quiet University"),
              "admitted: 2024-02-01\n", "admitted: 2024-02-01\npublished: 2099-01-01\n");
  return check_files({{"partners/brazil.yaml", brazil},
                      {"partners/ngo.yaml", ngo},
                      {"partners/quiet.yaml", quiet},
                      {"forum.yaml", forum}},
                     kAsOf);
}

const std::string kForum = R"(kind: forum
sessions:
  - date: 2024-06-13
    title: Inaugural Forum
    place: Geneva
    format: in-person
    hosts: [ilo]
    alongside: 112th Session of the International Labour Conference
  - date: 2025-11-05
    end: 2025-11-06
    title: Global Coalition for Social Justice Forum
    place: Doha
    format: in-person
    hosts: [ilo, brazil, quiet-university]
    alongside: Second World Summit for Social Development
    initiatives:
      - partner: brazil
        action: Promote equitable food systems!
      - partner: ngo
      - partner: quiet-university
        action: Extend social protection
      - partner: brazil
        action: Extend social protections
  - date: 2025-03-10
    format: remote
    hosts: [ngo]
  - date: 2026-06-01
    title: A Forum to come
    place: Nairobi
    format: hybrid
    hosts: [ilo, ngo]
)";

std::string forum_page(const SiteFixture& site,
                       const gcsj::i18n::Translator& tr = gcsj::i18n::Translator::english()) {
  const auto files = site.files(gcsj::publish::add_forum, tr);
  REQUIRE(files.size() == 1);
  return files.at("forum.html");
}

std::string partner_page(const SiteFixture& site, std::string_view id,
                         const gcsj::i18n::Translator& tr = gcsj::i18n::Translator::english()) {
  const auto files = site.files(
      [&](const gcsj::publish::SiteContext& context, const gcsj::publish::FileSink& sink) {
        gcsj::publish::add_partner(context, site.partner(id), sink);
      },
      tr);
  return files.begin()->second;
}

}  // namespace

TEST_SUITE("publish::pages_forum") {
  TEST_CASE("the Forum page: the sessions held, newest first, each with its facts") {
    const SiteFixture site(registry(kForum), kAsOf);
    const std::string page = forum_page(site);
    CHECK(contains(page, "<h1>The Forum</h1>"));
    CHECK(contains(page, "(¶39)"));
    CHECK(contains(page, "(¶42)"));
    CHECK(contains(page, "3 sessions held, the latest first."));
    // Newest first; the session after the site's date is not shown.
    const auto doha = page.find("id=\"session-2025-11-05\"");
    const auto remote = page.find("id=\"session-2025-03-10\"");
    const auto geneva = page.find("id=\"session-2024-06-13\"");
    REQUIRE(doha != std::string::npos);
    REQUIRE(remote != std::string::npos);
    REQUIRE(geneva != std::string::npos);
    CHECK(doha < remote);
    CHECK(remote < geneva);
    CHECK_FALSE(contains(page, "A Forum to come"));
    CHECK_FALSE(contains(page, "Nairobi"));
    // A session of two days, its title, place, format, event and hosts.
    CHECK(contains(page,
                   "<h2><time datetime=\"2025-11-05\">5–6 November 2025</time>: Global Coalition "
                   "for Social Justice Forum</h2>"));
    CHECK(contains(page, "<dt>Place</dt><dd>Doha</dd>"));
    CHECK(contains(page, "<dt>Format (¶41)</dt><dd>In person</dd>"));
    CHECK(contains(page,
                   "<dt>Held alongside (¶42)</dt><dd>Second World Summit for Social "
                   "Development</dd>"));
    CHECK(contains(
        page, "<dt>Hosts (¶42)</dt><dd>ILO, <a href=\"partners/brazil.html\">Brazil</a></dd>"));
    CHECK(contains(page, "<dt>Hosts (¶42)</dt><dd>ILO</dd>"));
    // The remote session: no place, its format, its host.
    const std::string remote_session = page.substr(remote, geneva - remote);
    CHECK(contains(remote_session, "<h2><time datetime=\"2025-03-10\">10 March 2025</time></h2>"));
    CHECK_FALSE(contains(remote_session, "<dt>Place</dt>"));
    CHECK(contains(remote_session, "<dd>Remotely</dd>"));
    CHECK(contains(remote_session,
                   "<dt>Hosts (¶42)</dt><dd><a href=\"partners/ngo.html\">Alliance of NGOs</a>"));
    // Initiatives: the action linked to its anchor on the partner's page; none; a title that is
    // none of the partner's actions, as written.
    CHECK(contains(page, "<h3>Initiatives showcased (¶40)</h3>"));
    CHECK(contains(page,
                   "<li><a href=\"partners/brazil.html\">Brazil</a>: <a "
                   "href=\"partners/brazil.html#action-promote-equitable-food-systems\">Promote "
                   "equitable food systems!</a></li>"));
    CHECK(contains(page, "<li><a href=\"partners/ngo.html\">Alliance of NGOs</a></li>"));
    CHECK(contains(page,
                   "<li><a href=\"partners/brazil.html\">Brazil</a>: Extend social "
                   "protections</li>"));
  }

  TEST_CASE("a partner not public on the site's date is named nowhere on the Forum page") {
    const SiteFixture site(registry(kForum), kAsOf);
    const std::string page = forum_page(site);
    CHECK_FALSE(contains(page, "quiet"));
    CHECK_FALSE(contains(page, "Quiet"));
    // Its initiative is left out, not only its name.
    CHECK_FALSE(contains(page, ">Extend social protection<"));
  }

  TEST_CASE("a host that withdrew before the site's date is named nowhere on the Forum page") {
    const std::string forum =
        replace(kForum, "hosts: [ilo, brazil, quiet-university]", "hosts: [ilo, brazil, departed]");
    const std::string departed =
        replace(replace(replace(replace(kEmployers, "id: sample", "id: departed"), "name: Sample",
                                "name: Departed Employers"),
                        "status: admitted", "status: withdrawn"),
                "admitted: 2024-02-01\n", "admitted: 2024-02-01\nwithdrawn: 2025-12-01\n");
    const SiteFixture site(check_files({{"partners/brazil.yaml",
                                         replace(replace(kGovernment, "id: sample", "id: brazil"),
                                                 "name: Sample", "name: Brazil")},
                                        {"partners/departed.yaml", departed},
                                        {"forum.yaml", forum}},
                                       kAsOf),
                           kAsOf);
    const std::string page = forum_page(site);
    CHECK(contains(page, "<dd>ILO, <a href=\"partners/brazil.html\">Brazil</a></dd>"));
    CHECK_FALSE(contains(page, "departed"));
    CHECK_FALSE(contains(page, "Departed"));
  }

  TEST_CASE("the Forum page in French and Spanish: dates, formats, the ILO, the action's title") {
    const SiteFixture site(registry(kForum), kAsOf);
    const std::string fr = forum_page(site, *gcsj::i18n::Translator::of("fr"));
    CHECK(contains(fr, "<h1>Le Forum</h1>"));
    CHECK(contains(fr, ">5–6 novembre 2025</time>"));
    CHECK(contains(fr, "<dd>En présentiel</dd>"));
    CHECK(contains(fr, "<dd>À distance</dd>"));
    CHECK(contains(fr, "<dd>OIT, <a href=\"partners/brazil.html\">"));
    CHECK(contains(fr, ">Promouvoir des systèmes alimentaires équitables</a>"));
    const std::string es = forum_page(site, *gcsj::i18n::Translator::of("es"));
    CHECK(contains(es, "<h1>El Foro</h1>"));
    CHECK(contains(es, ">5–6 de noviembre de 2025</time>"));
    CHECK(contains(es, "<dd>Presencial</dd>"));
    CHECK(contains(es, "<dd>OIT</dd>"));
  }

  TEST_CASE("the Forum in the navigation of every page, only when a session is held") {
    {
      const SiteFixture site(registry(kForum), kAsOf);
      const std::string page = forum_page(site);
      CHECK(contains(page,
                     "<li><a href=\"group.html\">Coordinating Group</a></li>\n"
                     "<li><a href=\"forum.html\" aria-current=\"page\">Forum</a></li>\n"));
      CHECK(contains(partner_page(site, "ngo"), "<li><a href=\"../forum.html\">Forum</a></li>"));
    }
    // Before its first session, and with no forum document: no page, no link.
    {
      const SiteFixture site(registry(kForum), {2024, 6, 12});
      CHECK(site.files(gcsj::publish::add_forum).empty());
      CHECK_FALSE(contains(partner_page(site, "ngo"), "forum.html"));
    }
    {
      const SiteFixture site(registry("kind: forum\nsessions: []\n"), kAsOf);
      CHECK(site.files(gcsj::publish::add_forum).empty());
      CHECK_FALSE(contains(partner_page(site, "brazil"), "forum.html"));
    }
  }

  TEST_CASE("the first day of a session in the page's date style; a session across months") {
    const SiteFixture site(
        registry(replace(kForum, "    end: 2025-11-06\n", "    end: 2025-12-02\n")), kAsOf);
    CHECK(contains(forum_page(site), ">5 November 2025 – 2 December 2025</time>"));
    const SiteFixture first(
        registry(replace(replace(kForum, "date: 2025-11-05", "date: 2025-11-01"),
                         "    end: 2025-11-06\n", "    end: 2025-11-03\n")),
        kAsOf);
    CHECK(contains(forum_page(first), ">1–3 November 2025</time>"));
    CHECK(contains(forum_page(first, *gcsj::i18n::Translator::of("fr")), ">1er–3 novembre 2025<"));
  }

  TEST_CASE("two sessions on one date have distinct anchors") {
    const SiteFixture site(registry(replace(kForum, "  - date: 2025-03-10\n",
                                            "  - date: 2024-06-13\n    format: remote\n"
                                            "    hosts: [ilo]\n  - date: 2025-03-10\n")),
                           kAsOf);
    const std::string page = forum_page(site);
    CHECK(contains(page, "id=\"session-2024-06-13\""));
    CHECK(contains(page, "id=\"session-2024-06-13-2\""));
  }

  TEST_CASE(
      "a partner's page: the sessions it hosted, the initiatives it showcased, its actions' "
      "anchors") {
    const SiteFixture site(registry(kForum), kAsOf);
    const std::string brazil = partner_page(site, "brazil");
    CHECK(contains(brazil, "<article class=\"action\" id=\"action-extend-social-protection\">"));
    CHECK(contains(brazil,
                   "<article class=\"action\" id=\"action-promote-equitable-food-systems\">"));
    CHECK(contains(brazil, "<h2>At the Forum (¶39-42)</h2>"));
    const std::string session =
        "<a href=\"../forum.html#session-2025-11-05\"><time datetime=\"2025-11-05\">5–6 November "
        "2025</time></a>";
    CHECK(contains(brazil, "<li>Hosted or co-hosted the Forum session of " + session + ".</li>"));
    CHECK(contains(brazil,
                   "<li>Showcased <a "
                   "href=\"../partners/brazil.html#action-promote-equitable-food-systems\">Promote "
                   "equitable food systems!</a> at the Forum session of " +
                       session + ".</li>"));
    CHECK(contains(brazil, "<li>Showcased Extend social protections at the Forum session of "));
    const std::string ngo = partner_page(site, "ngo");
    CHECK(contains(ngo, "<li>Showcased an initiative at the Forum session of " + session));
    CHECK(contains(ngo, "#session-2025-03-10\">"));
    // The session to come is not on the partner's page either.
    CHECK_FALSE(contains(ngo, "2026-06-01"));
  }

  TEST_CASE("action anchors: stable, distinct, and numbered when a title has no letter") {
    gcsj::model::Partner partner;
    gcsj::model::Action a, b, c;
    a.title = gcsj::model::Located<std::string>{"Élan — pour l'emploi", {}};
    b.title = gcsj::model::Located<std::string>{"Élan — pour l'emploi", {}};
    c.title = gcsj::model::Located<std::string>{"…", {}};
    partner.actions = gcsj::model::Located<std::vector<gcsj::model::Action>>{{a, b, c}, {}};
    CHECK(gcsj::publish::action_ids(partner) ==
          std::vector<std::string>{"action-lan-pour-l-emploi", "action-lan-pour-l-emploi-2",
                                   "action-3"});
  }
}
