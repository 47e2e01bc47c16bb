#include <doctest/doctest.h>

#include "model/date.hpp"

using gcsj::model::Date;

TEST_SUITE("model::date") {
  TEST_CASE("parses real calendar dates and refuses others") {
    CHECK(Date::parse("2024-02-29") == Date{2024, 2, 29});
    CHECK_FALSE(Date::parse("2023-02-29"));
    CHECK_FALSE(Date::parse("2024-13-01"));
    CHECK_FALSE(Date::parse("2024-04-31"));
    CHECK_FALSE(Date::parse("2024-2-3"));
    CHECK_FALSE(Date::parse("15/02/2024"));
    CHECK_FALSE(Date::parse("2024-02-1x"));
    CHECK(Date::parse("1900-02-28"));
    CHECK_FALSE(Date::parse("1900-02-29"));
    CHECK(Date::parse("2000-02-29"));
  }

  TEST_CASE("counts days across months, years and leap days") {
    CHECK(Date{1970, 1, 1}.days() == 0);
    CHECK(Date{2024, 3, 1}.days() - Date{2024, 2, 28}.days() == 2);
    CHECK(Date::from_days(Date{2026, 11, 29}.days()) == Date{2026, 11, 29});
    CHECK(Date{2024, 12, 31}.plus_days(1) == Date{2025, 1, 1});
  }

  TEST_CASE("adds years, turning 29 February into 28 February in common years") {
    CHECK(Date{2024, 2, 29}.plus_years(2) == Date{2026, 2, 28});
    CHECK(Date{2024, 2, 29}.plus_years(4) == Date{2028, 2, 29});
    CHECK(Date{2024, 6, 1}.plus_years(2) == Date{2026, 6, 1});
  }

  TEST_CASE("prints ISO dates") {
    CHECK(Date{987, 3, 4}.iso() == "0987-03-04");
  }
}
