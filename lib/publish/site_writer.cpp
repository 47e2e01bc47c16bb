// Writing the site: into a fresh directory beside the target, then swapped in by one atomic rename
// (renameat2), under a lock, so a reader (or a web server) never sees a half-written site,
// concurrent runs take turns, a failure leaves the old site, and nothing is left beside it. The
// files of the old site that did not change are linked into the new one (publish/previous_site).

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <optional>
#include <set>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "publish/previous_site.hpp"
#include "publish/site.hpp"
#include "util/file_io.hpp"

namespace gcsj::publish {
namespace fs = std::filesystem;
namespace {

// Marks a directory as a site gcsj published, which a later publish may replace. Written first,
// so every directory gcsj creates carries it from its first file.
constexpr const char* kMarker = ".gcsj-site";
constexpr std::string_view kMarkerText =
    "This directory was written by `gcsj publish`, which may replace it.\n";

// Closes a file descriptor when it goes out of scope.
struct FileDescriptor {
  int fd = -1;
  FileDescriptor(int descriptor) : fd(descriptor) {}  // NOLINT: implicit
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  ~FileDescriptor() {
    if (fd >= 0) ::close(fd);
  }
};

// Removes a directory tree when it goes out of scope, unless its path was cleared.
struct RemoveTree {
  std::string path;
  explicit RemoveTree(std::string tree) : path(std::move(tree)) {}
  RemoveTree(const RemoveTree&) = delete;
  RemoveTree& operator=(const RemoveTree&) = delete;
  ~RemoveTree() {
    std::error_code ignored;
    if (!path.empty()) fs::remove_all(path, ignored);
  }
};

// The lock of one output directory, held from the first check to the last removal. The run that
// holds it removes the lock file before letting go, so no lock file outlives a run; a run that
// waited on a file removed meanwhile locks the new one.
class DirectoryLock {
 public:
  DirectoryLock() = default;
  DirectoryLock(const DirectoryLock&) = delete;
  DirectoryLock& operator=(const DirectoryLock&) = delete;
  ~DirectoryLock() {
    if (fd_ < 0) return;
    ::unlink(path_.c_str());  // while still held
    ::close(fd_);
  }

  util::Expected<void> take(const std::string& path) {
    path_ = path;
    for (;;) {
      fd_ = ::open(path.c_str(), O_RDONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0666);
      if (fd_ < 0) {
        const int error = errno;
        return util::errno_error(path + ": cannot lock", error);
      }
      int locked = ::flock(fd_, LOCK_EX);
      while (locked != 0 && errno == EINTR) locked = ::flock(fd_, LOCK_EX);
      struct stat held {};
      if (locked != 0 || ::fstat(fd_, &held) != 0) {
        const int error = errno;
        ::close(fd_);
        fd_ = -1;
        return util::errno_error(path + ": cannot lock", error);
      }
      struct stat named {};
      if (::lstat(path.c_str(), &named) == 0 && named.st_dev == held.st_dev &&
          named.st_ino == held.st_ino)
        return {};
      ::close(fd_);  // removed by the run before, which held it: lock the file there now
      fd_ = -1;
    }
  }

