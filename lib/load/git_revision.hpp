#pragma once
// An older version of a registry as a git revision holds it (`--base REF`), read straight from the
// repository's object store with libgit2: no checkout, no `git` program and no PATH lookup, no
// hooks, filters or attributes of the work tree, and a revision is never read as an option. The
// revision's tree is walked as file_walker walks a directory (hidden entries skipped, 64 levels,
// the same exclusions); symbolic links and submodules are never followed (`symlink-skipped`); a
// blob's size is read from its header first, so a blob over the file limit is never inflated, and
// blobs are read one at a time, by whichever loading thread needs one (git_odb is thread-safe).

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <variant>

#include "load/file_source.hpp"
#include "util/expected.hpp"

namespace gcsj::load {

class GitRevision {
 public:
  // What opening a revision for `path` can end in besides a revision.
  enum class Failure {
    no_repository,  // `path` lies in no git repository (or it cannot be opened)
    no_revision,    // the repository holds no commit of that name
    ambiguous,      // the name stands for several references (a tag and a branch): none is taken
  };
  struct OpenError {
    Failure failure;
    std::string message;  // a complete sentence, for `gcsj: error: --base REF: ...`
  };

  // The revision `revision` (a branch, tag, `HEAD~1`, commit id, `refs/remotes/origin/main`) of
  // the repository holding `path` (found from `path` upwards, as git does, ignoring GIT_DIR and
  // the like). A short name is looked up in git's order (X, refs/X, refs/tags/X, refs/heads/X,
  // refs/remotes/X, refs/remotes/X/HEAD), also before `~N`, `^N` or `@{...}`: when more than one
  // of these exists it is `ambiguous`, naming them all. `REF:PATH`, `:/TEXT` and `REF^{/TEXT}`
  // are refused.
  static std::variant<GitRevision, OpenError> open(const std::string& path,
                                                   const std::string& revision);

  GitRevision(GitRevision&&) noexcept;
  GitRevision& operator=(GitRevision&&) noexcept;
  ~GitRevision();

  const std::string& revision() const;  // as given
  const std::string& commit() const;    // the commit it names, 40 hexadecimal digits
  // `path` relative to the repository's root: "" for the root itself, else `a/b`.
  const std::string& relative() const;
  // False when `path` was no directory at the revision: the registry was not there yet.
  bool holds_registry() const;

  // The file at `repo_path` (relative to the repository's root) at the revision: nullopt when there
  // is none; an Error when it is a symbolic link, a directory or a submodule, larger than `limit`
  // bytes, or unreadable.
  util::Expected<std::optional<std::string>> read_file(const std::string& repo_path,
                                                       std::size_t limit) const;

  // The registry files of `relative()` at the revision, shown under `shown_as` (the path given on
  // the command line) as the working tree's files are. It shares the repository with this object.
  std::unique_ptr<FileSource> files(std::string shown_as) const;

  struct Impl;

 private:
  explicit GitRevision(std::shared_ptr<Impl> impl);
  std::shared_ptr<Impl> impl_;
};

}  // namespace gcsj::load
