#include <doctest/doctest.h>

#include "support/check_helpers.hpp"

using namespace gcsj::testing;

TEST_SUITE("rules::status") {
  TEST_CASE("status-dates: an admitted partner has an admission date") {
    CHECK(check_yaml(kGovernment).of("status-dates").empty());
    CHECK(check_yaml(replace(kGovernment, "admitted: 2024-02-01\n", "")).lines_of("status-dates") ==
          std::vector<int>{5});
  }

  TEST_CASE("status-dates: a withdrawn partner has a withdrawal date") {
    const auto withdrawn = replace(kGovernment, "status: admitted", "status: withdrawn");
    CHECK(check_yaml(withdrawn).lines_of("status-dates") == std::vector<int>{5});
    CHECK(check_yaml(replace(withdrawn, "admitted: 2024-02-01",
                             "admitted: 2024-02-01\nwithdrawn: 2025-01-01"))
              .of("status-dates")
              .empty());
  }

  TEST_CASE("status-dates: an applicant has neither date") {
    const auto applied = replace(kGovernment, "status: admitted", "status: applied");
    CHECK(check_yaml(replace(applied, "admitted: 2024-02-01\n", "")).findings.empty());
    CHECK(check_yaml(applied).lines_of("status-dates") == std::vector<int>{6});
    const auto not_withdrawn = check_yaml(replace(kGovernment, "admitted: 2024-02-01",
                                                  "admitted: 2024-02-01\nwithdrawn: 2025-01-01"));
    CHECK(not_withdrawn.lines_of("status-dates") == std::vector<int>{7});
    CHECK(not_withdrawn.of("status-dates")[0].message.english() ==
          "a partner with status `admitted` cannot have a `withdrawn` date");
    CHECK(not_withdrawn.of("status-dates")[0].hint.english() ==
          "set `status: withdrawn`, or remove the date");
  }

  TEST_CASE("date-order: admission follows the declaration of adherence") {
    CHECK(check_yaml(kGovernment).of("date-order").empty());
    const auto checked =
        check_yaml(replace(kGovernment, "admitted: 2024-02-01", "admitted: 2024-01-10"));
    const auto found = checked.of("date-order");
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.line == 6);
    CHECK(found[0].paragraph == "18");
    CHECK(found[0].related.at(0).where.line == 9);
    CHECK(found[0].message.english() ==
          "admitted on 10 January 2024, before adherence was declared on 15 January 2024");
    CHECK(found[0].related.at(0).message.english() == "adherence declared here");
  }

  TEST_CASE("date-order: withdrawal follows admission, publication follows adherence") {
    const auto withdrawn =
        replace(replace(kGovernment, "status: admitted", "status: withdrawn"),
                "admitted: 2024-02-01", "admitted: 2024-02-01\nwithdrawn: 2024-01-31");
    const auto early = check_yaml(withdrawn);
    CHECK(early.lines_of("date-order") == std::vector<int>{7});
    CHECK(early.of("date-order")[0].message.english() ==
          "withdrawn on 31 January 2024, before being admitted on 1 February 2024");
    CHECK(early.of("date-order")[0].related.at(0).message.english() == "admitted here");
    const auto published = check_yaml(kGovernment + "published: 2024-01-01\n");
    CHECK(published.lines_of("date-order") == std::vector<int>{17});
    CHECK(published.of("date-order")[0].message.english() ==
          "made public on 1 January 2024, before adherence was declared on 15 January 2024");
    CHECK(check_yaml(kGovernment + "published: 2024-02-10\n").of("date-order").empty());
  }

  TEST_CASE("dates after the as-of date are not findings") {
    const auto future =
        replace(replace(kGovernment, "admitted: 2024-02-01", "admitted: 2030-02-01"),
                "declared: 2024-01-15", "declared: 2030-01-15");
    CHECK(check_yaml(future).findings.empty());
  }
}
