#include <doctest/doctest.h>

#include <array>
#include <string>

#include "render/list/csv.hpp"

// The lists' CSV cell: RFC 4180 quoting, and no cell a spreadsheet would run as a formula.

using gcsj::render::csv_cell;
using gcsj::render::csv_record;

TEST_SUITE("render::csv") {
  TEST_CASE("a plain cell is written as it is") {
    CHECK(csv_cell("Fair Harvest Alliance") == "Fair Harvest Alliance");
    CHECK(csv_cell("") == "");
  }

  TEST_CASE("a comma, a quote or a line break quotes the cell, quotes doubled") {
    CHECK(csv_cell("a, b") == "\"a, b\"");
    CHECK(csv_cell("say \"hi\"") == "\"say \"\"hi\"\"\"");
  }

  TEST_CASE("a cell starting with = + - @ gets an apostrophe before it is quoted") {
    CHECK(csv_cell("=1+1") == "'=1+1");
    CHECK(csv_cell("+254 20") == "'+254 20");
    CHECK(csv_cell("-x") == "'-x");
    CHECK(csv_cell("@SUM(A1)") == "'@SUM(A1)");
    CHECK(csv_cell("=HYPERLINK(\"x\"), Inc") == "\"'=HYPERLINK(\"\"x\"\"), Inc\"");
    CHECK(csv_cell("a=b") == "a=b");
  }

  TEST_CASE("a record: cells joined by commas, ended by CRLF") {
    const std::array<std::string, 3> row{"id", "a,b", "=c"};
    CHECK(csv_record(row) == "id,\"a,b\",'=c\r\n");
  }
}
