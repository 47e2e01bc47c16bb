#include "publish/previous_site.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>

namespace gcsj::publish {
namespace {

constexpr int kOpenDirectory = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;

// Whether the open file `fd` holds exactly `content`: read to its end, compared piece by piece.
bool holds_exactly(int fd, std::string_view content) {
  std::array<char, std::size_t{64} * 1024> buffer{};
  for (;;) {
    const ssize_t got = ::read(fd, buffer.data(), buffer.size());
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) return false;
    if (got == 0) return content.empty();
    const auto size = static_cast<std::size_t>(got);
    if (size > content.size() || std::memcmp(buffer.data(), content.data(), size) != 0)
      return false;
    content.remove_prefix(size);
  }
}

}  // namespace

PreviousSite::PreviousSite(const std::string& root, mode_t mode)
    : root_(::open(root.c_str(), kOpenDirectory)), mode_(mode), user_(::geteuid()) {
  directories_.emplace("", root_);
}

PreviousSite::~PreviousSite() {
  for (const auto& [dir, fd] : directories_)
    if (fd >= 0) ::close(fd);
}

int PreviousSite::directory(const std::string& dir) {
  if (const auto it = directories_.find(dir); it != directories_.end()) return it->second;
  const std::size_t slash = dir.rfind('/');
  const int parent = directory(slash == std::string::npos ? std::string() : dir.substr(0, slash));
  const std::string name = slash == std::string::npos ? dir : dir.substr(slash + 1);
  const int fd = parent < 0 ? -1 : ::openat(parent, name.c_str(), kOpenDirectory);
  directories_.emplace(dir, fd);
  return fd;
}

bool PreviousSite::link_if_unchanged(std::string_view path, std::string_view content,
                                     const std::string& target) {
  if (root_ < 0) return false;
  const std::size_t slash = path.rfind('/');
  const std::string name(slash == std::string_view::npos ? path : path.substr(slash + 1));
  int dir = -1;
  {
    const std::lock_guard lock(mutex_);
    dir = directory(std::string(slash == std::string_view::npos ? "" : path.substr(0, slash)));
  }
  if (dir < 0) return false;
  const int fd = ::openat(dir, name.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat old {};
  bool same = ::fstat(fd, &old) == 0 && S_ISREG(old.st_mode) && old.st_uid == user_ &&
              (old.st_mode & 07777) == mode_ && old.st_nlink == 1 &&
              static_cast<std::size_t>(old.st_size) == content.size() && holds_exactly(fd, content);
  ::close(fd);
  if (!same || ::linkat(dir, name.c_str(), AT_FDCWD, target.c_str(), 0) != 0) return false;
  // The name linked is the file checked, unless it was replaced in between: then it is not kept.
  struct stat linked {};
  same = ::lstat(target.c_str(), &linked) == 0 && linked.st_dev == old.st_dev &&
         linked.st_ino == old.st_ino;
  if (!same) ::unlink(target.c_str());
  return same;
}

}  // namespace gcsj::publish
