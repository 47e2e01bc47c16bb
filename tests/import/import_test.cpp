#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "import/import.hpp"
#include "support/temp_tree.hpp"

using namespace gcsj;
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

import::ImportOptions options_for(const testing::TempTree& tree){import::ImportOptions options;
options.partners = tree.path("partners.csv");
options.into = tree.path("registry");
options.validate.as_of = *model::Date::parse("2026-01-01");
options.validate.find_config = false;
return options;
}  // namespace

const findings::Finding* find(const import::ImportResult& result, std::string_view rule) {
  const auto found = std::find_if(result.findings.begin(), result.findings.end(),
                                  [&](const auto& f) { return f.rule == rule; });
  return found == result.findings.end() ? nullptr : &*found;
}

const std::string kHeader =
    "id,name,category,status,admitted,country,adherence.declared,adherence.advocate,"
    "adherence.uphold,adherence.contribute,adherence.levels\n";

}  // namespace

TEST_SUITE("import::import") {
  TEST_CASE("a malformed date is a finding at its cell of the CSV, and the row is written") {
    testing::TempTree tree;
    fs::create_directory(tree.root / "registry");
    tree.write("partners.csv", kHeader +
                                   "brazil,Government of Brazil,government,admitted,2024-13-10,BR,"
                                   "2023-12-05,true,true,true,national\n");
    const auto result = import::run_import(options_for(tree));
    REQUIRE(result);
    const findings::Finding* date = find(*result, "invalid-date");
    REQUIRE(date);
    CHECK(result->registry.file(date->where.file).path == tree.path("partners.csv"));
    CHECK(date->where.line == 2);
    CHECK(date->where.column == 49);
    CHECK(result->partners == 1);
    CHECK(fs::exists(tree.root / "registry/partners/brazil.yaml"));
    CHECK(result->summary.files == 1);
  }

  TEST_CASE("a dry run writes nothing and reports the same findings") {
    testing::TempTree tree;
    fs::create_directory(tree.root / "registry");
    tree.write("partners.csv", kHeader +
                                   "brazil,Government of Brazil,government,admitted,"
                                   "2024-13-10,BR,,true,true,true,national\n");
    auto options = options_for(tree);
    options.dry_run = true;
    const auto dry = import::run_import(options);
    REQUIRE(dry);
    CHECK_FALSE(fs::exists(tree.root / "registry/partners"));
    options.dry_run = false;
    const auto wet = import::run_import(options);
    REQUIRE(wet);
    REQUIRE(dry->findings.size() == wet->findings.size());
    for (std::size_t i = 0; i < dry->findings.size(); ++i) {
      CHECK(dry->findings[i].rule == wet->findings[i].rule);
      CHECK(dry->findings[i].where == wet->findings[i].where);
    }
  }

  TEST_CASE("hostile ids are findings, and nothing is written outside the directory") {
    testing::TempTree tree;
    fs::create_directory(tree.root / "registry");
    tree.write("partners.csv", "id,name\n../evil,Evil\n/etc/passwd,Root\nAcme,Acme\n,No id\n");
    const auto result = import::run_import(options_for(tree));
    REQUIRE(result);
    CHECK(std::count_if(result->findings.begin(), result->findings.end(),
                        [](const auto& f) { return f.rule == "import-unsafe-id"; }) == 4);
    CHECK(result->not_written == 4);
    CHECK(result->partners == 0);
    CHECK_FALSE(fs::exists(tree.root / "evil.yaml"));
    CHECK_FALSE(fs::exists(tree.root / "registry/evil.yaml"));
  }

  TEST_CASE("an id already in the registry is not written, and the finding lists what differs") {
    testing::TempTree tree;
    tree.write("registry/partners/acme.yaml",
               "kind: partner\nid: acme\nname: Acme\ncategory: ngo\nstatus: applied\n"
               "applied: 2025-01-01\n");
    tree.write("partners.csv",
               "id,name,category,status,applied\n"
               "acme,Acme Union,ngo,applied,2025-01-01\nacme,Again,ngo,,\n");
    const std::string before = read(tree.root / "registry/partners/acme.yaml");
    const auto result = import::run_import(options_for(tree));
    REQUIRE(result);
    const findings::Finding* exists = find(*result, "import-id-exists");
    REQUIRE(exists);
    CHECK((*exists).rule == "import-id-exists");
    CHECK(exists->where.line == 2);
    CHECK(exists->message.english().find("differ: name") != std::string::npos);
    const findings::Finding* duplicate = find(*result, "import-duplicate-row");
    REQUIRE(duplicate);
    CHECK((*duplicate).rule == "import-duplicate-row");
    CHECK(duplicate->where.line == 3);
    CHECK(read(tree.root / "registry/partners/acme.yaml") == before);
    CHECK(result->partners == 0);
  }

  TEST_CASE("an action of a partner in neither file nor registry is a finding at its cell") {
    testing::TempTree tree;
    fs::create_directory(tree.root / "registry");
    tree.write("partners.csv", "id,name\nacme,Acme\n");
    tree.write("actions.csv", "partner,title\nacme,Training\nacmee,Lost\n");
    auto options = options_for(tree);
    options.actions = tree.path("actions.csv");
    const auto result = import::run_import(options);
    REQUIRE(result);
    const findings::Finding* unknown = find(*result, "import-unknown-partner");
    REQUIRE(unknown);
    CHECK((*unknown).rule == "import-unknown-partner");
    CHECK(result->registry.file(unknown->where.file).path == tree.path("actions.csv"));
    CHECK(unknown->where.line == 3);
    CHECK(result->actions == 1);
    CHECK(read(tree.root / "registry/partners/acme.yaml").find("  - title: Training\n") !=
          std::string::npos);
  }

  TEST_CASE("a partners file without its id column: one finding, not one per action") {
    testing::TempTree tree;
    fs::create_directory(tree.root / "registry");
    tree.write("partners.csv", "identifiant,name\nacme,Acme\n");
    tree.write("actions.csv", "partner,title\nacme,Training\nacme,Other\n");
    auto options = options_for(tree);
    options.actions = tree.path("actions.csv");
    const auto result = import::run_import(options);
    REQUIRE(result);
    REQUIRE(result->findings.size() == 2);  // the unknown column, the missing `id` column
    CHECK(result->findings[0].rule == "csv-column");
    CHECK(result->findings[1].rule == "csv-column");
    CHECK(result->partners == 0);
  }

  TEST_CASE("a CSV file that cannot be read whole writes nothing") {
    testing::TempTree tree;
    fs::create_directory(tree.root / "registry");
    tree.write("partners.csv", "id,name\nacme,Acme\nbeta,\"Beta\n");
    const auto result = import::run_import(options_for(tree));
    REQUIRE(result);
    CHECK(result->unreadable);
    CHECK(find(*result, "csv-syntax"));
    CHECK_FALSE(fs::exists(tree.root / "registry/partners"));
  }

  TEST_CASE("a directory that is not one, or a CSV that cannot be read, is an Error") {
    testing::TempTree tree;
    tree.write("partners.csv", "id\n");
    CHECK_FALSE(import::run_import(options_for(tree)));  // no registry directory
    fs::create_directory(tree.root / "registry");
    auto options = options_for(tree);
    options.partners = tree.path("missing.csv");
    CHECK_FALSE(import::run_import(options));
  }
}
