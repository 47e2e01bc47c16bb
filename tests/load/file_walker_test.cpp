#include <doctest/doctest.h>

#include <sys/stat.h>

#include <filesystem>
#include <string>
#include <vector>

#include "load/file_walker.hpp"
#include "support/temp_tree.hpp"

// find_registry_files on scratch directories: what a walk finds, in which order, and what it
// refuses (links not followed or leading outside, pipes) instead of reading.

using gcsj::load::Refusal;
using gcsj::testing::TempTree;
namespace fs = std::filesystem;

namespace {

// The files found, below the root, with "!" after those refused.
std::vector<std::string> found(const TempTree& tree, const gcsj::load::Walk& walk) {
  std::vector<std::string> out;
  for (const auto& file : walk.files)
    out.push_back(file.display.substr(tree.path().size()) + (file.refusal ? "!" : ""));
  return out;
}

}  // namespace

TEST_SUITE("load::file_walker") {
  TEST_CASE("*.yaml and *.yml below the directory, in path order; hidden ones and others skipped") {
    TempTree tree;
    tree.write("partners/b.yml", "x: 1\n");
    tree.write("partners/a.yaml", "x: 1\n");
    tree.write("coordinating-group.yaml", "x: 1\n");
    tree.write("notes.txt", "no\n");
    tree.write("README.md", "no\n");
    tree.write(".hidden.yaml", "no\n");
    tree.write(".github/workflows/ci.yaml", "no\n");
    tree.write("partners/.draft.yaml", "no\n");
    const auto walk = gcsj::load::find_registry_files(tree.path());
    CHECK(found(tree, walk) ==
          std::vector<std::string>{"coordinating-group.yaml", "partners/a.yaml", "partners/b.yml"});
    CHECK(walk.excluded == 0);
    for (const auto& file : walk.files) CHECK(fs::exists(file.path));
  }

  TEST_CASE("exclusions are globs relative to the directory, and counted") {
    TempTree tree;
    tree.write("partners/a.yaml", "x: 1\n");
    tree.write("mkdocs.yml", "x: 1\n");
    tree.write("docs/a/b.yaml", "x: 1\n");
    gcsj::load::WalkOptions options;
    options.exclude = {"mkdocs.yml", "docs/**"};
    const auto walk = gcsj::load::find_registry_files(tree.path(), options);
    CHECK(found(tree, walk) == std::vector<std::string>{"partners/a.yaml"});
    CHECK(walk.excluded == 2);
  }

  TEST_CASE("a symbolic link is found but not followed, unless asked, and never outside") {
    TempTree tree;
    tree.write("reg/partners/a.yaml", "x: 1\n");
    tree.write("outside.yaml", "x: 1\n");
    fs::create_symlink(tree.path("reg/partners/a.yaml"), tree.path("reg/partners/inside.yaml"));
    fs::create_symlink(tree.path("outside.yaml"), tree.path("reg/partners/outside.yaml"));
    fs::create_symlink(tree.path("reg/partners/none.yaml"), tree.path("reg/partners/broken.yaml"));
    const auto plain = gcsj::load::find_registry_files(tree.path("reg"));
    REQUIRE(plain.files.size() == 4);
    for (const auto& file : plain.files)
      if (file.display.ends_with("inside.yaml") || file.display.ends_with("outside.yaml") ||
          file.display.ends_with("broken.yaml")) {
        CAPTURE(file.display);
        CHECK(file.refusal.kind == Refusal::Kind::link_not_followed);
        CHECK(file.refusal.skipped());
      }
    gcsj::load::WalkOptions follow;
    follow.follow_symlinks = true;
    const auto followed = gcsj::load::find_registry_files(tree.path("reg"), follow);
    REQUIRE(followed.files.size() == 4);
    for (const auto& file : followed.files) {
      CAPTURE(file.display);
      if (file.display.ends_with("inside.yaml")) {
        CHECK_FALSE(file.refusal);
        CHECK(fs::equivalent(file.path, tree.path("reg/partners/a.yaml")));
      }
      if (file.display.ends_with("outside.yaml"))
        CHECK(file.refusal.kind == Refusal::Kind::link_outside);
      if (file.display.ends_with("broken.yaml"))
        CHECK(file.refusal.kind == Refusal::Kind::broken_link);
      if (file.refusal) CHECK_FALSE(file.refusal.message().english().empty());
    }
  }

  TEST_CASE("a pipe named like a registry file is refused, not read or waited on") {
    TempTree tree;
    tree.write("partners/a.yaml", "x: 1\n");
    REQUIRE(::mkfifo(tree.path("partners/pipe.yaml").c_str(), 0600) == 0);
    const auto walk = gcsj::load::find_registry_files(tree.path());
    CHECK(found(tree, walk) == std::vector<std::string>{"partners/a.yaml", "partners/pipe.yaml!"});
    CHECK(walk.files[1].refusal.kind == Refusal::Kind::pipe_socket_or_device);
    CHECK_FALSE(walk.files[1].refusal.skipped());
  }
}
