#pragma once
// What the tests of lib/app share: the example registries, a request judged on one fixed date,
// and the check that a request failed with a usage Error of a given English message.

#include <doctest/doctest.h>

#include <string>

#include "app/error.hpp"

namespace gcsj::testing {

inline const std::string kExampleRegistry = std::string(GCSJ_SOURCE_DIR) + "/examples/registry";
inline const std::string kBrokenRegistry = std::string(GCSJ_SOURCE_DIR) + "/tests/fixtures/broken";

// A request for `path`, judged on 2026-11-29 without a configuration, in English when the request
// has a language: each test sets what its command adds.
template <class Request>
Request example_request(const std::string& path) {
  Request request;
  request.path = path;
  request.as_of = "2026-11-29";
  request.input.no_config = true;
  if constexpr (requires { request.lang; }) request.lang = "en";
  return request;
}

// `printed` is a usage Error whose English message is `message`.
inline void check_usage(const app::Expected<app::Printed>& printed, const std::string& message) {
  REQUIRE_FALSE(printed.has_value());
  CHECK(printed.error().code == app::Code::usage);
  CHECK(printed.error().message.english() == message);
}

}  // namespace gcsj::testing
