#include "lsp/key_values.hpp"

#include <doctest/doctest.h>

#include "lsp/editor_fixture.hpp"
#include "model/enum_names.hpp"

using gcsj::lsp::value_choices;
using gcsj::lsp::value_source;
using gcsj::lsp::value_words;
using gcsj::lsp::ValueSource;

TEST_CASE("lsp::key_values: where a key's values come from") {
  CHECK(value_source("partner", "category") == ValueSource::enumeration);
  CHECK(value_source("partner", "actions.with") == ValueSource::partner);
  CHECK(value_source("coordinating-group", "members.partner") == ValueSource::partner);
  CHECK(value_source("forum", "sessions.hosts") == ValueSource::partner);
  CHECK(value_source("partner", "country") == ValueSource::country);
  CHECK(value_source("partner", "name") == ValueSource::none);
  CHECK(value_source("", "kind") == ValueSource::enumeration);
}

TEST_CASE("lsp::key_values: the enumeration's own names, with their words") {
  const gcsj::testing::EditorFixture fixture;
  const auto seats = value_choices(fixture.context(), "coordinating-group", "members.seat");
  const auto names = gcsj::model::names_of<gcsj::model::Seat>();
  REQUIRE(seats.size() == names.size());
  for (std::size_t i = 0; i < names.size(); ++i) CHECK(seats[i].value == names[i]);
  const auto roles = value_choices(fixture.context("es"), "coordinating-group", "members.role");
  REQUIRE(roles.size() == 3);
  CHECK(roles[0].value == "co-chair");
  CHECK(roles[0].words != "Co-Chairperson");  // in Spanish
  CHECK(value_words(fixture.context(), "partner", "actions.priorities", "social-dialogue") ==
        "¶36(d): Promoting social dialogue");
  CHECK(value_words(fixture.context("fr"), "partner", "country", "DE") == "Allemagne");
  CHECK(value_words(fixture.context(), "partner", "country", "XX").empty());
  CHECK(value_words(fixture.context(), "partner", "status", "nonsense").empty());
  CHECK(value_choices(fixture.context(), "partner", "name").empty());
  const auto goals = value_choices(fixture.context(), "partner", "actions.sdgs");
  REQUIRE(goals.size() == 17);
  CHECK(goals[7].value == "8");
  CHECK(goals[7].words.find("decent work for all") != std::string::npos);
}
