#pragma once
// Loading a registry for the commands that show it (group, list) rather than judge it: usage
// errors end the command; errors in the registry are only a warning on standard error.

#include <optional>
#include <string>

#include <fmt/format.h>

#include "check/validate.hpp"
#include "commands.hpp"

namespace gcsj::cli {

// The registry at `path` judged on `as_of_text` (empty: today); nullopt after reporting a usage
// error, with `exit_status` set.
inline std::optional<check::ValidateResult> load_for_view(const std::string& path,
                                                          const std::string& as_of_text,
                                                          model::Date& as_of, int& exit_status) {
  check::ValidateOptions options;
  if (!parse_as_of(as_of_text, options.as_of)) {
    exit_status = kExitUsage;
    return std::nullopt;
  }
  as_of = options.as_of;
  options.input.paths = {path};
  check::ValidateResult result = check::validate(options);
  if (!result.usage_errors.empty()) {
    for (const auto& error : result.usage_errors) fmt::print(stderr, "gcsj: error: {}\n", error);
    exit_status = kExitUsage;
    return std::nullopt;
  }
  return result;
}

// Registry errors do not stop a view, but the reader should know the view rests on them.
inline void warn_about_errors(const check::ValidateResult& result, const std::string& path) {
  if (result.summary.errors > 0)
    fmt::print(stderr,
               "gcsj: warning: the registry has {} error{}; `gcsj validate {}` lists them\n",
               result.summary.errors, result.summary.errors == 1 ? "" : "s", path);
}

}  // namespace gcsj::cli
