#pragma once
// Expands directories into the registry files below them (spec section 1).

#include <string>
#include <vector>

namespace gcsj::load {

struct WalkOptions {
  std::vector<std::string> exclude;  // globs, relative to the directory walked (util/glob.hpp)
  bool follow_symlinks = false;      // follow links whose target lies inside the directory
};

struct FoundFile {
  std::string display;  // the directory as given, joined with the path below it
  std::string path;     // the path to open (a link's target, when links are followed)
  std::string problem;  // non-empty: found, but it cannot be read (the reason): an error
  std::string skipped;  // non-empty: a symbolic link not followed (the reason): a note
};

struct Walk {
  std::vector<FoundFile> files;  // in path order
  int excluded = 0;              // registry files left out by `exclude`
};

// Every *.yaml / *.yml file below `directory`, in path order. Hidden files and directories are
// skipped. Symbolic links are not followed (each is reported) unless `follow_symlinks`, and even
// then never to a target outside `directory` or inside one of its hidden directories: a link in
// a pull request must not make gcsj read, and print, a file it was not asked to check.
Walk find_registry_files(const std::string& directory, const WalkOptions& options = {});

}  // namespace gcsj::load
