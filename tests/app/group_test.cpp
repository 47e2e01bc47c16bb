// app/group: the views of the Coordinating Group (seats, terms, plan): a registry without a Group
// refused, the request's errors with their codes, over-filled seats failing, and the warning of
// a registry with errors.

#include "app/group.hpp"
#include "support/app_checks.hpp"

#include <doctest/doctest.h>

#include <functional>
#include <string>
#include <vector>

namespace app = gcsj::app;

namespace {

const std::string kSource = GCSJ_SOURCE_DIR;
const std::string kRegistry = kSource + "/examples/registry";
const std::string kPartnersOnly = kRegistry + "/partners";
const std::string kOverFilled = kSource + "/examples/groups/over-filled-employers.yaml";

using View = std::function<app::Expected<app::Printed>(const app::GroupRequest&, const app::Warn&)>;

struct Named {
  const char* command;
  View view;
};

const std::vector<Named> kViews = {{"group seats", app::group_seats},
                                   {"group terms", app::group_terms},
                                   {"group plan", app::group_plan}};

app::GroupRequest request_for(const std::string& path) {
  return gcsj::testing::example_request<app::GroupRequest>(path);
}

}  // namespace

TEST_SUITE("app::group") {
  TEST_CASE("each view of the example Group") {
    for (const auto& [command, view] : kViews) {
      INFO(command);
      std::vector<std::string> warnings;
      const auto printed =
          view(request_for(kRegistry), [&](const std::string& line) { warnings.push_back(line); });
      REQUIRE(printed.has_value());
      CHECK(printed->outcome == app::Outcome::clean);
      CHECK_FALSE(printed->text.empty());
      CHECK(warnings.empty());
      // The registry read, whose links an output file never goes through (app/output_file.hpp),
      // as list, report and changes name theirs.
      CHECK(printed->read == std::vector<std::string>{kRegistry});
    }
  }

  TEST_CASE("a registry without a Group is a usage error for every view of it") {
    for (const auto& [command, view] : kViews) {
      INFO(command);
      const auto printed = view(request_for(kPartnersOnly), {});
      REQUIRE_FALSE(printed.has_value());
      CHECK(printed.error().code == app::Code::usage);
      CHECK(printed.error().message.english() ==
            kPartnersOnly + " holds no coordinating-group document");
    }
  }

  TEST_CASE("the request's errors: format, date, language, path") {
    for (const auto& [command, view] : kViews) {
      INFO(command);
      auto request = request_for(kRegistry);
      request.format = "xlsx";
      auto printed = view(request, {});
      REQUIRE_FALSE(printed.has_value());
      CHECK(printed.error().code == app::Code::usage);
      CHECK(printed.error().message.english() ==
            std::string("--format xlsx: not a format of ") + command);

      request = request_for(kRegistry);
      request.as_of = "2026-02-29";  // not a leap year
      printed = view(request, {});
      REQUIRE_FALSE(printed.has_value());
      CHECK(printed.error().code == app::Code::usage);
      CHECK(printed.error().message.english() ==
            "--as-of 2026-02-29: not a calendar date written YYYY-MM-DD");

      request = request_for(kRegistry);
      request.lang = "xx";
      CHECK(view(request, {}).error().code == app::Code::usage);

      printed = view(request_for(kRegistry + "/missing"), {});
      REQUIRE_FALSE(printed.has_value());
      CHECK(printed.error().code == app::Code::input);
    }
  }

  TEST_CASE("group seats fails for an over-filled seat; terms and plan do not judge") {
    auto request = request_for(kOverFilled);
    std::vector<std::string> warnings;
    const app::Warn warn = [&](const std::string& line) { warnings.push_back(line); };
    const auto seats = app::group_seats(request, warn);
    REQUIRE(seats.has_value());
    CHECK(seats->outcome == app::Outcome::failing);
    // The Group read alone names partners the registry does not hold: its errors are a warning.
    CHECK(warnings.size() == 1);
    const auto terms = app::group_terms(request, {});
    REQUIRE(terms.has_value());
    CHECK(terms->outcome == app::Outcome::clean);
    const auto plan = app::group_plan(request, {});
    REQUIRE(plan.has_value());
    CHECK(plan->outcome == app::Outcome::clean);
  }

  TEST_CASE("group terms: --within keeps the terms ending within so many days") {
    auto request = request_for(kRegistry);
    request.format = "json";
    const auto all = app::group_terms(request, {});
    request.within_days = 0;
    const auto within = app::group_terms(request, {});
    REQUIRE(all.has_value());
    REQUIRE(within.has_value());
    CHECK(within->text.size() < all->text.size());
  }

  TEST_CASE("group plan: the horizon and the reminder reach the plan") {
    auto request = request_for(kRegistry);
    request.format = "ics";
    const auto plan = app::group_plan(request, {});
    request.remind_days = 7;
    const auto reminded = app::group_plan(request, {});
    REQUIRE(plan.has_value());
    REQUIRE(reminded.has_value());
    CHECK(plan->text.find("-P30D") != std::string::npos);
    CHECK(reminded->text.find("-P7D") != std::string::npos);
    request.format = "json";
    request.horizon_days = 30;
    const auto near = app::group_plan(request, {});
    request.horizon_days = 3650;
    const auto far = app::group_plan(request, {});
    REQUIRE(near.has_value());
    REQUIRE(far.has_value());
    CHECK(near->text != far->text);
  }
}
