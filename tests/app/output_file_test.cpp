// app/output_file: where an output file may go. A regular file is written; a symbolic link is
// written through unless it lies inside a registry read or its repository's work tree (untrusted
// input), or, when no registry is read, inside the work trees around the output.

#include "app/output_file.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "support/temp_tree.hpp"

namespace app = gcsj::app;
namespace fs = std::filesystem;
using gcsj::testing::TempTree;

namespace {

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string canonical(const std::string& path) {
  return fs::canonical(path).string();
}

}  // namespace

TEST_SUITE("app::output_file") {
  TEST_CASE("the work tree of a directory: the first one up that holds .git") {
    const TempTree tree;
    tree.write("repo/.git/HEAD", "ref: refs/heads/main\n");
    tree.write("repo/registry/partners/x.yaml", "");
    tree.write("worktree/.git", "gitdir: elsewhere\n");  // a linked work tree's .git is a file
    tree.write("outside/x.yaml", "");
    CHECK(app::work_tree_of(tree.root / "repo/registry/partners") == tree.path("repo"));
    CHECK(app::work_tree_of(tree.root / "repo") == tree.path("repo"));
    CHECK(app::work_tree_of(tree.root / "worktree") == tree.path("worktree"));
    CHECK_FALSE(app::work_tree_of(tree.root / "outside").has_value());
  }

  TEST_CASE(
      "the untrusted directories: each registry read (a file's directory) and its work tree") {
    const TempTree tree;
    tree.write("repo/.git/HEAD", "");
    tree.write("repo/registry/partners/x.yaml", "");
    tree.write("outside/y.yaml", "");
    const auto directories = app::untrusted_directories({tree.path("repo/registry/partners/x.yaml"),
                                                         tree.path("repo/registry/partners"), "-",
                                                         "", tree.path("outside/y.yaml")});
    CHECK(directories == std::vector<std::string>{tree.path("repo/registry/partners"),
                                                  tree.path("repo"), tree.path("outside")});
    CHECK(app::untrusted_directories({"-"}).empty());
  }

  TEST_CASE("a regular file is written; an unwritable one is an output error") {
    const TempTree tree;
    tree.write("registry/x.yaml", "");
    const fs::path out = tree.root / "report.txt";
    REQUIRE(app::write_output_file("report\n", out.string(), {tree.path("registry")}).has_value());
    CHECK(read(out) == "report\n");
    const auto failed =
        app::write_output_file("x", tree.path("no/such/dir/report.txt"), {tree.path("registry")});
    REQUIRE_FALSE(failed.has_value());
    CHECK(failed.error().code == app::Code::output);
  }

  TEST_CASE(
      "a link inside the registry read is refused; the same link, not read, is written through") {
    const TempTree tree;
    tree.write("registry/partners/x.yaml", "");
    tree.write("elsewhere/target.txt", "old\n");
    fs::create_symlink(tree.root / "elsewhere/target.txt", tree.root / "registry/report.txt");
    const std::string out = tree.path("registry/report.txt");
    const auto refused = app::write_output_file("report\n", out, {tree.path("registry")});
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == app::Code::output);
    CHECK(refused.error().message.english() ==
          out + ": " + canonical(tree.path("registry")) + "/report.txt is a symbolic link inside " +
              canonical(tree.path("registry")) +
              ", and gcsj never writes through a link there (write to a path outside it, or "
              "remove the link)");
    CHECK(read(tree.root / "elsewhere/target.txt") == "old\n");
    CHECK(fs::is_symlink(tree.root / "registry/report.txt"));

    // A link elsewhere, made by the user, is written through as before.
    tree.write("other/partners/y.yaml", "");
    REQUIRE(app::write_output_file("report\n", out, {tree.path("other")}).has_value());
    CHECK(read(tree.root / "elsewhere/target.txt") == "report\n");
  }

  TEST_CASE("a link inside the registry's work tree is refused, outside the registry too") {
    const TempTree tree;
    tree.write("repo/.git/HEAD", "");
    tree.write("repo/registry/partners/x.yaml", "");
    tree.write("elsewhere/.keep", "");
    fs::create_directory_symlink(tree.root / "elsewhere", tree.root / "repo/out");
    const auto refused = app::write_output_file("report\n", tree.path("repo/out/report.txt"),
                                                {tree.path("repo/registry")});
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == app::Code::output);
    CHECK(refused.error().message.english().find(" is a symbolic link inside " +
                                                 canonical(tree.path("repo")) + ",") !=
          std::string::npos);
    CHECK_FALSE(fs::exists(tree.root / "elsewhere/report.txt"));
  }

  TEST_CASE("without a registry read, the work tree around the output is guarded") {
    const TempTree tree;
    tree.write("repo/.git/HEAD", "");
    tree.write("elsewhere/target.json", "old");
    fs::create_symlink(tree.root / "elsewhere/target.json", tree.root / "repo/schema.json");
    // The work tree of the output's directory (and of the current directory's, if any).
    const auto around = app::untrusted_around(tree.path("repo/schema.json"));
    CHECK(std::find(around.begin(), around.end(), tree.path("repo")) != around.end());
    for (const std::vector<std::string>& read :
         {std::vector<std::string>{}, std::vector<std::string>{"-"}}) {
      const auto refused = app::write_output_file("{}", tree.path("repo/schema.json"), read);
      REQUIRE_FALSE(refused.has_value());
      CHECK(refused.error().code == app::Code::output);
    }
    CHECK(read(tree.root / "elsewhere/target.json") == "old");
    // A link in no work tree is written through.
    fs::create_symlink(tree.root / "elsewhere/target.json", tree.root / "link.json");
    REQUIRE(app::write_output_file("{}", tree.path("link.json"), {}).has_value());
    CHECK(read(tree.root / "elsewhere/target.json") == "{}");
  }

  TEST_CASE("a link that leads nowhere is an output error, and nothing is created through it") {
    const TempTree tree;
    tree.write("registry/partners/x.yaml", "");
    fs::create_symlink(tree.root / "nowhere.txt", tree.root / "dangling.txt");
    const auto failed =
        app::write_output_file("report\n", tree.path("dangling.txt"), {tree.path("registry")});
    REQUIRE_FALSE(failed.has_value());
    CHECK(failed.error().code == app::Code::output);
    CHECK_FALSE(fs::exists(tree.root / "nowhere.txt"));
  }
}
