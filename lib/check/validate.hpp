#pragma once
// `validate` as a library call: load -> model -> rules -> findings, filtered and sorted.

#include <optional>
#include <string>
#include <vector>

#include "config/config.hpp"
#include "findings/finding.hpp"
#include "load/registry_loader.hpp"
#include "model/date.hpp"
#include "model/registry.hpp"
#include "util/expected.hpp"

namespace gcsj::check {

struct ValidateOptions {
  load::LoadRequest input;
  model::Date as_of;
  // --config FILE; without it, the nearest .gcsj.yaml above the registry (unless !find_config).
  std::optional<std::string> config_file;
  bool find_config = true;
  // A configuration already read (an older version's, from git), applied in place of any other
  // and named as it says; its lines are shown from its text.
  std::optional<config::NamedConfig> config_given;
};

struct ValidateResult {
  model::Registry registry;
  std::vector<findings::Finding> findings;  // sorted by file path, line, column, rule
  findings::Summary summary;
  std::optional<std::string> config_file;  // the configuration applied, if any
  std::optional<findings::Severity> config_fail_level;
};

// An Error is a problem with the command line (a path that does not exist, a configuration that
// cannot be read): nothing was checked, exit status 2.
util::Expected<ValidateResult> validate(const ValidateOptions& options);

// The steps of validate(), for a front end that loads file by file (check/workspace.hpp).
//
// The configuration to apply, read first and once: its `exclude` (added to `request`) decides
// what is loaded.
struct ConfigText {
  std::optional<std::string> path;  // none: no configuration
  std::string text;
};
util::Expected<ConfigText> read_configuration(const ValidateOptions& options,
                                              load::LoadRequest& request);
// The document rules, judging each batch of documents as the loader reads it; it refers to
// `options`, which must outlive it.
load::DocumentCheck document_check(const ValidateOptions& options);
// The registry rules, the configuration and the order of the report, over a registry loaded
// with document_check (whose findings are in `found`).
util::Expected<ValidateResult> judge(const ValidateOptions& options, ConfigText config,
                                     model::Registry registry, findings::FindingList found,
                                     int excluded);

// Sorts findings into report order: file path, line, column, rule.
void sort_findings(std::vector<findings::Finding>& findings, const model::Registry& registry);

}  // namespace gcsj::check
