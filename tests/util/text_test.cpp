#include <doctest/doctest.h>

#include <string>

#include "util/text.hpp"

using gcsj::util::upper_case_latin;

TEST_SUITE("util::text") {
  TEST_CASE("a column heading's date reads in capitals, accents included") {
    CHECK(upper_case_latin("ADMIS AU 7 décembre 2026") == "ADMIS AU 7 DÉCEMBRE 2026");
    CHECK(upper_case_latin("1er août 2026") == "1ER AOÛT 2026");
    CHECK(upper_case_latin("7 de diciembre de 2026") == "7 DE DICIEMBRE DE 2026");
    CHECK(upper_case_latin("año ñ ÷ 2026-12-07") == "AÑO Ñ ÷ 2026-12-07");
  }
}
