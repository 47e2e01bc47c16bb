#include "lsp/hover.hpp"

#include <doctest/doctest.h>

#include "lsp/editor_fixture.hpp"

using gcsj::lsp::hover_at;
using gcsj::testing::EditorFixture;
using gcsj::testing::kAcme;
using gcsj::testing::kGroup;

TEST_CASE("lsp::hover: a key says what it means and which rules judge it") {
  const EditorFixture fixture;
  const auto hover = hover_at(fixture.context(), kAcme, 5, 2);  // status:
  REQUIRE(hover);
  CHECK(hover->markdown.find("Where the partnership stands") != std::string::npos);
  CHECK(hover->markdown.find("`status-dates` (¶18): A partner's status and its dates disagree.") !=
        std::string::npos);
  CHECK(hover->span.line == 5);
  CHECK(hover->span.begin == 1);
  CHECK(hover->span.end == 7);
}

TEST_CASE("lsp::hover: an enumerated value gives its words") {
  const EditorFixture fixture;
  const auto category = hover_at(fixture.context(), kAcme, 4, 12);  // category: enterprise
  REQUIRE(category);
  CHECK(category->markdown.find("`enterprise`: Enterprise") != std::string::npos);
  const auto domain = hover_at(fixture.context(), kAcme, 17, 17);  // domains: [employment]
  REQUIRE(domain);
  CHECK(domain->markdown.find("¶35(iii)") != std::string::npos);
}

TEST_CASE("lsp::hover: a partner id gives the partner's name, category and status") {
  const EditorFixture fixture;
  const auto with = hover_at(fixture.context(), kAcme, 18, 12);  // with: [kenya]
  REQUIRE(with);
  CHECK(with->markdown.find("**Republic of Kenya** (`kenya`) · Government") != std::string::npos);
  CHECK(with->markdown.find("On 1 June 2025: admitted since 1 February 2024.") !=
        std::string::npos);
  const auto member = hover_at(fixture.context(), kGroup, 5, 15);  // partner: kenya
  REQUIRE(member);
  CHECK(member->markdown.find("Republic of Kenya") != std::string::npos);

  const std::string unknown = gcsj::testing::replace(kAcme, "with: [kenya]", "with: [kenia]");
  const auto missing = hover_at(fixture.context(), unknown, 18, 12);
  REQUIRE(missing);
  CHECK(missing->markdown.find("No partner of the registry has the id `kenia`.") !=
        std::string::npos);
}

TEST_CASE("lsp::hover: a member of the Group gives its term and renewal") {
  const EditorFixture fixture;
  const auto hover = hover_at(fixture.context(), kGroup, 4, 15);  // name: Minister A. Mokoena
  REQUIRE(hover);
  CHECK(hover->markdown.find("Minister A. Mokoena sits on 1 June 2025, in a term from 1 June 2024 "
                             "to 31 May 2026 (first).") != std::string::npos);
  CHECK(hover->markdown.find("Renewal (¶23): possible, proposed by government-group.") !=
        std::string::npos);
  const auto terms = hover_at(fixture.context(), kGroup, 10, 6);  // terms:
  REQUIRE(terms);
  CHECK(terms->markdown.find("(first)") != std::string::npos);
  CHECK(terms->markdown.find("two years each, renewable once (¶23)") != std::string::npos);
  // Another name than the registry's member at that place: no term is told.
  const std::string renamed = gcsj::testing::replace(kGroup, "A. Mokoena", "B. Other");
  const auto other = hover_at(fixture.context(), renamed, 4, 15);
  REQUIRE(other);
  CHECK(other->markdown.find("sits on") == std::string::npos);
}

TEST_CASE("lsp::hover: in French and Spanish") {
  const EditorFixture fixture;
  const auto french = hover_at(fixture.context("fr"), kAcme, 5, 2);
  REQUIRE(french);
  CHECK(french->markdown.find("L'état du partenariat") != std::string::npos);
  const auto partner = hover_at(fixture.context("fr"), kAcme, 18, 12);
  REQUIRE(partner);
  CHECK(partner->markdown.find("République du Kenya") != std::string::npos);
  CHECK(partner->markdown.find("admis depuis le") != std::string::npos);
  const auto spanish = hover_at(fixture.context("es"), kAcme, 5, 2);
  REQUIRE(spanish);
  CHECK(spanish->markdown.find("El estado de la asociación") != std::string::npos);
}

TEST_CASE("lsp::hover: a broken buffer or a blank line") {
  const EditorFixture fixture;
  CHECK_FALSE(hover_at(fixture.context(), "kind: partner\n\n", 2, 1));
  const auto typing = hover_at(fixture.context(), "kind: partner\ncategory: ngo\n  [ sta\n", 2, 2);
  REQUIRE(typing);
  CHECK(typing->markdown.find("¶19(a)-(g)") != std::string::npos);
  CHECK_NOTHROW(hover_at(fixture.context(), "\"{[", 1, 2));
  CHECK_NOTHROW(hover_at(fixture.context(), "", 4, 9));
}
