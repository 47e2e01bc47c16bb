#include "app/output_file.hpp"

#include <algorithm>
#include <system_error>

#include "util/file_io.hpp"

namespace gcsj::app {

namespace fs = std::filesystem;

std::optional<std::string> work_tree_of(const fs::path& directory) {
  std::error_code error;
  for (fs::path up = directory;; up = up.parent_path()) {
    if (fs::exists(up / ".git", error)) return up.string();
    if (up == up.root_path() || up.parent_path() == up) return std::nullopt;
  }
}

std::vector<std::string> untrusted_directories(const std::vector<std::string>& paths) {
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

std::vector<std::string> untrusted_around(const std::string& output) {
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

Expected<void> write_output_file(const std::string& text, const std::string& path,
                                 const std::vector<std::string>& read) {
  const bool registry_read =
      std::any_of(read.begin(), read.end(), [](const auto& p) { return !p.empty() && p != "-"; });
  if (auto safe = util::refuse_links_inside(
          path, registry_read ? untrusted_directories(read) : untrusted_around(path));
      !safe)
    return output(safe.error());
  if (auto written = util::write_file(path, text); !written) return output(written.error());
  return {};
}

}  // namespace gcsj::app
