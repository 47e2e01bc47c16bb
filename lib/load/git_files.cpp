// The registry files of a git revision: its tree walked as file_walker walks a directory, and its
// blobs read from the object store when the loader asks for them.

#include <algorithm>
#include <filesystem>
#include <system_error>
#include <vector>

#include <fmt/format.h>

#include "load/git_handles.hpp"
#include "load/git_revision.hpp"
#include "util/glob.hpp"

namespace gcsj::load {
namespace fs = std::filesystem;
namespace {

constexpr int kMaxDepth = 64;                // as file_walker
constexpr std::size_t kMaxLinkBytes = 4096;  // a symbolic link's target, as PATH_MAX

bool is_registry_file(std::string_view name) {
  return name.ends_with(".yaml") || name.ends_with(".yml");
}

std::string join(const std::string& directory, const std::string& name) {
  return directory.empty() ? name : directory + "/" + name;
}

// The parts of a path between its `/`s (empty parts included).
std::vector<std::string> split(std::string_view path) {
  std::vector<std::string> parts;
  for (std::size_t start = 0;;) {
    const std::size_t end = std::min(path.find('/', start), path.size());
    parts.emplace_back(path.substr(start, end - start));
    if (end == path.size()) return parts;
    start = end + 1;
  }
}

struct Listed {
  std::string name;
  git_oid id;
  git_filemode_t mode;
};

class TreeWalker {
 public:
  TreeWalker(const GitRevision::Impl& git, const WalkOptions& options, FilePlan& plan)
      : git_(git), options_(options), plan_(plan) {}

  void walk(const git_tree* tree, const std::string& display, const std::string& below, int depth) {
    std::vector<Listed> listing;
    const std::size_t count = git_tree_entrycount(tree);
    listing.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
      const git_tree_entry* entry = git_tree_entry_byindex(tree, i);
      std::string name = git_tree_entry_name(entry);
      if (name.starts_with(".")) continue;  // hidden, as in a directory walked
      listing.push_back(
          {std::move(name), *git_tree_entry_id(entry), git_tree_entry_filemode(entry)});
    }
    // git sorts a tree's entries as if directories ended with `/`; the walker sorts plain names.
    std::sort(listing.begin(), listing.end(),
              [](const Listed& a, const Listed& b) { return a.name < b.name; });
    for (const Listed& entry : listing) {
      const std::string shown = join_display(display, entry.name);
      const std::string path = join(below, entry.name);
      switch (entry.mode) {
        case GIT_FILEMODE_TREE:
          descend(entry, shown, path, depth);
          break;
        case GIT_FILEMODE_LINK:
          link(entry, shown, path);
          break;
        case GIT_FILEMODE_COMMIT:
          add(shown, {Refusal::Kind::submodule, {}}, {});
          break;
        default:
          blob(entry, shown, path);
      }
    }
  }

 private:
  void descend(const Listed& entry, const std::string& shown, const std::string& below, int depth) {
    if (depth >= kMaxDepth) {
      add(shown, {Refusal::Kind::too_deep, {}}, {});
      return;
    }
    git_tree* subtree = nullptr;
    if (git_tree_lookup(&subtree, repository(), &entry.id) != 0) {
      add(shown, {Refusal::Kind::cannot_list, git_message("unknown reason")}, {});
      return;
    }
    const Git<git_tree> owned(subtree);
    walk(subtree, shown, below, depth + 1);
  }

  void blob(const Listed& entry, const std::string& shown, const std::string& below) {
    if (!is_registry_file(entry.name) || excluded(below)) return;
    std::size_t size = 0;
    git_object_t type = GIT_OBJECT_INVALID;
    if (git_odb_read_header(&size, &type, git_.odb.get(), &entry.id) != 0) {
      add(shown, {Refusal::Kind::cannot_read, git_message("unknown reason")}, {});
      return;
    }
    PlannedFile& planned = add(shown, {}, git_oid_tostr_s(&entry.id));
    planned.source = PlannedFile::Source::blob;
    planned.size = size;
  }

  // Reported as file_walker reports a link it does not follow: when its name is a registry file's,
  // or when it leads to a directory (here: a tree of the revision).
  void link(const Listed& entry, const std::string& shown, const std::string& below) {
    if (!is_registry_file(entry.name) && !leads_to_tree(entry, below)) return;
    if (is_registry_file(entry.name) && excluded(below)) return;
    add(shown, {Refusal::Kind::link_not_followed, {}}, {});
  }

