#include <doctest/doctest.h>

#include <string>
#include <utility>

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
    CHECK(problem->message.english().find("UTF-16") != std::string::npos);
    std::string utf32("\xFF\xFE\0\0k\0\0\0", 8);
    REQUIRE(prepare_text(utf32));
    CHECK(prepare_text(utf32)->message.english().find("UTF-32") != std::string::npos);
  }

  TEST_CASE("locates the first invalid UTF-8 byte") {
    std::string text = "a: 1\nname: caf\xC3\xA9 \xFF\n";
    const auto problem = prepare_text(text);
    REQUIRE(problem);
    CHECK(problem->line == 2);
    CHECK(problem->column == 12);  // code points: "name: café " is 11 long
    CHECK(problem->message.english().find("0xFF") != std::string::npos);
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
    CHECK(problem->message.english().find("NUL") != std::string::npos);
  }

  TEST_CASE("accepts ordinary UTF-8 text") {
    std::string text = "name: Fundación Sol — 労働\n";
    CHECK_FALSE(prepare_text(text));
  }

  TEST_CASE("accepts tabs, CRLF line endings, NEL and a byte order mark inside the text") {
    std::string text = "a:\t1\r\nb: x\xC2\x85y\r\nc: \xEF\xBB\xBFz\n";
    CHECK_FALSE(prepare_text(text));
  }

  TEST_CASE("refuses raw control characters YAML does not allow, where they are") {
    // C0 controls, DEL, C1 controls other than NEL (U+009B starts a terminal sequence), and the
    // non-characters U+FFFE and U+FFFF: none is printable YAML (YAML 1.2, section 5.1).
    const std::pair<std::string, std::string> cases[] = {
        {"\x01", "U+0001"},     {"\x1B", "U+001B"},         {"\x7F", "U+007F"},
        {"\xC2\x9B", "U+009B"}, {"\xEF\xBF\xBE", "U+FFFE"}, {"\xEF\xBF\xBF", "U+FFFF"}};
    for (const auto& [bytes, name] : cases) {
      std::string text = "a: 1\nname: é" + bytes + "x\n";
      const auto problem = prepare_text(text);
      REQUIRE_MESSAGE(problem, name);
      CHECK(problem->line == 2);
      CHECK(problem->column == 8);
      CHECK(problem->message.english().find(name) != std::string::npos);
    }
  }

  TEST_CASE("refuses a line that ends with a lone carriage return, which yaml-cpp misreads") {
    for (std::string text : {std::string("a: 1\r\nb: 2\rc: 3\n"), std::string("a: 1\r\nb: 2\r")}) {
      const auto problem = prepare_text(text);
      REQUIRE(problem);
      CHECK(problem->line == 2);
      CHECK(problem->column == 5);
      CHECK(problem->message.english().find("carriage return") != std::string::npos);
    }
  }

  TEST_CASE("counts columns in code points, not bytes") {
    const std::string text = "é: [1]";
    CHECK(code_point_column(text, 4, 4) == 4);  // '[' is byte 4, the 4th code point
  }
}
