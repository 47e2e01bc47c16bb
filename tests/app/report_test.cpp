// app/report: the progress report's request (--since, --as-of, the format) checked before the
// registry is read, the report in the language chosen, and the warning of a registry with errors.

#include "app/report.hpp"

#include <doctest/doctest.h>

#include "support/app_checks.hpp"

#include <string>
#include <vector>

namespace app = gcsj::app;

using gcsj::testing::check_usage;

namespace {

const std::string& kRegistry = gcsj::testing::kExampleRegistry;
const std::string& kBroken = gcsj::testing::kBrokenRegistry;

app::ReportRequest request_for(const std::string& path) {
  return gcsj::testing::example_request<app::ReportRequest>(path);
}

}  // namespace

TEST_SUITE("app::report") {
  TEST_CASE("the report of the example registry, which it read") {
    const auto printed = app::report(request_for(kRegistry), {});
    REQUIRE(printed.has_value());
    CHECK(printed->outcome == app::Outcome::clean);
    CHECK(printed->read == std::vector<std::string>{kRegistry});
    CHECK_FALSE(printed->text.empty());
  }

  TEST_CASE("--since: a date not after the as-of date") {
    auto request = request_for(kRegistry);
    request.since = "2026-11-29";  // a period of no day is no error
    CHECK(app::report(request, {}).has_value());
    request.since = "2026-11-30";
    check_usage(app::report(request, {}), "--since 2026-11-30 is after the as-of date 2026-11-29");
    request.since = "2026-1-1";
    check_usage(app::report(request, {}),
                "--since 2026-1-1: not a calendar date written YYYY-MM-DD");
  }

  TEST_CASE("the period changes the report") {
    auto request = request_for(kRegistry);
    request.format = "json";
    request.since = "2020-01-01";
    const auto long_period = app::report(request, {});
    request.since = "2026-11-28";
    const auto short_period = app::report(request, {});
    REQUIRE(long_period.has_value());
    REQUIRE(short_period.has_value());
    CHECK(long_period->text != short_period->text);
  }

  TEST_CASE("the request is checked before the registry is read") {
    auto request = request_for(kRegistry + "/missing");
    request.format = "xlsx";
    check_usage(app::report(request, {}), "--format xlsx: not a format of report");
    request = request_for(kRegistry + "/missing");
    request.as_of = "soon";
    check_usage(app::report(request, {}), "--as-of soon: not a calendar date written YYYY-MM-DD");
    request = request_for(kRegistry + "/missing");
    request.lang = "xx";
    CHECK(app::report(request, {}).error().code == app::Code::usage);
    request = request_for(kRegistry + "/missing");
    CHECK(app::report(request, {}).error().code == app::Code::input);
  }

  TEST_CASE("the report's language is the one chosen") {
    auto request = request_for(kRegistry);
    const auto english = app::report(request, {});
    request.lang = "es";
    const auto spanish = app::report(request, {});
    REQUIRE(english.has_value());
    REQUIRE(spanish.has_value());
    CHECK(english->text != spanish->text);
  }

  TEST_CASE("a registry with errors is reported, with a warning") {
    std::vector<std::string> warnings;
    const auto printed = app::report(request_for(kBroken),
                                     [&](const std::string& line) { warnings.push_back(line); });
    REQUIRE(printed.has_value());
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].starts_with("warning: the registry has "));
  }
}
