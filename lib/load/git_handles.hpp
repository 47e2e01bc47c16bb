#pragma once
// libgit2's objects owned by unique_ptrs, and what a GitRevision holds. Included by the files of
// lib/load/ that call libgit2 only: nothing else of gcsj sees git2.h.

#include <git2.h>

#include <memory>
#include <string>
#include <string_view>

#include "load/git_revision.hpp"

namespace gcsj::load {

struct GitFree {
  void operator()(git_repository* p) const { git_repository_free(p); }
  void operator()(git_odb* p) const { git_odb_free(p); }
  void operator()(git_object* p) const { git_object_free(p); }
  void operator()(git_tree* p) const { git_tree_free(p); }
  void operator()(git_tree_entry* p) const { git_tree_entry_free(p); }
  void operator()(git_odb_object* p) const { git_odb_object_free(p); }
};
template <class T>
using Git = std::unique_ptr<T, GitFree>;

// libgit2's message for the last failure on this thread, or `fallback`.
inline std::string git_message(std::string_view fallback) {
  const git_error* error = git_error_last();
  return error && error->message ? std::string(error->message) : std::string(fallback);
}

struct GitRevision::Impl {
  Git<git_repository> repository;
  Git<git_odb> odb;        // thread-safe: blobs are read from it by every loading thread
  Git<git_tree> root;      // the commit's tree
  Git<git_tree> registry;  // the tree at `relative`, when it is a directory there
  std::string revision;
  std::string commit;
  std::string relative;
  std::string workdir;  // the repository's work tree, where a link leaving the revision leads
};

}  // namespace gcsj::load
