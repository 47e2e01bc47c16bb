#pragma once
// What to read, in which order: the files named on the command line and those found below the
// directories named, each once however often it is named, before anything is read.

#include <optional>
#include <string>
#include <vector>

#include "util/expected.hpp"

namespace gcsj::load {

struct PlannedFile {
  enum class Source { file, standard_input, pipe };
  std::string display;   // as shown in findings: the path as given, joined with the path below it
  std::string path;      // the path to open
  std::string problem;   // non-empty: found, but it cannot be read (the reason); reported instead
  bool selected = true;  // false for files read only as context (--registry)
  Source source = Source::file;
};

struct FilePlan {
  std::vector<PlannedFile> files;
  bool complete = false;  // a directory (or --registry) was named: the whole registry is read
};

// The plan for `paths` ("-" is standard input) with `registry_dir` as context. A path that does
// not exist or cannot be read, or a --registry that is not a directory, is an Error (exit 2).
util::Expected<FilePlan> plan_files(const std::vector<std::string>& paths,
                                    const std::optional<std::string>& registry_dir);

}  // namespace gcsj::load
