// app/list: the partners of a registry filtered by category and status, in a format of the
// table, and the request's errors (format, date, language, path) with their codes.

#include "app/list.hpp"
#include "support/app_checks.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace app = gcsj::app;

namespace {

const std::string kRegistry = std::string(GCSJ_SOURCE_DIR) + "/examples/registry";
const std::string kBroken = std::string(GCSJ_SOURCE_DIR) + "/tests/fixtures/broken";

app::ListRequest request_for(const std::string& path) {
  auto request = gcsj::testing::example_request<app::ListRequest>(path);
  request.format = "csv";
  return request;
}

bool names(const std::string& text, const std::string& id) {
  return text.find(id) != std::string::npos;
}

}  // namespace

TEST_SUITE("app::list") {
  TEST_CASE("every partner without a filter, and the registry read") {
    const auto printed = app::list_partners(request_for(kRegistry), {});
    REQUIRE(printed.has_value());
    CHECK(printed->outcome == app::Outcome::clean);
    CHECK(printed->read == std::vector<std::string>{kRegistry});
    CHECK(names(printed->text, "wiego"));
    CHECK(names(printed->text, "brazil"));
    CHECK(names(printed->text, "ecostrat-consulting"));
  }

  TEST_CASE("--category keeps the partners of that category") {
    auto request = request_for(kRegistry);
    request.category = "ngo";
    const auto printed = app::list_partners(request, {});
    REQUIRE(printed.has_value());
    CHECK(names(printed->text, "wiego"));
    CHECK_FALSE(names(printed->text, "brazil"));
  }

  TEST_CASE("--status keeps the partners of that status") {
    auto request = request_for(kRegistry);
    request.status = "admitted";
    const auto admitted = app::list_partners(request, {});
    REQUIRE(admitted.has_value());
    CHECK(names(admitted->text, "brazil"));
    CHECK_FALSE(names(admitted->text, "ecostrat-consulting"));
    CHECK_FALSE(names(admitted->text, "fair-harvest-alliance"));
    request.category = "government";
    request.status = "withdrawn";
    const auto none = app::list_partners(request, {});
    REQUIRE(none.has_value());
    CHECK_FALSE(names(none->text, "brazil"));
  }

  TEST_CASE("list: the request's errors, each with its code") {
    auto request = request_for(kRegistry);
    request.format = "xlsx";
    auto printed = app::list_partners(request, {});
    REQUIRE_FALSE(printed.has_value());
    CHECK(printed.error().code == app::Code::usage);
    CHECK(printed.error().message.english() == "--format xlsx: not a format of list partners");

    request = request_for(kRegistry);
    request.as_of = "2026-11-31";
    printed = app::list_partners(request, {});
    REQUIRE_FALSE(printed.has_value());
    CHECK(printed.error().code == app::Code::usage);
    CHECK(printed.error().message.english() ==
          "--as-of 2026-11-31: not a calendar date written YYYY-MM-DD");

    request = request_for(kRegistry);
    request.lang = "xx";
    printed = app::list_partners(request, {});
    REQUIRE_FALSE(printed.has_value());
    CHECK(printed.error().code == app::Code::usage);

    printed = app::list_partners(request_for(kRegistry + "/missing"), {});
    REQUIRE_FALSE(printed.has_value());
    CHECK(printed.error().code == app::Code::input);
  }

  TEST_CASE("an unknown --category or --status is a usage error, not every partner") {
    auto bad_category = request_for(kRegistry);
    bad_category.category = "charity";
    const auto category = app::list_partners(bad_category, {});
    REQUIRE_FALSE(category.has_value());
    CHECK(category.error().code == app::Code::usage);
    auto bad_status = request_for(kRegistry);
    bad_status.status = "retired";
    const auto status = app::list_partners(bad_status, {});
    REQUIRE_FALSE(status.has_value());
    CHECK(status.error().code == app::Code::usage);
  }

  TEST_CASE("a registry with errors is listed, with one warning") {
    std::vector<std::string> warnings;
    const auto printed = app::list_partners(
        request_for(kBroken), [&](const std::string& line) { warnings.push_back(line); });
    REQUIRE(printed.has_value());
    CHECK(warnings.size() == 1);
  }
}
