#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "support/temp_tree.hpp"
#include "util/regular_file.hpp"

// open_regular_file: a regular file opens with its size; a link, a directory, a pipe or a missing
// path is an Error, and nothing waits on a pipe.

using gcsj::testing::TempTree;
namespace fs = std::filesystem;

TEST_SUITE("util::regular_file") {
  TEST_CASE("a regular file opens, with its size at opening; the descriptor is owned") {
    TempTree tree;
    tree.write("a.yaml", "kind: partner\n");
    auto opened = gcsj::util::open_regular_file(tree.path("a.yaml"));
    REQUIRE_MESSAGE(opened.has_value(), opened.error().message);
    CHECK(opened->size() == 14);
    CHECK(opened->fd() >= 0);
    char buffer[4] = {};
    CHECK(::read(opened->fd(), buffer, 4) == 4);
    CHECK(std::string(buffer, 4) == "kind");
    // Moved: the new owner holds it, the old one nothing.
    gcsj::util::OpenFile moved = std::move(*opened);
    CHECK(opened->fd() == -1);
    const int fd = moved.release();
    CHECK(fd >= 0);
    CHECK(moved.fd() == -1);
    ::close(fd);
  }

  TEST_CASE("a symbolic link, a directory, a FIFO or a missing path is refused") {
    TempTree tree;
    tree.write("target.yaml", "x: 1\n");
    fs::create_symlink(tree.path("target.yaml"), tree.path("link.yaml"));
    CHECK_FALSE(gcsj::util::open_regular_file(tree.path("link.yaml")).has_value());
    fs::create_directories(tree.path("dir.yaml"));
    CHECK_FALSE(gcsj::util::open_regular_file(tree.path("dir.yaml")).has_value());
    REQUIRE(::mkfifo(tree.path("pipe.yaml").c_str(), 0600) == 0);
    CHECK_FALSE(gcsj::util::open_regular_file(tree.path("pipe.yaml")).has_value());  // no wait
    const auto missing = gcsj::util::open_regular_file(tree.path("absent.yaml"));
    REQUIRE_FALSE(missing.has_value());
    CHECK_FALSE(missing.error().message.empty());
  }
}