 private:
  std::string path_;
  int fd_ = -1;
};

// Whether `entry`, beside the site `name`, is a temporary directory of a publish of it: the
// prefix, then the six random characters of create_unique_directory (or a process id, as earlier
// versions named them). Nothing else is removed, not even `.NAME.new-notes`.
bool is_leftover(std::string_view entry, const std::string& name) {
  for (const char* kind : {".new-", ".old-"}) {
    const std::string prefix = "." + name + kind;
    if (entry.size() <= prefix.size() || entry.substr(0, prefix.size()) != prefix) continue;
    const std::string_view rest = entry.substr(prefix.size());
    const auto is_alnum = [](char c) {
      return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    };
    const auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
    if ((rest.size() == 6 && std::all_of(rest.begin(), rest.end(), is_alnum)) ||
        std::all_of(rest.begin(), rest.end(), is_digit))
      return true;
  }
  return false;
}

// Removes the temporary directories of earlier runs that were interrupted. Under the lock, none
// is in use: a run removes its own before letting go of the lock.
util::Expected<void> remove_leftovers(const fs::path& parent, const std::string& name) {
  std::vector<fs::path> leftovers;
  std::error_code error;
  for (fs::directory_iterator it(parent, error), end; !error && it != end; it.increment(error)) {
    std::error_code ignored;
    if (is_leftover(it->path().filename().string(), name) &&
        it->symlink_status(ignored).type() == fs::file_type::directory)
      leftovers.push_back(it->path());
  }
  if (error)
    return util::Error{fmt::format("{}: cannot read ({})", parent.string(), error.message())};
  for (const fs::path& leftover : leftovers) {
    fs::remove_all(leftover, error);
    if (error)
      return util::Error{fmt::format("{}: cannot remove what an interrupted publish left ({})",
                                     leftover.string(), error.message())};
  }
  return {};
}

enum class Content { empty, site, foreign };

// What a directory holds: nothing, a site gcsj published (its marker), or other files.
util::Expected<Content> content_of(const fs::path& dir) {
  std::error_code error;
  const fs::directory_iterator it(dir, error);
  if (error) return util::Error{fmt::format("{}: cannot read ({})", dir.string(), error.message())};
  if (it == fs::directory_iterator()) return Content::empty;
  struct stat marker {};
  if (::lstat((dir / kMarker).c_str(), &marker) == 0 && S_ISREG(marker.st_mode))
    return Content::site;
  return Content::foreign;
}

util::Expected<void> write_new_file(const fs::path& path, std::string_view content) {
  FileDescriptor file{
      ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666)};
  if (file.fd < 0) {
    const int error = errno;
    return util::errno_error(path.string() + ": cannot create", error);
  }
  while (!content.empty()) {
    const ssize_t written = ::write(file.fd, content.data(), content.size());
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) {
      const int error = written < 0 ? errno : EIO;
      return util::errno_error(path.string() + ": cannot write", error);
    }
    content.remove_prefix(static_cast<std::size_t>(written));
  }
  const int closed = ::close(file.fd);
  const int error = errno;
  file.fd = -1;
  if (closed != 0 && error != EINTR)
    return util::errno_error(path.string() + ": cannot write", error);
  return {};
}

// A relative path of plain names, which stays inside the site and is not its marker.
bool inside_site(std::string_view path) {
  if (path.empty() || path.front() == '/' || path == kMarker) return false;
  for (std::size_t start = 0; start <= path.size();) {
    const std::size_t end = std::min(path.find('/', start), path.size());
    const std::string_view name = path.substr(start, end - start);
    if (name.empty() || name == "." || name == "..") return false;
    start = end + 1;
  }
  return true;
}

// Writes the files handed to it into `root`, from any thread; the first failure is kept and
// every later file is skipped.
class FileWriter {
 public:
  FileWriter(fs::path root, PreviousSite* previous) : root_(std::move(root)), previous_(previous) {}

  void write(const SiteFile& file) {
    if (failed_.load(std::memory_order_relaxed)) return;
    if (!inside_site(file.path))
      return fail(util::Error{fmt::format("{}: not a path inside the site", file.path)});
    const fs::path path = root_ / file.path;
    if (auto made = make_parent(path.parent_path()); !made) return fail(made.error());
    if (previous_ && previous_->link_if_unchanged(file.path, file.content, path.string())) return;
    if (auto written = write_new_file(path, file.content); !written) return fail(written.error());
  }

  util::Expected<void> result() {
    const std::lock_guard lock(mutex_);
    if (error_) return *error_;
    return {};
  }

 private:
  util::Expected<void> make_parent(const fs::path& dir) {
    const std::lock_guard lock(mutex_);
    if (made_.contains(dir.string())) return {};
    std::error_code error;
    fs::create_directories(dir, error);
    if (error)
      return util::Error{fmt::format("{}: cannot create ({})", dir.string(), error.message())};
    made_.insert(dir.string());
    return {};
  }
  void fail(util::Error error) {
    const std::lock_guard lock(mutex_);
    if (!error_) error_ = std::move(error);
    failed_.store(true);
  }

  fs::path root_;
  PreviousSite* previous_;
  std::mutex mutex_;
  std::set<std::string> made_;
  std::optional<util::Error> error_;
  std::atomic<bool> failed_{false};
};

// Writes the site into `root`; `previous`, when set, is the site it will replace, whose files
// that did not change are linked rather than written again (publish/previous_site.hpp).
util::Expected<void> write_files(const SiteMaker& make, const fs::path& root,
                                 const std::optional<std::string>& previous) {
  if (auto marked = write_new_file(root / kMarker, kMarkerText); !marked) return marked;
  std::optional<PreviousSite> unchanged;
  struct stat marker {};
  // The marker was just created as every page will be: its mode is a new file's, after the umask.
  if (previous && ::lstat((root / kMarker).c_str(), &marker) == 0)
    unchanged.emplace(*previous, marker.st_mode & 07777);
  FileWriter writer(root, unchanged ? &*unchanged : nullptr);
  make([&](SiteFile&& file) { writer.write(file); });
  return writer.result();
}

