#include "load/file_walker.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace gcsj::load {
namespace fs = std::filesystem;
namespace {

constexpr int kMaxDepth = 64;

bool is_registry_file(std::string_view name) {
  return name.ends_with(".yaml") || name.ends_with(".yml");
}

std::string join(const std::string& base, const std::string& name) {
  if (base.empty() || base.back() == '/') return base + name;
  return base + "/" + name;
}

// One entry of a directory listing. Names, not fs::paths, are kept: a path stores its parsed
// components, several times the name's size, and a registry directory may list 100,000 files.
struct Listed {
  std::string name;
  bool is_link = false;
  bool is_regular = false;  // as the listing says; links and unknown types are looked up
};

void walk(const std::string& directory, const std::string& display, int depth,
          std::vector<FoundFile>& found) {
  std::error_code error;
  fs::directory_iterator it(directory, error);
  if (error) {
    found.push_back({display, directory, "cannot read directory: " + error.message()});
    return;
  }
  std::vector<Listed> listing;
  for (; it != fs::directory_iterator(); it.increment(error)) {
    if (error) {
      found.push_back({display, directory, "cannot read directory: " + error.message()});
      break;
    }
    std::string name = it->path().filename().string();
    if (name.starts_with(".")) continue;
    std::error_code type_error;
    const bool is_link = it->is_symlink(type_error);
    listing.push_back({std::move(name), is_link, !is_link && it->is_regular_file(type_error)});
  }
  // Byte order of the names: the order fs::path gives one-component names, cheaper to compute.
  std::sort(listing.begin(), listing.end(),
            [](const Listed& a, const Listed& b) { return a.name < b.name; });
  for (const Listed& entry : listing) {
    const std::string path = join(directory, entry.name);
    const std::string shown = join(display, entry.name);
    std::error_code status_error;
    // Follows links; the type the directory listing gave spares a stat per regular file.
    const auto status =
        entry.is_regular ? fs::file_status(fs::file_type::regular) : fs::status(path, status_error);
    if (status.type() == fs::file_type::directory) {
      if (entry.is_link) continue;
      if (depth >= kMaxDepth) {
        found.push_back({shown, path, "directory nesting deeper than 64 levels"});
        continue;
      }
      walk(path, shown, depth + 1, found);
      continue;
    }
    if (!is_registry_file(entry.name)) continue;
    if (status_error || status.type() == fs::file_type::not_found) {
      found.push_back({shown, path, "broken symbolic link"});
    } else if (status.type() != fs::file_type::regular) {
      found.push_back({shown, path, "not a regular file (a pipe, socket or device)"});
    } else {
      found.push_back({shown, path, {}});
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
