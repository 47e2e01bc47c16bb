#pragma once
// Writing new registry files only, whole, inside one directory: `gcsj import` never replaces,
// truncates or deletes a file, never writes through a symbolic link, and a run interrupted
// half-way leaves whole files only (each is written under a unique temporary name in the same
// directory, synced, then linked into place, which fails rather than replace a file).

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "util/expected.hpp"

namespace gcsj::import {

class NewFiles {
 public:
  // The folder `below` (one name, such as `partners`) of `directory`, created if missing. An Error
  // when `directory` is not a directory, or `below` is a symbolic link or not a directory.
  // With `create` false (a dry run), nothing is created and a missing folder is no Error.
  static util::Expected<NewFiles> open(const std::string& directory, const std::string& below,
                                       bool create);
  NewFiles(NewFiles&& other) noexcept;
  NewFiles& operator=(NewFiles&&) = delete;
  NewFiles(const NewFiles&) = delete;
  NewFiles& operator=(const NewFiles&) = delete;
  ~NewFiles();

  // True when a file of this name exists in the folder, in any letter case (as a
  // case-insensitive file system would see it) or has been written by this object.
  bool taken(const std::string& name) const;

  // Writes `text` as the new file `name` (a plain name, no `/`). An Error when the name is taken
  // or the file cannot be written; no temporary file outlives the call.
  util::Expected<void> write(const std::string& name, const std::string& text);

  // Many files at a cost of one sync: `stage` writes each under its temporary name, `place` syncs
  // the file system once, then links each into place (an Error at the first that cannot be; the
  // temporary files are removed either way). A run interrupted before `place` leaves temporary
  // files (`.NAME.tmp-XXXXXXXX`, hidden) and no registry file; files staged and not placed are
  // removed when the object ends.
  util::Expected<void> stage(const std::string& name, const std::string& text);
  util::Expected<void> place();

 private:
  NewFiles(int directory, std::set<std::string> names, std::string shown)
      : fd_(directory), names_(std::move(names)), shown_(std::move(shown)) {}
  int fd_ = -1;                  // the folder, or -1 when it does not exist (a dry run)
  std::set<std::string> names_;  // the names in the folder, in lower case
  std::string shown_;            // the folder's path, for errors
  std::vector<std::pair<std::string, std::string>> staged_;  // (temporary name, name)
};

}  // namespace gcsj::import