  // True when the link's target, taken from the link's directory, names a tree of the revision,
  // or, for a target outside the revision (an absolute path, or above the repository's root), a
  // directory of the file system, as the same link in the work tree would lead to one: the same
  // link then gives the same note in both versions.
  bool leads_to_tree(const Listed& entry, const std::string& below) const {
    std::size_t size = 0;
    git_object_t type = GIT_OBJECT_INVALID;
    if (git_odb_read_header(&size, &type, git_.odb.get(), &entry.id) != 0 || size > kMaxLinkBytes)
      return false;
    git_odb_object* read = nullptr;
    if (git_odb_read(&read, git_.odb.get(), &entry.id) != 0) return false;
    const Git<git_odb_object> object(read);
    const std::string_view target(static_cast<const char*>(git_odb_object_data(read)),
                                  git_odb_object_size(read));
    if (target.empty() || target.find('\0') != std::string_view::npos) return false;
    // The link's directory, from the repository's root, then the target's parts.
    std::vector<std::string> parts = split(join(git_.relative, below));
    parts.pop_back();  // the link's own name
    const auto outside = [&] {
      std::error_code error;
      const fs::path link_directory = fs::path(git_.workdir) / join(git_.relative, below);
      return fs::is_directory(link_directory.parent_path() / std::string(target), error);
    };
    if (target.starts_with('/')) return outside();
    for (std::string& part : split(target)) parts.push_back(std::move(part));
    std::vector<std::string> resolved;
    for (std::string& part : parts) {
      if (part.empty() || part == ".") continue;
      if (part == "..") {
        if (resolved.empty()) return outside();  // above the repository's root
        resolved.pop_back();
        continue;
      }
      resolved.push_back(std::move(part));
    }
    std::string path;
    for (const std::string& part : resolved) path = join(path, part);
    if (path.empty()) return true;  // the root itself
    git_tree_entry* found = nullptr;
    if (git_tree_entry_bypath(&found, git_.root.get(), path.c_str()) != 0) return false;
    const Git<git_tree_entry> owned(found);
    return git_tree_entry_filemode(found) == GIT_FILEMODE_TREE;
  }

  bool excluded(const std::string& below) {
    for (const std::string& pattern : options_.exclude)
      if (util::glob_match(pattern, below)) {
        ++plan_.excluded;
        return true;
      }
    return false;
  }

  PlannedFile& add(std::string display, Refusal refusal, std::string path) {
    PlannedFile& planned = plan_.files.emplace_back();
    planned.display = std::move(display);
    planned.path = std::move(path);
    planned.refusal = std::move(refusal);
    return planned;
  }

  git_repository* repository() const { return git_.repository.get(); }

  const GitRevision::Impl& git_;
  const WalkOptions& options_;
  FilePlan& plan_;
};

class RevisionFiles final : public FileSource {
 public:
  RevisionFiles(std::shared_ptr<const GitRevision::Impl> git, std::string shown_as)
      : git_(std::move(git)), shown_as_(std::move(shown_as)) {}

  util::Expected<FilePlan> plan(const PlanOptions& options) const override {
    FilePlan plan;
    plan.complete = true;  // the whole registry of the revision, as a directory named
    if (git_->registry)
      TreeWalker(*git_, options.walk, plan).walk(git_->registry.get(), shown_as_, "", 0);
    return plan;
  }

  util::Expected<HeldText> read(const PlannedFile& file) const override {
    git_oid id;
    if (git_oid_fromstrn(&id, file.path.data(), file.path.size()) != 0)
      return util::Error{"not an object id: " + file.path};
    git_odb_object* read = nullptr;
    if (git_odb_read(&read, git_->odb.get(), &id) != 0)
      return util::Error{"cannot be read from git: " + git_message("unknown reason")};
    std::shared_ptr<const void> owner(read, [](const void* object) {
      git_odb_object_free(static_cast<git_odb_object*>(const_cast<void*>(object)));
    });
    if (git_odb_object_type(read) != GIT_OBJECT_BLOB) return util::Error{"not a blob"};
    return HeldText{std::string_view(static_cast<const char*>(git_odb_object_data(read)),
                                     git_odb_object_size(read)),
                    std::move(owner)};
  }

 private:
  std::shared_ptr<const GitRevision::Impl> git_;
  std::string shown_as_;
};

}  // namespace

std::unique_ptr<FileSource> GitRevision::files(std::string shown_as) const {
  return std::make_unique<RevisionFiles>(impl_, std::move(shown_as));
}

}  // namespace gcsj::load
