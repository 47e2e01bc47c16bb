#pragma once
// Everything loaded for one run: the files read and the documents found in them.

#include <deque>
#include <string>
#include <vector>

#include "model/documents.hpp"
#include "model/forum.hpp"
#include "model/group.hpp"
#include "model/location.hpp"
#include "model/partner.hpp"
#include "model/partner_digest.hpp"

namespace gcsj::model {

struct SourceFile {
  std::string path;       // as given on the command line, joined with the path below it
  std::string open_path;  // the path read (a link's target when links are followed); "" = path
  bool is_stdin = false;
  bool is_pipe = false;  // a pipe named on the command line (`<(cmd)`): its name is no file name
  std::string text;      // kept for standard input only, which cannot be read twice
  // Read from elsewhere than a file (a git revision): its lines are shown from `text` (kept for a
  // configuration, empty for a registry file), never re-read from a path.
  bool held = false;
  bool selected = true;    // false for files read only as context (--registry)
  bool is_config = false;  // the .gcsj.yaml configuration, not a registry file
  int partner_documents = 0;
};

struct Registry {
  std::vector<SourceFile> files;
  // Whole partners, kept only when the load asks for them (the views); `gcsj validate` checks
  // each partner's own document as it is read and keeps its digest. A deque, like the digests: a
  // Partner is large (about 1.6 KB before its text), and a vector's doubling would hold up to
  // three times the registry's partners while it grows.
  std::deque<Partner> partners;
  // Every partner read, in the order of the files; a deque, as it grows by blocks without the
  // copies and spare capacity of a vector (100,000 digests take about 24 MiB).
  std::deque<PartnerDigest> digests;
  // The partner ids that actions name under `with`, resolved once the whole registry is read.
  std::vector<Located<std::string>> partner_references;
  // kind: coordinating-group. A registry holds one (DocumentKind::several is false): the rule
  // one-coordinating-group reports any other, and Roster::of reads the first.
  std::vector<Group> groups;
  // kind: forum (¶39-42). A registry holds one, like the Group (the rule one-forum reports any
  // other); the views read the first.
  std::vector<Forum> forums;
  // The documents of a kind that has no list of its own above (DocumentKind::put is null: a kind
  // a test adds), by the type of their model: `registry.other_documents.of<Note>()`.
  Documents other_documents;
  // True when the whole registry was loaded (a directory or --registry), so references that do
  // not resolve are findings; false when only some files were named.
  bool complete = false;

  const SourceFile& file(FileId id) const { return files.at(id); }
};

}  // namespace gcsj::model
