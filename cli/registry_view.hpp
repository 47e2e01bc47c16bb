#pragma once
// Loading a registry for the commands that show it (group, list, report, publish) rather than
// judge it: an Error ends the command (exit 2); errors in the registry are only a warning on
// standard error.

#include <string>

#include <fmt/format.h>

#include "check/validate.hpp"
#include "commands.hpp"

namespace gcsj::cli {

// The registry at `path` judged on `as_of`.
inline util::Expected<check::ValidateResult> load_for_view(const std::string& path,
                                                           model::Date as_of) {
  check::ValidateOptions options;
  options.as_of = as_of;
  options.input.paths = {path};
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
