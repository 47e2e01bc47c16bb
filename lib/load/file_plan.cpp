#include "load/file_plan.hpp"

#include <unistd.h>

#include <filesystem>
#include <map>
#include <system_error>

#include "load/file_walker.hpp"

namespace gcsj::load {
namespace fs = std::filesystem;
namespace {

std::string identity_of(const fs::path& path) {
  std::error_code error;
  const fs::path canonical = fs::weakly_canonical(path, error);
  return error ? path.lexically_normal().string() : canonical.string();
}

class Planner {
 public:
  explicit Planner(bool may_overlap) : may_overlap_(may_overlap) {}

  // Every registry file below `directory`; a file already planned is selected when it is now.
  void walk(const std::string& directory, bool selected) {
    for (FoundFile& found : find_registry_files(directory)) {
      if (may_overlap_ && !claim(identity_of(found.path), found.display, selected, false)) continue;
      plan_.files.push_back(
          {std::move(found.display), std::move(found.path), std::move(found.problem), selected});
    }
  }

  // A file named on the command line.
  void name(const std::string& path, fs::file_type type, std::vector<std::string>& errors) {
    const std::string identity = identity_of(path);
    if (!claim(identity, path, true, true)) return;
    // A pipe named on the command line is read (`gcsj validate <(git show HEAD:p.yaml)`); a
    // device such as /dev/zero never ends, and is not a registry file.
    if (type != fs::file_type::regular && type != fs::file_type::fifo) {
      plan_.files.push_back({path, path, "not a regular file (a device or socket)", true});
      return;
    }
    if (::access(path.c_str(), R_OK) != 0) {  // unlike opening it, never waits on a pipe
      by_identity_.erase(identity);
      errors.push_back(path + ": cannot be read");
      return;
    }
    plan_.files.push_back(
        {path,
         path,
         {},
         true,
         type == fs::file_type::fifo ? PlannedFile::Source::pipe : PlannedFile::Source::file});
  }

  void standard_input() {
    plan_.files.push_back({"<stdin>", {}, {}, true, PlannedFile::Source::standard_input});
  }

  FilePlan& plan() { return plan_; }

 private:
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
  FilePlan plan_;
  std::map<std::string, std::size_t> by_identity_;  // one read per file, however often named
};

}  // namespace

util::Expected<FilePlan> plan_files(const std::vector<std::string>& paths,
                                    const std::optional<std::string>& registry_dir) {
  // Canonical paths (a readlink per file) are only needed when one file may be named twice.
  Planner planner(registry_dir.has_value() || paths.size() > 1);
  std::vector<std::string> errors;
  if (registry_dir) {
    std::error_code error;
    if (!fs::is_directory(*registry_dir, error))
      return util::Error{"--registry " + *registry_dir + ": not a directory"};
    planner.plan().complete = true;
    planner.walk(*registry_dir, false);
  }
  for (const std::string& path : paths) {
    if (path == "-") {
      planner.standard_input();
      continue;
    }
    std::error_code error;
    const auto status = fs::status(path, error);
    if (error || status.type() == fs::file_type::not_found) {
      errors.push_back(path + ": no such file or directory");
      continue;
    }
    if (status.type() == fs::file_type::directory) {
      planner.plan().complete = true;
      planner.walk(path, true);
      continue;
    }
    planner.name(path, status.type(), errors);
  }
  if (!errors.empty()) {
    std::string message;
    for (const std::string& e : errors) message += (message.empty() ? "" : "\n") + e;
    return util::Error{std::move(message)};
  }
  return std::move(planner.plan());
}

}  // namespace gcsj::load
