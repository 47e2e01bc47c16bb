#pragma once
// `gcsj validate [PATH ...]`: partners and the Coordinating Group checked against GB.349/INS/4,
// and `validate --base REF [PATH]`: both versions judged, the change's findings reported.

#include <optional>
#include <string>
#include <vector>

#include "app/error.hpp"
#include "app/options.hpp"
#include "findings/severity.hpp"
#include "render/validate/formats.hpp"

namespace gcsj::app {

struct ValidateRequest {
  std::vector<std::string> paths;  // empty: the current directory; `-`: standard input
  // The text of `-`, spooled by the front end to a file that lives as long as the call (the CLI
  // copies its standard input, up to load::kMaxFileBytes; an editor server its unsaved buffer);
  // none: `-` reads as empty. lib/app never reads the process's standard input itself.
  std::optional<std::string> stdin_file;
  std::string as_of;     // empty: today, UTC
  std::string format;    // a row of render::output_formats(); empty: validate_format
  std::string registry;  // --registry: loaded as context, findings about `paths` only
  std::string base;      // --base REF: compare with the older version REF
  InputOptions input;
  std::string fail_level;  // error, warning or note; empty: the configuration's, else error
  bool strict = false;     // fail on warnings too
  render::TextOptions text;
  unsigned jobs = 0;
  std::string lang;
};

// The format `requested` names, else github under GitHub Actions (GITHUB_ACTIONS=true), else
// text; nullptr for a name the table does not hold.
const render::OutputFormat* validate_format(const std::string& requested);

// The fail level: --fail-level, else the configuration's, else error; --strict lowers it to
// warning, and the strictest of them wins.
Expected<findings::Severity> fail_level_of(const ValidateRequest& request,
                                           std::optional<findings::Severity> configured);

// The report in the format asked for; failing when a finding fails at the fail level (with
// --base: a finding the change introduces). With `base` set, runs validate_base.
Expected<Printed> validate(const ValidateRequest& request);
Expected<Printed> validate_base(const ValidateRequest& request);

}  // namespace gcsj::app
