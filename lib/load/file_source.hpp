#pragma once
// Where the files of a registry come from when they are not read from the file system as named on
// the command line: a git revision (load/git_revision.hpp), or a directory shown under another
// name (the older version of a registry, shown under the paths of the newer). A source plans the
// files, as file_plan does for paths, and reads the blobs it planned.

#include <memory>
#include <string_view>

#include "load/file_plan.hpp"
#include "util/expected.hpp"

namespace gcsj::load {

// Text held in memory by whatever read it (a libgit2 object), released with `owner`.
struct HeldText {
  std::string_view text;
  std::shared_ptr<const void> owner;
};

class FileSource {
 public:
  virtual ~FileSource() = default;

  // The files to read, with the exclusions of `options` applied; an Error ends the command.
  virtual util::Expected<FilePlan> plan(const PlanOptions& options) const = 0;

  // The bytes of a planned file whose source is PlannedFile::Source::blob, called only when its
  // `size` is within the file limit, and from several threads at once.
  virtual util::Expected<HeldText> read(const PlannedFile& file) const = 0;
};

// The registry directory `directory` read as usual, its files shown as if they lay under
// `shown_as`: `old/partners/a.yaml` is shown as `registry/partners/a.yaml`, so that findings of two
// versions of a registry name the same paths.
std::unique_ptr<FileSource> directory_shown_as(std::string directory, std::string shown_as);

// `below` (a path below a directory walked) joined to `directory` as the walker shows it.
std::string join_display(std::string_view directory, std::string_view below);

}  // namespace gcsj::load
