#include "load/file_walker.hpp"

#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>

#include "util/glob.hpp"

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

class Walker {
 public:
  Walker(const std::string& root, const WalkOptions& options) : options_(options) {
    std::error_code error;
    root_ = fs::weakly_canonical(fs::absolute(root, error), error);
  }

  void walk(const std::string& directory, const std::string& display, const std::string& relative,
            int depth) {
    std::vector<Listed> listing;
    if (!list(directory, display, listing)) return;
    for (const Listed& entry : listing) {
      const std::string path = join(directory, entry.name);
      const std::string shown = join(display, entry.name);
      const std::string below = relative.empty() ? entry.name : relative + "/" + entry.name;
      if (entry.is_link) {
        link(path, shown, below, entry.name, depth);
        continue;
      }
      std::error_code status_error;
      // The type the directory listing gave spares a stat per regular file.
      const auto status = entry.is_regular ? fs::file_status(fs::file_type::regular)
                                           : fs::symlink_status(path, status_error);
      if (status.type() == fs::file_type::directory) {
        descend(path, shown, below, depth);
        continue;
      }
      if (!is_registry_file(entry.name) || excluded(below)) continue;
      if (status_error)
        found_.files.push_back(
            {shown, path, {Refusal::Kind::cannot_inspect, status_error.message()}});
      else if (status.type() != fs::file_type::regular)
        found_.files.push_back({shown, path, {Refusal::Kind::pipe_socket_or_device, {}}});
      else
        found_.files.push_back({shown, path, {}});
    }
  }

  Walk take() { return std::move(found_); }

 private:
  bool list(const std::string& directory, const std::string& display,
            std::vector<Listed>& listing) {
    std::error_code error;
    fs::directory_iterator it(directory, error);
    if (error) {
      found_.files.push_back({display, directory, {Refusal::Kind::cannot_list, error.message()}});
      return false;
    }
    for (; it != fs::directory_iterator(); it.increment(error)) {
      if (error) {
        found_.files.push_back({display, directory, {Refusal::Kind::cannot_list, error.message()}});
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
    return true;
  }

  void descend(const std::string& path, const std::string& shown, const std::string& below,
               int depth) {
    if (depth >= kMaxDepth) {
      found_.files.push_back({shown, path, {Refusal::Kind::too_deep, {}}});
      return;
    }
    walk(path, shown, below, depth + 1);
  }

  bool excluded(const std::string& below) {
    for (const std::string& pattern : options_.exclude)
      if (util::glob_match(pattern, below)) {
        ++found_.excluded;
        return true;
      }
    return false;
  }

  // A symbolic link: reported and left alone, or followed to a target inside the registry.
  void link(const std::string& path, const std::string& shown, const std::string& below,
            const std::string& name, int depth) {
    std::error_code error;
    const auto target = fs::status(path, error);
    const bool directory = !error && target.type() == fs::file_type::directory;
    if (!directory && (!is_registry_file(name) || excluded(below))) return;
    if (!options_.follow_symlinks) {
      found_.files.push_back({shown, path, {Refusal::Kind::link_not_followed, {}}});
      return;
    }
    const fs::path resolved = fs::weakly_canonical(fs::absolute(path, error), error);
    if (error || !inside_root(resolved)) {
      found_.files.push_back({shown, path, {Refusal::Kind::link_outside, {}}});
      return;
    }
    if (directory) {
      if (!visited_.insert(resolved.string()).second) return;  // a loop, or a second way in
      descend(resolved.string(), shown, below, depth);
      return;
    }
    if (error || target.type() == fs::file_type::not_found)
      found_.files.push_back({shown, path, {Refusal::Kind::broken_link, {}}});
    else if (target.type() != fs::file_type::regular)
      found_.files.push_back({shown, path, {Refusal::Kind::pipe_socket_or_device, {}}});
    else
      found_.files.push_back({shown, resolved.string(), {}});
  }

  // True when `resolved` lies below the root and under none of its hidden directories.
  bool inside_root(const fs::path& resolved) const {
    const fs::path relative = resolved.lexically_relative(root_);
    if (relative.empty() || relative.native().starts_with("..")) return false;
    return std::none_of(relative.begin(), relative.end(),
                        [](const fs::path& part) { return part.native().starts_with("."); }) ||
           relative == ".";
  }

  const WalkOptions& options_;
  fs::path root_;
  std::set<std::string> visited_;
  Walk found_;
};

}  // namespace

i18n::Message Refusal::message() const {
  using i18n::arg;
  using i18n::msg;
  switch (kind) {
    case Kind::none:
      break;
    case Kind::link_not_followed:
      return msg(
          "a symbolic link, not followed (--follow-symlinks follows links whose target lies "
          "inside the registry)");
    case Kind::submodule:
      return msg("a git submodule, not read");
    case Kind::link_outside:
      return msg(
          "a symbolic link to a target outside the registry (or inside a hidden directory), "
          "which gcsj does not read");
    case Kind::broken_link:
      return msg("a broken symbolic link");
    case Kind::pipe_socket_or_device:
      return msg("not a regular file (a pipe, socket or device)");
    case Kind::device_or_socket:
      return msg("not a regular file (a device or socket)");
    case Kind::cannot_inspect:
      return msg("cannot be inspected: {reason}", arg("reason", detail));
    case Kind::cannot_list:
      return msg("cannot read directory: {reason}", arg("reason", detail));
    case Kind::cannot_read:
      return msg("cannot be read: {reason}", arg("reason", detail));
    case Kind::too_deep:
      return msg("directory nesting deeper than {limit} levels", arg("limit", kMaxDepth));
  }
  return {};
}

Walk find_registry_files(const std::string& directory, const WalkOptions& options) {
  Walker walker(directory, options);
  walker.walk(directory, directory, "", 0);
  return walker.take();
}

}  // namespace gcsj::load
