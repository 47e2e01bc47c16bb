#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "import/new_files.hpp"
#include "support/temp_tree.hpp"

using gcsj::import::NewFiles;
namespace fs = std::filesystem;

namespace {

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

int entries(const std::string& directory) {
  return static_cast<int>(
      std::distance(fs::directory_iterator(directory), fs::directory_iterator()));
}

}  // namespace

TEST_SUITE("import::new_files") {
  TEST_CASE("creates the folder and writes new files whole, leaving no temporary file") {
    gcsj::testing::TempTree tree;
    auto files = NewFiles::open(tree.path(), "partners", true);
    REQUIRE(files);
    REQUIRE(files->write("acme.yaml", "kind: partner\nid: acme\n"));
    CHECK(read(tree.path("partners/acme.yaml")) == "kind: partner\nid: acme\n");
    CHECK(entries(tree.path("partners")) == 1);
    CHECK(files->taken("acme.yaml"));
  }

  TEST_CASE("never replaces a file, whatever the letter case of its name") {
    gcsj::testing::TempTree tree;
    tree.write("partners/Acme.yaml", "mine\n");
    auto files = NewFiles::open(tree.path(), "partners", true);
    REQUIRE(files);
    CHECK(files->taken("acme.yaml"));
    CHECK_FALSE(files->write("acme.yaml", "theirs\n"));
    CHECK_FALSE(files->write("Acme.yaml", "theirs\n"));
    CHECK(read(tree.path("partners/Acme.yaml")) == "mine\n");
    CHECK(entries(tree.path("partners")) == 1);
  }

  TEST_CASE("a file created by another since the folder was listed is not replaced either") {
    gcsj::testing::TempTree tree;
    auto files = NewFiles::open(tree.path(), "partners", true);
    REQUIRE(files);
    tree.write("partners/acme.yaml", "mine\n");
    CHECK_FALSE(files->write("acme.yaml", "theirs\n"));
    CHECK(read(tree.path("partners/acme.yaml")) == "mine\n");
    CHECK(entries(tree.path("partners")) == 1);
  }

  TEST_CASE("refuses a folder that is a symbolic link, and names that are not plain") {
    gcsj::testing::TempTree tree;
    gcsj::testing::TempTree outside;
    fs::create_directory_symlink(outside.root, tree.root / "partners");
    CHECK_FALSE(NewFiles::open(tree.path(), "partners", true));
    CHECK_FALSE(NewFiles::open(tree.path(), "partners", false));
    CHECK(entries(outside.path()) == 0);

    gcsj::testing::TempTree plain;
    auto files = NewFiles::open(plain.path(), "partners", true);
    REQUIRE(files);
    CHECK_FALSE(files->write("../evil.yaml", "x\n"));
    CHECK_FALSE(files->write("..", "x\n"));
    CHECK(entries(plain.path()) == 1);  // partners/ only
  }

  TEST_CASE("a dry run creates nothing") {
    gcsj::testing::TempTree tree;
    auto files = NewFiles::open(tree.path(), "partners", false);
    REQUIRE(files);
    CHECK_FALSE(fs::exists(tree.root / "partners"));
    CHECK_FALSE(NewFiles::open(tree.path("missing"), "partners", false));
  }

  TEST_CASE("files staged are placed together after one sync, or removed when not placed") {
    gcsj::testing::TempTree tree;
    {
      auto files = NewFiles::open(tree.path(), "partners", true);
      REQUIRE(files);
      REQUIRE(files->stage("a.yaml", "a\n"));
      REQUIRE(files->stage("b.yaml", "b\n"));
      CHECK_FALSE(files->stage("a.yaml", "again\n"));          // taken by the staged one
      CHECK_FALSE(fs::exists(tree.root / "partners/a.yaml"));  // not placed yet
      REQUIRE(files->place());
    }
    CHECK(read(tree.path("partners/a.yaml")) == "a\n");
    CHECK(read(tree.path("partners/b.yaml")) == "b\n");
    CHECK(entries(tree.path("partners")) == 2);
    {
      auto files = NewFiles::open(tree.path(), "partners", true);
      REQUIRE(files);
      REQUIRE(files->stage("c.yaml", "c\n"));
    }  // never placed: removed
    CHECK(entries(tree.path("partners")) == 2);
  }
}
