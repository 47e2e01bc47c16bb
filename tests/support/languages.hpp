#pragma once
// The Translator of a language gcsj speaks, for tests that write a message in it: the test fails
// when gcsj does not speak it.

#include <doctest/doctest.h>

#include <string_view>

#include "i18n/translator.hpp"

namespace gcsj::testing {

inline const i18n::Translator& language(std::string_view code) {
  const i18n::Translator* tr = i18n::Translator::of(code);
  REQUIRE(tr != nullptr);
  return *tr;
}

}  // namespace gcsj::testing
