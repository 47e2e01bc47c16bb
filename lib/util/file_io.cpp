#include "util/file_io.hpp"

#include <fcntl.h>
#include <linux/magic.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <climits>
#include <cstring>
#include <filesystem>
#include <system_error>
#include <vector>

namespace gcsj::util {
namespace fs = std::filesystem;
namespace {

// Closes a file descriptor when it goes out of scope.
struct FileDescriptor {
  int fd = -1;
  ~FileDescriptor() {
    if (fd >= 0) ::close(fd);
  }
  // Closes it now: 0, or the errno of a close that failed (a write the system could not finish).
  int close() {
    const int result = ::close(fd);
    const int error = errno;
    fd = -1;
    return result == 0 || error == EINTR ? 0 : error;
  }
};

// Removes a temporary file when it goes out of scope, unless it was kept.
struct RemoveUnlessKept {
  std::string path;
  bool kept = false;
  ~RemoveUnlessKept() {
    if (!kept && !path.empty()) ::unlink(path.c_str());
  }
};

// Six random letters and digits, as mkstemp uses: a name no other process can guess.
std::string random_suffix() {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  unsigned char bytes[6] = {};
  if (::getrandom(bytes, sizeof bytes, GRND_NONBLOCK) != static_cast<ssize_t>(sizeof bytes)) {
    // No entropy yet (early boot): the clock, the process and a counter still give a fresh name,
    // and O_EXCL / mkdir refuse any name that exists.
    static std::atomic<std::uint64_t> counter{0};
    std::uint64_t seed =
        static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count()) ^
        (static_cast<std::uint64_t>(::getpid()) << 32) ^ (++counter * 0x9E3779B97F4A7C15ULL);
    for (unsigned char& byte : bytes) {
      seed ^= seed >> 29;
      seed *= 0xBF58476D1CE4E5B9ULL;
      byte = static_cast<unsigned char>(seed >> 56);
    }
  }
  std::string suffix;
  for (const unsigned char byte : bytes) suffix += kAlphabet[byte % (sizeof kAlphabet - 1)];
  return suffix;
}

std::string parent_of(const std::string& path) {
  const fs::path parent = fs::path(path).parent_path();
  return parent.empty() ? std::string(".") : parent.string();
}

// 0, or the errno of the write that failed: every byte, through short writes and signals.
int write_all(int fd, std::string_view text) {
  while (!text.empty()) {
    const ssize_t written = ::write(fd, text.data(), text.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    if (written == 0) return EIO;
    text.remove_prefix(static_cast<std::size_t>(written));
  }
  return 0;
}

// What a write to a path lands on.
struct Destination {
  std::string path;           // the path to write: the end of a chain of links
  bool exists = false;        // when not, a regular file is created there
  struct stat info {};        // of `path` itself (a link is not followed), when it exists
  bool through_proc = false;  // a link of /proc (/dev/stdout -> /proc/self/fd/1): only the kernel
                              // knows where it leads, so `path` is opened as given
};

// Follows `path` through its chain of symbolic links to what a write would land on.
Expected<Destination> resolve(const std::string& path) {
  std::string current = path;
  for (int links = 0; links <= 40; ++links) {
    Destination destination{current};
    if (::lstat(current.c_str(), &destination.info) != 0) {
      const int error = errno;
      // A link to nothing would have the file created wherever it points: never done.
      if (error == ENOENT && links > 0)
        return Error{path + ": a symbolic link to " + current +
                     ", which does not exist; gcsj does not create a file through a link"};
      if (error == ENOENT) return destination;
      return errno_error(path + ": cannot write", error);
    }
    destination.exists = true;
    if (!S_ISLNK(destination.info.st_mode)) return destination;
    struct statfs where {};
    if (::statfs(parent_of(current).c_str(), &where) == 0 && where.f_type == PROC_SUPER_MAGIC) {
      Destination magic{path, true, {}, true};
      if (::stat(path.c_str(), &magic.info) != 0) {
        const int error = errno;
        return errno_error(path + ": cannot open", error);
      }
      return magic;
    }
    std::string target(PATH_MAX + 1, '\0');
    const ssize_t length = ::readlink(current.c_str(), target.data(), target.size());
    if (length < 0) {
      const int error = errno;
      return errno_error(path + ": cannot read the link " + current, error);
    }
    if (static_cast<std::size_t>(length) >= target.size())
      return errno_error(path + ": cannot read the link " + current, ENAMETOOLONG);
    target.resize(static_cast<std::size_t>(length));
    current = !target.empty() && target.front() == '/'
                  ? target
                  : (fs::path(parent_of(current)) / target).string();
  }
  return errno_error(path + ": cannot write", ELOOP);
}

// Writes a device or a FIFO (or whatever a /proc link leads to) as it is: opened for writing,
// appending, written, closed, every failure with its reason.
Expected<void> write_in_place(const std::string& shown, const Destination& destination,
                              const std::string& text) {
  const mode_t type = destination.info.st_mode & S_IFMT;
  if (type == S_IFDIR) return Error{shown + ": is a directory"};
  if (type == S_IFSOCK) return Error{shown + ": is a socket, not a file to write"};
  if (type == S_IFBLK) return Error{shown + ": is a block device; gcsj does not write to disks"};
  const auto failed = [&shown](const char* what) {
    const int error = errno;
    return errno_error(shown + what, error);
  };
  // Not waiting to open: a FIFO that no process reads fails here at once (ENXIO).
  FileDescriptor file{
      ::open(destination.path.c_str(), O_WRONLY | O_APPEND | O_NOCTTY | O_NONBLOCK | O_CLOEXEC |
                                           (destination.through_proc ? 0 : O_NOFOLLOW))};
  if (file.fd < 0) {
    if (errno == ENXIO && type == S_IFIFO) return Error{shown + ": no process reads this FIFO"};
    return failed(": cannot open");
  }
  struct stat opened {};
  if (::fstat(file.fd, &opened) != 0) return failed(": cannot write");
  if (opened.st_dev != destination.info.st_dev || opened.st_ino != destination.info.st_ino)
    return Error{shown + ": changed while it was being opened; nothing written"};
  // Writes may wait from here on (a reader may be slow): only the opening must not.
  const int flags = ::fcntl(file.fd, F_GETFL);
  if (flags < 0 || ::fcntl(file.fd, F_SETFL, flags & ~O_NONBLOCK) != 0)
    return failed(": cannot write");
  if (const int error = write_all(file.fd, text); error != 0)
    return errno_error(shown + ": cannot write", error);
  if (const int error = file.close(); error != 0)
    return errno_error(shown + ": cannot write", error);
  return {};
}

// Writes a regular file: a new file with a unique name beside it, then renamed over it.
Expected<void> replace_file(const std::string& shown, const Destination& destination,
                            const std::string& text) {
  const auto failed = [&shown](const std::string& what) {
    const int error = errno;
    return errno_error(shown + what, error);
  };
  std::string name = fs::path(destination.path).filename().string();
  if (name.empty() || name == "." || name == "..") return Error{shown + ": is a directory"};
  // A file this process may not write is not replaced, though its directory would allow it.
  if (destination.exists && ::faccessat(AT_FDCWD, destination.path.c_str(), W_OK, AT_EACCESS) != 0)
    return failed(": cannot write");
  const std::string directory = parent_of(destination.path);
  if (name.size() > 200) name.resize(200);  // ".NAME.tmp-XXXXXX" within NAME_MAX
  FileDescriptor file;
  RemoveUnlessKept temporary;
  for (int attempt = 0; file.fd < 0; ++attempt) {
    temporary.path = (fs::path(directory) / ("." + name + ".tmp-" + random_suffix())).string();
    file.fd =
        ::open(temporary.path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (file.fd < 0) {
      const int error = errno;
      temporary.path.clear();  // not ours: nothing to remove
      if (error != EEXIST || attempt == 99)
        return errno_error(shown + ": cannot create a file in " + directory, error);
    }
  }
  if (destination.exists) {
    struct stat created {};
    if (::fstat(file.fd, &created) != 0) return failed(": cannot write");
    if (created.st_uid != destination.info.st_uid || created.st_gid != destination.info.st_gid) {
      if (::fchown(file.fd, destination.info.st_uid, destination.info.st_gid) != 0) {
        // Not allowed (only root gives a file away): the new file is this process's.
      }
    }
    if (::fchmod(file.fd, destination.info.st_mode & 07777) != 0)
      return failed(": cannot keep the mode");
  }
  if (const int error = write_all(file.fd, text); error != 0)
    return errno_error(shown + ": cannot write", error);
  if (::fsync(file.fd) != 0) return failed(": cannot write");
  if (const int error = file.close(); error != 0)
    return errno_error(shown + ": cannot write", error);
  if (::rename(temporary.path.c_str(), destination.path.c_str()) != 0)
    return failed(": cannot replace");
  temporary.kept = true;
  // The rename itself on disk (best effort: a directory that cannot be synced is still written).
  if (FileDescriptor parent{::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
      parent.fd >= 0)
    ::fsync(parent.fd);
  return {};
}

// True when `where` (an absolute path without links) is `directory` or lies below it.
bool lies_in(const fs::path& where, const fs::path& directory) {
  const fs::path relative = where.lexically_relative(directory);
  return !relative.empty() && !relative.native().starts_with("..");
}

// Looks for a symbolic link lying in one of `untrusted` on the way to `path`: each name of it,
// from the first, and each link's own target, through chains, as the system would resolve them.
class LinkFinder {
 public:
  LinkFinder(const std::string& shown, std::vector<fs::path> untrusted)
      : shown_(shown), untrusted_(std::move(untrusted)) {}

  Expected<void> walk(const fs::path& path) {
    fs::path prefix = path.root_path();
    for (const fs::path& part : path.relative_path()) {
      if (part.empty()) continue;  // a trailing `/`
      const fs::path parent = prefix.empty() ? fs::path(".") : prefix;
      prefix /= part;
      if (part == "." || part == "..") continue;
      struct stat info {};
      if (::lstat(prefix.c_str(), &info) != 0) return {};  // nothing further exists yet
      if (!S_ISLNK(info.st_mode)) continue;
      std::error_code error;
      const fs::path directory = fs::canonical(parent, error);
      if (error) return {};  // the system will say why when it writes
      const fs::path where = directory / part;
      for (const fs::path& untrusted : untrusted_)
        if (lies_in(where, untrusted))
          return Error{shown_ + ": " + where.string() + " is a symbolic link inside " +
                       untrusted.string() +
                       ", and gcsj never writes through a link there (write to a path outside "
                       "it, or remove the link)"};
      struct statfs on {};
      if (::statfs(directory.c_str(), &on) == 0 && on.f_type == PROC_SUPER_MAGIC) continue;
      if (++links_ > 40) return errno_error(shown_ + ": cannot write", ELOOP);
      std::string target(PATH_MAX + 1, '\0');
      const ssize_t length = ::readlink(prefix.c_str(), target.data(), target.size());
      if (length < 0 || static_cast<std::size_t>(length) >= target.size()) return {};
      target.resize(static_cast<std::size_t>(length));
      if (auto found = walk(directory / target); !found) return found;
    }
    return {};
  }

 private:
  const std::string& shown_;
  std::vector<fs::path> untrusted_;
  int links_ = 0;
};

}  // namespace

Expected<void> refuse_links_inside(const std::string& path,
                                   const std::vector<std::string>& untrusted) {
  std::vector<fs::path> directories;
  for (const std::string& directory : untrusted) {
    std::error_code error;
    const fs::path canonical = fs::canonical(directory, error);
    if (!error) directories.push_back(canonical);
  }
  if (directories.empty() || path.empty()) return {};
  return LinkFinder(path, std::move(directories)).walk(fs::path(path));
}

Error errno_error(std::string_view what) {
  return errno_error(what, errno);
}

Error errno_error(std::string_view what, int error_number) {
  return Error{std::string(what) + ": " + std::generic_category().message(error_number)};
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

Expected<void> write_file(const std::string& path, const std::string& text) {
  if (path.empty()) return Error{"an empty file name"};
  const auto destination = resolve(path);
  if (!destination) return destination.error();
  if (!destination->through_proc && (!destination->exists || S_ISREG(destination->info.st_mode)))
    return replace_file(path, *destination, text);
  return write_in_place(path, *destination, text);
}

Expected<std::string> create_unique_directory(const std::string& prefix) {
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string name = prefix + random_suffix();
    if (::mkdir(name.c_str(), 0777) == 0) return name;
    if (errno != EEXIST) {
      const int error = errno;
      return errno_error(prefix + "XXXXXX: cannot create", error);
    }
  }
  return errno_error(prefix + "XXXXXX: cannot create", EEXIST);
}

}  // namespace gcsj::util
