#include "sheet/xlsx_writer.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include "support/temp_tree.hpp"

using gcsj::sheet::CellKind;
using gcsj::sheet::Table;
using gcsj::sheet::write_xlsx;
namespace fs = std::filesystem;

namespace {

// The export's as-of date, which dates the workbook.
const gcsj::model::Date kCreated{2026, 11, 29};

std::string read_all(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<std::string> names_in(const fs::path& directory) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(directory))
    names.push_back(entry.path().filename().string());
  return names;
}

// The workbook tests/formats/check_xlsx.py reads back with openpyxl: every kind of cell, a
// value not of its column's kind, a formula-like text, a private table.
std::vector<Table> fixed_tables() {
  Table partners{"partners",
                 {{"id"},
                  {"admitted", CellKind::date},
                  {"actions_count", CellKind::number, true},
                  {"international", CellKind::boolean},
                  {"name"},
                  {"progress"}},
                 {{"acme", "2024-03-01", "3", "true", "=1+1", "2024-05-01: first\n: second"},
                  {"beta", "2024-02-30", "007", "yes", "_x0041_ and \u00e9t\u00e9", ""},
                  {"gamma", "", "-12", "false", "@SUM(A1)", "x"}}};
  Table contacts{"contacts", {{"partner"}, {"email"}}, {{"acme", "a@example.org"}}, true};
  return {partners, contacts};
}

}  // namespace

TEST_SUITE("sheet::xlsx_writer") {
  TEST_CASE("the same tables on the same date give the same bytes, whatever the clock") {
    gcsj::testing::TempTree tree;
    REQUIRE(write_xlsx(fixed_tables(), tree.path("first.xlsx"), kCreated).has_value());
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));  // the clock's seconds move on
    REQUIRE(write_xlsx(fixed_tables(), tree.path("second.xlsx"), kCreated).has_value());
    CHECK(read_all(tree.path("first.xlsx")) == read_all(tree.path("second.xlsx")));
    REQUIRE(write_xlsx(fixed_tables(), tree.path("later.xlsx"), kCreated.plus_days(1)).has_value());
    CHECK(read_all(tree.path("first.xlsx")) != read_all(tree.path("later.xlsx")));
  }

  TEST_CASE("writes one workbook, a zip, and leaves no temporary file beside it") {
    gcsj::testing::TempTree tree;
    const std::string path = tree.path("registry.xlsx");
    const auto written = write_xlsx(fixed_tables(), path, kCreated);
    REQUIRE_MESSAGE(written.has_value(), (written ? "" : written.error().message));
    const std::string bytes = read_all(path);
    CHECK(bytes.substr(0, 2) == "PK");
    CHECK(names_in(tree.root) == std::vector<std::string>{"registry.xlsx"});
  }

  TEST_CASE("replaces a workbook already at the path") {
    gcsj::testing::TempTree tree;
    tree.write("registry.xlsx", "old");
    REQUIRE(write_xlsx(fixed_tables(), tree.path("registry.xlsx"), kCreated).has_value());
    CHECK(read_all(tree.path("registry.xlsx")).substr(0, 2) == "PK");
    CHECK(names_in(tree.root) == std::vector<std::string>{"registry.xlsx"});
  }

  TEST_CASE("is an Error naming the path when the directory does not exist") {
    gcsj::testing::TempTree tree;
    const std::string path = tree.path("missing/registry.xlsx");
    const auto written = write_xlsx(fixed_tables(), path, kCreated);
    REQUIRE_FALSE(written.has_value());
    CHECK(written.error().message.find(path) == 0);
    CHECK(names_in(tree.root).empty());
  }

  TEST_CASE("is an Error naming the table, row and column of a cell longer than 32,767") {
    gcsj::testing::TempTree tree;
    tree.write("registry.xlsx", "old");
    Table table{"actions", {{"partner"}, {"progress"}}, {{"acme", "short"}, {"beta", ""}}};
    table.rows[1][1] = std::string(32767, 'x');
    REQUIRE(write_xlsx({table}, tree.path("registry.xlsx"), kCreated).has_value());

    table.rows[1][1] += "x";
    const auto written = write_xlsx({table}, tree.path("registry.xlsx"), kCreated);
    REQUIRE_FALSE(written.has_value());
    CHECK(written.error().message ==
          tree.path("registry.xlsx") +
              ": table actions, row 3, column B (progress): 32768 characters, more than the "
              "32,767 a workbook cell holds");
    // Nothing written, nothing left behind: the workbook of the first call is still there.
    CHECK(read_all(tree.path("registry.xlsx")).substr(0, 2) == "PK");
    CHECK(names_in(tree.root) == std::vector<std::string>{"registry.xlsx"});
  }

  TEST_CASE("counts a character above U+FFFF as two, as Excel does") {
    gcsj::testing::TempTree tree;
    Table table{"partners", {{"name"}}, {{""}}};
    for (int i = 0; i < 16384; ++i) table.rows[0][0] += "\U0001F600";  // 32,768 UTF-16 units
    const auto written = write_xlsx({table}, tree.path("registry.xlsx"), kCreated);
    REQUIRE_FALSE(written.has_value());
    CHECK(written.error().message.find("32768 characters") != std::string::npos);
    CHECK(names_in(tree.root).empty());
  }

  TEST_CASE("is an Error at a cell that is not UTF-8") {
    gcsj::testing::TempTree tree;
    Table table{"partners", {{"id"}, {"name"}}, {{"acme", "caf\xe9"}}};
    const auto written = write_xlsx({table}, tree.path("registry.xlsx"), kCreated);
    REQUIRE_FALSE(written.has_value());
    CHECK(written.error().message ==
          tree.path("registry.xlsx") +
              ": table partners, row 2, column B (name): the cell is not UTF-8");
    CHECK(names_in(tree.root).empty());
  }

  TEST_CASE("leaves nothing in the temporary directory, written or failed") {
    gcsj::testing::TempTree tree;
    tree.write("tmp/.keep", "");
    const char* saved = std::getenv("TMPDIR");
    const std::string before = saved ? saved : "";
    ::setenv("TMPDIR", tree.path("tmp").c_str(), 1);
    const auto written = write_xlsx(fixed_tables(), tree.path("registry.xlsx"), kCreated);
    const auto failed = write_xlsx(fixed_tables(), tree.path("missing/registry.xlsx"), kCreated);
    if (saved)
      ::setenv("TMPDIR", before.c_str(), 1);
    else
      ::unsetenv("TMPDIR");
    CHECK(written.has_value());
    CHECK_FALSE(failed.has_value());
    CHECK(names_in(tree.root / "tmp") == std::vector<std::string>{".keep"});
  }

  TEST_CASE("writes the fixed workbook tests/formats/check_xlsx.py reads (GCSJ_XLSX_FIXTURE)") {
    // Run by the python check with the path it reads; without it, to a scratch directory.
    gcsj::testing::TempTree tree;
    const char* target = std::getenv("GCSJ_XLSX_FIXTURE");
    const std::string path = target && *target ? target : tree.path("fixed.xlsx");
    const auto written = write_xlsx(fixed_tables(), path, kCreated);
    REQUIRE_MESSAGE(written.has_value(), (written ? "" : written.error().message));
  }
}
