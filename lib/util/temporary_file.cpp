#include "util/temporary_file.hpp"

#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <system_error>

namespace gcsj::util {
namespace {

Error failed(std::string_view what, int error) {
  return Error{std::string(what) + ": " + std::generic_category().message(error)};
}

}  // namespace

Expected<TemporaryFile> TemporaryFile::copy_of(int fd, std::size_t max_bytes) {
  const char* directory = std::getenv("TMPDIR");
  std::string name =
      std::string(directory && *directory ? directory : "/tmp") + "/gcsj-stdin-XXXXXX";
  const int out = ::mkstemp(name.data());
  if (out < 0) return failed("cannot copy standard input", errno);
  TemporaryFile file(name);  // removed on every way out
  std::array<char, 1 << 16> block;
  std::size_t total = 0;
  while (total <= max_bytes) {
    const ssize_t got = ::read(fd, block.data(), block.size());
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      const int error = errno;
      ::close(out);
      return failed("cannot read standard input", error);
    }
    if (got == 0) break;
    for (ssize_t done = 0; done < got;) {
      const ssize_t wrote = ::write(out, block.data() + done, static_cast<std::size_t>(got - done));
      if (wrote < 0 && errno == EINTR) continue;
      if (wrote < 0) {
        const int error = errno;
        ::close(out);
        return failed("cannot copy standard input", error);
      }
      done += wrote;
    }
    total += static_cast<std::size_t>(got);
  }
  if (::close(out) != 0) return failed("cannot copy standard input", errno);
  return file;
}

TemporaryFile::~TemporaryFile() {
  if (!path_.empty()) ::unlink(path_.c_str());
}

}  // namespace gcsj::util