// Puts the directory `fresh` in the place of `target`. Returns where what was at `target` went
// (nothing when there was nothing), for the caller to check before removing it.
util::Expected<std::optional<std::string>> swap_in(const std::string& fresh, const fs::path& target,
                                                   bool exists, bool plain,
                                                   const std::string& shown) {
  const fs::path parent = target.parent_path();
  const std::string name = target.filename().string();
  for (int attempt = 0; attempt < 8; ++attempt) {
    if (exists && !plain) {
      if (::renameat2(AT_FDCWD, fresh.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) == 0)
        return std::optional<std::string>(fresh);  // the old directory is now there
      const int error = errno;
      if (error == ENOENT) {  // removed meanwhile
        exists = false;
        continue;
      }
      if (error != EINVAL && error != ENOSYS)
        return util::errno_error(shown + ": cannot swap in the new site", error);
      plain = true;  // a filesystem without RENAME_EXCHANGE
    }
    if (exists) {
      // Two renames: the old directory to a reserved name, the new one into its place.
      auto reserved = util::create_unique_directory((parent / ("." + name + ".old-")).string());
      if (!reserved) return reserved.error();
      if (::rename(target.c_str(), reserved->c_str()) != 0) {
        const int error = errno;
        ::rmdir(reserved->c_str());
        if (error == ENOENT) {
          exists = false;
          continue;
        }
        return util::errno_error(shown + ": cannot move the old site aside", error);
      }
      if (::rename(fresh.c_str(), target.c_str()) != 0) {
        const int error = errno;
        if (::rename(reserved->c_str(), target.c_str()) != 0)
          return util::Error{fmt::format(
              "{}: cannot swap in the new site ({}), nor put the old one back: it is in {}", shown,
              std::generic_category().message(error), *reserved)};
        return util::errno_error(shown + ": cannot swap in the new site", error);
      }
      return std::optional<std::string>(*reserved);
    }
    const int renamed =
        plain ? ::rename(fresh.c_str(), target.c_str())  // may replace an empty directory
              : ::renameat2(AT_FDCWD, fresh.c_str(), AT_FDCWD, target.c_str(), RENAME_NOREPLACE);
    if (renamed == 0) return std::optional<std::string>();
    const int error = errno;
    if (!plain && (error == EINVAL || error == ENOSYS)) {
      plain = true;  // a filesystem without RENAME_NOREPLACE
      continue;
    }
    if (error != EEXIST && error != ENOTEMPTY)
      return util::errno_error(shown + ": cannot swap in the new site", error);
    // Created meanwhile: replaced, as it would have been, if it is a directory gcsj may replace.
    struct stat info {};
    if (::lstat(target.c_str(), &info) == 0 && !S_ISDIR(info.st_mode))
      return util::Error{fmt::format("{}: exists and is not a directory", shown)};
    exists = true;
  }
  return util::Error{fmt::format("{}: kept changing while the site was swapped in", shown)};
}

// Puts back what the swap took out (at `old`), and the new site (at `target`) at `fresh`.
util::Expected<void> swap_back(const std::string& old, const std::string& fresh,
                               const fs::path& target, bool exchanged, const std::string& shown) {
  if (exchanged) {  // `old` is `fresh`
    if (::renameat2(AT_FDCWD, old.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) == 0)
      return {};
  } else if (::rename(target.c_str(), fresh.c_str()) == 0) {
    if (::rename(old.c_str(), target.c_str()) == 0) return {};
  }
  const int error = errno;
  return util::Error{fmt::format(
      "{}: other files were written into it while publishing, and it could not be put back ({}): "
      "they are in {}",
      shown, std::generic_category().message(error), old)};
}

}  // namespace

util::Expected<void> write_site(const std::vector<SiteFile>& files, const std::string& out_dir) {
  return write_site(files, out_dir, SiteWriteHooks{});
}

util::Expected<void> write_site(const std::vector<SiteFile>& files, const std::string& out_dir,
                                const SiteWriteHooks& hooks) {
  return write_site(
      [&](const FileSink& sink) {
        for (const SiteFile& file : files) sink(SiteFile(file));
      },
      out_dir, hooks);
}

