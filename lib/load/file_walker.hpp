#pragma once
// Expands directories into the registry files below them (spec section 1).

#include <string>
#include <vector>

namespace gcsj::load {

struct FoundFile {
  std::string display;  // the directory as given, joined with the path below it
  std::string path;     // the path to open
  std::string problem;  // non-empty: found, but it cannot be read (the reason)
};

// Every *.yaml / *.yml file below `directory`, in path order. Hidden files and directories are
// skipped, and so are symbolic links to directories (a link loop cannot trap the walk).
std::vector<FoundFile> find_registry_files(const std::string& directory);

}  // namespace gcsj::load
