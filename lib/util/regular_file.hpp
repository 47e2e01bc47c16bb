#pragma once
// Opening a file that must be a regular file, as a hostile tree is read: symbolic links are not
// followed and nothing waits (a path that became a pipe or a device since it was listed is
// refused, not read or waited on), and the type is checked on the opened descriptor itself.

#include <cstdint>
#include <string>

#include "util/expected.hpp"

namespace gcsj::util {

// An open file descriptor, closed when it goes out of scope.
class OpenFile {
 public:
  explicit OpenFile(int fd = -1, std::uint64_t size = 0) : fd_(fd), size_(size) {}
  OpenFile(OpenFile&& other) noexcept : fd_(other.fd_), size_(other.size_) { other.fd_ = -1; }
  OpenFile& operator=(OpenFile&& other) noexcept;
  OpenFile(const OpenFile&) = delete;
  OpenFile& operator=(const OpenFile&) = delete;
  ~OpenFile();

  int fd() const { return fd_; }
  std::uint64_t size() const { return size_; }  // at opening
  // Gives up the descriptor to a new owner.
  int release() {
    const int fd = fd_;
    fd_ = -1;
    return fd;
  }

 private:
  int fd_;
  std::uint64_t size_;
};

// Opens `path` for reading if it is a regular file and not a symbolic link.
Expected<OpenFile> open_regular_file(const std::string& path);

}  // namespace gcsj::util