namespace {

// The directory to publish to, absolute, its links resolved, refused when it is a link to nothing
// (the site would be created wherever it points) or a root; its parent is created.
util::Expected<fs::path> publish_target(const std::string& out_dir) {
  if (out_dir.empty()) return util::Error{"--out: an empty directory name"};
  std::error_code error;
  if (fs::is_symlink(fs::symlink_status(out_dir, error)) && !fs::exists(out_dir, error))
    return util::Error{fmt::format(
        "{}: a symbolic link to something that does not exist; gcsj does not create a site "
        "through a link",
        out_dir)};
  fs::path target = fs::weakly_canonical(fs::absolute(out_dir), error);
  if (error) return util::Error{fmt::format("{}: {}", out_dir, error.message())};
  if (!target.has_filename()) target = target.parent_path();  // "site/" -> "site"
  if (target == target.root_path())
    return util::Error{fmt::format("{}: not a directory to publish to", out_dir)};
  fs::create_directories(target.parent_path(), error);
  if (error)
    return util::Error{
        fmt::format("{}: cannot create ({})", target.parent_path().string(), error.message())};
  return target;
}

// What is at the target now: nothing (nullopt), or a directory gcsj may replace (its status); a
// file, or a directory of other files, is refused.
util::Expected<std::optional<struct stat>> replaceable(const fs::path& target,
                                                       const std::string& out_dir) {
  struct stat info {};
  if (::lstat(target.c_str(), &info) != 0) {
    const int lstat_error = errno;
    if (lstat_error != ENOENT) return util::errno_error(out_dir + ": cannot read", lstat_error);
    return std::optional<struct stat>();
  }
  if (!S_ISDIR(info.st_mode))
    return util::Error{fmt::format("{}: exists and is not a directory", out_dir)};
  const auto content = content_of(target);
  if (!content) return content.error();
  if (*content == Content::foreign)
    return util::Error{fmt::format(
        "{}: not empty and not a site gcsj published; choose a new directory", out_dir)};
  return std::optional<struct stat>(info);
}

// After the swap: what it took out (`old`) must still be gcsj's, and is then removed; a directory
// that received other files since it was checked goes back in place, and those files are never
// deleted (the new site is then left where it was written, in `leftover`).
util::Expected<void> settle_replaced(const std::string& old, const std::string& fresh,
                                     const fs::path& target, const std::string& out_dir,
                                     RemoveTree& leftover) {
  const bool exchanged = old == fresh;
  leftover.path.clear();
  std::error_code error;
  const auto content = content_of(old);
  if (content && *content == Content::site) {
    fs::remove_all(old, error);
    if (error)
      return util::Error{fmt::format("{}: published, but the previous site is left in {} ({})",
                                     out_dir, old, error.message())};
    return {};
  }
  if (content && *content == Content::empty) {
    if (::rmdir(old.c_str()) == 0) return {};
    const int rmdir_error = errno;
    if (rmdir_error != ENOTEMPTY && rmdir_error != EEXIST)
      return util::errno_error(
          fmt::format("{}: published, but the empty directory it replaced is left in {}", out_dir,
                      old),
          rmdir_error);
  }
  if (auto back = swap_back(old, fresh, target, exchanged, out_dir); !back) return back;
  leftover.path = fresh;  // the new site, now out of place
  if (!content)
    return util::Error{content.error().message + "; " + out_dir + " was left as it was"};
  return util::Error{fmt::format(
      "{}: other files were written into it while publishing; it was left as it was", out_dir)};
}

}  // namespace

util::Expected<void> write_site(const SiteMaker& make, const std::string& out_dir,
                                const SiteWriteHooks& hooks) {
  const auto resolved = publish_target(out_dir);
  if (!resolved) return resolved.error();
  const fs::path& target = *resolved;
  const std::string name = target.filename().string();
  const fs::path parent = target.parent_path();

  // From here to the end, one run at a time; the lock is released (and its file removed) last.
  DirectoryLock lock;
  if (auto locked = lock.take((parent / ("." + name + ".lock")).string()); !locked) return locked;
  if (auto removed = remove_leftovers(parent, name); !removed) return removed;
  const auto existing = replaceable(target, out_dir);
  if (!existing) return existing.error();
  const bool exists = existing->has_value();

  const auto fresh = util::create_unique_directory((parent / ("." + name + ".new-")).string());
  if (!fresh) return fresh.error();
  RemoveTree leftover{*fresh};  // until it is swapped in: the new site, or what it replaced
  if (exists && ::chmod(fresh->c_str(), (*existing)->st_mode & 07777) != 0) {
    const int chmod_error = errno;
    return util::errno_error(*fresh + ": cannot keep the mode of " + out_dir, chmod_error);
  }
  std::optional<std::string> previous;
  if (exists) previous = target.string();  // a site gcsj published (or an empty directory)
  if (auto written = write_files(make, *fresh, previous); !written) return written;
  if (hooks.before_swap) hooks.before_swap(target.string());

  const auto swapped = swap_in(*fresh, target, exists, hooks.plain_renames, out_dir);
  if (!swapped) return swapped.error();
  if (!swapped->has_value()) {  // there was nothing to replace
    leftover.path.clear();
    return {};
  }
  return settle_replaced(**swapped, *fresh, target, out_dir, leftover);
}

}  // namespace gcsj::publish
