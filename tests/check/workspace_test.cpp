#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "check/validate.hpp"
#include "check/workspace.hpp"
#include "support/temp_tree.hpp"

namespace {

using gcsj::check::ValidateOptions;
using gcsj::check::Workspace;
using gcsj::testing::TempTree;

std::string government(const std::string& id, const std::string& country) {
  return "kind: partner\nid: " + id + "\nname: Government of " + id +
         "\ncategory: government\nstatus: admitted\nadmitted: 2024-02-10\npublished: "
         "2024-02-10\ncountry: " +
         country +
         "\nadherence:\n  declared: 2024-01-25\n  advocate: true\n  uphold: true\n"
         "  contribute: true\n  levels: [global]\nactions:\n  - title: Extend social "
         "protection\n    domains: [protection]\n    priorities: "
         "[employment-and-social-protection]\n    sdgs: [1]\n    countries: [" +
         country + "]\n    status: ongoing\n";
}

ValidateOptions options() {
  ValidateOptions o;
  o.as_of = *gcsj::model::Date::parse("2026-06-01");
  return o;
}

// file:line:column:rule of each finding, in report order.
std::vector<std::string> places(const gcsj::check::ValidateResult& result) {
  std::vector<std::string> out;
  for (const auto& f : result.findings)
    out.push_back(result.registry.file(f.where.file).path + ":" + std::to_string(f.where.line) +
                  ":" + std::to_string(f.where.column) + ":" + std::string(f.rule));
  return out;
}

bool has_rule(const gcsj::check::ValidateResult& result, std::string_view rule) {
  return std::any_of(result.findings.begin(), result.findings.end(),
                     [&](const auto& f) { return f.rule == rule; });
}

}  // namespace

TEST_CASE("check::Workspace judges a registry as validate() does") {
  TempTree tree;
  tree.write("partners/a.yaml", government("a", "BE"));
  tree.write("partners/b.yaml", government("b", "BE"));  // a second government of Belgium
  tree.write("partners/c.yaml", "kind: partner\nid: c\nnmae: x\n");
  auto workspace = Workspace::open(tree.path(), options());
  REQUIRE(workspace);
  const auto judged = workspace->judge();
  REQUIRE(judged);
  ValidateOptions by_validate = options();
  by_validate.input.paths = {tree.path()};
  const auto validated = gcsj::check::validate(by_validate);
  REQUIRE(validated);
  CHECK(places(*judged) == places(*validated));
  CHECK_FALSE(places(*judged).empty());
}

TEST_CASE("check::Workspace: a buffer in place of its file re-judges the files that depend on it") {
  TempTree tree;
  tree.write("partners/a.yaml", government("a", "BE"));
  tree.write("partners/b.yaml", government("b", "FR"));
  auto workspace = Workspace::open(tree.path(), options());
  REQUIRE(workspace);
  REQUIRE(workspace->judge());
  CHECK_FALSE(has_rule(*workspace->judge(), "one-government-per-country"));
  // b now claims Belgium too, in an unsaved buffer: the finding names both files.
  const std::string b = tree.path("partners/b.yaml");
  REQUIRE(workspace->set_text(b, government("b", "BE")));
  const auto judged = workspace->judge();
  REQUIRE(judged);
  CHECK(has_rule(*judged, "one-government-per-country"));
  CHECK(workspace->has_buffer(b));
  // Nothing was written: the file on disk still says FR.
  ValidateOptions by_validate = options();
  by_validate.input.paths = {tree.path()};
  CHECK_FALSE(has_rule(*gcsj::check::validate(by_validate), "one-government-per-country"));
  // Closed without saving: what is on disk again.
  REQUIRE(workspace->set_text(b, std::nullopt));
  CHECK_FALSE(has_rule(*workspace->judge(), "one-government-per-country"));
}

TEST_CASE("check::Workspace: a new buffer is a new file; closed unsaved, it is gone") {
  TempTree tree;
  tree.write("partners/a.yaml", government("a", "BE"));
  auto workspace = Workspace::open(tree.path(), options());
  REQUIRE(workspace);
  const std::string added = tree.path("partners/new.yaml");
  REQUIRE(workspace->set_text(added, government("a", "FR")));  // a's id again
  auto judged = workspace->judge();
  REQUIRE(judged);
  CHECK(std::any_of(judged->findings.begin(), judged->findings.end(), [&](const auto& f) {
    return judged->registry.file(f.where.file).path == added;
  }));
  REQUIRE(workspace->set_text(added, std::nullopt));
  judged = workspace->judge();
  REQUIRE(judged);
  CHECK(judged->findings.empty());
  CHECK(judged->summary.files == 1);
}

TEST_CASE("check::Workspace: what is no registry file of it is refused") {
  TempTree tree;
  tree.write("partners/a.yaml", government("a", "BE"));
  tree.write(".gcsj.yaml", "exclude: [drafts/**]\n");
  auto workspace = Workspace::open(tree.path(), options());
  REQUIRE(workspace);
  CHECK_FALSE(workspace->set_text("/elsewhere/a.yaml", "kind: partner\n"));
  CHECK_FALSE(workspace->set_text(tree.path("notes.txt"), "x"));
  CHECK_FALSE(workspace->set_text(tree.path(".hidden/a.yaml"), "kind: partner\n"));
  CHECK_FALSE(workspace->set_text(tree.path("drafts/a.yaml"), "kind: partner\n"));
  CHECK(workspace->registry_path(tree.path("partners/b.yml")));
}

TEST_CASE("check::Workspace::alone judges one buffer without reading anything around it") {
  TempTree tree;
  tree.write("partners/a.yaml", government("a", "BE"));
  // Its neighbour on disk is never read: the buffer's government of Belgium is no duplicate.
  auto alone = Workspace::alone(tree.path("partners/b.yaml"), government("b", "BE"), options());
  REQUIRE(alone);
  const auto judged = alone->judge();
  REQUIRE(judged);
  CHECK(judged->findings.empty());
  CHECK(judged->registry.files.size() == 1);
  REQUIRE(alone->set_text(tree.path("partners/b.yaml"), "kind: partner\nid: b\nnmae: x\n"));
  CHECK(has_rule(*alone->judge(), "unknown-key"));
}

TEST_CASE("check::Workspace: a path through a symbolic link is no registry file, as in validate") {
  TempTree tree, outside;
  tree.write("partners/a.yaml", government("a", "BE"));
  outside.write("b.yaml", government("b", "FR"));
  std::filesystem::create_symlink(outside.path("b.yaml"), tree.path("partners/b.yaml"));
  std::filesystem::create_directory_symlink(outside.path(), tree.path("linked"));
  auto workspace = Workspace::open(tree.path(), options());
  REQUIRE(workspace);
  CHECK_FALSE(workspace->set_text(tree.path("partners/b.yaml"), government("b", "FR")));
  CHECK_FALSE(workspace->set_text(tree.path("linked/b.yaml"), government("b", "FR")));
  CHECK(workspace->set_text(tree.path("partners/c.yaml"), government("c", "FR")));
}

TEST_CASE("check::Workspace::alone: a buffer that is no file has no file name to match its id") {
  auto untitled = Workspace::alone("untitled:Untitled-1", government("b", "BE"), options());
  REQUIRE(untitled);
  CHECK_FALSE(has_rule(*untitled->judge(), "file-name-matches-id"));
  // A file does: b.yaml holding the partner `c`.
  TempTree tree;
  auto named = Workspace::alone(tree.path("b.yaml"), government("c", "BE"), options());
  REQUIRE(named);
  CHECK(has_rule(*named->judge(), "file-name-matches-id"));
}
