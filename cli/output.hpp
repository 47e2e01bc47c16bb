#pragma once
// Writing a command's output: to standard output, or to the file of -o (util::write_file: a
// regular file is replaced atomically, so a reader never sees a half-written report; a device or a
// FIFO is written as it is; a symbolic link is written through).

#include <cerrno>
#include <cstdio>
#include <string>

#include "util/expected.hpp"
#include "util/file_io.hpp"

namespace gcsj::cli {

// Prints `text` to standard output, or writes it to `path` when one is given.
inline util::Expected<void> emit(const std::string& text, const std::string& path) {
  if (path.empty() || path == "-") {
    errno = 0;
    const std::size_t written = std::fwrite(text.data(), 1, text.size(), stdout);
    if (written != text.size() || std::fflush(stdout) != 0 || std::ferror(stdout))
      return util::errno_error("standard output: cannot write", errno);
    return {};
  }
  return util::write_file(path, text);
}

}  // namespace gcsj::cli
