#pragma once
// Writing a command's output: to standard output, or atomically to a file (-o), so a reader never
// sees a half-written report.

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

#include <fmt/format.h>

namespace gcsj::cli {

// Writes `text` to `path` through a temporary file in the same directory and a rename. Returns
// an error message, or an empty string on success.
inline std::string write_atomically(const std::string& path, const std::string& text) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  const fs::path temporary =
      target.parent_path() / fmt::format(".{}.tmp-{}", target.filename().string(), ::getpid());
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out)
      return fmt::format("{}: cannot write ({})", path, std::generic_category().message(errno));
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    out.flush();
    if (!out) {
      std::error_code ignored;
      fs::remove(temporary, ignored);
      return fmt::format("{}: write failed", path);
    }
  }
  std::error_code error;
  fs::rename(temporary, target, error);
  if (error) {
    fs::remove(temporary, error);
    return fmt::format("{}: cannot write ({})", path, error.message());
  }
  return {};
}

// Prints `text` to standard output, or writes it to `path` when one is given.
inline bool emit(const std::string& text, const std::string& path) {
  if (path.empty() || path == "-") {
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
    return true;
  }
  if (const std::string error = write_atomically(path, text); !error.empty()) {
    fmt::print(stderr, "gcsj: error: {}\n", error);
    return false;
  }
  return true;
}

}  // namespace gcsj::cli
