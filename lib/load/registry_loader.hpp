#pragma once
// Loads the files named on the command line (and a registry given as context) into the model.

#include <optional>
#include <string>
#include <vector>

#include "findings/finding.hpp"
#include "model/registry.hpp"

namespace gcsj::load {

struct LoadRequest {
  std::vector<std::string> paths;           // files, directories, or "-" for standard input
  std::optional<std::string> stdin_text;    // the text of "-", read by the caller
  std::optional<std::string> registry_dir;  // --registry: context for the paths
  unsigned jobs = 0;                        // files parsed at once; 0: one per hardware thread
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
  std::vector<model::Partner> partners;
  std::vector<model::Group> groups;
  std::vector<findings::Finding> findings;
};
// Files larger than this are cut into chunks of whole documents, parsed on `jobs` threads.
inline constexpr std::size_t kChunkBytes = std::size_t{1} << 20;
LoadedFile load_file_text(model::FileId file, std::string text, unsigned jobs = 1);

// Loads one file's text (already read) as file `file` of `registry`.
void load_text(model::FileId file, std::string text, model::Registry& registry,
               std::vector<findings::Finding>& out);

}  // namespace gcsj::load
