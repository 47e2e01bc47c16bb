// app/publish: the portal written for a registry; refused (registry_errors) when the registry has
// errors in what it publishes unless --allow-errors (those of pending or declined applications
// alone are left aside and told), then with a warning; the request's errors with their codes; and
// an output directory never reached through a link inside the registry.

#include "app/publish.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "support/app_checks.hpp"
#include "support/progress_recorder.hpp"
#include "support/temp_tree.hpp"

namespace app = gcsj::app;
namespace fs = std::filesystem;
using gcsj::testing::TempTree;

namespace {

const std::string kSource = GCSJ_SOURCE_DIR;
const std::string kSmall = kSource + "/tests/fixtures/base/fixed";
const std::string kBroken = kSource + "/tests/fixtures/broken";

app::PublishRequest request_for(const std::string& path, const std::string& out) {
  auto request = gcsj::testing::example_request<app::PublishRequest>(path);
  request.out = out;
  request.languages = {"en"};
  request.jobs = 1;
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

  TEST_CASE("tells the files read, then each page written") {
    const TempTree tree;
    auto request = request_for(kSmall, tree.path("site"));
    gcsj::testing::ProgressRecorder progress;
    request.input.progress = &progress;
    REQUIRE(app::publish(request, {}).has_value());
    using gcsj::util::Stage;
    const auto begun = progress.begun();
    REQUIRE(begun.size() == 3);
    CHECK(begun[1].first == Stage::files_read);
    CHECK(begun[2] == std::pair<Stage, std::size_t>{Stage::pages_written, 0});
    std::size_t files = 0;  // the pages and assets made, not the writer's marker
    for (const auto& entry : fs::recursive_directory_iterator(tree.root / "site"))
      files += entry.is_regular_file() && entry.path().filename() != ".gcsj-site" ? 1 : 0;
    CHECK(files > 0);
    CHECK(progress.count(Stage::pages_written) == files);
  }

  TEST_CASE("a registry with errors is refused (registry_errors), and no site is written") {
    const TempTree tree;
    auto request = request_for(kBroken, tree.path("site"));
    const auto refused = app::publish(request, {});
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == app::Code::registry_errors);
    const std::string message = refused.error().message.english();
    CHECK(message.starts_with("the registry has "));
    CHECK(message.ends_with(
        " errors in what is published; `gcsj validate " + kBroken +
        " --no-config` lists them. Fix them, or publish anyway with --allow-errors"));
    CHECK_FALSE(fs::exists(tree.root / "site"));

    request.path = kBroken + "/syntax-error.yaml";
    const auto one = app::publish(request, {});
    REQUIRE_FALSE(one.has_value());
    CHECK(one.error().message.english() ==
          "the registry has 1 error in what is published; `gcsj validate " + request.path +
              " --no-config` lists it. Fix it, or publish anyway with --allow-errors");
  }

  TEST_CASE("errors of pending or declined applications alone do not stop it, and are told") {
    const TempTree tree;
    fs::copy(kSmall, tree.root / "registry", fs::copy_options::recursive);
    // A pending application not eligible yet (¶19(f): not international) and a declined one without
    // its date.
    tree.write("registry/partners/late-ngo.yaml",
               "kind: partner\nid: late-ngo\nname: Late NGO\ncategory: ngo\nstatus: applied\n"
               "applied: 2026-10-01\ninternational: false\naccreditation:\n  ecosoc: "
               "special\nadherence:\n  declared: 2026-09-20\n"
               "  advocate: true\n  uphold: true\n  contribute: true\n  levels: [national]\n"
               "actions:\n  - title: Local advocacy\n    domains: [protection]\n");
    tree.write("registry/partners/refused.yaml",
               "kind: partner\nid: refused\nname: Refused\ncategory: ngo\nstatus: declined\n"
               "adherence:\n  declared: 2026-09-20\n");
    auto request = request_for(tree.path("registry"), tree.path("site"));
    Warnings warnings;
    const auto published = app::publish(request, warnings.sink());
    REQUIRE(published.has_value());
    CHECK(warnings.lines.empty());
    CHECK(fs::is_directory(tree.root / "site"));
    REQUIRE(published->left_aside.has_value());
    CHECK(published->left_aside->english() ==
          "Left aside 2 applications with errors, pending or declined: they are not published; "
          "`gcsj validate " +
              tree.path("registry") + "` lists their errors");

    // A waiver of the pending application's finding: nothing is left aside any more but the
    // declined one.
    request.input.no_config = false;
    tree.write("registry/.gcsj.yaml",
               "waivers:\n  - rule: ngo-international\n    partner: late-ngo\n"
               "    reason: Statutes being amended\n    approved_by: Head of secretariat\n"
               "    expires: 2027-06-30\n");
    const auto waived = app::publish(request, {});
    REQUIRE(waived.has_value());
    REQUIRE(waived->left_aside.has_value());
    CHECK(waived->left_aside->english().starts_with("Left aside 1 application with errors"));

    // An error of an admitted partner stops it, and only it is counted.
    tree.write("registry/partners/acme-ngo.yaml",
               "kind: partner\nid: acme-ngo\nname: Acme Rights Network\ncategory: ngo\n"
               "status: admitted\nadmitted: 2024-05-20\ninternational: false\naccreditation:\n"
               "  ecosoc: special\nadherence:\n  declared: 2024-04-02\n  advocate: true\n"
               "  uphold: true\n  contribute: true\n  levels: [national]\nactions:\n"
               "  - title: Local advocacy\n    domains: [protection]\n");
    const auto refused = app::publish(request, {});
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == app::Code::registry_errors);
    CHECK(refused.error().message.english() ==
          "the registry has 1 error in what is published; `gcsj validate " + tree.path("registry") +
              "` lists it. Fix it, or publish anyway with --allow-errors");
  }

  TEST_CASE("a second government's pending application is its own error, whatever its file name") {
    // ¶19(a): Brazil has a government partner; an application for Brazil in a file sorting before
    // it is the one blamed (not the admitted partner), and publishing leaves it aside.
    const TempTree tree;
    fs::copy(kSmall, tree.root / "registry", fs::copy_options::recursive);
    tree.write("registry/partners/a-brazil.yaml",
               "kind: partner\nid: a-brazil\nname: Brazil again\ncategory: government\n"
               "country: BR\nstatus: applied\napplied: 2026-10-01\nadherence:\n"
               "  declared: 2026-09-20\n  advocate: true\n  uphold: true\n  contribute: true\n"
               "  levels: [national]\nactions:\n  - title: Social protection floor\n"
               "    domains: [protection]\n");
    auto request = request_for(tree.path("registry"), tree.path("site"));
    const auto published = app::publish(request, {});
    REQUIRE(published.has_value());
    REQUIRE(published->left_aside.has_value());
    CHECK(published->left_aside->english().starts_with("Left aside 1 application with errors"));
  }

  TEST_CASE("a registry without errors leaves nothing aside") {
    const TempTree tree;
    const auto published = app::publish(request_for(kSmall, tree.path("site")), {});
    REQUIRE(published.has_value());
    CHECK_FALSE(published->left_aside.has_value());
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
