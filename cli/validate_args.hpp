#pragma once
// The options of `gcsj validate`, shared by its run on one version (cmd_validate.cpp) and on two
// (`--base REF`, cmd_validate_base.cpp).

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "findings/severity.hpp"
#include "input_options.hpp"
#include "render/formats.hpp"
#include "util/expected.hpp"

namespace gcsj::cli {

struct ValidateArgs {
  std::vector<std::string> paths;
  std::string as_of;
  std::string format;  // empty: github under GitHub Actions, text otherwise
  std::string output;
  std::string registry;
  std::string base;  // --base REF
  InputArgs input;
  std::string color = "auto";
  std::string fail_level;
  bool strict = false;
  bool quiet = false;
  unsigned jobs = 0;
  std::string lang;
};

// --format, else github under GitHub Actions, else text. CLI11 has checked the name.
inline const render::OutputFormat& choose_format(const std::string& requested) {
  if (!requested.empty()) return *render::find_format(requested);
  const char* actions = std::getenv("GITHUB_ACTIONS");
  return *render::find_format(actions && std::string_view(actions) == "true" ? "github" : "text");
}

// The fail level: --fail-level, else the configuration's, else error; --strict lowers it to
// warning, and the strictest of them wins.
inline util::Expected<findings::Severity> fail_level_of(
    const ValidateArgs& args, std::optional<findings::Severity> configured) {
  findings::Severity level = configured.value_or(findings::Severity::error);
  if (!args.fail_level.empty()) {
    const auto named = findings::parse_severity(args.fail_level);
    if (!named) return util::Error{"--fail-level: " + named.error().message};
    level = *named;
  }
  if (args.strict) level = std::min(level, findings::Severity::warning);
  return level;
}

// `gcsj validate --base REF [PATH]`: both versions judged, the change's findings reported.
int run_validate_base(const ValidateArgs& args);

}  // namespace gcsj::cli
