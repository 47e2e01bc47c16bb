#pragma once
// What to read, in which order: the files named on the command line and those found below the
// directories named, each once however often it is named, before anything is read.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "load/file_walker.hpp"
#include "util/expected.hpp"

namespace gcsj::load {

struct PlannedFile {
  // blob: read through the load's FileSource (a git revision), `path` naming it there.
  enum class Source { file, standard_input, pipe, blob };
  std::string display;   // as shown in findings: the path as given, joined with the path below it
  std::string path;      // the path to open
  Refusal refusal;       // set: not read (the reason), reported instead
  bool selected = true;  // false for files read only as context (--registry)
  Source source = Source::file;
  std::uint64_t size = 0;  // blobs: their size, known before they are read
};

struct FilePlan {
  std::vector<PlannedFile> files;
  bool complete = false;  // a directory (or --registry) was named: the whole registry is read
  int excluded = 0;       // registry files left out by `exclude`
};

struct PlanOptions {
  WalkOptions walk;          // exclusions, and whether symbolic links are followed
  bool allow_empty = false;  // a directory holding no registry file is no error
};

// The plan for `paths` ("-" is standard input) with `registry_dir` as context. A path that does
// not exist or cannot be read, a directory that holds no registry file (unless allowed), or a
// --registry that is not a directory, is an Error (exit 2). A symbolic link named on the command
// line is treated as one found in a directory: not followed unless asked, and then only to a
// target inside the working directory (or the --registry directory); a link to a pipe, as
// `<(command)` gives, is read.
util::Expected<FilePlan> plan_files(const std::vector<std::string>& paths,
                                    const std::optional<std::string>& registry_dir,
                                    const PlanOptions& options = {});

}  // namespace gcsj::load
