#include "findings/finding.hpp"

#include "findings/rule.hpp"

namespace gcsj::findings {

Finding& add_finding(std::vector<Finding>& out, const Rule& rule, model::Location where,
                     i18n::Message message, i18n::Message hint) {
  Finding& f = out.emplace_back();
  f.severity = rule.severity;
  f.rule = rule.id;
  f.paragraph = rule.paragraph;
  f.where = where;
  f.message = std::move(message);
  f.hint = std::move(hint);
  return f;
}

std::string_view to_string(Fix::Kind kind) {
  switch (kind) {
    case Fix::Kind::replace:
      return "replace";
    case Fix::Kind::insert_key:
      return "insert_key";
  }
  return "replace";
}

void settle_seat_subject(Finding& finding) {
  if (!finding.seat || finding.subject.several) return;
  finding.subject = Subject{};
  finding.subject.in_group = true;
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
