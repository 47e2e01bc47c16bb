#pragma once
// Loads the files named on the command line (and a registry given as context) into the model:
// the file plan says what to read; the pieces of every file are then read and parsed in
// parallel, a window of files at a time, and merged in the planned order.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "findings/finding.hpp"
#include "load/document_loader.hpp"
#include "load/file_source.hpp"
#include "load/piece_cutter.hpp"
#include "model/registry.hpp"
#include "util/expected.hpp"
#include "util/progress.hpp"

namespace gcsj::load {

struct LoadRequest {
  std::vector<std::string> paths;  // files, directories, or "-" for standard input
  // A regular file holding what "-" (standard input) read, copied there by the caller, so that a
  // large input is read in pieces like any file and never held whole in memory.
  std::optional<std::string> stdin_file;
  std::optional<std::string> registry_dir;  // --registry: context for the paths
  unsigned jobs = 0;                        // pieces parsed at once; 0: one per hardware thread
  std::vector<std::string> exclude;         // globs of files not to read (util/glob.hpp)
  bool follow_symlinks = false;             // follow links to targets inside the registry
  bool allow_empty = false;                 // a directory without registry files is no error
  DocumentCheck check_documents;            // optional
  // False: keep only each partner's digest once `check_documents` has seen it, so memory stays
  // bounded however large the registry; true: keep whole partners too (the views).
  bool keep_partners = true;
  // Where the files come from instead of `paths` (a git revision, or a directory shown under
  // another name); it must outlive the load. Null: the file system, as named.
  const FileSource* source = nullptr;
  // The kinds of document read (a test adds one); they must outlive the load.
  DocumentKinds kinds = document_kinds();
  // Told of each file read (util::Stage::files_read, the files planned as its total); from the
  // loader's threads. Null: none. It must outlive the load.
  util::Progress* progress = nullptr;
};

struct LoadResult {
  model::Registry registry;
  findings::FindingList findings;  // format findings of the files read (and document rules')
  int excluded = 0;                // registry files left out by `exclude`
};

// An Error is a problem with the command line itself (a path that does not exist): exit 2.
util::Expected<LoadResult> load_registry(const LoadRequest& request);

// The file of the registry that `file` plans, as load_registry records it.
model::SourceFile source_file_of(const PlannedFile& file, const LoadRequest& request);

// Loads planned files as files `first_id`, `first_id + 1`, ... of `registry` (whose `files` hold
// them), on the request's threads, their documents judged by `request.check_documents` and kept as
// `request` says, without merging them: the editor server keeps each file's result apart, and
// reads one file again alone when it changes.
std::vector<LoadedFile> load_planned_files(std::span<const PlannedFile> files,
                                           model::FileId first_id, const LoadRequest& request,
                                           const model::Registry& registry);

// `loaded` merged into `registry` as file `file`, as load_registry merges each file: its
// documents in their places, its findings into `out`.
void merge_loaded(model::FileId file, LoadedFile loaded, model::Registry& registry,
                  findings::FindingList& out, DocumentKinds kinds);

// Loads one file's text, already in memory, as file `file`, cut into pieces of about
// `piece_bytes` (tests cut small ones) parsed on `jobs` threads.
LoadedFile load_file_text(model::FileId file, std::string_view text, unsigned jobs = 1,
                          std::size_t piece_bytes = kPieceBytes);

// Loads one file's text (already read) as file `file` of `registry`.
void load_text(model::FileId file, std::string_view text, model::Registry& registry,
               findings::FindingList& out);

}  // namespace gcsj::load
