#pragma once
// A file in the temporary directory that lives as long as its owner: a copy of standard input, so
// that a large input is read in pieces like any file rather than held whole in memory.

#include <cstddef>
#include <string>

#include "util/expected.hpp"

namespace gcsj::util {

class TemporaryFile {
 public:
  // A copy of what `fd` reads, to its end or to `max_bytes` + 1 bytes, whichever comes first (a
  // copy longer than `max_bytes` means the input is larger than the caller allows).
  static Expected<TemporaryFile> copy_of(int fd, std::size_t max_bytes);

  TemporaryFile(TemporaryFile&& other) noexcept : path_(std::move(other.path_)) {
    other.path_.clear();
  }
  TemporaryFile& operator=(TemporaryFile&&) = delete;
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  ~TemporaryFile();

  const std::string& path() const { return path_; }

 private:
  explicit TemporaryFile(std::string path) : path_(std::move(path)) {}
  std::string path_;
};

}  // namespace gcsj::util
