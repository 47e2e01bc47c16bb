#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "model/partner_digest.hpp"
#include "model/partner_state.hpp"
#include "support/check_helpers.hpp"

// PartnerDigest::of, on partners read by the real loader.

using namespace gcsj::testing;

TEST_SUITE("model::partner_digest") {
  TEST_CASE("a digest keeps what the registry rules need of a partner") {
    const std::string text =
        replace(replace(kWorkers, "status: admitted", "status: withdrawn"),
                "admitted: 2024-02-01\n", "admitted: 2024-02-01\nwithdrawn: 2025-01-31\n");
    const Checked checked = check_yaml(text);
    REQUIRE(checked.registry.partners.size() == 1);
    const auto& partner = checked.registry.partners[0];
    const auto digest = gcsj::model::PartnerDigest::of(partner);
    CHECK(digest.where == partner.where);
    REQUIRE(digest.id);
    CHECK(digest.id->value == "sample");
    CHECK(digest.id->where == partner.id->where);
    CHECK(digest.category->value == gcsj::model::Category::workers_organization);
    CHECK(digest.status->value == gcsj::model::Status::withdrawn);
    CHECK(digest.admitted->value == gcsj::model::Date{2024, 2, 1});
    CHECK(digest.withdrawn->value == gcsj::model::Date{2025, 1, 31});
    CHECK_FALSE(digest.country);
    CHECK(digest.scope == gcsj::model::Scope::international);
    CHECK(digest.sectoral);
    // The loader's digest is the same.
    REQUIRE(checked.registry.digests.size() == 1);
    CHECK(checked.registry.digests[0].id->value == "sample");
    CHECK(checked.registry.digests[0].sectoral);
  }

  TEST_CASE("a digest of a partner without the optional keys") {
    const Checked checked = check_yaml(kGovernment);
    const auto digest = gcsj::model::PartnerDigest::of(checked.registry.partners[0]);
    CHECK(digest.country->value == "KE");
    CHECK_FALSE(digest.scope.has_value());
    CHECK_FALSE(digest.sectoral);
    CHECK_FALSE(digest.withdrawn);
  }

  TEST_CASE("public on a date: admitted and made public by then, for a partner and its digest") {
    const Checked checked = check_yaml(replace(kGovernment, "admitted: 2024-02-01\n",
                                               "admitted: 2024-02-01\npublished: 2024-06-01\n"));
    const auto& partner = checked.registry.partners[0];
    const auto digest = gcsj::model::PartnerDigest::of(partner);
    REQUIRE(digest.published);
    CHECK(digest.published->value == gcsj::model::Date{2024, 6, 1});
    CHECK(digest.published->where == partner.published->where);
    using gcsj::model::Date;
    for (const Date date :
         {Date{2024, 1, 31}, Date{2024, 2, 1}, Date{2024, 5, 31}, Date{2024, 6, 1}}) {
      INFO(date.iso());
      const bool is_public = date >= Date{2024, 6, 1};
      const bool admitted = date >= Date{2024, 2, 1};
      CHECK(gcsj::model::is_public_on(partner, date) == is_public);
      CHECK(gcsj::model::is_public_on(digest, date) == is_public);
      CHECK(gcsj::model::is_awaiting_publication_on(partner, date) == (admitted && !is_public));
      CHECK(gcsj::model::is_awaiting_publication_on(digest, date) == (admitted && !is_public));
    }
    CHECK(gcsj::model::public_since(partner) == Date{2024, 6, 1});
    // Without `published`, admission is publication.
    const Checked plain = check_yaml(kGovernment);
    CHECK(gcsj::model::is_public_on(plain.registry.partners[0], Date{2024, 2, 1}));
    CHECK(gcsj::model::public_since(plain.registry.partners[0]) == Date{2024, 2, 1});
  }

  TEST_CASE("a digest keeps its partner's action titles, trimmed, for forum-action") {
    const std::string text =
        replace(kGovernment, "  - title: Extend social protection\n",
                "  - title: \" Extend social protection \"\n    domains: [protection]\n"
                "  - title: Promote equitable food systems\n");
    const Checked checked = check_yaml(text);
    REQUIRE(checked.registry.partners.size() == 1);
    const auto digest = gcsj::model::PartnerDigest::of(checked.registry.partners[0]);
    CHECK(gcsj::model::action_titles(digest) ==
          std::vector<std::string_view>{"Extend social protection",
                                        "Promote equitable food systems"});
    CHECK(gcsj::model::has_action_title(digest, "  Promote equitable food systems\n"));
    CHECK_FALSE(gcsj::model::has_action_title(digest, "Promote equitable food system"));
    CHECK(gcsj::model::trimmed(" \t a b \n") == "a b");
    CHECK(gcsj::model::trimmed("  ").empty());
    // A declined application's actions are not judged: none is kept.
    const Checked declined =
        check_yaml(replace(text, "status: admitted\nadmitted: 2024-02-01\n",
                           "status: declined\napplied: 2024-01-10\ndeclined: 2024-02-01\n"));
    REQUIRE(declined.registry.partners.size() == 1);
    CHECK(gcsj::model::PartnerDigest::of(declined.registry.partners[0]).action_titles.empty());
  }
}
