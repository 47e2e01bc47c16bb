// app/base: `--base REF` opened once for validate and changes: a registry directory required,
// REF read as a directory or a git revision, --follow-symlinks refused with a revision, and the
// options both versions are read with.

#include "app/base.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "support/git_repo.hpp"
#include "support/temp_tree.hpp"

namespace app = gcsj::app;
namespace model = gcsj::model;
using gcsj::testing::GitRepo;
using gcsj::testing::TempTree;

namespace {

const std::string kRegistry = std::string(GCSJ_SOURCE_DIR) + "/examples/registry";
const std::string kBefore = std::string(GCSJ_SOURCE_DIR) + "/tests/fixtures/base/before";
constexpr model::Date kDate{2026, 11, 29};

}  // namespace

TEST_SUITE("app::base") {
  TEST_CASE("--base needs a registry directory: standard input and a file are refused") {
    CHECK(app::require_directory(kRegistry).has_value());
    for (const std::string& path : std::vector<std::string>{
             "-", kRegistry + "/coordinating-group.yaml", kRegistry + "/missing"}) {
      INFO(path);
      const auto refused = app::require_directory(path);
      REQUIRE_FALSE(refused.has_value());
      CHECK(refused.error().code == app::Code::usage);
      CHECK(refused.error().message.english() ==
            "--base compares two versions of a registry directory, and " + path +
                " is not a directory");
    }
  }

  TEST_CASE("`-` is standard input, even where a directory is named `-`") {
    const TempTree tree;
    tree.write("-/partners/x.yaml", "");
    const auto previous = std::filesystem::current_path();
    std::filesystem::current_path(tree.root);
    const auto refused = app::require_directory("-");
    std::filesystem::current_path(previous);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == app::Code::usage);
  }

  TEST_CASE("a directory as REF: both versions read with the same options") {
    app::InputOptions input;
    input.no_config = true;
    input.exclude = {"partners/brazil.yaml"};
    const auto opened = app::open_base_option(kBefore, kRegistry, kDate, input, 3);
    REQUIRE(opened.has_value());
    CHECK_FALSE(opened->base.from_git);
    CHECK(opened->base.ref == kBefore);
    CHECK(opened->options.as_of == kDate);
    CHECK(opened->options.input.paths == std::vector<std::string>{kRegistry});
    CHECK(opened->options.input.exclude == input.exclude);
    CHECK_FALSE(opened->options.find_config);
    CHECK(opened->options.input.jobs == 3u);
    // An output never goes through links of either directory read.
    CHECK(app::read_paths(kRegistry, opened->base) == std::vector<std::string>{kRegistry, kBefore});
  }

  TEST_CASE("a REF that is neither a directory nor a revision is an input error") {
    const TempTree tree;  // in no repository: a REF is a directory or nothing
    tree.write("registry/partners/.keep", "");
    const auto opened =
        app::open_base_option(tree.path("nowhere"), tree.path("registry"), kDate, {}, 0);
    REQUIRE_FALSE(opened.has_value());
    CHECK(opened.error().code == app::Code::input);
    CHECK_FALSE(opened.error().message.english().empty());
  }

  TEST_CASE("a git revision as REF: --follow-symlinks is refused, links are never followed") {
    const GitRepo repo;
    repo.write("registry/partners/.keep", "");
    repo.commit();
    const std::string path = repo.path("registry");
    app::InputOptions input;
    input.no_config = true;
    const auto opened = app::open_base_option("HEAD", path, kDate, input, 0);
    REQUIRE(opened.has_value());
    CHECK(opened->base.from_git);
    CHECK(opened->base.commit.has_value());
    // The revision is read from git's object store: only the registry's own links count.
    CHECK(app::read_paths(path, opened->base) == std::vector<std::string>{path});

    input.follow_symlinks = true;
    const auto refused = app::open_base_option("HEAD", path, kDate, input, 0);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == app::Code::usage);
    CHECK(refused.error().message.english() ==
          "--follow-symlinks cannot be combined with a git revision as --base: links in a "
          "revision are never followed, so the two versions would not be read alike");
  }
}
