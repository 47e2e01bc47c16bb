#pragma once
// Writing a command's output: to standard output, or to the file of -o (util::write_file: a
// regular file is replaced atomically, so a reader never sees a half-written report; a device or a
// FIFO is written as it is; a symbolic link is written through, unless it lies inside a registry
// the command reads or its repository's work tree, which are untrusted input, or leads nowhere;
// a command that reads no registry guards the work trees around the current directory and FILE).

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

#include "util/expected.hpp"
#include "util/file_io.hpp"

namespace gcsj::cli {

// The work tree of the git repository holding `directory`: the first directory up from it that
// holds `.git`, as the configuration is looked for.
inline std::optional<std::string> work_tree_of(const std::filesystem::path& directory) {
  namespace fs = std::filesystem;
  std::error_code error;
  for (fs::path up = directory;; up = up.parent_path()) {
    if (fs::exists(up / ".git", error)) return up.string();
    if (up == up.root_path() || up.parent_path() == up) return std::nullopt;
  }
}

// The directories whose symbolic links an output never goes through: each registry path read
// (a file's directory), and the work tree of the git repository holding it (the first directory
// up from it that holds `.git`, as the configuration is looked for).
inline std::vector<std::string> untrusted_directories(const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  std::vector<std::string> directories;
  for (const std::string& path : paths) {
    if (path.empty() || path == "-") continue;
    std::error_code error;
    fs::path directory = fs::absolute(path, error).lexically_normal();
    if (error) continue;
    if (!fs::is_directory(directory, error)) directory = directory.parent_path();
    // Files of one directory, as `xargs` passes them, are looked up once.
    if (std::find(directories.begin(), directories.end(), directory.string()) != directories.end())
      continue;
    directories.push_back(directory.string());
    if (auto tree = work_tree_of(directory)) directories.push_back(std::move(*tree));
  }
  return directories;
}

// What an output without a registry read (`gcsj schema -o`, `validate - -o`) never writes
// through: links inside the work tree of the current directory's repository and of the one
// holding the output's directory, which a pull request may have planted as well.
inline std::vector<std::string> untrusted_around(const std::string& output) {
  namespace fs = std::filesystem;
  std::vector<std::string> directories;
  std::error_code error;
  for (const fs::path& directory :
       {fs::current_path(error), fs::absolute(output, error).lexically_normal().parent_path()}) {
    if (directory.empty()) continue;
    auto tree = work_tree_of(directory);
    if (tree && std::find(directories.begin(), directories.end(), *tree) == directories.end())
      directories.push_back(std::move(*tree));
  }
  return directories;
}

// Prints `text` to standard output, or writes it to `path` when one is given; never through a
// link inside one of the registry paths `read` (untrusted_directories), or, when it reads none,
// inside the work trees around (untrusted_around).
inline util::Expected<void> emit(const std::string& text, const std::string& path,
                                 const std::vector<std::string>& read = {}) {
  if (path.empty() || path == "-") {
    errno = 0;
    const std::size_t written = std::fwrite(text.data(), 1, text.size(), stdout);
    if (written != text.size() || std::fflush(stdout) != 0 || std::ferror(stdout))
      return util::errno_error("standard output: cannot write", errno);
    return {};
  }
  const bool registry_read =
      std::any_of(read.begin(), read.end(), [](const auto& p) { return !p.empty() && p != "-"; });
  if (auto safe = util::refuse_links_inside(
          path, registry_read ? untrusted_directories(read) : untrusted_around(path));
      !safe)
    return safe;
  return util::write_file(path, text);
}

}  // namespace gcsj::cli
