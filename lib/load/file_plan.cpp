#include "load/file_plan.hpp"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <system_error>

namespace gcsj::load {
namespace fs = std::filesystem;
namespace {

std::string identity_of(const fs::path& path) {
  std::error_code error;
  const fs::path canonical = fs::weakly_canonical(path, error);
  return error ? path.lexically_normal().string() : canonical.string();
}

// True when `path` lies below `root`, and under none of its hidden directories.
bool lies_inside(const fs::path& path, const fs::path& root) {
  const fs::path relative = path.lexically_relative(root);
  if (relative.empty() || relative.native().starts_with("..")) return false;
  return std::none_of(relative.begin(), relative.end(),
                      [](const fs::path& part) { return part.native().starts_with("."); });
}

class Planner {
 public:
  Planner(bool may_overlap, const PlanOptions& options)
      : may_overlap_(may_overlap), options_(options) {}

  // Every registry file below `directory`; a file already planned is selected when it is now.
  // Returns how many registry files the directory holds (read, refused, skipped or excluded).
  std::size_t walk(const std::string& directory, bool selected) {
    Walk walk = find_registry_files(directory, options_.walk);
    plan_.excluded += walk.excluded;
    for (FoundFile& found : walk.files) {
      if (may_overlap_ && !claim(identity_of(found.path), found.display, selected, false)) continue;
      PlannedFile& planned = plan_.files.emplace_back();
      planned.display = std::move(found.display);
      planned.path = std::move(found.path);
      planned.refusal = std::move(found.refusal);
      planned.selected = selected;
    }
    return walk.files.size() + static_cast<std::size_t>(walk.excluded);
  }

  // A file named on the command line; `root` bounds where a symbolic link may lead.
  void name(const std::string& path, fs::file_type type, const fs::path& root,
            std::vector<std::string>& errors) {
    std::error_code error;
    std::string open_path = path;
    // A link to a pipe is what `<(command)` gives (/dev/fd/63): read it. Other links are
    // treated as in a directory.
    if (fs::is_symlink(fs::symlink_status(path, error)) && type != fs::file_type::fifo) {
      if (!options_.walk.follow_symlinks)
        return add(path, path, {Refusal::Kind::link_not_followed, {}});
      const fs::path resolved = fs::weakly_canonical(fs::absolute(path, error), error);
      if (error || !lies_inside(resolved, root))
        return add(path, path, {Refusal::Kind::link_outside, {}});
      open_path = resolved.string();
    }
    if (type == fs::file_type::not_found) return add(path, path, {Refusal::Kind::broken_link, {}});
    const std::string identity = identity_of(path);
    if (!claim(identity, path, true, true)) return;
    // A pipe named on the command line is read (`gcsj validate <(git show HEAD:p.yaml)`); a
    // device such as /dev/zero never ends, and is not a registry file.
    if (type != fs::file_type::regular && type != fs::file_type::fifo)
      return add(path, path, {Refusal::Kind::device_or_socket, {}});
    if (::access(path.c_str(), R_OK) != 0) {  // unlike opening it, never waits on a pipe
      by_identity_.erase(identity);
      errors.push_back(path + ": cannot be read");
      return;
    }
    add(path, open_path, {},
        type == fs::file_type::fifo ? PlannedFile::Source::pipe : PlannedFile::Source::file);
  }

  void standard_input() { add("<stdin>", {}, {}, PlannedFile::Source::standard_input); }

  FilePlan& plan() { return plan_; }

 private:
  void add(std::string display, std::string path, Refusal refusal,
           PlannedFile::Source source = PlannedFile::Source::file) {
    PlannedFile& planned = plan_.files.emplace_back();
    planned.display = std::move(display);
    planned.path = std::move(path);
    planned.refusal = std::move(refusal);
    planned.source = source;
  }

  // False when the file is planned already. A file named on the command line is shown as named;
  // one found again while walking a selected directory becomes selected.
  bool claim(const std::string& identity, const std::string& display, bool selected, bool named) {
    const auto [it, inserted] = by_identity_.emplace(identity, plan_.files.size());
    if (inserted) return true;
    PlannedFile& existing = plan_.files[it->second];
    if (named || (selected && !existing.selected)) {
      existing.selected = true;
      existing.display = display;
    }
    return false;
  }

  bool may_overlap_;
  const PlanOptions& options_;
  FilePlan plan_;
  std::map<std::string, std::size_t> by_identity_;  // one read per file, however often named
};

}  // namespace

util::Expected<FilePlan> plan_files(const std::vector<std::string>& paths,
                                    const std::optional<std::string>& registry_dir,
                                    const PlanOptions& options) {
  // Canonical paths (a readlink per file) are only needed when one file may be named twice.
  Planner planner(registry_dir.has_value() || paths.size() > 1, options);
  std::vector<std::string> errors;
  std::error_code error;
  if (registry_dir) {
    if (!fs::is_directory(*registry_dir, error))
      return util::Error{"--registry " + *registry_dir + ": not a directory"};
    planner.plan().complete = true;
    planner.walk(*registry_dir, false);
  }
  // Where a symbolic link named on the command line may lead, when links are followed.
  const fs::path root = fs::weakly_canonical(
      registry_dir ? fs::absolute(*registry_dir, error) : fs::current_path(error), error);
  for (const std::string& path : paths) {
    if (path == "-") {
      planner.standard_input();
      continue;
    }
    const auto status = fs::status(path, error);
    if (fs::is_symlink(fs::symlink_status(path, error)) &&
        status.type() != fs::file_type::directory && status.type() != fs::file_type::fifo) {
      planner.name(path, status.type(), root, errors);  // reported, even when broken
      continue;
    }
    if (status.type() == fs::file_type::not_found || status.type() == fs::file_type::none) {
      errors.push_back(path + ": no such file or directory");
      continue;
    }
    if (status.type() == fs::file_type::directory) {
      planner.plan().complete = true;
      if (planner.walk(path, true) == 0 && !options.allow_empty)
        errors.push_back("no registry files under " + path +
                         " (*.yaml or *.yml; hidden ones are skipped); --allow-empty accepts it");
      continue;
    }
    planner.name(path, status.type(), root, errors);
  }
  if (!errors.empty()) {
    std::string message;
    for (const std::string& e : errors) message += (message.empty() ? "" : "\n") + e;
    return util::Error{std::move(message)};
  }
  return std::move(planner.plan());
}

}  // namespace gcsj::load
