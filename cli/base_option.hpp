#pragma once
// `--base REF`, shared by `validate --base` and `changes --base`: the older version opened, and
// the options both versions are read with, so that the two commands read a change alike.

#include <string>

#include "check/base_version.hpp"
#include "check/validate.hpp"
#include "input_options.hpp"
#include "model/date.hpp"
#include "util/expected.hpp"

namespace gcsj::cli {

struct OpenedBase {
  check::BaseVersion base;
  check::ValidateOptions options;  // for the registry at `path` (and, by compare, for REF)
};

// Opens REF for a comparison with the registry directory `path` on `as_of`. An Error (exit 2)
// when REF is neither a revision nor a directory, or when a git revision meets
// --follow-symlinks: links in a revision are never followed, so the versions would differ.
inline util::Expected<OpenedBase> open_base_option(const std::string& ref, const std::string& path,
                                                   model::Date as_of, const InputArgs& input,
                                                   unsigned jobs) {
  auto base = check::open_base(ref, path);
  if (!base) return base.error();
  if (base->from_git && input.follow_symlinks)
    return util::Error{
        "--follow-symlinks cannot be combined with a git revision as --base: links in a revision "
        "are never followed, so the two versions would not be read alike"};
  OpenedBase opened{std::move(*base), {}};
  opened.options.as_of = as_of;
  opened.options.input.paths = {path};
  apply_input_options(input, opened.options);
  opened.options.input.jobs = jobs;
  return opened;
}

}  // namespace gcsj::cli
