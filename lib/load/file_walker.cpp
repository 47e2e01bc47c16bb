#include "load/file_walker.hpp"

#include <algorithm>
#include <system_error>

namespace gcsj::load {
namespace fs = std::filesystem;
namespace {

constexpr int kMaxDepth = 64;

bool is_registry_file(const fs::path& path) {
  const auto extension = path.extension();
  return extension == ".yaml" || extension == ".yml";
}

std::string join(const std::string& base, const std::string& name) {
  if (base.empty() || base.back() == '/') return base + name;
  return base + "/" + name;
}

void walk(const fs::path& directory, const std::string& display, int depth,
          std::vector<FoundFile>& found) {
  std::error_code error;
  fs::directory_iterator it(directory, error);
  if (error) {
    found.push_back({display, directory, "cannot read directory: " + error.message()});
    return;
  }
  std::vector<fs::directory_entry> entries;
  for (; it != fs::directory_iterator(); it.increment(error)) {
    if (error) {
      found.push_back({display, directory, "cannot read directory: " + error.message()});
      break;
    }
    entries.push_back(*it);
  }
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.path().filename() < b.path().filename(); });
  for (const auto& entry : entries) {
    const std::string name = entry.path().filename().string();
    if (name.starts_with(".")) continue;
    const std::string shown = join(display, name);
    std::error_code status_error;
    const bool is_link = entry.is_symlink(status_error);
    // Follows links; the type the directory listing gave spares a stat per regular file.
    const auto status = entry.is_regular_file(status_error)
                            ? fs::file_status(fs::file_type::regular)
                            : entry.status(status_error);
    if (status.type() == fs::file_type::directory) {
      if (is_link) continue;
      if (depth >= kMaxDepth) {
        found.push_back({shown, entry.path(), "directory nesting deeper than 64 levels"});
        continue;
      }
      walk(entry.path(), shown, depth + 1, found);
      continue;
    }
    if (!is_registry_file(entry.path())) continue;
    if (status_error || status.type() == fs::file_type::not_found) {
      found.push_back({shown, entry.path(), "broken symbolic link"});
    } else if (status.type() != fs::file_type::regular) {
      found.push_back({shown, entry.path(), "not a regular file (a pipe, socket or device)"});
    } else {
      found.push_back({shown, entry.path(), {}});
    }
  }
}

}  // namespace

std::vector<FoundFile> find_registry_files(const std::string& directory) {
  std::vector<FoundFile> found;
  walk(directory, directory, 0, found);
  return found;
}

}  // namespace gcsj::load
