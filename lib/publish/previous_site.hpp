#pragma once
// The site a publish replaces, as a source of files that did not change. A page whose bytes are
// the same as the previous site's is hard-linked into the new site instead of written again: a
// re-publication creates (and, once the old site is removed, deletes) only the files that
// changed, and an unchanged page keeps its modification time, so a web server's Last-Modified and
// an rsync to a server see only what changed. Internal to lib/publish (site_writer.cpp).

#include <sys/types.h>

#include <map>
#include <mutex>
#include <string>
#include <string_view>

namespace gcsj::publish {

class PreviousSite {
 public:
  // `root`: the previous site, a directory gcsj published (its marker checked by the caller);
  // `mode`: the mode the new files are created with (after the umask). Nothing is reused when
  // `root` cannot be opened.
  PreviousSite(const std::string& root, mode_t mode);
  PreviousSite(const PreviousSite&) = delete;
  PreviousSite& operator=(const PreviousSite&) = delete;
  ~PreviousSite();

  // Links the previous site's file at `path` (relative, plain names) to `target` when it holds
  // exactly `content` and nothing else could tell it from a new file: a regular file reached
  // without following a symbolic link, owned by this user, with the mode a new file would have,
  // and no other name. True when `target` is now that file; false, with nothing left at
  // `target`, when it must be written. Safe to call from several threads.
  bool link_if_unchanged(std::string_view path, std::string_view content,
                         const std::string& target);

 private:
  // The previous site's directory `dir` ("" for its root), opened without following links; -1
  // when it is not there or not a plain directory.
  int directory(const std::string& dir);

  int root_ = -1;
  mode_t mode_;
  uid_t user_;
  std::mutex mutex_;
  std::map<std::string, int, std::less<>> directories_;  // under mutex_
};

}  // namespace gcsj::publish
