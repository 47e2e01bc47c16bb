#include "findings/finding.hpp"

#include <tuple>

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

bool report_order(const Finding& a, const Finding& b) {
  return std::tie(a.where, a.rule, a.message) < std::tie(b.where, b.rule, b.message);
}

Summary count(std::vector<Finding> const& findings, int files, int partners) {
  Summary summary{files, partners, 0, 0, 0};
  for (const auto& f : findings) {
    if (f.waived) {
      ++summary.waived;
      continue;
    }
    switch (f.severity) {
      case Severity::error:
        ++summary.errors;
        break;
      case Severity::warning:
        ++summary.warnings;
        break;
      case Severity::note:
        ++summary.notes;
        break;
    }
  }
  return summary;
}

}  // namespace gcsj::findings
