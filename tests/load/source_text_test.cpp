#include <doctest/doctest.h>

#include "load/source_text.hpp"

using gcsj::load::code_point_column;
using gcsj::load::prepare_text;

TEST_SUITE("load::source_text") {
  TEST_CASE("strips a UTF-8 byte order mark") {
    std::string text = "\xEF\xBB\xBFkind: partner\n";
    CHECK_FALSE(prepare_text(text));
    CHECK(text == "kind: partner\n");
  }

  TEST_CASE("refuses UTF-16 and UTF-32 with a hint") {
    std::string utf16("\xFF\xFEk\0i\0", 6);
    const auto problem = prepare_text(utf16);
    REQUIRE(problem);
    CHECK(problem->message.find("UTF-16") != std::string::npos);
    std::string utf32("\xFF\xFE\0\0k\0\0\0", 8);
    REQUIRE(prepare_text(utf32));
    CHECK(prepare_text(utf32)->message.find("UTF-32") != std::string::npos);
  }

  TEST_CASE("locates the first invalid UTF-8 byte") {
    std::string text = "a: 1\nname: caf\xC3\xA9 \xFF\n";
    const auto problem = prepare_text(text);
    REQUIRE(problem);
    CHECK(problem->line == 2);
    CHECK(problem->column == 12);  // code points: "name: café " is 11 long
    CHECK(problem->message.find("0xFF") != std::string::npos);
  }

  TEST_CASE("refuses overlong encodings, surrogates and truncated sequences") {
    for (std::string bad : {"\xC0\xAF", "\xED\xA0\x80", "\xE2\x82", "\xF5\x80\x80\x80"}) {
      std::string text = "x: " + bad;
      CHECK(prepare_text(text));
    }
  }

  TEST_CASE("refuses NUL bytes") {
    std::string text("a: 1\n\0", 6);
    const auto problem = prepare_text(text);
    REQUIRE(problem);
    CHECK(problem->line == 2);
    CHECK(problem->message.find("NUL") != std::string::npos);
  }

  TEST_CASE("accepts ordinary UTF-8 text") {
    std::string text = "name: Fundación Sol — 労働\n";
    CHECK_FALSE(prepare_text(text));
  }

  TEST_CASE("counts columns in code points, not bytes") {
    const std::string text = "é: [1]";
    CHECK(code_point_column(text, 4, 4) == 4);  // '[' is byte 4, the 4th code point
  }
}
