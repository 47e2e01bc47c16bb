#pragma once
// Expands directories into the registry files below them (spec section 1).

#include <string>
#include <vector>

#include "i18n/message.hpp"

namespace gcsj::load {

struct WalkOptions {
  std::vector<std::string> exclude;  // globs, relative to the directory walked (util/glob.hpp)
  bool follow_symlinks = false;      // follow links whose target lies inside the directory
};

// Why a file found is not read: it cannot be (an unreadable-file error), or it is a symbolic link
// not followed (a symlink-skipped note). Kept small, since a walk may find 100,000 files, and
// written as a message only when it is reported.
struct Refusal {
  enum class Kind : unsigned char {
    none,
    link_not_followed,  // a note, as a submodule is
    submodule,          // a git submodule in a revision (--base REF): never read
    link_outside,
    broken_link,
    pipe_socket_or_device,
    device_or_socket,  // named on the command line, where a pipe is read
    cannot_inspect,    // the system's reason in `detail`
    cannot_list,       // a directory; the system's reason in `detail`
    too_deep,
    cannot_read,  // a blob of a revision; the library's reason in `detail`
  };
  Kind kind = Kind::none;
  std::string detail;

  explicit operator bool() const { return kind != Kind::none; }
  bool skipped() const { return kind == Kind::link_not_followed || kind == Kind::submodule; }
  i18n::Message message() const;
};

struct FoundFile {
  std::string display;  // the directory as given, joined with the path below it
  std::string path;     // the path to open (a link's target, when links are followed)
  Refusal refusal;      // set: found, but not read
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
