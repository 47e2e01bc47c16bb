#include "lsp/definition.hpp"

#include <doctest/doctest.h>

#include "lsp/editor_fixture.hpp"

using gcsj::lsp::definition_at;
using gcsj::testing::EditorFixture;

TEST_CASE("lsp::definition_at: a partner id leads to its document") {
  const EditorFixture fixture;
  const auto kenya_file = fixture.checked.registry.digests.front().where.file;
  const auto with = definition_at(fixture.context(), gcsj::testing::kAcme, 18, 12);
  REQUIRE(with);
  CHECK(with->file == kenya_file);
  CHECK(with->line == 1);
  CHECK(with->column == 1);
  const auto member = definition_at(fixture.context(), gcsj::testing::kGroup, 5, 15);
  REQUIRE(member);
  CHECK(member->file == kenya_file);
  const std::string forum =
      "kind: forum\nsessions:\n  - date: 2025-03-01\n    hosts: [ilo, acme]\n"
      "    initiatives:\n      - partner: kenya\n";
  const auto host = definition_at(fixture.context(), forum, 4, 19);
  REQUIRE(host);
  CHECK(host->file != kenya_file);
  CHECK(definition_at(fixture.context(), forum, 6, 20));
}

TEST_CASE("lsp::definition_at: nothing where no partner is named") {
  const EditorFixture fixture;
  CHECK_FALSE(definition_at(fixture.context(), gcsj::testing::kAcme, 5, 10));  // status
  CHECK_FALSE(definition_at(fixture.context(), gcsj::testing::kAcme, 2, 6));   // its own id
  CHECK_FALSE(
      definition_at(fixture.context(), "kind: partner\nactions:\n  - with: [nobody]\n", 3, 14));
  CHECK_FALSE(definition_at(fixture.context(), "with: [kenya\n  - : :\n", 1, 9));  // no kind
  CHECK_NOTHROW(definition_at(fixture.context(), "\xff\xfe: [", 1, 4));
}
