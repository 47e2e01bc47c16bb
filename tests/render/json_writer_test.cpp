#include <doctest/doctest.h>

#include "render/json_writer.hpp"

using gcsj::render::json_quote;
using gcsj::render::JsonWriter;

TEST_SUITE("render::json_writer") {
  TEST_CASE("escapes quotes, backslashes and control characters") {
    CHECK(json_quote("a\"b\\c\n\x01") == "\"a\\\"b\\\\c\\n\\u0001\"");
    CHECK(json_quote("<script>é") == "\"<script>é\"");
  }

  TEST_CASE("writes nested objects and arrays, empty ones compactly") {
    JsonWriter json;
    json.begin_object().key("a").value(1).key("b").begin_array().value("x").null().end_array();
    json.key("c").begin_array().end_array().key("d").string_or_null("").end_object();
    CHECK(
        json.str() ==
        "{\n  \"a\": 1,\n  \"b\": [\n    \"x\",\n    null\n  ],\n  \"c\": [],\n  \"d\": null\n}\n");
  }
}
