#pragma once
// The older version of a registry that a change is judged against (`--base REF`): a git revision
// of the repository holding the registry, read from git's object store, or a directory. Its files
// are shown under the paths of the newer version, so that findings of both name the same files.

#include <memory>
#include <optional>
#include <string>

#include "config/config.hpp"
#include "load/file_source.hpp"
#include "util/expected.hpp"

namespace gcsj::check {

struct BaseVersion {
  std::string ref;                          // as given
  std::optional<std::string> commit;        // the commit, when REF is a git revision
  bool from_git = false;                    // false: REF is a directory
  bool existed = true;                      // false: the registry's directory did not exist at REF
  std::unique_ptr<load::FileSource> files;  // its registry files, shown under the registry's path
  // Its configuration: the nearest .gcsj.yaml at REF (from the registry's directory up to the
  // repository's root), as ValidateOptions::config_given takes it.
  std::optional<config::NamedConfig> config;
};

// The version `ref` of the registry directory `path`. `ref` written as a path (`/...`, `./...`,
// `../...`) is a directory; any other `ref` is a revision of the repository holding `path`, and a
// directory only when `path` lies in no repository. So a pull request that adds a directory named
// `origin/main` can never stand in for the branch, even where the clone lacks it. An Error (exit
// 2) when `ref` is not what it must be, or when its configuration cannot be read.
util::Expected<BaseVersion> open_base(const std::string& ref, const std::string& path);

}  // namespace gcsj::check
