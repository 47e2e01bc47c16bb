#pragma once
// `--base REF`, shared by `validate --base` and `changes --base`: the older version opened, and
// the options both versions are read with, so that the two commands read a change alike.

#include <optional>
#include <string>
#include <vector>

#include "app/error.hpp"
#include "app/options.hpp"
#include "check/base_version.hpp"
#include "check/validate.hpp"
#include "model/date.hpp"

namespace gcsj::app {

struct OpenedBase {
  check::BaseVersion base;
  check::ValidateOptions options;  // for the registry at `path` (and, by compare, for REF)
};

// A usage Error unless `path` is a registry directory, which --base compares two versions of.
Expected<void> require_directory(const std::string& path);

// Opens REF for a comparison with the registry directory `path` on `as_of`. An Error when REF is
// neither a revision nor a directory, or when a git revision meets --follow-symlinks: links in a
// revision are never followed, so the versions would differ.
Expected<OpenedBase> open_base_option(const std::string& ref, const std::string& path,
                                      model::Date as_of, const InputOptions& input, unsigned jobs);

// REF when it is a directory (read like the registry), none when it is a git revision.
std::optional<std::string> base_directory(const check::BaseVersion& base);

// The paths a command reads, whose links an output file never goes through: `paths`, and `also`
// when given (validate's --registry; --base's REF when it is a directory: base_directory).
std::vector<std::string> read_paths(std::vector<std::string> paths,
                                    const std::optional<std::string>& also);
// A comparison's: the registry directory `path`, and REF when it is a directory.
inline std::vector<std::string> read_paths(const std::string& path,
                                           const check::BaseVersion& base) {
  return read_paths({path}, base_directory(base));
}

}  // namespace gcsj::app
