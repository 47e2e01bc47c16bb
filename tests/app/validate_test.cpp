// app/validate: the format chosen (github under GitHub Actions), the fail level (--fail-level,
// the configuration's, --strict), the outcome of a run (clean or failing), and what --base
// accepts.

#include "app/validate.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

namespace app = gcsj::app;
using gcsj::findings::Severity;

namespace {

const std::string kSource = GCSJ_SOURCE_DIR;
const std::string kRegistry = kSource + "/examples/registry";
const std::string kOverFilled = kSource + "/examples/groups/over-filled-employers.yaml";
const std::string kBefore = kSource + "/tests/fixtures/base/before";
const std::string kFixed = kSource + "/tests/fixtures/base/fixed";
constexpr const char* kDate = "2026-11-29";

// GITHUB_ACTIONS set (or unset) for one test, restored after.
struct GithubActions {
  std::optional<std::string> saved;
  explicit GithubActions(const char* value) {
    if (const char* old = std::getenv("GITHUB_ACTIONS")) saved = old;
    if (value)
      ::setenv("GITHUB_ACTIONS", value, 1);
    else
      ::unsetenv("GITHUB_ACTIONS");
  }
  ~GithubActions() {
    if (saved)
      ::setenv("GITHUB_ACTIONS", saved->c_str(), 1);
    else
      ::unsetenv("GITHUB_ACTIONS");
  }
  GithubActions(const GithubActions&) = delete;
  GithubActions& operator=(const GithubActions&) = delete;
};

app::ValidateRequest request_for(std::vector<std::string> paths) {
  app::ValidateRequest request;
  request.paths = std::move(paths);
  request.as_of = kDate;
  request.format = "text";
  request.lang = "en";
  request.input.no_config = true;
  return request;
}

}  // namespace

TEST_SUITE("app::validate") {
  TEST_CASE("the format: the one named, else github under GitHub Actions, else text") {
    {
      const GithubActions actions("true");
      REQUIRE(app::validate_format("") != nullptr);
      CHECK(app::validate_format("")->name == "github");
      CHECK(app::validate_format("json")->name == "json");
    }
    {
      const GithubActions actions(nullptr);
      CHECK(app::validate_format("")->name == "text");
    }
    {
      const GithubActions actions("1");  // only "true" is GitHub Actions
      CHECK(app::validate_format("")->name == "text");
    }
    CHECK(app::validate_format("xlsx") == nullptr);
  }

  TEST_CASE("the fail level: --fail-level, else the configuration's, else error; --strict") {
    app::ValidateRequest request;
    CHECK(*app::fail_level_of(request, std::nullopt) == Severity::error);
    CHECK(*app::fail_level_of(request, Severity::note) == Severity::note);
    request.fail_level = "warning";
    CHECK(*app::fail_level_of(request, Severity::note) == Severity::warning);
    request.fail_level = "";
    request.strict = true;
    CHECK(*app::fail_level_of(request, std::nullopt) == Severity::warning);
    // --strict lowers the level to warning, never raises it: the strictest wins.
    CHECK(*app::fail_level_of(request, Severity::note) == Severity::note);
    request.fail_level = "note";
    CHECK(*app::fail_level_of(request, std::nullopt) == Severity::note);
    request.fail_level = "fatal";
    const auto bad = app::fail_level_of(request, std::nullopt);
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().code == app::Code::usage);
    CHECK(bad.error().message.english().starts_with("--fail-level: "));
  }

  TEST_CASE("the outcome: clean for the example registry, failing for an over-filled seat") {
    const auto clean = app::validate(request_for({kRegistry}));
    REQUIRE(clean.has_value());
    CHECK(clean->outcome == app::Outcome::clean);
    CHECK(clean->read == std::vector<std::string>{kRegistry});

    auto request = request_for({kOverFilled});
    request.registry = kRegistry;
    const auto failing = app::validate(request);
    REQUIRE(failing.has_value());
    CHECK(failing->outcome == app::Outcome::failing);
    CHECK(failing->text.find("seat-capacity") != std::string::npos);
    // The registry given as context is read too: an output never goes through its links.
    CHECK(failing->read == std::vector<std::string>{kOverFilled, kRegistry});
  }

  TEST_CASE("validate: errors of the request are usage errors, an unreadable path an input error") {
    auto request = request_for({kRegistry});
    request.format = "xlsx";
    auto printed = app::validate(request);
    REQUIRE_FALSE(printed.has_value());
    CHECK(printed.error().code == app::Code::usage);
    CHECK(printed.error().message.english() == "--format xlsx: not a format of validate");

    request = request_for({kRegistry});
    request.as_of = "29/11/2026";
    printed = app::validate(request);
    REQUIRE_FALSE(printed.has_value());
    CHECK(printed.error().code == app::Code::usage);
    CHECK(printed.error().message.english() ==
          "--as-of 29/11/2026: not a calendar date written YYYY-MM-DD");

    request = request_for({kRegistry});
    request.fail_level = "fatal";
    printed = app::validate(request);
    REQUIRE_FALSE(printed.has_value());
    CHECK(printed.error().code == app::Code::usage);

    request = request_for({kRegistry + "/missing"});
    printed = app::validate(request);
    REQUIRE_FALSE(printed.has_value());
    CHECK(printed.error().code == app::Code::input);
  }

  TEST_CASE("--base: one registry directory, without --registry") {
    auto request = request_for({kRegistry, kFixed});
    request.base = kBefore;
    auto printed = app::validate(request);
    REQUIRE_FALSE(printed.has_value());
    CHECK(printed.error().code == app::Code::usage);
    CHECK(printed.error().message.english() ==
          "--base compares two versions of one registry directory: name one PATH");

    request = request_for({kFixed});
    request.base = kBefore;
    request.registry = kRegistry;
    printed = app::validate(request);
    REQUIRE_FALSE(printed.has_value());
    CHECK(printed.error().message.english() ==
          "--base and --registry cannot be combined: --base judges the whole registry");

    request = request_for({kOverFilled});
    request.base = kBefore;
    printed = app::validate(request);
    REQUIRE_FALSE(printed.has_value());
    CHECK(printed.error().code == app::Code::usage);
    CHECK(printed.error().message.english() ==
          "--base compares two versions of a registry directory, and " + kOverFilled +
              " is not a directory");

    request = request_for({kFixed});
    request.base = kSource + "/tests/fixtures/base/missing";
    printed = app::validate(request);
    REQUIRE_FALSE(printed.has_value());
    CHECK(printed.error().code == app::Code::input);
  }

  TEST_CASE("--base: failing only on what the change introduces") {
    auto request = request_for({kFixed});
    request.base = kBefore;
    const auto fixed = app::validate(request);
    REQUIRE(fixed.has_value());
    CHECK(fixed->outcome == app::Outcome::clean);
    CHECK(fixed->read == std::vector<std::string>{kFixed, kBefore});

    request = request_for({kBefore});
    request.base = kBefore;  // the same version: nothing introduced, whatever it holds
    const auto same = app::validate(request);
    REQUIRE(same.has_value());
    CHECK(same->outcome == app::Outcome::clean);

    request = request_for({kBefore});
    request.base = kFixed;  // undoing the fix introduces its findings again
    const auto undone = app::validate(request);
    REQUIRE(undone.has_value());
    CHECK(undone->outcome == app::Outcome::failing);
  }
}
