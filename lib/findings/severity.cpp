#include "findings/severity.hpp"

#include <string>

namespace gcsj::findings {

std::string_view to_string(Severity s) {
  switch (s) {
    case Severity::note:
      return "note";
    case Severity::warning:
      return "warning";
    case Severity::error:
      return "error";
  }
  return "error";
}

util::Expected<Severity> parse_severity(std::string_view word) {
  for (const Severity s : {Severity::error, Severity::warning, Severity::note})
    if (word == to_string(s)) return s;
  return util::Error{"`" + std::string(word) +
                     "` is not a severity: expected error, warning or note"};
}

}  // namespace gcsj::findings
