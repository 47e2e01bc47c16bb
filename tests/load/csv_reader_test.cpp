#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "load/csv_reader.hpp"
#include "support/temp_tree.hpp"

using gcsj::findings::Finding;
using gcsj::load::CsvFile;
using gcsj::load::read_csv;

namespace {

CsvFile read(const std::string& text, std::vector<Finding>& out) {
  return read_csv(0, text, out);
}

}  // namespace

TEST_SUITE("load::csv_reader") {
  TEST_CASE("reads a byte order mark, CRLF line ends and a last line without a line end") {
    std::vector<Finding> out;
    const CsvFile csv = read("\xEF\xBB\xBFid,name\r\nacme,Acm\xC3\xA9\r\nbeta,Beta", out);
    CHECK(out.empty());
    REQUIRE(csv.records.size() == 3);
    CHECK(csv.records[0].cells[0].text == "id");  // no BOM in the first cell
    CHECK(csv.records[0].cells[0].where.column == 1);
    CHECK(csv.records[1].cells[1].text == "Acm\xC3\xA9");  // no CR in the last cell
    CHECK(csv.records[2].cells[1].text == "Beta");
    CHECK(csv.records[2].line == 3);
  }

  TEST_CASE("reads quoted cells with commas, line breaks and doubled quotes, at their places") {
    std::vector<Finding> out;
    const CsvFile csv = read(
        "id,name,note\nacme,\"Acme, \"\"the\"\" union\",\"two\r\nlines\"\n"
        "beta,B\xC3\xA9ta,x\n",
        out);
    CHECK(out.empty());
    REQUIRE(csv.records.size() == 3);
    const auto& acme = csv.records[1];
    CHECK(acme.cells[1].text == "Acme, \"the\" union");
    CHECK(acme.cells[1].quoted);
    CHECK(acme.cells[1].where.column == 6);
    CHECK(acme.cells[2].text == "two\nlines");  // a CRLF inside a cell is read as LF
    CHECK(acme.cells[2].where.line == 2);
    CHECK(acme.cells[2].where.column == 28);
    const auto& beta = csv.records[2];
    CHECK(beta.line == 4);  // the record after a cell of two lines starts two lines down
    CHECK(beta.cells[2].where.column == 11);  // code points: "beta,Béta," is 10 long
  }

  TEST_CASE("keeps empty trailing cells and skips blank lines") {
    std::vector<Finding> out;
    const CsvFile csv = read("id,name,,\n\nacme,,,\r\n\r\n", out);
    CHECK(out.empty());
    REQUIRE(csv.records.size() == 2);
    CHECK(csv.records[0].cells.size() == 4);
    CHECK(csv.records[1].cells.size() == 4);
    CHECK(csv.records[1].line == 3);
    CHECK(csv.records[1].cells[3].where.column == 8);
  }

  TEST_CASE("reports a quote left open at the cell it opens") {
    std::vector<Finding> out;
    const CsvFile csv = read("id,name\nacme,ok\nbeta,\"Beta\nunion\n", out);
    CHECK_FALSE(csv.complete);
    REQUIRE(out.size() == 1);
    CHECK(out[0].rule == "csv-syntax");
    CHECK(out[0].where.line == 3);
    CHECK(out[0].where.column == 6);
    CHECK(csv.records.size() == 2);  // the rows before it
  }

  TEST_CASE("reports text after a closing quote where it stands") {
    std::vector<Finding> out;
    const CsvFile csv = read("id,name\nacme,\"Acme\" union\n", out);
    CHECK_FALSE(csv.complete);
    REQUIRE(out.size() == 1);
    CHECK(out[0].rule == "csv-syntax");
    CHECK(out[0].where.line == 2);
    CHECK(out[0].where.column == 12);
  }

  TEST_CASE("reports a NUL byte and malformed UTF-8 at their places") {
    for (const std::string& bad : {std::string("id\nac\0me\n", 9), std::string("id\nac\xFFme\n")}) {
      std::vector<Finding> out;
      const CsvFile csv = read(bad, out);
      CHECK_FALSE(csv.complete);
      REQUIRE(out.size() == 1);
      CHECK(out[0].rule == "csv-syntax");
      CHECK(out[0].where.line == 2);
      CHECK(out[0].where.column == 3);
    }
  }

  TEST_CASE("reads a file from its path, and an unreadable path is an Error") {
    gcsj::testing::TempTree tree;
    tree.write("p.csv", "id\nacme\n");
    std::vector<Finding> out;
    const auto csv = gcsj::load::read_csv_file(2, tree.path("p.csv"), out);
    REQUIRE(csv);
    CHECK(csv->records.size() == 2);
    CHECK(csv->records[1].cells[0].where.file == 2);
    CHECK_FALSE(gcsj::load::read_csv_file(2, tree.path("missing.csv"), out));
  }
}
