#include "import/new_files.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <random>

#include "util/file_io.hpp"

namespace gcsj::import {
namespace {

std::string lower(std::string text) {
  for (char& c : text)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return text;
}

// The names of the folder open at `fd`, in lower case.
util::Expected<std::set<std::string>> names_in(int fd, const std::string& shown) {
  const int copy = dup(fd);
  if (copy < 0) return util::errno_error(shown + ": cannot list");
  DIR* dir = fdopendir(copy);
  if (!dir) {
    const int error = errno;
    close(copy);
    return util::errno_error(shown + ": cannot list", error);
  }
  std::set<std::string> names;
  while (const dirent* entry = readdir(dir)) names.insert(lower(entry->d_name));
  closedir(dir);
  return names;
}

std::string random_suffix() {
  static thread_local std::mt19937_64 generator{std::random_device{}()};
  constexpr std::string_view kLetters = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::string suffix;
  for (int i = 0; i < 8; ++i) suffix += kLetters[generator() % kLetters.size()];
  return suffix;
}

bool write_all(int fd, const std::string& text) {
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

}  // namespace

util::Expected<NewFiles> NewFiles::open(const std::string& directory, const std::string& below,
                                        bool create) {
  const int top = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (top < 0) return util::errno_error(directory + ": cannot open the directory");
  const std::string shown = directory + (directory.ends_with('/') ? "" : "/") + below;
  if (create && mkdirat(top, below.c_str(), 0777) != 0 && errno != EEXIST) {
    const int error = errno;
    close(top);
    return util::errno_error(shown + ": cannot create the directory", error);
  }
  struct stat status {};
  if (fstatat(top, below.c_str(), &status, AT_SYMLINK_NOFOLLOW) != 0) {
    const int error = errno;
    close(top);
    if (!create && error == ENOENT) return NewFiles(-1, {}, shown);
    return util::errno_error(shown + ": cannot open the directory", error);
  }
  if (S_ISLNK(status.st_mode) || !S_ISDIR(status.st_mode)) {
    close(top);
    return util::Error{shown +
                       ": not a directory of the registry (a symbolic link or another file): "
                       "import writes new files only in a directory of its own"};
  }
  const int fd = openat(top, below.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  const int error = errno;
  close(top);
  if (fd < 0) return util::errno_error(shown + ": cannot open the directory", error);
  auto names = names_in(fd, shown);
  if (!names) {
    close(fd);
    return names.error();
  }
  return NewFiles(fd, std::move(*names), shown);
}

NewFiles::NewFiles(NewFiles&& other) noexcept
    : fd_(other.fd_),
      names_(std::move(other.names_)),
      shown_(std::move(other.shown_)),
      staged_(std::move(other.staged_)) {
  other.fd_ = -1;
}

NewFiles::~NewFiles() {
  if (fd_ < 0) return;
  for (const auto& [temporary, name] : staged_) unlinkat(fd_, temporary.c_str(), 0);  // unplaced
  close(fd_);
}

bool NewFiles::taken(const std::string& name) const {
  return names_.contains(lower(name));
}

util::Expected<void> NewFiles::stage(const std::string& name, const std::string& text) {
  const std::string shown = shown_ + "/" + name;
  if (name.empty() || name.find('/') != std::string::npos || name == "." || name == "..")
    return util::Error{shown + ": not a plain file name"};
  if (fd_ < 0) return util::Error{shown_ + ": the directory does not exist"};
  if (taken(name)) return util::Error{shown + ": a file of this name exists: never replaced"};
  std::string temporary;
  int fd = -1;
  for (int attempt = 0; attempt < 16 && fd < 0; ++attempt) {
    temporary = "." + name + ".tmp-" + random_suffix();
    fd = openat(fd_, temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (fd < 0 && errno != EEXIST) return util::errno_error(shown + ": cannot write");
  }
  if (fd < 0) return util::errno_error(shown + ": cannot write", EEXIST);
  const bool written = write_all(fd, text);
  const int error = errno;
  if (close(fd) != 0 || !written) {
    unlinkat(fd_, temporary.c_str(), 0);
    return util::errno_error(shown + ": cannot write", written ? errno : error);
  }
  staged_.emplace_back(std::move(temporary), name);
  names_.insert(lower(name));
  return {};
}

util::Expected<void> NewFiles::place() {
  std::vector<std::pair<std::string, std::string>> staged;
  staged.swap(staged_);
  const auto remove_all = [&](std::size_t from) {
    for (std::size_t i = from; i < staged.size(); ++i) unlinkat(fd_, staged[i].first.c_str(), 0);
  };
  if (staged.empty()) return {};
  // Every file whole on disk before any is named: one sync of the file system for all of them.
  if (syncfs(fd_) != 0) {
    const int error = errno;
    remove_all(0);
    return util::errno_error(shown_ + ": cannot write", error);
  }
  for (std::size_t i = 0; i < staged.size(); ++i) {
    const auto& [temporary, name] = staged[i];
    // link() never replaces a file; where links are not supported, RENAME_NOREPLACE.
    int placed = linkat(fd_, temporary.c_str(), fd_, name.c_str(), 0);
    int error = errno;
    if (placed != 0 && error != EEXIST) {
      placed = renameat2(fd_, temporary.c_str(), fd_, name.c_str(), RENAME_NOREPLACE);
      error = errno;
    }
    unlinkat(fd_, temporary.c_str(), 0);
    if (placed != 0) {
      remove_all(i + 1);
      const std::string shown = shown_ + "/" + name;
      return error == EEXIST ? util::Error{shown + ": a file of this name exists: never replaced"}
                             : util::errno_error(shown + ": cannot write", error);
    }
  }
  fsync(fd_);  // the names themselves
  return {};
}

util::Expected<void> NewFiles::write(const std::string& name, const std::string& text) {
  if (auto staged = stage(name, text); !staged) return staged;
  return place();
}

}  // namespace gcsj::import
