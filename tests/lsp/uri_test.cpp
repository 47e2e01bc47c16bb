#include <doctest/doctest.h>

#include "lsp/uri.hpp"

using gcsj::lsp::path_of_uri;
using gcsj::lsp::uri_of_path;

TEST_CASE("lsp::path_of_uri: file URIs to paths, anything else refused") {
  CHECK(path_of_uri("file:///home/a/b%20c.yaml") == "/home/a/b c.yaml");
  CHECK(path_of_uri("file://localhost/r/p.yaml") == "/r/p.yaml");
  CHECK(path_of_uri("FILE:///r/%C3%A9t%C3%A9.yaml") == "/r/été.yaml");
  CHECK(path_of_uri("file:///r/a.yaml?x#y") == "/r/a.yaml");
  CHECK_FALSE(path_of_uri("untitled:Untitled-1"));
  CHECK_FALSE(path_of_uri("https://example.org/a.yaml"));
  CHECK_FALSE(path_of_uri("file://server/share/a.yaml"));
  CHECK_FALSE(path_of_uri("file:///r/a%00b.yaml"));
  CHECK_FALSE(path_of_uri("file:///r/a%zz"));
  CHECK_FALSE(path_of_uri("file:///r/a%2"));
}

TEST_CASE("lsp::uri_of_path: escapes what a URI may not hold, and reads back") {
  CHECK(uri_of_path("/home/a/b c.yaml") == "file:///home/a/b%20c.yaml");
  CHECK(uri_of_path("/r/été.yaml") == "file:///r/%C3%A9t%C3%A9.yaml");
  for (const char* path : {"/a/b#c?.yaml", "/x/100%.yaml", "/é/ü/ñ.yml"})
    CHECK(path_of_uri(uri_of_path(path)) == path);
}
