#pragma once
// What the tests of lib/app share: the example registries, and the check that a request failed
// with a usage Error of a given English message.

#include <doctest/doctest.h>

#include <string>

#include "app/error.hpp"

namespace gcsj::testing {

inline const std::string kExampleRegistry = std::string(GCSJ_SOURCE_DIR) + "/examples/registry";
inline const std::string kBrokenRegistry = std::string(GCSJ_SOURCE_DIR) + "/tests/fixtures/broken";

// `printed` is a usage Error whose English message is `message`.
inline void check_usage(const app::Expected<app::Printed>& printed, const std::string& message) {
  REQUIRE_FALSE(printed.has_value());
  CHECK(printed.error().code == app::Code::usage);
  CHECK(printed.error().message.english() == message);
}

}  // namespace gcsj::testing
