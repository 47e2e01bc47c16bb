#pragma once
// `validate --base REF`: a registry judged in two versions with one configuration, and its
// findings matched across them (findings/baseline.hpp): those the change introduces, those it
// resolves, wherever they are located. A finding that fails the run is unchanged only when the
// base has a finding of the same key that failed too: a waived finding, or one below the fail
// level, never stands for a failing one.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "check/base_version.hpp"
#include "check/validate.hpp"
#include "findings/baseline.hpp"

namespace gcsj::check {

struct Comparison {
  ValidateResult head;  // the registry as it is (PATH): its findings, summary, configuration
  ValidateResult base;  // the version of REF, its files shown under PATH's paths
  std::vector<findings::BaselineState> states;  // per finding of `head`, in its order
  std::vector<findings::Finding> resolved;      // findings of `base` that `head` no longer has
  int introduced = 0;
  int unchanged = 0;
  // The change's own configuration, when it differs from the one applied to both versions and was
  // therefore not applied (a change may not tune its own check).
  std::optional<std::string> own_config;
};

// The level at which findings fail the run, given the configuration's (if it sets one).
using FailLevel = std::function<findings::Severity(std::optional<findings::Severity> configured)>;

// Judges `head` (one registry directory) and `base` (its older version) on the same date with one
// configuration: `--config FILE` or `--no-config` when given, else the base version's (never the
// change's own). `head.input.keep_partners` applies to both. Findings fail at `fail_level`
// (without it, at the configuration's level, else at error). An Error ends the command (exit 2).
util::Expected<Comparison> validate_change(const ValidateOptions& head, const BaseVersion& base,
                                           const FailLevel& fail_level = {});

// Matches the findings of two versions: `states` and `resolved` of `comparison` from its results.
// A head finding failing at `fail_level` matches only a failing base finding of its key; one
// that does not fail matches any base finding of its key left, one that does not fail first.
void match_findings(Comparison& comparison, findings::Severity fail_level);

}  // namespace gcsj::check
