#include <doctest/doctest.h>

#include <string>

#include "util/glob.hpp"

using gcsj::util::glob_match;

TEST_SUITE("util::glob") {
  TEST_CASE("a pattern without / matches a file name at any depth") {
    CHECK(glob_match("mkdocs.yml", "mkdocs.yml"));
    CHECK(glob_match("mkdocs.yml", "site/mkdocs.yml"));
    CHECK(glob_match("*.yml", "docs/a.yml"));
    CHECK_FALSE(glob_match("*.yml", "docs/a.yaml"));
    CHECK(glob_match("draft-?.yaml", "partners/draft-1.yaml"));
    CHECK_FALSE(glob_match("draft-?.yaml", "partners/draft-12.yaml"));
  }

  TEST_CASE("a pattern with / matches the path from the directory checked") {
    CHECK(glob_match("docs/*.yml", "docs/a.yml"));
    CHECK_FALSE(glob_match("docs/*.yml", "docs/x/a.yml"));
    CHECK_FALSE(glob_match("docs/*.yml", "other/docs/a.yml"));
    CHECK(glob_match("/docs/a.yml", "docs/a.yml"));
    CHECK(glob_match("./docs/a.yml", "docs/a.yml"));
  }

  TEST_CASE("** crosses directories, and **/ may stand for none") {
    CHECK(glob_match("docs/**", "docs/a/b/c.yml"));
    CHECK(glob_match("docs/**/c.yml", "docs/c.yml"));
    CHECK(glob_match("docs/**/c.yml", "docs/a/b/c.yml"));
    CHECK_FALSE(glob_match("docs/**/c.yml", "docs/a/b/d.yml"));
    CHECK(glob_match("**/drafts/*.yaml", "drafts/x.yaml"));
    CHECK(glob_match("**/drafts/*.yaml", "a/b/drafts/x.yaml"));
    CHECK_FALSE(glob_match("**/drafts/*.yaml", "a/b/drafts/x/y.yaml"));
  }

  TEST_CASE("a hostile pattern costs time in the product of the lengths, no more") {
    const std::string pattern(200, '*');
    const std::string path(2000, 'a');
    CHECK(glob_match(pattern + "b", path + "b"));
    CHECK_FALSE(glob_match(pattern + "b", path));
  }
}
