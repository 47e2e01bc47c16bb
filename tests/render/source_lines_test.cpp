#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "model/registry.hpp"
#include "render/validate/source_lines.hpp"

namespace fs = std::filesystem;
using gcsj::render::SourceLines;

namespace {
struct TempFile {
  fs::path path = fs::temp_directory_path() / ("gcsj-lines-" + std::to_string(::getpid()));
  explicit TempFile(const std::string& text) { std::ofstream(path, std::ios::binary) << text; }
  ~TempFile() {
    std::error_code ignored;
    fs::remove(path, ignored);
  }
};

gcsj::model::Registry registry_of(const std::string& path) {
  gcsj::model::Registry registry;
  registry.files.emplace_back().path = path;
  return registry;
}
}  // namespace

TEST_SUITE("render::source_lines") {
  TEST_CASE("finds any line of a long file, forwards and backwards") {
    std::string text =
        "\xEF\xBB\xBF"
        "line 1\r\n";
    for (int i = 2; i <= 5000; ++i) text += "line " + std::to_string(i) + "\n";
    const TempFile file(text);
    const auto registry = registry_of(file.path.string());
    SourceLines lines(registry);
    CHECK(lines.line(0, 4321) == "line 4321");
    CHECK(lines.line(0, 4321) == "line 4321");
    CHECK(lines.line(0, 3) == "line 3");
    CHECK(lines.line(0, 1) == "line 1");  // without the byte order mark and the CR
    CHECK(lines.line(0, 2049) == "line 2049");
    CHECK(lines.line(0, 5000) == "line 5000");
    CHECK(lines.line(0, 1025) == "line 1025");
    CHECK(lines.line(0, 5001).empty());
    CHECK(lines.line(0, 0).empty());
    CHECK(lines.line(0, 2) == "line 2");
  }

  TEST_CASE("shows the first 400 bytes of a long line, and empty lines as empty") {
    const TempFile file("a\n\n" + std::string(100000, 'x') + "\nlast");
    const auto registry = registry_of(file.path.string());
    SourceLines lines(registry);
    CHECK(lines.line(0, 3) == std::string(400, 'x'));
    CHECK(lines.line(0, 2).empty());
    CHECK(lines.line(0, 4) == "last");
    CHECK(lines.line(0, 1) == "a");
  }

  TEST_CASE("does not open a device or a pipe again") {
    const auto zero = registry_of("/dev/zero");
    SourceLines from_zero(zero);
    CHECK(from_zero.line(0, 1).empty());
    const fs::path fifo = fs::temp_directory_path() / ("gcsj-fifo-" + std::to_string(::getpid()));
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const auto pipe = registry_of(fifo.string());
    SourceLines from_pipe(pipe);
    CHECK(from_pipe.line(0, 1).empty());  // opening it would wait for a writer for ever
    fs::remove(fifo);
  }

  TEST_CASE("reads standard input from the text kept of it") {
    gcsj::model::Registry registry;
    auto& source = registry.files.emplace_back();
    source.path = "<stdin>";
    source.is_stdin = true;
    source.text = "one\ntwo\n";
    SourceLines lines(registry);
    CHECK(lines.line(0, 2) == "two");
    CHECK(lines.line(0, 1) == "one");
    CHECK(lines.line(0, 3).empty());
  }
}
