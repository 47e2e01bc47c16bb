#include <algorithm>
#include <filesystem>
#include <string_view>
#include <system_error>
#include <vector>

#include <fmt/format.h>

#include "load/git_handles.hpp"
#include "load/git_revision.hpp"

namespace gcsj::load {
namespace fs = std::filesystem;
namespace {

// libgit2 is set up once per process and never shut down (its global state is freed at exit).
// Pack files are mapped in windows of 32 MiB, at most 256 MiB at once, so reading an older
// version stays within the memory of a normal load however large the repository's packs.
void set_up_libgit2() {
  static const bool ready = [] {
    git_libgit2_init();
    git_libgit2_opts(GIT_OPT_SET_MWINDOW_SIZE, std::size_t{32} << 20);
    git_libgit2_opts(GIT_OPT_SET_MWINDOW_MAPPED_LIMIT, std::size_t{256} << 20);
    return true;
  }();
  (void)ready;
}

std::string_view kind_of(git_object_t type) {
  switch (type) {
    case GIT_OBJECT_TREE:
      return "a tree";
    case GIT_OBJECT_BLOB:
      return "a blob";
    case GIT_OBJECT_TAG:
      return "a tag";
    default:
      return "an object";
  }
}

// `path` relative to the work tree `workdir`, as git names paths ("" for the root, `a/b`); nullopt
// when it lies outside it or inside its `.git`.
std::optional<std::string> relative_to(const std::string& path, const char* workdir) {
  std::error_code error;
  const fs::path canonical = fs::weakly_canonical(fs::absolute(path, error), error);
  const fs::path root = fs::weakly_canonical(fs::path(workdir), error);
  if (error) return std::nullopt;
  const fs::path relative = canonical.lexically_relative(root);
  if (relative.empty() || relative.native().starts_with("..")) return std::nullopt;
  if (relative == ".") return std::string();
  if (*relative.begin() == ".git") return std::nullopt;
  return relative.generic_string();
}

// The part of a revision that names a reference: up to its first `~`, `^` or `@{` (`main` of
// `main~2`, `origin/main` of `origin/main@{1}`); empty for `@{-1}` and the like.
std::string_view reference_part(std::string_view revision) {
  for (std::size_t i = 0; i < revision.size(); ++i)
    if (revision[i] == '~' || revision[i] == '^' ||
        (revision[i] == '@' && i + 1 < revision.size() && revision[i + 1] == '{'))
      return revision.substr(0, i);
  return revision;
}

bool is_hexadecimal(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  });
}

// What the short name `name` may stand for, in the order git tries them ("SPECIFYING
// REVISIONS" in gitrevisions(7)): the references of those names that exist, and a commit whose
// id starts with `name` when some reference exists too. A fully qualified name (`refs/...`) that
// exists stands for itself alone, and a whole object id is an object id, as git takes them.
std::vector<std::string> meanings_of(git_repository* repository, std::string_view name) {
  if (name.empty()) return {};
  // `@` alone is git's other name for HEAD, and answers to the same references.
  const std::string named(name == "@" ? std::string_view("HEAD") : name);
  if ((name.size() == GIT_OID_HEXSZ) && is_hexadecimal(name)) return {};
  std::vector<std::string> found;
  for (const std::string& candidate :
       {named, "refs/" + named, "refs/tags/" + named, "refs/heads/" + named,
        "refs/remotes/" + named, "refs/remotes/" + named + "/HEAD"}) {
    git_reference* reference = nullptr;
    if (git_reference_lookup(&reference, repository, candidate.c_str()) != 0) continue;
    git_reference_free(reference);
    found.push_back(candidate);
    if (candidate == named && name.starts_with("refs/")) return found;
  }
  if (!found.empty() && name.size() >= GIT_OID_MINPREFIXLEN && is_hexadecimal(name)) {
    git_oid prefix;
    git_object* object = nullptr;
    if (git_oid_fromstrn(&prefix, named.data(), named.size()) == 0 &&
        git_object_lookup_prefix(&object, repository, &prefix, named.size(), GIT_OBJECT_ANY) == 0) {
      git_object_free(object);
      found.push_back(fmt::format("the object {}", git_oid_tostr_s(&prefix)));
    }
  }
  return found;
}

