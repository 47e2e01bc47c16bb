#include <doctest/doctest.h>

#include "findings/severity.hpp"

using gcsj::findings::parse_severity;
using gcsj::findings::Severity;

TEST_SUITE("findings::severity") {
  TEST_CASE("reads the three words of the severities, and names them back") {
    for (const Severity s : {Severity::error, Severity::warning, Severity::note}) {
      const auto parsed = parse_severity(to_string(s));
      REQUIRE(parsed.has_value());
      CHECK(*parsed == s);
    }
  }

  TEST_CASE("an unknown word is an error, never silently `error`") {
    for (const char* word : {"", "Error", "fatal", "warn", "off"}) {
      const auto parsed = parse_severity(word);
      CHECK_FALSE(parsed.has_value());
    }
    CHECK(parse_severity("fatal").error().message ==
          "`fatal` is not a severity: expected error, warning or note");
  }
}
