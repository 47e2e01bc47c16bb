#include <doctest/doctest.h>

#include <string>

#include "load/document_parser.hpp"
#include "util/yaml_scalar.hpp"

using gcsj::util::yaml::Context;
using gcsj::util::yaml::scalar;
using gcsj::util::yaml::ScalarKind;

TEST_SUITE("util::yaml_scalar") {
  TEST_CASE("writes plain what reads back as the same string") {
    CHECK(scalar("Acme Workers' Union", ScalarKind::text) == "Acme Workers' Union");
    CHECK(scalar("Fundaci\xC3\xB3n Sol", ScalarKind::text) == "Fundaci\xC3\xB3n Sol");
    CHECK(scalar("ngo", ScalarKind::word) == "ngo");
    CHECK(scalar("2024-01-10", ScalarKind::word) == "2024-01-10");
    CHECK(scalar("true", ScalarKind::word) == "true");
  }

  TEST_CASE("quotes text that plain YAML reads otherwise") {
    CHECK(scalar("true", ScalarKind::text) == "\"true\"");
    CHECK(scalar("no", ScalarKind::text) == "\"no\"");
    CHECK(scalar("12", ScalarKind::text) == "\"12\"");
    CHECK(scalar("null", ScalarKind::text) == "\"null\"");
    CHECK(scalar("- x", ScalarKind::text) == "\"- x\"");
    CHECK(scalar("a: b", ScalarKind::text) == "\"a: b\"");
    CHECK(scalar("a #b", ScalarKind::text) == "\"a #b\"");
    CHECK(scalar(" padded", ScalarKind::text) == "\" padded\"");
    CHECK(scalar("two\nlines \"q\" \\", ScalarKind::text) == "\"two\\nlines \\\"q\\\" \\\\\"");
    CHECK(scalar("a,b", ScalarKind::text, Context::flow) == "\"a,b\"");
    CHECK(scalar("a,b", ScalarKind::text, Context::block) == "a,b");
  }

  TEST_CASE("writes a malformed word plain when it can, so the loader judges it as written") {
    CHECK(scalar("10/01/2024", ScalarKind::word) == "10/01/2024");
    CHECK(scalar("yes", ScalarKind::word) == "yes");
    CHECK(scalar("2024-01-10: x", ScalarKind::word) == "\"2024-01-10: x\"");
  }

  TEST_CASE("a value that needs quoting reads back equal") {
    const std::string values[] = {
        "true",       "12",     "a: b",  "#x",          "'q'",         "tab\there",       "\x01",
        "two\nlines", "[list]", "{map}", "back\\slash", "\"q\"",       "caf\xC3\xA9: ok", "~",
        "- x",        "end:",   " lead", "trail ",      "\xE2\x80\xA8"};
    for (const std::string& value : values) {
      const std::string yaml = "name: " + scalar(value, ScalarKind::text) + "\n";
      gcsj::findings::FindingList out;
      std::string read;
      bool plain = true;
      gcsj::load::parse_documents(
          0, yaml,
          [&](const gcsj::load::Node& document, std::size_t) {
            REQUIRE(document.entries.size() == 1);
            read = document.entries[0].value.text;
            plain = document.entries[0].value.plain;
          },
          out);
      INFO(yaml);
      CHECK(read == value);
      CHECK(out.empty());
      if (plain) CHECK(gcsj::util::yaml::plain_safe(value, Context::block));
    }
  }
}
