#include <doctest/doctest.h>

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "model/location.hpp"

using gcsj::model::Field;
using gcsj::model::FieldList;
using gcsj::model::Located;
using gcsj::model::Location;

// A registry held whole has some forty fields per partner: a field costs its located value and
// its two flags, not the padding of a std::optional inside another type.
static_assert(sizeof(Field<std::string>) == sizeof(Located<std::string>) + 8);
static_assert(sizeof(Field<std::string>) < sizeof(std::optional<Located<std::string>>) + 8);
static_assert(sizeof(FieldList<std::string>) <
              sizeof(std::optional<Located<std::vector<int>>>) + 8);

TEST_SUITE("model::field") {
  TEST_CASE("a field is absent, present, or unreadable, as the loader left it") {
    Field<std::string> field;
    CHECK_FALSE(field.has_value());
    CHECK_FALSE(static_cast<bool>(field));
    CHECK(field.absent());
    CHECK_THROWS_AS(static_cast<void>(field.value()), std::bad_optional_access);

    field = Located<std::string>{"mexico", Location{1, 3, 5}};
    REQUIRE(field.has_value());
    CHECK(field->value == "mexico");
    CHECK((*field).where == Location{1, 3, 5});
    CHECK(field.value().value == "mexico");
    CHECK_FALSE(field.absent());

    field.reset();
    CHECK_FALSE(field.has_value());
    CHECK(field->value.empty());  // nothing of the old value is kept
    field.unreadable = true;
    CHECK_FALSE(field.absent());
    field = std::nullopt;
    CHECK(field.unreadable);  // as the loader marked it: emptying it does not forget that

    field.emplace("chile", Location{2, 1, 1});
    CHECK(field->value == "chile");
  }

  TEST_CASE("a field converts to and from a std::optional, value and place alike") {
    const Field<long> field = Located<long>{2024, Location{0, 7, 9}};
    const std::optional<Located<long>> optional = field;
    REQUIRE(optional.has_value());
    CHECK(optional->value == 2024);
    CHECK(optional->where == Location{0, 7, 9});
    const Field<long> back = optional;
    CHECK(back->value == 2024);
    const Field<long> empty = std::optional<Located<long>>();
    CHECK(empty.absent());
  }
}
