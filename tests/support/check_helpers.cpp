#include "support/check_helpers.hpp"

#include <doctest/doctest.h>

#include <cstdlib>

#include <fmt/format.h>

#include "check/catalogue.hpp"
#include "check/validate.hpp"
#include "config/subjects.hpp"
#include "load/registry_loader.hpp"
#include "refdata/reference_data.hpp"

namespace gcsj::testing {

std::vector<int> Checked::lines_of(std::string_view rule) const {
  std::vector<int> lines;
  for (const auto& f : findings)
    if (f.rule == rule) lines.push_back(f.where.line);
  return lines;
}

std::vector<findings::Finding> Checked::of(std::string_view rule) const {
  std::vector<findings::Finding> out;
  for (const auto& f : findings)
    if (f.rule == rule) out.push_back(f);
  return out;
}

std::vector<std::string> Checked::missing_keys(std::string_view rule) const {
  std::vector<std::string> keys;
  for (const auto& f : findings)
    if (f.rule == rule) keys.emplace_back(f.missing_key);
  return keys;
}

std::vector<std::string> Checked::fixes(std::string_view rule) const {
  std::vector<std::string> out;
  for (const auto& f : findings)
    if (f.rule == rule) out.push_back(fix_of(f));
  return out;
}

std::string fix_of(const findings::Finding& finding) {
  if (!finding.fix) return "";
  return fmt::format("{} {}:{} {}", to_string(finding.fix->kind), finding.fix->where.line,
                     finding.fix->where.column, finding.fix->text);
}

std::string Checked::rules() const {
  std::string out;
  for (const auto& f : findings)
    out += std::string(f.rule) + "@" + std::to_string(f.where.line) + " ";
  return out;
}

namespace {
// tests/rules/check_rules_fail.py runs the tests of tests/rules with GCSJ_TEST_WITHOUT_RULE set to
// one rule's id, as if that rule's check reported nothing, and expects a test to fail: each rule
// has a test that fails without it.
void drop_rule_under_mutation(std::vector<findings::Finding>& found) {
  const char* id = std::getenv("GCSJ_TEST_WITHOUT_RULE");
  if (id == nullptr || *id == '\0') return;
  REQUIRE_MESSAGE(check::find_rule(id) != nullptr,
                  "GCSJ_TEST_WITHOUT_RULE names no rule: " << std::string(id));
  std::erase_if(found, [id](const findings::Finding& f) { return f.rule == id; });
}
}  // namespace

Checked check_files(const std::vector<TestFile>& files, model::Date as_of, bool complete) {
  Checked checked;
  checked.registry.complete = complete;
  findings::FindingList found;
  for (const auto& file : files) {
    const auto id = static_cast<model::FileId>(checked.registry.files.size());
    model::SourceFile& source = checked.registry.files.emplace_back();
    source.path = file.name;
    source.text = file.text;
    load::load_text(id, file.text, checked.registry, found);
  }
  const rules::Context context{checked.registry, as_of, refdata::ReferenceData::bundled()};
  // Each finding's subject, as validate() finds it.
  const config::SubjectIndex subjects(checked.registry);
  found.set_subject_of([&](const model::Location& where) { return subjects.subject_of(where); });
  check::run_rules(context, found);
  checked.findings = found.take();
  drop_rule_under_mutation(checked.findings);
  config::assign_subjects(subjects, checked.findings);
  check::sort_findings(checked.findings, checked.registry);
  return checked;
}

std::string replace(std::string text, std::string_view from, std::string_view to) {
  const auto at = text.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, "fixture text not found: " << from);
  text.replace(at, from.size(), to);
  return text;
}

namespace {
constexpr std::string_view kCommon = R"(adherence:
  declared: 2024-01-15
  advocate: true
  uphold: true
  contribute: true
  levels: [national]
actions:
  - title: Extend social protection
    domains: [protection]
)";

std::string partner(std::string_view category, std::string_view keys) {
  return "kind: partner\nid: sample\nname: Sample\ncategory: " + std::string(category) +
         "\nstatus: admitted\nadmitted: 2024-02-01\n" + std::string(keys) + std::string(kCommon);
}
}  // namespace

// Line numbers: kind 1, id 2, name 3, category 4, status 5, admitted 6, category keys from 7.
const std::string kGovernment = partner("government", "country: KE\n");
const std::string kNgo = partner("ngo", "international: true\naccreditation:\n  ecosoc: special\n");
const std::string kEmployers =
    partner("employers-organization", "scope: national\ncountry: KE\nrepresentative: true\n");
const std::string kWorkers =
    partner("workers-organization", "scope: international\nsectoral: true\n");
const std::string kInternational = partner("international-organization", "type: un-system\n");
const std::string kRegional =
    partner("regional-organization", "type: development-bank\nscope: regional\n");
const std::string kEnterprise =
    partner("enterprise", "type: enterprise\nchannel: employers-group\n");
const std::string kAcademic = partner("academic", "ilo_partnership: Research agreement\n");

std::string render_as(std::string_view format, const Checked& checked) {
  const auto summary = findings::count(checked.findings, 1, 1);
  const render::Validation validation{
      checked.registry, checked.findings,          summary,
      kDefaultAsOf,     findings::Severity::error, check::catalogue()};
  const render::OutputFormat* found = render::find_format(format);
  REQUIRE(found != nullptr);
  return found->render(validation, {});
}

}  // namespace gcsj::testing
