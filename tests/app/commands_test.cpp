// lib/app/: each command's request in, its result or its coded error out, on the examples; and
// every row of every view's table of formats rendered through the command that owns the view, so
// that a new row is all a command needs to offer a new format.

#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "app/changes.hpp"
#include "app/group.hpp"
#include "app/list.hpp"
#include "app/publish.hpp"
#include "app/report.hpp"
#include "app/rules.hpp"
#include "app/schema.hpp"
#include "app/validate.hpp"
#include "render/validate/formats.hpp"
#include "render/view_formats.hpp"

namespace app = gcsj::app;
namespace render = gcsj::render;

namespace {

const std::string kRegistry = std::string(GCSJ_SOURCE_DIR) + "/examples/registry";
const std::string kBroken = std::string(GCSJ_SOURCE_DIR) + "/tests/fixtures/broken";
constexpr const char* kDate = "2026-11-29";

app::InputOptions no_config() {
  app::InputOptions input;
  input.no_config = true;
  return input;
}

// A command's result, which must be there and hold text.
void check_printed(const app::Expected<app::Printed>& printed, std::string_view format) {
  INFO("format " << format);
  REQUIRE(printed.has_value());
  CHECK_FALSE(printed->text.empty());
}

struct Warnings {
  std::vector<std::string> lines;
  app::Warn sink() {
    return [this](const std::string& line) { lines.push_back(line); };
  }
};

}  // namespace

