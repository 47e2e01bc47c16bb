// app/init: a new registry written into a directory, each file told as it is written; nothing
// written when a file is refused (already there without --force, a symbolic link even with
// --force, a link on the way to the directory or inside it).

#include "app/init.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "scaffold/new_registry.hpp"
#include "support/temp_tree.hpp"

namespace app = gcsj::app;
namespace fs = std::filesystem;
using gcsj::testing::TempTree;

namespace {

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<gcsj::scaffold::NewFile> scaffold() {
  return gcsj::scaffold::new_registry(gcsj::model::Date::today_utc());
}

struct Created {
  std::vector<std::string> paths;
  std::function<void(const std::string&)> sink() {
    return [this](const std::string& path) { paths.push_back(path); };
  }
};

}  // namespace

TEST_SUITE("app::init") {
  TEST_CASE("a new directory: every file of the scaffold written, each told as it is written") {
    const TempTree tree;
    const std::string directory = tree.path("new/registry");
    Created created;
    REQUIRE(app::init({directory, false}, created.sink()).has_value());
    const auto files = scaffold();
    REQUIRE(created.paths.size() == files.size());
    for (std::size_t i = 0; i < files.size(); ++i) {
      const fs::path path = fs::path(directory) / files[i].path;
      CHECK(created.paths[i] == path.string());
      CHECK(read(path) == files[i].text);
    }
    // A front end that tells nothing passes no callback.
    CHECK(app::init({tree.path("quiet"), false}, {}).has_value());
  }

  TEST_CASE("files already there: refused, one line each, without --force; overwritten with it") {
    const TempTree tree;
    const std::string directory = tree.path("registry");
    REQUIRE(app::init({directory, false}, {}).has_value());
    const fs::path config = fs::path(directory) / ".gcsj.yaml";
    const fs::path partner = fs::path(directory) / "partners/example-institute.yaml";
    std::ofstream(config) << "# mine\n";
    fs::remove(partner);

    Created created;
    const auto refused = app::init({directory, false}, created.sink());
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == app::Code::usage);
    std::string expected;
    for (const auto& file : scaffold()) {
      if (file.path == "partners/example-institute.yaml") continue;
      expected += (expected.empty() ? "" : "\n") + (fs::path(directory) / file.path).string() +
                  " exists; use --force to overwrite";
    }
    CHECK(refused.error().message.english() == expected);
    // Nothing is written when a file is refused: not even the missing one.
    CHECK(created.paths.empty());
    CHECK(read(config) == "# mine\n");
    CHECK_FALSE(fs::exists(partner));

    REQUIRE(app::init({directory, true}, created.sink()).has_value());
    CHECK(created.paths.size() == scaffold().size());
    CHECK(read(config) != "# mine\n");
    CHECK(fs::exists(partner));
  }

  TEST_CASE("a symbolic link among the files is refused, even with --force") {
    const TempTree tree;
    const std::string directory = tree.path("registry");
    tree.write("elsewhere/target.yaml", "# theirs\n");
    fs::create_directories(directory);
    fs::create_symlink(tree.root / "elsewhere/target.yaml", fs::path(directory) / ".gcsj.yaml");
    const auto refused = app::init({directory, true}, {});
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == app::Code::usage);
    const std::string real = fs::canonical(directory).string();
    CHECK(refused.error().message.english() ==
          directory + "/.gcsj.yaml: " + real + "/.gcsj.yaml is a symbolic link inside " + real +
              ", and gcsj never writes through a link there (write to a path outside it, or "
              "remove the link)");
    CHECK(read(tree.root / "elsewhere/target.yaml") == "# theirs\n");
    CHECK_FALSE(fs::exists(fs::path(directory) / "coordinating-group.yaml"));
  }

  TEST_CASE("a linked folder inside the directory is refused, even with --force") {
    const TempTree tree;
    const std::string directory = tree.path("registry");
    tree.write("elsewhere/.keep", "");
    fs::create_directories(directory);
    fs::create_directory_symlink(tree.root / "elsewhere", fs::path(directory) / "partners");
    const auto refused = app::init({directory, true}, {});
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == app::Code::usage);
    CHECK(refused.error().message.english().find("is a symbolic link inside") != std::string::npos);
    CHECK_FALSE(fs::exists(tree.root / "elsewhere/example-institute.yaml"));
    CHECK_FALSE(fs::exists(fs::path(directory) / ".gcsj.yaml"));
  }

  TEST_CASE("a directory named through a link is refused, even with --force") {
    const TempTree tree;
    tree.write("real/.keep", "");
    fs::create_directory_symlink(tree.root / "real", tree.root / "link");
    for (const std::string& directory :
         {tree.path("link"), tree.path("link/sub"), tree.path("link/..") + "/real"}) {
      INFO(directory);
      const auto refused = app::init({directory, true}, {});
      REQUIRE_FALSE(refused.has_value());
      CHECK(refused.error().code == app::Code::usage);
      CHECK(refused.error().message.english() ==
            directory + ": " + tree.path("link") +
                " is a symbolic link, and gcsj init never creates a registry through one, even "
                "with --force (name the directory without links)");
    }
    CHECK(fs::is_empty(tree.root / "real") == false);
    CHECK_FALSE(fs::exists(tree.root / "real/.gcsj.yaml"));
    CHECK_FALSE(fs::exists(tree.root / "real/sub"));
  }

  TEST_CASE("a directory that cannot be created is an output error") {
    const TempTree tree;
    tree.write("file", "");
    const auto failed = app::init({tree.path("file/registry"), false}, {});
    REQUIRE_FALSE(failed.has_value());
    CHECK(failed.error().code == app::Code::output);
  }
}
