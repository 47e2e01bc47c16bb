#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "refdata/csv.hpp"

using gcsj::refdata::CsvRow;
using gcsj::refdata::parse_csv;

TEST_SUITE("refdata::csv") {
  TEST_CASE("rows and fields, the header included") {
    CHECK(parse_csv("code,name\nKE,Kenya\nFR,France\n") ==
          std::vector<CsvRow>{{"code", "name"}, {"KE", "Kenya"}, {"FR", "France"}});
    CHECK(parse_csv("a,b") == std::vector<CsvRow>{{"a", "b"}});  // no final newline
    CHECK(parse_csv("").empty());
  }

  TEST_CASE("quoted fields hold commas, doubled quotes and newlines") {
    CHECK(parse_csv("\"Korea, Republic of\",KR\n") ==
          std::vector<CsvRow>{{"Korea, Republic of", "KR"}});
    CHECK(parse_csv("\"say \"\"hi\"\"\",x\n") == std::vector<CsvRow>{{"say \"hi\"", "x"}});
    CHECK(parse_csv("\"two\nlines\",y\n") == std::vector<CsvRow>{{"two\nlines", "y"}});
  }

  TEST_CASE("empty fields are kept; blank lines are skipped; CRLF is one line end") {
    CHECK(parse_csv("a,,c\n") == std::vector<CsvRow>{{"a", "", "c"}});
    CHECK(parse_csv("a,\n") == std::vector<CsvRow>{{"a", ""}});
    CHECK(parse_csv("\"\"\n") == std::vector<CsvRow>{{""}});
    CHECK(parse_csv("a\n\n\nb\n") == std::vector<CsvRow>{{"a"}, {"b"}});
    CHECK(parse_csv("a,b\r\nc,d\r\n") == std::vector<CsvRow>{{"a", "b"}, {"c", "d"}});
    CHECK(parse_csv("a\rb") == std::vector<CsvRow>{{"a"}, {"b"}});
  }
}
