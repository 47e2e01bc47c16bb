#pragma once
// How much a finding matters, and the words that name it in outputs, in the configuration and on
// the command line.

#include <string_view>

#include "util/expected.hpp"

namespace gcsj::findings {

enum class Severity { note = 0, warning = 1, error = 2 };

std::string_view to_string(Severity);

// "error", "warning" or "note"; any other word is an Error naming the words allowed.
util::Expected<Severity> parse_severity(std::string_view word);

}  // namespace gcsj::findings