TEST_SUITE("app::commands") {
  TEST_CASE("every row of validate's table renders the example registry") {
    for (const auto& format : render::output_formats()) {
      app::ValidateRequest request;
      request.paths = {kRegistry};
      request.as_of = kDate;
      request.format = std::string(format.name);
      request.input = no_config();
      const auto printed = app::validate(request);
      check_printed(printed, format.name);
      CHECK(printed->outcome == app::Outcome::clean);
      CHECK(printed->read == std::vector<std::string>{kRegistry});
    }
  }

  TEST_CASE("every row of the Group's tables renders the example Group") {
    Warnings warnings;
    app::GroupRequest request;
    request.path = kRegistry;
    request.as_of = kDate;
    request.input = no_config();
    for (const auto& format : render::seats_formats()) {
      request.format = std::string(format.name);
      check_printed(app::group_seats(request, warnings.sink()), format.name);
    }
    for (const auto& format : render::terms_formats()) {
      request.format = std::string(format.name);
      check_printed(app::group_terms(request, warnings.sink()), format.name);
    }
    for (const auto& format : render::plan_formats()) {
      request.format = std::string(format.name);
      check_printed(app::group_plan(request, warnings.sink()), format.name);
    }
    CHECK(warnings.lines.empty());
  }

  TEST_CASE("every row of list's, report's and rules' tables renders the examples") {
    for (const auto& format : render::list_formats()) {
      app::ListRequest request;
      request.path = kRegistry;
      request.as_of = kDate;
      request.format = std::string(format.name);
      request.input = no_config();
      check_printed(app::list_partners(request, {}), format.name);
    }
    for (const auto& format : render::application_list_formats()) {
      app::ApplicationsRequest request;
      request.path = kRegistry;
      request.as_of = kDate;
      request.format = std::string(format.name);
      request.input = no_config();
      check_printed(app::list_applications(request, {}), format.name);
    }
    for (const auto& format : render::report_formats()) {
      app::ReportRequest request;
      request.path = kRegistry;
      request.as_of = kDate;
      request.format = std::string(format.name);
      request.input = no_config();
      check_printed(app::report(request, {}), format.name);
    }
    for (const auto& format : render::rules_formats()) {
      app::RulesRequest request;
      request.filter = "19";
      request.format = std::string(format.name);
      check_printed(app::rules(request), format.name);
    }
  }

  TEST_CASE("every row of changes' tables renders a period and a comparison") {
    for (const auto& format : render::changes_formats()) {
      app::ChangesRequest request;
      request.path = kRegistry;
      request.from = "2023-12-31";
      request.as_of = kDate;
      request.format = std::string(format.name);
      request.input = no_config();
      check_printed(app::changes(request, {}), format.name);
    }
    for (const auto& format : render::diff_formats()) {
      app::ChangesRequest request;
      request.path = kRegistry;
      request.as_of = kDate;
      request.format = std::string(format.name);
      request.base = kRegistry;  // a directory: the same version, no change
      request.input = no_config();
      check_printed(app::changes(request, {}), format.name);
    }
  }

  TEST_CASE("one --format serves changes and changes --base: their tables name the same rows") {
    CHECK(render::format_names(render::changes_formats()) ==
          render::format_names(render::diff_formats()));
  }

  TEST_CASE("a format no table holds is a usage error, not a fallback") {
    app::GroupRequest request;
    request.path = kRegistry;
    request.format = "xlsx";
    const auto seats = app::group_seats(request, {});
    REQUIRE_FALSE(seats.has_value());
    CHECK(seats.error().code == app::Code::usage);
    CHECK(seats.error().message.english() == "--format xlsx: not a format of group seats");
    app::RulesRequest rules;
    rules.format = "xlsx";
    CHECK_FALSE(app::rules(rules).has_value());
    app::ValidateRequest validate;
    validate.format = "xlsx";
    CHECK_FALSE(app::validate(validate).has_value());
  }

  TEST_CASE("errors carry a code: usage for a request, input for a path, registry_errors") {
    SUBCASE("a date that is no date") {
      app::ReportRequest request;
      request.path = kRegistry;
      request.as_of = "2026-13-01";
      const auto printed = app::report(request, {});
      REQUIRE_FALSE(printed.has_value());
      CHECK(printed.error().code == app::Code::usage);
      CHECK(printed.error().message.english() ==
            "--as-of 2026-13-01: not a calendar date written YYYY-MM-DD");
    }
    SUBCASE("a language gcsj does not speak") {
      app::RulesRequest request;
      request.lang = "xx";
      const auto printed = app::rules(request);
      REQUIRE_FALSE(printed.has_value());
      CHECK(printed.error().code == app::Code::usage);
    }
    SUBCASE("a registry that does not exist") {
      app::ListRequest request;
      request.path = kRegistry + "/missing";
      request.as_of = kDate;
      const auto printed = app::list_partners(request, {});
      REQUIRE_FALSE(printed.has_value());
      CHECK(printed.error().code == app::Code::input);
    }
    SUBCASE("--base with --from") {
      app::ChangesRequest request;
      request.path = kRegistry;
      request.from = "2025-01-01";
      request.base = kRegistry;
      const auto printed = app::changes(request, {});
      REQUIRE_FALSE(printed.has_value());
      CHECK(printed.error().code == app::Code::usage);
    }
    SUBCASE("publishing a registry with errors") {
      app::PublishRequest request;
      request.path = kBroken;
      request.out = (std::filesystem::temp_directory_path() / "gcsj-app-test-site").string();
      request.input = no_config();
      const auto published = app::publish(request, {});
      REQUIRE_FALSE(published.has_value());
      CHECK(published.error().code == app::Code::registry_errors);
      CHECK_FALSE(std::filesystem::exists(request.out));
    }
    SUBCASE("an unknown rule, with the closest id") {
      app::ExplainRequest request;
      request.rule = "ngo-acreditation";
      const auto explained = app::explain(request);
      REQUIRE_FALSE(explained.has_value());
      CHECK(explained.error().message.english() ==
            "no rule has the id `ngo-acreditation`; did you mean `ngo-accreditation`?");
    }
    SUBCASE("a document kind gcsj does not know") {
      app::SchemaRequest request;
      request.kind = "project";
      CHECK(app::schema(request).error().code == app::Code::usage);
      request.kind = "partner";
      CHECK(app::schema(request).has_value());
    }
  }

  TEST_CASE("a view warns, through the front end's sink, when its registry has errors") {
    Warnings warnings;
    app::ListRequest request;
    request.path = kBroken;
    request.as_of = kDate;
    request.lang = "en";
    request.input = no_config();
    REQUIRE(app::list_partners(request, warnings.sink()).has_value());
    REQUIRE(warnings.lines.size() == 1);
    CHECK(warnings.lines[0].starts_with("warning: the registry has "));
  }

  TEST_CASE("an over-filled seat fails group seats, as it fails validate") {
    app::GroupRequest request;
    request.as_of = kDate;
    request.input = no_config();
    request.path = kRegistry;
    const auto whole = app::group_seats(request, {});
    REQUIRE(whole.has_value());
    CHECK(whole->outcome == app::Outcome::clean);
    request.path = std::string(GCSJ_SOURCE_DIR) + "/examples/groups/over-filled-employers.yaml";
    const auto over = app::group_seats(request, {});
    REQUIRE(over.has_value());
    CHECK(over->outcome == app::Outcome::failing);
  }
}
