#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "load/file_source.hpp"
#include "support/temp_tree.hpp"

// A directory read as usual and shown under another name (the older version of a registry shown
// under the paths of the newer), and how a path below a directory is shown.

using gcsj::testing::TempTree;

namespace {

std::vector<std::string> shown(const gcsj::load::FilePlan& plan) {
  std::vector<std::string> out;
  for (const auto& file : plan.files) out.push_back(file.display);
  return out;
}

}  // namespace

TEST_SUITE("load::file_source") {
  TEST_CASE("join_display: one slash between the directory and the path below it") {
    CHECK(gcsj::load::join_display("reg", "partners/a.yaml") == "reg/partners/a.yaml");
    CHECK(gcsj::load::join_display("reg/", "a.yaml") == "reg/a.yaml");
    CHECK(gcsj::load::join_display("", "a.yaml") == "a.yaml");
    CHECK(gcsj::load::join_display("reg", "") == "reg/");
  }

  TEST_CASE("a directory shown as another: its files under the other's paths, read from disk") {
    TempTree tree;
    tree.write("old/partners/a.yaml", "kind: partner\nid: a\n");
    tree.write("old/coordinating-group.yaml", "kind: coordinating-group\n");
    const auto source = gcsj::load::directory_shown_as(tree.path("old"), "registry");
    const auto plan = source->plan({});
    REQUIRE_MESSAGE(plan.has_value(), plan.error().message);
    CHECK(shown(*plan) ==
          std::vector<std::string>{"registry/coordinating-group.yaml", "registry/partners/a.yaml"});
    for (const auto& file : plan->files) {
      CHECK(file.path.starts_with(tree.path("old")));  // opened where they are
      CHECK(file.source == gcsj::load::PlannedFile::Source::file);
    }
    CHECK(plan->complete);
    // It holds no blob of its own.
    CHECK_FALSE(source->read(plan->files.front()).has_value());
  }

  TEST_CASE("an empty older version is no error: it may hold nothing yet") {
    TempTree tree;
    tree.write("old/README.md", "nothing yet\n");
    const auto plan = gcsj::load::directory_shown_as(tree.path("old"), "registry")->plan({});
    REQUIRE_MESSAGE(plan.has_value(), plan.error().message);
    CHECK(plan->files.empty());
  }

  TEST_CASE("the exclusions of the options apply") {
    TempTree tree;
    tree.write("old/partners/a.yaml", "kind: partner\nid: a\n");
    tree.write("old/mkdocs.yml", "site_name: x\n");
    gcsj::load::PlanOptions options;
    options.walk.exclude = {"mkdocs.yml"};
    const auto plan = gcsj::load::directory_shown_as(tree.path("old"), "reg")->plan(options);
    REQUIRE(plan.has_value());
    CHECK(shown(*plan) == std::vector<std::string>{"reg/partners/a.yaml"});
    CHECK(plan->excluded == 1);
  }
}
