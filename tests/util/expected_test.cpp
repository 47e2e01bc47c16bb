#include <doctest/doctest.h>

#include <string>

#include "util/expected.hpp"

using gcsj::util::Error;
using gcsj::util::Expected;

TEST_SUITE("util::expected") {
  TEST_CASE("holds a value or the error that stands in its place") {
    const Expected<std::string> value = std::string("text");
    REQUIRE(value.has_value());
    CHECK(*value == "text");
    CHECK(value->size() == 4);
    const Expected<std::string> error = Error{"cannot open: Permission denied"};
    REQUIRE_FALSE(error);
    CHECK(error.error().message == "cannot open: Permission denied");
  }

  TEST_CASE("Expected<void> is success or an error") {
    const Expected<void> ok;
    CHECK(ok.has_value());
    const Expected<void> failed = Error{"out: cannot write (No space left on device)"};
    REQUIRE_FALSE(failed);
    CHECK(failed.error().message.find("No space") != std::string::npos);
  }
}
