#include "util/regular_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>

namespace gcsj::util {

OpenFile& OpenFile::operator=(OpenFile&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = other.fd_;
    size_ = other.size_;
    other.fd_ = -1;
  }
  return *this;
}

OpenFile::~OpenFile() {
  if (fd_ >= 0) ::close(fd_);
}

Expected<OpenFile> open_regular_file(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    const int error = errno;
    if (error == ELOOP) return Error{"a symbolic link, not followed"};
    return Error{"cannot open: " + std::generic_category().message(error)};
  }
  OpenFile file(fd);
  struct stat info {};
  if (::fstat(fd, &info) != 0)
    return Error{"cannot read: " + std::generic_category().message(errno)};
  if (!S_ISREG(info.st_mode)) return Error{"not a regular file (a pipe, socket or device)"};
  return OpenFile(file.release(), static_cast<std::uint64_t>(info.st_size));
}

}  // namespace gcsj::util