// `REF:PATH` names a file, and `:/TEXT` and `REF^{/TEXT}` search commit messages (which a pull
// request writes): none of them is the commit of a base branch. `REF^@`, `REF^!` and `REF^-N` are
// sets of commits (its parents; it without them; a range), which git reads as such: not one
// commit either.
bool refused_form(const std::string& revision) {
  return revision.empty() || revision.find(':') != std::string::npos ||
         revision.find("^{/") != std::string::npos || revision.find("^@") != std::string::npos ||
         revision.find("^!") != std::string::npos || revision.find("^-") != std::string::npos;
}

// The revision with its reference written in full. A short name that several references answer
// to (a tag `origin/main` beside the branch `refs/remotes/origin/main`) is refused rather than
// resolved to the first of them; the one it names is then read by its full name, so libgit2 can
// take no other.
std::variant<std::string, GitRevision::OpenError> by_full_name(git_repository* repository,
                                                               const std::string& revision,
                                                               const std::string& path) {
  const std::string_view reference = reference_part(revision);
  const auto meanings = meanings_of(repository, reference);
  if (meanings.size() > 1) {
    std::string names;
    std::string example;  // the last reference named: a remote-tracking branch when there is one
    for (const std::string& meaning : meanings) {
      names += (names.empty() ? "" : ", ") + meaning;
      if (meaning.starts_with("refs/")) example = meaning;
    }
    if (example.empty()) example = meanings.front();
    return GitRevision::OpenError{
        GitRevision::Failure::ambiguous,
        fmt::format("`{name}` is ambiguous in the repository holding {path}: it names {names}; "
                    "write the full name of the one meant (such as `{first}`)",
                    fmt::arg("name", reference), fmt::arg("path", path), fmt::arg("names", names),
                    fmt::arg("first", example))};
  }
  if (meanings.size() == 1) return meanings.front() + revision.substr(reference.size());
  return revision;
}

// The tree of the registry's directory (`relative` to the work tree) in the commit's tree `root`,
// or null when the directory was not there (or was no directory) in that commit.
git_tree* registry_tree(git_repository* repository, git_tree* root, const std::string& relative) {
  if (relative.empty()) {
    git_object* copy = nullptr;
    return git_object_dup(&copy, reinterpret_cast<git_object*>(root)) == 0
               ? reinterpret_cast<git_tree*>(copy)
               : nullptr;
  }
  git_tree_entry* entry = nullptr;
  if (git_tree_entry_bypath(&entry, root, relative.c_str()) != 0) return nullptr;
  const Git<git_tree_entry> owned(entry);
  git_tree* below = nullptr;
  if (git_tree_entry_filemode(entry) == GIT_FILEMODE_TREE &&
      git_tree_lookup(&below, repository, git_tree_entry_id(entry)) == 0)
    return below;
  return nullptr;
}

}  // namespace

