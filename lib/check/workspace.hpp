#pragma once
// A registry judged as `validate` judges it, but kept file by file: a change to one file (an
// editor's unsaved buffer) is read and its documents judged again alone, the others' results
// (their digests, documents and findings) are kept, and only the registry-wide rules run again
// over the whole. The editor server (lib/lsp/) holds one; nothing here writes to disk, and the
// texts of unsaved buffers never leave memory.

#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "check/validate.hpp"
#include "load/document_loader.hpp"
#include "load/file_plan.hpp"
#include "util/expected.hpp"

namespace gcsj::check {

class Workspace {
 public:
  // Loads the registry directory `directory` (as validate() would with `options`: its
  // configuration, found above it unless `options` names one, applies), with the texts of
  // `buffers` (path as the registry shows it -> text) in place of those files on disk.
  static util::Expected<Workspace> open(const std::string& directory, ValidateOptions options,
                                        std::map<std::string, std::string> buffers = {});

  // One file alone, held as the buffer `text`, judged without a registry around it (no other file
  // is read, no configuration applies, references to other partners are not resolved): a file an
  // editor opens outside the registry.
  static util::Expected<Workspace> alone(const std::string& path, std::string text,
                                         ValidateOptions options);

  // The path the registry shows for `path` (a file below its directory), or nullopt when it is no
  // registry file of it: outside the directory, hidden, excluded, or not *.yaml / *.yml.
  std::optional<std::string> registry_path(const std::string& path) const;

  // The text of registry file `path` is now `text`, an unsaved buffer, or, without one, what is
  // on disk; that file alone is read again. A registry file not held yet (a new buffer) is added.
  // False when `path` is no registry file of this workspace.
  bool set_text(const std::string& path, std::optional<std::string> text);

  // The registry as it stands, judged as validate() judges it (registry rules, configuration,
  // report order).
  util::Expected<ValidateResult> judge() const;

  const std::string& directory() const { return directory_; }
  // True when the registry holds file `path` and its text is an unsaved buffer.
  bool has_buffer(const std::string& path) const { return buffers_->count(path) > 0; }

  Workspace(Workspace&&) noexcept = default;
  Workspace& operator=(Workspace&&) noexcept = default;
  Workspace(const Workspace&) = delete;
  Workspace& operator=(const Workspace&) = delete;
  ~Workspace();

 private:
  Workspace() = default;
  std::optional<model::FileId> id_of(const std::string& shown) const;
  model::FileId add_file(const std::string& shown);
  // File `id` as it is to be read: its buffer, else as planned on disk.
  load::PlannedFile planned(model::FileId id);

  std::string directory_;  // the registry's directory, or the one file judged alone
  bool alone_ = false;
  // Held by pointer: the document check and the buffers' source refer to them, so they must not
  // move when the workspace does.
  std::unique_ptr<ValidateOptions> options_;
  std::unique_ptr<load::LoadRequest> request_;
  ConfigText config_;
  std::unique_ptr<std::map<std::string, std::string>> buffers_ =
      std::make_unique<std::map<std::string, std::string>>();
  std::unique_ptr<load::FileSource> source_;  // reads buffers_
  std::vector<load::PlannedFile> on_disk_;    // each file as planned on disk
  std::vector<bool> only_buffer_;             // a new file, not on disk: held as a buffer only
  model::Registry files_;                     // the files only, as the loader records them
  // What the workspace keeps of each file read: a LoadedFile, but for its findings, held only when
  // there are any (a FindingList is some 800 bytes even empty, and most files have none).
  struct Kept {
    model::Documents kept;
    std::deque<model::PartnerDigest> digests;
    std::vector<model::Located<std::string>> partner_references;
    std::unique_ptr<findings::FindingList> findings;
    int documents = 0;
  };
  static Kept keep(load::LoadedFile loaded);
  std::vector<Kept> loaded_;  // each file's documents, digests and findings
  int excluded_ = 0;
};

}  // namespace gcsj::check
