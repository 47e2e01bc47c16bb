// app/publish: the portal written for a registry; refused (registry_errors) when the registry has
// errors unless --allow-errors, then with a warning; the request's errors with their codes; and an
// output directory never reached through a link inside the registry.

#include "app/publish.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "support/temp_tree.hpp"

namespace app = gcsj::app;
namespace fs = std::filesystem;
using gcsj::testing::TempTree;

namespace {

const std::string kSource = GCSJ_SOURCE_DIR;
const std::string kSmall = kSource + "/tests/fixtures/base/fixed";
const std::string kBroken = kSource + "/tests/fixtures/broken";

app::PublishRequest request_for(const std::string& path, const std::string& out) {
  app::PublishRequest request;
  request.path = path;
  request.out = out;
  request.as_of = "2026-11-29";
  request.languages = {"en"};
  request.jobs = 1;
  request.input.no_config = true;
  return request;
}

struct Warnings {
  std::vector<std::string> lines;
  app::Warn sink() {
    return [this](const std::string& line) { lines.push_back(line); };
  }
};

}  // namespace

TEST_SUITE("app::publish") {
  TEST_CASE("the site of a registry, and what was published, as a sentence") {
    const TempTree tree;
    auto request = request_for(kSmall, tree.path("site"));
    request.languages = {"fr", "en", "fr"};  // each once, in the order given
    Warnings warnings;
    const auto published = app::publish(request, warnings.sink());
    REQUIRE(published.has_value());
    CHECK(warnings.lines.empty());
    CHECK(fs::is_directory(tree.root / "site"));
    const std::string summary = published->summary.english();
    CHECK(summary.starts_with("Published "));
    CHECK(summary.find(" as of 2026-11-29 to " + tree.path("site") + " in fr, en (") !=
          std::string::npos);
    std::size_t files = 0;  // the pages and assets made, not the writer's marker
    for (const auto& entry : fs::recursive_directory_iterator(tree.root / "site"))
      files += entry.is_regular_file() && entry.path().filename() != ".gcsj-site" ? 1 : 0;
    CHECK(summary.ends_with("(" + std::to_string(files) + " files)"));
  }

  TEST_CASE("a registry with errors is refused (registry_errors), and no site is written") {
    const TempTree tree;
    auto request = request_for(kBroken, tree.path("site"));
    const auto refused = app::publish(request, {});
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == app::Code::registry_errors);
    const std::string message = refused.error().message.english();
    CHECK(message.starts_with("the registry has "));
    CHECK(message.ends_with(" errors; `gcsj validate " + kBroken +
                            "` lists them. Fix them, or publish anyway with --allow-errors"));
    CHECK_FALSE(fs::exists(tree.root / "site"));

    request.path = kBroken + "/syntax-error.yaml";
    const auto one = app::publish(request, {});
    REQUIRE_FALSE(one.has_value());
    CHECK(one.error().message.english() ==
          "the registry has 1 error; `gcsj validate " + request.path +
              "` lists them. Fix them, or publish anyway with --allow-errors");
  }

  TEST_CASE("--allow-errors publishes a registry with errors, with one warning") {
    const TempTree tree;
    auto request = request_for(kBroken, tree.path("site"));
    request.allow_errors = true;
    Warnings warnings;
    const auto published = app::publish(request, warnings.sink());
    REQUIRE(published.has_value());
    REQUIRE(warnings.lines.size() == 1);
    CHECK(warnings.lines[0].starts_with("warning: the registry has "));
    CHECK(fs::is_directory(tree.root / "site"));
  }

  TEST_CASE("the request's errors: a date, a language, a path") {
    const TempTree tree;
    auto request = request_for(kSmall, tree.path("site"));
    request.as_of = "2026-11-29T00:00";
    auto failed = app::publish(request, {});
    REQUIRE_FALSE(failed.has_value());
    CHECK(failed.error().code == app::Code::usage);
    CHECK(failed.error().message.english() ==
          "--as-of 2026-11-29T00:00: not a calendar date written YYYY-MM-DD");

    request = request_for(kSmall + "/missing", tree.path("site"));
    request.languages = {"en", "xx"};
    failed = app::publish(request, {});
    REQUIRE_FALSE(failed.has_value());
    CHECK(failed.error().code == app::Code::usage);  // before the registry is read
    CHECK(failed.error().message.english().starts_with("--lang: "));

    request.languages = {"en"};
    failed = app::publish(request, {});
    REQUIRE_FALSE(failed.has_value());
    CHECK(failed.error().code == app::Code::input);
    CHECK_FALSE(fs::exists(tree.root / "site"));
  }

  TEST_CASE("the site is never written through a link inside the registry") {
    const TempTree tree;
    fs::copy(kSmall, tree.root / "registry", fs::copy_options::recursive);
    tree.write("elsewhere/.keep", "");
    fs::create_directory_symlink(tree.root / "elsewhere", tree.root / "registry/public");
    const auto refused =
        app::publish(request_for(tree.path("registry"), tree.path("registry/public/site")), {});
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == app::Code::output);
    CHECK(refused.error().message.english().find(" is a symbolic link inside ") !=
          std::string::npos);
    CHECK_FALSE(fs::exists(tree.root / "elsewhere/site"));
  }
}
