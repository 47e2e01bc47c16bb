#include <doctest/doctest.h>

#include <stdexcept>
#include <string>

#include "support/json_reader.hpp"

// The tests' JSON reader reads what JSON is and refuses what it is not, so that a renderer's
// broken JSON fails its test instead of being read somehow.

using gcsj::testing::Json;
using gcsj::testing::parse_json;

TEST_SUITE("support::json_reader") {
  TEST_CASE("values, nested, in the order written") {
    const Json json = parse_json(
        " {\"a\": [1, -2.5, 3e2, true, false, null], \"b\": {\"c\": \"d\"}, \"e\": []}\n");
    CHECK(json.keys() == std::vector<std::string>{"a", "b", "e"});
    CHECK(json["a"].size() == 6);
    CHECK(json["a"][0].integer() == 1);
    CHECK(json["a"][1].number == -2.5);
    CHECK(json["a"][2].integer() == 300);
    CHECK(json["a"][3].boolean);
    CHECK_FALSE(json["a"][4].boolean);
    CHECK(json["a"][4].kind == Json::Kind::boolean);
    CHECK(json["a"][5].is_null());
    CHECK(json["b"]["c"].str() == "d");
    CHECK(json["e"].size() == 0);
    CHECK(json.has("b"));
    CHECK_FALSE(json.has("z"));
    CHECK_THROWS_AS(json["z"], std::runtime_error);
    CHECK_THROWS_AS(json["a"][6], std::runtime_error);
    CHECK_THROWS_AS(json["a"][1].integer(), std::runtime_error);
    CHECK_THROWS_AS(json["a"][0].str(), std::runtime_error);
  }

  TEST_CASE("string escapes, \\u escapes and surrogate pairs to UTF-8") {
    CHECK(parse_json("\"a\\\"b\\\\c\\/d\\n\\t\"").str() == "a\"b\\c/d\n\t");
    CHECK(parse_json("\"\\u00e9\\u001b\"").str() == "\xc3\xa9\x1b");
    CHECK(parse_json("\"\\ud83d\\ude00\"").str() == "\xf0\x9f\x98\x80");
  }

  TEST_CASE("what is not JSON is refused") {
    for (const char* bad :
         {"", "{", "[1,]", "{\"a\" 1}", "{\"a\": 1, \"a\": 2}", "01", "1.", "+1", "'a'", "tru",
          "\"a", "\"\n\"", "\"\\x\"", "\"\\ud83d\"", "\"\\ude00\"", "[1] 2", "{a: 1}", "NaN"}) {
      CAPTURE(bad);
      CHECK_THROWS_AS(parse_json(bad), std::runtime_error);
    }
  }
}
