#include <doctest/doctest.h>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "util/file_io.hpp"

using gcsj::util::write_file;
namespace fs = std::filesystem;

namespace {

// A fresh directory of its own for each case, removed at the end.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string name = (fs::temp_directory_path() / "gcsj-file-io-XXXXXX").string();
    REQUIRE(::mkdtemp(name.data()) != nullptr);
    path = name;
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
  std::string operator/(const std::string& name) const { return (path / name).string(); }
};

// The names in `dir`, sorted: what a write leaves behind, temporary files included.
std::vector<std::string> listing(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir))
    names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

void write_text(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

struct stat lstat_of(const std::string& path) {
  struct stat info {};
  REQUIRE(::lstat(path.c_str(), &info) == 0);
  return info;
}

mode_t current_umask() {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return mask;
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

using Names = std::vector<std::string>;

}  // namespace

TEST_SUITE("util::file_io") {
  TEST_CASE("a new file is written with 0666 less the umask, and nothing else is left") {
    TempDir dir;
    const auto written = write_file(dir / "report.json", "{}\n");
    REQUIRE(written.has_value());
    CHECK(read_text(dir / "report.json") == "{}\n");
    CHECK((lstat_of(dir / "report.json").st_mode & 07777) == (0666 & ~current_umask()));
    CHECK(listing(dir.path) == Names{"report.json"});
  }

  TEST_CASE("an existing file is replaced whole and keeps its mode") {
    TempDir dir;
    const std::string path = dir / "report.md";
    write_text(path, "an old report, longer than the new one\n");
    REQUIRE(::chmod(path.c_str(), 0640) == 0);
    const ino_t before = lstat_of(path).st_ino;
    REQUIRE(write_file(path, "new\n").has_value());
    CHECK(read_text(path) == "new\n");
    const struct stat after = lstat_of(path);
    CHECK((after.st_mode & 07777) == 0640);
    CHECK(S_ISREG(after.st_mode));
    CHECK(after.st_ino != before);  // a new file renamed into place, never rewritten in place
    CHECK(listing(dir.path) == Names{"report.md"});
  }

  TEST_CASE("a file this process may not write is not replaced") {
    if (::geteuid() == 0) {
      MESSAGE("running as root, who may write any file: skipped");
      return;
    }
    TempDir dir;
    const std::string path = dir / "frozen.txt";
    write_text(path, "keep\n");
    REQUIRE(::chmod(path.c_str(), 0444) == 0);
    const auto written = write_file(path, "new\n");
    REQUIRE_FALSE(written.has_value());
    CHECK(contains(written.error().message, "Permission denied"));
    CHECK(read_text(path) == "keep\n");
    CHECK(listing(dir.path) == Names{"frozen.txt"});
  }

  TEST_CASE("a chain of symbolic links is written through, and the links stay links") {
    TempDir dir;
    fs::create_directory(dir.path / "sub");
    write_text(dir / "real.txt", "old\n");
    REQUIRE(::chmod((dir / "real.txt").c_str(), 0600) == 0);
    fs::create_symlink("../real.txt", dir.path / "sub" / "first");  // relative to its directory
    fs::create_symlink("sub/first", dir.path / "second");
    REQUIRE(write_file(dir / "second", "new\n").has_value());
    CHECK(read_text(dir / "real.txt") == "new\n");
    CHECK((lstat_of(dir / "real.txt").st_mode & 07777) == 0600);
    CHECK(S_ISLNK(lstat_of(dir / "second").st_mode));
    CHECK(S_ISLNK(lstat_of(dir / "sub/first").st_mode));
    CHECK(fs::read_symlink(dir.path / "second") == "sub/first");
    CHECK(listing(dir.path) == Names{"real.txt", "second", "sub"});
    CHECK(listing(dir.path / "sub") == Names{"first"});
  }

  TEST_CASE("a link to nothing creates no file: an error naming the link's target") {
    TempDir dir;
    fs::create_symlink("later.txt", dir.path / "link");
    fs::create_symlink("link", dir.path / "chain");
    for (const std::string name : {"link", "chain"}) {
      CAPTURE(name);
      const auto written = write_file(dir / name, "text\n");
      REQUIRE_FALSE(written.has_value());
      CHECK(contains(written.error().message, "later.txt, which does not exist"));
    }
    CHECK(listing(dir.path) == Names{"chain", "link"});
  }

  TEST_CASE("no write goes through a link inside an untrusted directory, wherever it lies") {
    using gcsj::util::refuse_links_inside;
    TempDir dir;
    fs::create_directories(dir.path / "checkout/registry");
    fs::create_directories(dir.path / "home/reports");
    write_text(dir / "home/victim", "secret\n");
    const std::vector<std::string> untrusted{dir / "checkout"};
    // The final name, a directory on the way, a chain that passes through the checkout.
    fs::create_symlink("../home/victim", dir.path / "checkout/gcsj.sarif");
    fs::create_directory_symlink("../home/reports", dir.path / "checkout/out");
    fs::create_symlink("../checkout/gcsj.sarif", dir.path / "home/via");
    for (const std::string path : {"checkout/gcsj.sarif", "checkout/out/new.sarif",
                                   "checkout/registry/../gcsj.sarif", "home/via"}) {
      CAPTURE(path);
      const auto refused = refuse_links_inside(dir / path, untrusted);
      REQUIRE_FALSE(refused.has_value());
      CHECK(contains(refused.error().message, "is a symbolic link inside"));
    }
    // From inside the checkout, with a relative path, as CI runs it.
    const auto cwd = fs::current_path();
    fs::current_path(dir.path / "checkout");
    const auto relative = refuse_links_inside("gcsj.sarif", untrusted);
    fs::current_path(cwd);
    CHECK_FALSE(relative.has_value());
    CHECK(read_text(dir / "home/victim") == "secret\n");
    // Plain paths, links outside the untrusted directories, devices: as before.
    fs::create_symlink("victim", dir.path / "home/mine");
    for (const std::string& path :
         {dir / "checkout/plain.sarif", dir / "home/mine", dir / "home/reports/new.sarif",
          std::string("/dev/null"), std::string("/dev/stdout")}) {
      CAPTURE(path);
      CHECK(refuse_links_inside(path, untrusted).has_value());
    }
    CHECK(refuse_links_inside(dir / "checkout/gcsj.sarif", {}).has_value());
  }

  TEST_CASE("a loop of links is an error with its reason") {
    TempDir dir;
    fs::create_symlink("b", dir.path / "a");
    fs::create_symlink("a", dir.path / "b");
    const auto written = write_file(dir / "a", "text\n");
    REQUIRE_FALSE(written.has_value());
    CHECK(contains(written.error().message, "Too many levels of symbolic links"));
    CHECK(listing(dir.path) == Names{"a", "b"});
  }

  TEST_CASE("a FIFO with a reader receives the whole text") {
    TempDir dir;
    const std::string fifo = dir / "pipe";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    // More than a pipe holds, so the writer waits for the reader.
    std::string text;
    for (int i = 0; text.size() < (1 << 20); ++i) text += "line " + std::to_string(i) + "\n";
    // The reader opens first (without waiting for a writer), so the writer finds it there.
    const int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    REQUIRE(reader >= 0);
    std::atomic<bool> done{false};
    bool succeeded = false;
    std::thread writer([&] {
      succeeded = write_file(fifo, text).has_value();
      done = true;
    });
    std::string received;
    char buffer[65536];
    for (;;) {
      const bool finished = done;  // the writer had closed: a read now sees all it wrote
      const ssize_t got = ::read(reader, buffer, sizeof buffer);
      if (got > 0) {
        received.append(buffer, static_cast<std::size_t>(got));
        continue;
      }
      if (got < 0 && errno != EAGAIN && errno != EINTR) break;
      if (finished) break;
      pollfd ready{reader, POLLIN, 0};
      ::poll(&ready, 1, 10);  // no writer yet returns at once: sleep a little
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    writer.join();
    ::close(reader);
    CHECK(succeeded);
    CHECK(received.size() == text.size());
    CHECK(received == text);
    CHECK(S_ISFIFO(lstat_of(fifo).st_mode));
    CHECK(listing(dir.path) == Names{"pipe"});
  }

  TEST_CASE("a FIFO that no process reads fails at once, with the reason") {
    TempDir dir;
    const std::string fifo = dir / "pipe";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const auto start = std::chrono::steady_clock::now();
    const auto written = write_file(fifo, "text\n");
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
    REQUIRE_FALSE(written.has_value());
    CHECK(contains(written.error().message, fifo));
    CHECK(contains(written.error().message, "no process reads"));
    CHECK(S_ISFIFO(lstat_of(fifo).st_mode));
    CHECK(listing(dir.path) == Names{"pipe"});
  }

  TEST_CASE("a character device is written to and stays a device") {
    TempDir dir;
    const std::string null = dir / "null";
    if (::mknod(null.c_str(), S_IFCHR | 0666, ::makedev(1, 3)) != 0) {
      MESSAGE("mknod: " << std::string(std::strerror(errno)) << ": skipped");
      return;
    }
    REQUIRE(write_file(null, "discarded\n").has_value());
    const struct stat info = lstat_of(null);
    CHECK(S_ISCHR(info.st_mode));
    CHECK(info.st_rdev == ::makedev(1, 3));
    CHECK(listing(dir.path) == Names{"null"});
    // Through a link, as /dev/stdout leads to a terminal.
    fs::create_symlink("null", dir.path / "out");
    REQUIRE(write_file(dir / "out", "discarded\n").has_value());
    CHECK(S_ISCHR(lstat_of(null).st_mode));
    CHECK(S_ISLNK(lstat_of(dir / "out").st_mode));
    CHECK(listing(dir.path) == Names{"null", "out"});
  }

  TEST_CASE("a device that is full gives the error of the write (ENOSPC)") {
    TempDir dir;
    const std::string full = dir / "full";
    if (::mknod(full.c_str(), S_IFCHR | 0666, ::makedev(1, 7)) != 0) {
      MESSAGE("mknod: " << std::string(std::strerror(errno)) << ": skipped");
      return;
    }
    const auto written = write_file(full, "text\n");
    REQUIRE_FALSE(written.has_value());
    CHECK(written.error().message == full + ": cannot write: No space left on device");
    const struct stat info = lstat_of(full);
    CHECK(S_ISCHR(info.st_mode));
    CHECK(info.st_rdev == ::makedev(1, 7));
    CHECK(listing(dir.path) == Names{"full"});
  }

  TEST_CASE("a directory is an error naming it, and is left alone") {
    TempDir dir;
    fs::create_directory(dir.path / "reports");
    const auto written = write_file(dir / "reports", "text\n");
    REQUIRE_FALSE(written.has_value());
    CHECK(written.error().message == dir / "reports" + ": is a directory");
    CHECK(fs::is_directory(dir.path / "reports"));
    CHECK(listing(dir.path) == Names{"reports"});
    CHECK(listing(dir.path / "reports").empty());
    // With a trailing slash, and through a link, it is the same directory.
    CHECK_FALSE(write_file(dir / "reports/", "text\n").has_value());
    fs::create_directory_symlink("reports", dir.path / "link");
    const auto linked = write_file(dir / "link", "text\n");
    REQUIRE_FALSE(linked.has_value());
    CHECK(contains(linked.error().message, "is a directory"));
    CHECK(listing(dir.path) == Names{"link", "reports"});
  }

  TEST_CASE("a socket is an error; a missing directory gives the system's reason") {
    TempDir dir;
    const std::string path = dir / "sock";
    const int server = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    REQUIRE(server >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    REQUIRE(path.size() < sizeof address.sun_path);
    std::memcpy(address.sun_path, path.c_str(), path.size() + 1);
    REQUIRE(::bind(server, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    const auto written = write_file(path, "text\n");
    ::close(server);
    REQUIRE_FALSE(written.has_value());
    CHECK(contains(written.error().message, "is a socket"));
    const auto missing = write_file(dir / "no/such/report.json", "text\n");
    REQUIRE_FALSE(missing.has_value());
    CHECK(contains(missing.error().message, "No such file or directory"));
    CHECK(listing(dir.path) == Names{"sock"});
  }

  TEST_CASE("a link of /proc (as /dev/stdout) writes to what it leads to, appending") {
    TempDir dir;
    int ends[2];
    REQUIRE(::pipe2(ends, O_CLOEXEC) == 0);
    fs::create_symlink("/proc/self/fd/" + std::to_string(ends[1]), dir.path / "stdout");
    REQUIRE(write_file(dir / "stdout", "through a pipe\n").has_value());
    ::close(ends[1]);
    char buffer[64] = {};
    CHECK(::read(ends[0], buffer, sizeof buffer) == 15);
    CHECK(std::string(buffer) == "through a pipe\n");
    ::close(ends[0]);
    // A regular file behind the link is written as a shell's `>>` would: after what it holds.
    write_text(dir / "log", "before\n");
    const int log = ::open((dir / "log").c_str(), O_WRONLY | O_CLOEXEC);
    REQUIRE(log >= 0);
    REQUIRE(write_file("/proc/self/fd/" + std::to_string(log), "after\n").has_value());
    ::close(log);
    CHECK(read_text(dir / "log") == "before\nafter\n");
    CHECK(listing(dir.path) == Names{"log", "stdout"});
  }

  TEST_CASE("a write that fails removes its temporary file and keeps the old one") {
    TempDir dir;
    const std::string path = dir / "report.json";
    write_text(path, "old\n");
    // In a child, limited to files of 1 KiB: the write fails with EFBIG.
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      ::signal(SIGXFSZ, SIG_IGN);
      const rlimit limit{1024, 1024};
      ::setrlimit(RLIMIT_FSIZE, &limit);
      const auto written = write_file(path, std::string(64 * 1024, 'x'));
      ::_exit(written.has_value()                                   ? 1
              : contains(written.error().message, "File too large") ? 0
                                                                    : 2);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK(read_text(path) == "old\n");
    CHECK(listing(dir.path) == Names{"report.json"});
  }

  TEST_CASE("a unique directory is new each time") {
    TempDir dir;
    const std::string prefix = dir / ".site.new-";
    const auto first = gcsj::util::create_unique_directory(prefix);
    const auto second = gcsj::util::create_unique_directory(prefix);
    REQUIRE(first.has_value());
    REQUIRE(second.has_value());
    CHECK(*first != *second);
    CHECK(first->size() == prefix.size() + 6);
    CHECK(fs::is_directory(*first));
    CHECK((lstat_of(*first).st_mode & 07777) == (0777 & ~current_umask()));
    const auto missing = gcsj::util::create_unique_directory(dir / "no/such/x-");
    REQUIRE_FALSE(missing.has_value());
    CHECK(contains(missing.error().message, "No such file or directory"));
  }
}
