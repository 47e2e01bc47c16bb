#pragma once
// `validate --base REF`: a registry judged in two versions with one configuration, and its
// findings matched across them (findings/baseline.hpp): those the change introduces, those it
// resolves, wherever they are located.

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

// Judges `head` (one registry directory) and `base` (its older version) on the same date with one
// configuration: `--config FILE` or `--no-config` when given, else the base version's (never the
// change's own). `head.input.keep_partners` applies to both. An Error ends the command (exit 2).
util::Expected<Comparison> validate_change(const ValidateOptions& head, const BaseVersion& base);

// Matches the findings of two versions: `states` and `resolved` of `comparison` from its results.
void match_findings(Comparison& comparison);

}  // namespace gcsj::check
