#include "lsp/partner_lookup.hpp"

#include <doctest/doctest.h>

#include "lsp/editor_fixture.hpp"

TEST_CASE("lsp::find_partner: by id, among the registry's digests") {
  const gcsj::testing::EditorFixture fixture;
  const auto* acme = gcsj::lsp::find_partner(fixture.checked.registry, "acme");
  REQUIRE(acme);
  CHECK(acme->category->value == gcsj::model::Category::enterprise);
  CHECK(gcsj::lsp::find_partner(fixture.checked.registry, "nobody") == nullptr);
  CHECK(gcsj::lsp::find_partner(fixture.checked.registry, "") == nullptr);
}
