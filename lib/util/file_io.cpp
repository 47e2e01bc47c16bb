#include "util/file_io.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace gcsj::util {
namespace {

// Closes a file descriptor when it goes out of scope.
struct FileDescriptor {
  int fd = -1;
  ~FileDescriptor() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

Error errno_error(std::string_view what) {
  return Error{std::string(what) + ": " + std::generic_category().message(errno)};
}

Expected<std::string> read_bounded(const std::string& path, std::size_t max_bytes) {
  FileDescriptor file{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC)};
  if (file.fd < 0) return errno_error("cannot open");
  struct stat info {};
  if (::fstat(file.fd, &info) != 0) return errno_error("cannot read");
  if (!S_ISREG(info.st_mode) && !S_ISFIFO(info.st_mode)) return Error{"not a regular file"};
  // Reads block on a pipe from here on: it was only its opening that must not wait.
  if (::fcntl(file.fd, F_SETFL, ::fcntl(file.fd, F_GETFL) & ~O_NONBLOCK) != 0)
    return errno_error("cannot read");
  std::string text;
  std::size_t size = 0;
  for (;;) {
    text.resize(std::min(std::max<std::size_t>(size * 2, 1 << 16), max_bytes + 1));
    const ssize_t got = ::read(file.fd, text.data() + size, text.size() - size);
    if (got < 0) {
      if (errno == EINTR) continue;
      return errno_error("cannot read");
    }
    if (got == 0) break;
    size += static_cast<std::size_t>(got);
    if (size > max_bytes) break;
  }
  text.resize(size);
  return text;
}

Expected<std::string> read_range(const std::string& path, std::uint64_t offset, std::size_t length,
                                 std::uint64_t file_size) {
  FileDescriptor file{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC)};
  if (file.fd < 0) return errno_error("cannot open");
  struct stat info {};
  if (::fstat(file.fd, &info) != 0) return errno_error("cannot read");
  if (!S_ISREG(info.st_mode)) return Error{"not a regular file"};
  if (static_cast<std::uint64_t>(info.st_size) != file_size)
    return Error{"the file changed while it was being read"};
  std::string text(length, '\0');
  std::size_t done = 0;
  while (done < length) {
    const ssize_t got =
        ::pread(file.fd, text.data() + done, length - done, static_cast<off_t>(offset + done));
    if (got < 0) {
      if (errno == EINTR) continue;
      return errno_error("cannot read");
    }
    if (got == 0) return Error{"the file changed while it was being read"};
    done += static_cast<std::size_t>(got);
  }
  return text;
}

Expected<void> write_atomically(const std::string& path, const std::string& text) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  const fs::path temporary = target.parent_path() / ("." + target.filename().string() + ".tmp-" +
                                                     std::to_string(::getpid()));
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out)
      return Error{path + ": cannot write (" + std::generic_category().message(errno) + ")"};
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    out.flush();
    if (!out) {
      std::error_code ignored;
      fs::remove(temporary, ignored);
      return Error{path + ": write failed"};
    }
  }
  std::error_code error;
  fs::rename(temporary, target, error);
  if (error) {
    fs::remove(temporary, error);
    return Error{path + ": cannot write (" + error.message() + ")"};
  }
  return {};
}

}  // namespace gcsj::util
