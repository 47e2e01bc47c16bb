// app/schema: the kinds with a JSON Schema, from the table of kinds, and a kind's schema text.

#include "app/schema.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "load/document_kinds.hpp"

namespace app = gcsj::app;

TEST_SUITE("app::schema") {
  TEST_CASE("the kinds with a schema, in the order of the table of kinds") {
    CHECK(app::schema_kinds() ==
          std::vector<std::string>{"partner", "coordinating-group", "forum"});
  }

  TEST_CASE("a kind's schema is its row's JSON Schema, printed as it is") {
    for (const std::string& kind : app::schema_kinds()) {
      INFO(kind);
      const auto printed = app::schema({kind});
      REQUIRE(printed.has_value());
      const auto* row = gcsj::load::find_kind(gcsj::load::document_kinds(), kind);
      REQUIRE(row != nullptr);
      CHECK(printed->text == row->schema);
      CHECK(printed->outcome == app::Outcome::clean);
      CHECK(printed->read.empty());  // reads no registry
      CHECK(printed->text.find("\"$schema\"") != std::string::npos);
    }
  }

  TEST_CASE("a kind gcsj does not know is a usage error naming it") {
    for (const std::string kind : {"project", "", "partners"}) {
      INFO(kind);
      const auto printed = app::schema({kind});
      REQUIRE_FALSE(printed.has_value());
      CHECK(printed.error().code == app::Code::usage);
      CHECK(printed.error().message.english() == kind + ": not a document kind");
    }
  }
}
