#pragma once
// Loads the files named on the command line (and a registry given as context) into the model.

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "findings/finding.hpp"
#include "model/registry.hpp"

namespace gcsj::load {

// Judges documents as they are read (the document rules of `gcsj validate`). It runs on the
// loading threads and may read only `registry.files` and `registry.complete`: the rest of the
// registry is still being loaded.
using DocumentCheck =
    std::function<void(const model::Registry& registry, std::span<const model::Partner> partners,
                       std::span<const model::Group> groups, std::vector<findings::Finding>& out)>;

struct LoadRequest {
  std::vector<std::string> paths;           // files, directories, or "-" for standard input
  std::optional<std::string> stdin_text;    // the text of "-", read by the caller
  std::optional<std::string> registry_dir;  // --registry: context for the paths
  unsigned jobs = 0;                        // files parsed at once; 0: one per hardware thread
  DocumentCheck check_documents;            // optional
  // False: keep only each partner's digest once `check_documents` has seen it, so memory stays
  // bounded however large the registry; true: keep whole partners too (the views).
  bool keep_partners = true;
};

struct LoadResult {
  model::Registry registry;
  std::vector<findings::Finding> findings;  // format findings of the files read
  // Problems with the command line itself (a path that does not exist): exit status 2.
  std::vector<std::string> usage_errors;
};

LoadResult load_registry(const LoadRequest& request);

// What one file holds. Loading a file touches nothing shared, so files load in parallel.
struct LoadedFile {
  std::vector<model::Partner> partners;  // empty unless the load keeps partners
  std::deque<model::PartnerDigest> digests;
  std::vector<model::Located<std::string>> partner_references;
  std::vector<model::Group> groups;
  std::vector<findings::Finding> findings;
  int documents = 0;  // non-empty YAML documents
};
// Files are read in chunks of whole documents of about this size, parsed on `jobs` threads.
inline constexpr std::size_t kChunkBytes = std::size_t{1} << 20;
LoadedFile load_file_text(model::FileId file, std::string_view text, unsigned jobs = 1);

// Loads one file's text (already read) as file `file` of `registry`.
void load_text(model::FileId file, std::string_view text, model::Registry& registry,
               std::vector<findings::Finding>& out);

}  // namespace gcsj::load
