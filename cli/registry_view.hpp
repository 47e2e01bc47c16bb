#pragma once
// Loading a registry for the commands that show it (group, list, report, publish) rather than
// judge it: an Error ends the command (exit 2); errors in the registry are only a warning on
// standard error.

#include <string>

#include <fmt/format.h>

#include "check/validate.hpp"
#include "commands.hpp"
#include "input_options.hpp"

namespace gcsj::cli {

// The registry at `path` judged on `as_of`, with the configuration and input options given.
inline util::Expected<check::ValidateResult> load_for_view(const std::string& path,
                                                           model::Date as_of,
                                                           const InputArgs& input) {
  check::ValidateOptions options;
  options.as_of = as_of;
  options.input.paths = {path};
  apply_input_options(input, options);
  return check::validate(options);
}

// Registry errors do not stop a view, but the reader should know the view rests on them.
inline void warn_about_errors(const check::ValidateResult& result, const std::string& path) {
  if (result.summary.errors > 0)
    fmt::print(stderr,
               "gcsj: warning: the registry has {} error{}; `gcsj validate {}` lists them\n",
               result.summary.errors, result.summary.errors == 1 ? "" : "s", path);
}

}  // namespace gcsj::cli
