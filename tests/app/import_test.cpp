#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "app/import.hpp"
#include "support/temp_tree.hpp"

using namespace gcsj;
namespace fs = std::filesystem;

TEST_SUITE("app::import") {
  TEST_CASE("prints the findings at the CSV's cells as validate does, and a summary apart") {
    testing::TempTree tree;
    fs::create_directory(tree.root / "registry");
    tree.write("partners.csv",
               "id,name,category,status,applied\nacme,Acme,ngo,applied,2025-02-30\n");
    app::ImportRequest request;
    request.partners = tree.path("partners.csv");
    request.into = tree.path("registry");
    request.as_of = "2026-01-01";
    request.format = "gcc";
    request.lang = "en";
    request.input.no_config = true;
    const auto imported = app::import(request);
    REQUIRE(imported);
    CHECK(imported->printed.outcome == app::Outcome::failing);
    CHECK(imported->printed.text.find(tree.path("partners.csv") + ":2:23: error:") !=
          std::string::npos);
    CHECK(imported->summary.find("written: 1 partner (0 actions)") != std::string::npos);
  }

  TEST_CASE("a directory that does not exist is an input Error; a bad date a usage Error") {
    app::ImportRequest request;
    request.partners = "examples/none.csv";
    request.into = "no/such/dir";
    const auto missing = app::import(request);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == app::Code::input);
    request.as_of = "yesterday";
    const auto bad = app::import(request);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == app::Code::usage);
  }
}
