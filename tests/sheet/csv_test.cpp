#include <doctest/doctest.h>

#include <string>

#include "sheet/csv.hpp"

// The export's CSV: RFC 4180 quoting, every character of a value kept (import reads it back), no
// cell a spreadsheet would run as a formula, and the PRIVATE row of a private table.

namespace gcsj::sheet {

TEST_SUITE("sheet::csv") {
  TEST_CASE("a cell keeps its line breaks and tabs inside the quotes") {
    CHECK(csv_cell("2024-11-15: launched\n2025-01-10: 40 countries") ==
          "\"2024-11-15: launched\n2025-01-10: 40 countries\"");
    CHECK(csv_cell("a\tb") == "a\tb");
    CHECK(csv_cell("Caf\xc3\xa9, Ltd") == "\"Caf\xc3\xa9, Ltd\"");
    CHECK(csv_cell("say \"hi\"") == "\"say \"\"hi\"\"\"");
  }

  TEST_CASE("control characters but tab, line feed and carriage return are dropped") {
    CHECK(csv_cell("a\x1b[31mb") == "a[31mb");
    CHECK(csv_cell("a\r\nb") == "\"a\r\nb\"");
    CHECK(csv_cell("a\x7f"
                   "b\xc2\x9b"
                   "c") == "abc");
    CHECK(csv_cell("\xc2\xa0") == "\xc2\xa0");  // a no-break space is text
  }

  TEST_CASE("a cell a spreadsheet would run gets a leading apostrophe") {
    CHECK(csv_cell("=1+1") == "'=1+1");
    CHECK(csv_cell("+254 20 000") == "'+254 20 000");
    CHECK(csv_cell("@SUM(A1)") == "'@SUM(A1)");
    CHECK(csv_cell("\tx") == "'\tx");
    CHECK(csv_cell("=HYPERLINK(\"x\"), Inc") == "\"'=HYPERLINK(\"\"x\"\"), Inc\"");
    CHECK(csv_cell("a=b") == "a=b");
    CHECK(csv_cell("'quoted'") == "'quoted'");
  }

  TEST_CASE("a value that starts with the guard itself keeps it after import removes one") {
    CHECK(csv_cell("'=x") == "''=x");
    CHECK(csv_cell("''=x") == "'''=x");
    CHECK(csv_cell("'") == "'");
    // Every value reads back as written: unguarded(guarded(v)) == v.
    for (const std::string value :
         {"=x", "'=x", "''=x", "'", "''", "'abc", "abc", "+41", "'+41", "", "-", "'-"})
      CHECK(std::string(unguarded(guarded(value))) == value);
    CHECK(unguarded("'abc") == "'abc");  // no guard: read as written
    CHECK(unguarded("=x") == "=x");
  }

  TEST_CASE("a table: header, rows, CRLF; a private one starts with the PRIVATE row") {
    Table table{"contacts", {{"partner"}, {"name"}}, {{"ituc", "A, B"}, {"kenya", ""}}, false};
    CHECK(write_csv(table) == "partner,name\r\nituc,\"A, B\"\r\nkenya,\r\n");
    table.holds_private = true;
    const std::string text = write_csv(table);
    CHECK(text.rfind("PRIVATE: focal points and decision reasons; never publish this file,\r\n"
                     "partner,name\r\n",
                     0) == 0);
  }

  TEST_CASE("a list cell keeps a semicolon or a backslash inside an item") {
    CHECK(list_cell({"Smith; Jones", "x"}) == "Smith\\; Jones; x");
    CHECK(list_cell({"a\\b", "c"}) == "a\\\\b; c");
    CHECK(list_cell({}).empty());
    CHECK(list_item("Smith\\; Jones") == "Smith; Jones");
    CHECK(list_item("a\\\\b") == "a\\b");
    CHECK(list_item("C:\\dir") == "C:\\dir");  // a backslash before another character stays
  }

  TEST_CASE("a progress report of several lines continues on lines of two spaces") {
    CHECK(progress_line("2024-01-01", "First\nSecond") == "2024-01-01: First\n  Second");
    CHECK(progress_line("", "Only") == ": Only");
    CHECK(progress_line("2024-01-01", "") == "2024-01-01:");
  }

  TEST_CASE("the guard the lists share") {
    CHECK(runs_as_formula("-1"));
    CHECK(runs_as_formula("\rx"));
    CHECK_FALSE(runs_as_formula(""));
    CHECK_FALSE(runs_as_formula("x=1"));
    CHECK(csv_field("plain") == "plain");
    CHECK(csv_field("a\nb") == "\"a\nb\"");
  }
}

}  // namespace gcsj::sheet
