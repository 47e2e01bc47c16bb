// app/changes: a period (--from, --to, --as-of) checked before the registry is read, --base
// refused with a period, and `changes --base` comparing two versions of a registry directory.

#include "app/changes.hpp"

#include <doctest/doctest.h>

#include "support/app_checks.hpp"
#include "support/progress_recorder.hpp"

#include <string>
#include <vector>

namespace app = gcsj::app;

using gcsj::testing::check_usage;

namespace {

const std::string kSource = GCSJ_SOURCE_DIR;
const std::string& kRegistry = gcsj::testing::kExampleRegistry;
const std::string& kBroken = gcsj::testing::kBrokenRegistry;
const std::string kBefore = kSource + "/tests/fixtures/base/before";
const std::string kFixed = kSource + "/tests/fixtures/base/fixed";

app::ChangesRequest request_for(const std::string& path) {
  auto request = gcsj::testing::example_request<app::ChangesRequest>(path);
  request.from = "2023-12-31";
  return request;
}

}  // namespace

TEST_SUITE("app::changes") {
  TEST_CASE("the changes of a period, and the registry read") {
    const auto printed = app::changes(request_for(kRegistry), {});
    REQUIRE(printed.has_value());
    CHECK(printed->outcome == app::Outcome::clean);
    CHECK(printed->read == std::vector<std::string>{kRegistry});
    CHECK_FALSE(printed->text.empty());
  }

  TEST_CASE("--to ends the period; without it, the as-of date does") {
    auto request = request_for(kRegistry);
    request.format = "json";
    const auto to_as_of = app::changes(request, {});
    request.to = "2026-11-29";
    const auto to_same = app::changes(request, {});
    request.to = "2024-01-01";
    const auto one_day = app::changes(request, {});
    REQUIRE(to_as_of.has_value());
    REQUIRE(to_same.has_value());
    REQUIRE(one_day.has_value());
    CHECK(to_as_of->text == to_same->text);
    CHECK(to_as_of->text != one_day->text);
  }

  TEST_CASE("a period needs --from, before --to") {
    auto request = request_for(kRegistry);
    request.from.clear();
    check_usage(app::changes(request, {}),
                "changes needs --from DATE (what changed after that day) or --base REF (what a "
                "change to the registry does)");
    request = request_for(kRegistry);
    request.to = "2023-12-31";
    check_usage(app::changes(request, {}),
                "--from 2023-12-31 is not before --to 2023-12-31: the period runs from the day "
                "after --from up to and including --to");
    request.from = "2026-11-30";
    request.to.clear();  // the as-of date ends the period
    check_usage(app::changes(request, {}),
                "--from 2026-11-30 is not before --to 2026-11-29: the period runs from the day "
                "after --from up to and including --to");
  }

  TEST_CASE("bad dates and an unknown format are usage errors naming the option") {
    auto request = request_for(kRegistry);
    request.from = "2023-12-32";
    check_usage(app::changes(request, {}),
                "--from 2023-12-32: not a calendar date written YYYY-MM-DD");
    request = request_for(kRegistry);
    request.to = "next week";
    check_usage(app::changes(request, {}),
                "--to next week: not a calendar date written YYYY-MM-DD");
    request = request_for(kRegistry);
    request.as_of = "2026";
    check_usage(app::changes(request, {}), "--as-of 2026: not a calendar date written YYYY-MM-DD");
    request = request_for(kRegistry);
    request.format = "csv";
    check_usage(app::changes(request, {}), "--format csv: not a format of changes");
    request.base = kRegistry;
    request.from.clear();
    check_usage(app::changes(request, {}), "--format csv: not a format of changes --base");
  }

  TEST_CASE("a registry that cannot be read is an input error; one with errors a warning") {
    const auto missing = app::changes(request_for(kRegistry + "/missing"), {});
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == app::Code::input);
    std::vector<std::string> warnings;
    const auto broken = app::changes(request_for(kBroken),
                                     [&](const std::string& line) { warnings.push_back(line); });
    REQUIRE(broken.has_value());
    CHECK(warnings.size() == 1);
  }

  TEST_CASE("--base is refused with --from or --to: two versions, or two dates") {
    const std::string message =
        "--base compares two versions of the registry on one date (--as-of), and --from and --to "
        "compare the registry on two dates: give one or the other";
    auto request = request_for(kFixed);
    request.base = kBefore;
    check_usage(app::changes(request, {}), message);
    request.from.clear();
    request.to = "2026-01-01";
    check_usage(app::changes(request, {}), message);
  }

  TEST_CASE("--base: two versions of a registry directory compared") {
    auto request = request_for(kFixed);
    request.from.clear();
    request.base = kBefore;
    request.format = "json";
    const auto printed = app::changes(request, {});
    REQUIRE(printed.has_value());
    CHECK(printed->outcome == app::Outcome::clean);
    CHECK(printed->read == std::vector<std::string>{kFixed, kBefore});
    request.base = kFixed;
    const auto same = app::changes(request, {});
    REQUIRE(same.has_value());
    CHECK(same->text != printed->text);  // no change between a version and itself
  }

  TEST_CASE("--base tells the files of each version read, then the partners compared") {
    auto request = request_for(kFixed);
    request.from.clear();
    request.base = kBefore;
    gcsj::testing::ProgressRecorder progress;
    request.input.progress = &progress;
    REQUIRE(app::changes(request, {}).has_value());
    using gcsj::util::Stage;
    // Each version: its documents judged as its files are read (the newer one first).
    const std::vector<std::pair<Stage, std::size_t>> begun{{Stage::documents_judged, 0},
                                                           {Stage::files_read, 4},
                                                           {Stage::documents_judged, 0},
                                                           {Stage::files_read, 4},
                                                           {Stage::partners_compared, 3}};
    CHECK(progress.begun() == begun);
    CHECK(progress.count(Stage::files_read) == 4);
    CHECK(progress.count(Stage::partners_compared) == 3);
  }

  TEST_CASE("--base: a file or standard input is refused, an unreadable REF is an input error") {
    auto request = request_for(kRegistry + "/coordinating-group.yaml");
    request.from.clear();
    request.base = kBefore;
    check_usage(app::changes(request, {}),
                "--base compares two versions of a registry directory, and " + request.path +
                    " is not a directory");
    request.path = "-";
    check_usage(app::changes(request, {}),
                "--base compares two versions of a registry directory, and - is not a directory");
    request.path = kFixed;
    request.base = kSource + "/tests/fixtures/base/missing";
    const auto missing = app::changes(request, {});
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == app::Code::input);
    request.base = kBefore;
    request.lang = "xx";
    CHECK(app::changes(request, {}).error().code == app::Code::usage);
  }
}