std::variant<GitRevision, GitRevision::OpenError> GitRevision::open(const std::string& path,
                                                                    const std::string& revision) {
  set_up_libgit2();
  const auto no_repository = [&](std::string message) {
    return OpenError{Failure::no_repository, std::move(message)};
  };
  const auto no_revision = [&](std::string message) {
    return OpenError{Failure::no_revision, std::move(message)};
  };
  auto impl = std::make_shared<Impl>();
  impl->revision = revision;
  git_repository* repository = nullptr;
  // Flags 0: found from `path` upwards, within one file system; GIT_DIR and the other variables
  // of the environment are not read (GIT_REPOSITORY_OPEN_FROM_ENV is not given).
  if (git_repository_open_ext(&repository, path.c_str(), 0, nullptr) != 0)
    return no_repository(fmt::format("{path} lies in no git repository ({reason})",
                                     fmt::arg("path", path),
                                     fmt::arg("reason", git_message("not found"))));
  impl->repository.reset(repository);
  const char* workdir = git_repository_workdir(repository);
  if (!workdir)
    return no_repository(
        fmt::format("the repository holding {path} has no work tree", fmt::arg("path", path)));
  const auto relative = relative_to(path, workdir);
  if (!relative)
    return no_repository(
        fmt::format("{path} lies outside the work tree of its repository", fmt::arg("path", path)));
  impl->relative = *relative;
  impl->workdir = workdir;
  if (refused_form(revision))
    return no_revision(fmt::format(
        "not a revision of the repository holding {path}: a branch, tag, commit id or `HEAD~1` "
        "is expected (`REF:PATH`, `:/TEXT`, `REF^{{/TEXT}}`, `REF^@`, `REF^!` and `REF^-N` are "
        "not accepted)",
        fmt::arg("path", path)));
  auto unambiguous = by_full_name(repository, revision, path);
  if (auto* error = std::get_if<OpenError>(&unambiguous)) return std::move(*error);
  const std::string& resolved = std::get<std::string>(unambiguous);
  git_object* named = nullptr;
  if (git_revparse_single(&named, repository, resolved.c_str()) != 0)
    return no_revision(fmt::format("not a revision of the repository holding {path} ({reason})",
                                   fmt::arg("path", path),
                                   fmt::arg("reason", git_message("not found"))));
  const Git<git_object> named_object(named);
  git_object* peeled = nullptr;
  if (git_object_peel(&peeled, named, GIT_OBJECT_COMMIT) != 0)
    return no_revision(fmt::format("names {kind} of the repository holding {path}, not a commit",
                                   fmt::arg("kind", kind_of(git_object_type(named))),
                                   fmt::arg("path", path)));
  const Git<git_object> commit(peeled);
  impl->commit = git_oid_tostr_s(git_object_id(peeled));
  git_object* tree = nullptr;
  git_odb* odb = nullptr;
  if (git_object_peel(&tree, peeled, GIT_OBJECT_TREE) != 0 ||
      git_repository_odb(&odb, repository) != 0)
    return no_revision(fmt::format("the commit {commit} cannot be read ({reason})",
                                   fmt::arg("commit", impl->commit),
                                   fmt::arg("reason", git_message("unknown reason"))));
  impl->root.reset(reinterpret_cast<git_tree*>(tree));
  impl->odb.reset(odb);
  impl->registry.reset(registry_tree(repository, impl->root.get(), impl->relative));
  return GitRevision(std::move(impl));
}

GitRevision::GitRevision(std::shared_ptr<Impl> impl) : impl_(std::move(impl)) {}
GitRevision::GitRevision(GitRevision&&) noexcept = default;
GitRevision& GitRevision::operator=(GitRevision&&) noexcept = default;
GitRevision::~GitRevision() = default;

const std::string& GitRevision::revision() const {
  return impl_->revision;
}
const std::string& GitRevision::commit() const {
  return impl_->commit;
}
const std::string& GitRevision::relative() const {
  return impl_->relative;
}
bool GitRevision::holds_registry() const {
  return impl_->registry != nullptr;
}

util::Expected<std::optional<std::string>> GitRevision::read_file(const std::string& repo_path,
                                                                  std::size_t limit) const {
  const std::string shown = fmt::format("{}:{}", impl_->revision, repo_path);
  git_tree_entry* found = nullptr;
  if (git_tree_entry_bypath(&found, impl_->root.get(), repo_path.c_str()) != 0)
    return std::optional<std::string>();
  const Git<git_tree_entry> entry(found);
  const git_filemode_t mode = git_tree_entry_filemode(entry.get());
  if (mode == GIT_FILEMODE_LINK)
    return util::Error{fmt::format("{file}: a symbolic link, which gcsj does not follow",
                                   fmt::arg("file", shown))};
  if (mode != GIT_FILEMODE_BLOB && mode != GIT_FILEMODE_BLOB_EXECUTABLE)
    return util::Error{fmt::format("{file}: not a file", fmt::arg("file", shown))};
  std::size_t size = 0;
  git_object_t type = GIT_OBJECT_INVALID;
  if (git_odb_read_header(&size, &type, impl_->odb.get(), git_tree_entry_id(entry.get())) != 0)
    return util::Error{fmt::format("{file}: cannot be read ({reason})", fmt::arg("file", shown),
                                   fmt::arg("reason", git_message("unknown reason")))};
  if (size > limit)
    return util::Error{fmt::format("{file}: larger than {limit} bytes", fmt::arg("file", shown),
                                   fmt::arg("limit", limit))};
  git_odb_object* read = nullptr;
  if (git_odb_read(&read, impl_->odb.get(), git_tree_entry_id(entry.get())) != 0)
    return util::Error{fmt::format("{file}: cannot be read ({reason})", fmt::arg("file", shown),
                                   fmt::arg("reason", git_message("unknown reason")))};
  const Git<git_odb_object> object(read);
  return std::optional<std::string>(
      std::string(static_cast<const char*>(git_odb_object_data(read)), git_odb_object_size(read)));
}

}  // namespace gcsj::load
