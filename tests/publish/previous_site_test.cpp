#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "publish/previous_site.hpp"
#include "support/temp_tree.hpp"

// PreviousSite::link_if_unchanged: a file of the old site is reused (hard-linked) only when
// nothing could tell it from a new one: the same bytes, a regular file not reached through a
// link, this user's, the new files' mode, and no other name.

using gcsj::testing::TempTree;
namespace fs = std::filesystem;

namespace {

constexpr mode_t kMode = 0644;

ino_t inode(const std::string& path) {
  struct stat st {};
  REQUIRE(::lstat(path.c_str(), &st) == 0);
  return st.st_ino;
}

// An old site with `pages/a.html` holding "<p>A</p>\n", in the mode new files get.
struct Sites {
  TempTree tree;
  Sites() {
    tree.write("old/pages/a.html", "<p>A</p>\n");
    fs::permissions(tree.path("old/pages/a.html"), static_cast<fs::perms>(kMode));
    fs::create_directories(tree.path("new/pages"));
  }
};

}  // namespace

TEST_SUITE("publish::previous_site") {
  TEST_CASE("the same bytes: the new file is the old one, hard-linked") {
    Sites sites;
    gcsj::publish::PreviousSite previous(sites.tree.path("old"), kMode);
    const std::string target = sites.tree.path("new/pages/a.html");
    CHECK(previous.link_if_unchanged("pages/a.html", "<p>A</p>\n", target));
    CHECK(inode(target) == inode(sites.tree.path("old/pages/a.html")));
  }

  TEST_CASE("other bytes, or no such file: nothing is linked, nothing left at the target") {
    Sites sites;
    gcsj::publish::PreviousSite previous(sites.tree.path("old"), kMode);
    const std::string target = sites.tree.path("new/pages/a.html");
    CHECK_FALSE(previous.link_if_unchanged("pages/a.html", "<p>B</p>\n", target));
    CHECK_FALSE(fs::exists(target));
    CHECK_FALSE(previous.link_if_unchanged("pages/a.html", "<p>A</p>\n<p>more</p>\n", target));
    CHECK_FALSE(previous.link_if_unchanged("pages/none.html", "<p>A</p>\n",
                                           sites.tree.path("new/pages/none.html")));
    CHECK_FALSE(previous.link_if_unchanged("other/a.html", "<p>A</p>\n", target));
    CHECK_FALSE(fs::exists(target));
  }

  TEST_CASE("a file with another mode, another name, or reached through a link is written anew") {
    Sites sites;
    const std::string old_file = sites.tree.path("old/pages/a.html");
    const std::string target = sites.tree.path("new/pages/a.html");
    {
      fs::permissions(old_file, static_cast<fs::perms>(0600));
      gcsj::publish::PreviousSite previous(sites.tree.path("old"), kMode);
      CHECK_FALSE(previous.link_if_unchanged("pages/a.html", "<p>A</p>\n", target));
      fs::permissions(old_file, static_cast<fs::perms>(kMode));
    }
    {
      fs::create_hard_link(old_file, sites.tree.path("elsewhere.html"));  // a second name
      gcsj::publish::PreviousSite previous(sites.tree.path("old"), kMode);
      CHECK_FALSE(previous.link_if_unchanged("pages/a.html", "<p>A</p>\n", target));
      fs::remove(sites.tree.path("elsewhere.html"));
    }
    {
      sites.tree.write("real/b.html", "<p>B</p>\n");
      fs::permissions(sites.tree.path("real/b.html"), static_cast<fs::perms>(kMode));
      fs::create_symlink(sites.tree.path("real/b.html"), sites.tree.path("old/pages/b.html"));
      fs::create_directory_symlink(sites.tree.path("real"), sites.tree.path("old/linked"));
      gcsj::publish::PreviousSite previous(sites.tree.path("old"), kMode);
      CHECK_FALSE(previous.link_if_unchanged("pages/b.html", "<p>B</p>\n",
                                             sites.tree.path("new/pages/b.html")));
      CHECK_FALSE(previous.link_if_unchanged("linked/b.html", "<p>B</p>\n",
                                             sites.tree.path("new/pages/c.html")));
      // The unchanged, plain file is still reused.
      CHECK(previous.link_if_unchanged("pages/a.html", "<p>A</p>\n", target));
    }
    CHECK_FALSE(fs::exists(sites.tree.path("new/pages/b.html")));
  }

  TEST_CASE("an old site that cannot be opened: nothing is reused") {
    TempTree tree;
    fs::create_directories(tree.path("new"));
    gcsj::publish::PreviousSite previous(tree.path("absent"), kMode);
    CHECK_FALSE(previous.link_if_unchanged("a.html", "x", tree.path("new/a.html")));
    CHECK_FALSE(fs::exists(tree.path("new/a.html")));
  }
}
