#include <doctest/doctest.h>

#include <fcntl.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "support/temp_tree.hpp"
#include "util/temporary_file.hpp"

// TemporaryFile::copy_of: what a descriptor reads, copied to a file that lives as long as its
// owner, up to one byte past the limit.

using gcsj::testing::TempTree;
namespace fs = std::filesystem;

namespace {

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

}  // namespace

TEST_SUITE("util::temporary_file") {
  TEST_CASE("a copy of what the descriptor reads, removed with its owner") {
    TempTree tree;
    tree.write("input.yaml", "kind: partner\nid: a\n");
    const int fd = ::open(tree.path("input.yaml").c_str(), O_RDONLY);
    REQUIRE(fd >= 0);
    std::string path;
    {
      auto copy = gcsj::util::TemporaryFile::copy_of(fd, 1000);
      REQUIRE_MESSAGE(copy.has_value(), copy.error().message);
      path = copy->path();
      CHECK(read_all(path) == "kind: partner\nid: a\n");
      CHECK(path != tree.path("input.yaml"));
      // Moved: one owner, one removal.
      gcsj::util::TemporaryFile moved = std::move(*copy);
      CHECK(moved.path() == path);
      CHECK(copy->path().empty());
      CHECK(fs::exists(path));
    }
    CHECK_FALSE(fs::exists(path));
    ::close(fd);
  }

  TEST_CASE("a copy stops soon past the limit: longer than it, so the caller can tell") {
    TempTree tree;
    const std::size_t input = std::size_t{300} << 10;
    tree.write("large.yaml", std::string(input, 'x'));
    const int fd = ::open(tree.path("large.yaml").c_str(), O_RDONLY);
    REQUIRE(fd >= 0);
    const auto copy = gcsj::util::TemporaryFile::copy_of(fd, 10);
    REQUIRE(copy.has_value());
    // Past the limit, and not the whole input: reading stops after the block that passed it.
    CHECK(fs::file_size(copy->path()) > 10);
    CHECK(fs::file_size(copy->path()) < input);
    // Within the limit, all of it.
    const int again = ::open(tree.path("large.yaml").c_str(), O_RDONLY);
    REQUIRE(again >= 0);
    const auto whole = gcsj::util::TemporaryFile::copy_of(again, input);
    REQUIRE(whole.has_value());
    CHECK(fs::file_size(whole->path()) == input);
    ::close(again);
    ::close(fd);
  }

  TEST_CASE("an empty input is an empty file") {
    TempTree tree;
    tree.write("empty.yaml", "");
    const int fd = ::open(tree.path("empty.yaml").c_str(), O_RDONLY);
    REQUIRE(fd >= 0);
    const auto copy = gcsj::util::TemporaryFile::copy_of(fd, 10);
    REQUIRE(copy.has_value());
    CHECK(fs::file_size(copy->path()) == 0);
    ::close(fd);
  }
}
