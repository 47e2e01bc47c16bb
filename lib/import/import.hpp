#pragma once
// `gcsj import`: partners (with their actions and focal points) from CSV files as gcsj export
// writes them, to one new registry file each in a registry directory. The rows become documents
// in the registry's canonical form (partner_document.hpp), which are judged with the registry by
// check::validate as if they were written; each finding about them is then moved to the CSV cell
// that holds the value (or, for a missing one, to its row and column). Then, unless a dry run,
// each row that can be placed is written as a new file (new_files.hpp).

#include <optional>
#include <string>
#include <vector>

#include "check/validate.hpp"
#include "findings/finding.hpp"
#include "model/registry.hpp"
#include "util/expected.hpp"

namespace gcsj::import {

struct ImportOptions {
  std::string partners;                 // the partners CSV
  std::optional<std::string> actions;   // the actions CSV, keyed by `partner`
  std::optional<std::string> contacts;  // the focal points CSV, keyed by `partner`
  std::string into;                     // the registry directory
  bool dry_run = false;
  // How the registry is judged (date, configuration, jobs); its paths and source are set here.
  check::ValidateOptions validate;
};

struct ImportResult {
  // The registry judged, the CSV files last among its files: the findings are located there.
  model::Registry registry;
  std::vector<findings::Finding> findings;  // the import's, sorted
  findings::Summary summary;
  std::optional<std::string> config_file;
  std::optional<findings::Severity> config_fail_level;
  int partners = 0;         // written (or, in a dry run, to be written)
  int actions = 0;          // their actions
  int not_written = 0;      // rows not placed: no or unsafe id, id in the registry, a duplicate
  int own_findings = 0;     // findings the registry's own files had before the import
  bool unreadable = false;  // a CSV file could not be read whole: nothing written
  std::vector<std::string> written;  // the files written
};

// An Error is a problem of the command itself: a CSV file or the directory cannot be read, or the
// folder files go to is a link: exit status 2, nothing written.
util::Expected<ImportResult> run_import(const ImportOptions& options);

}  // namespace gcsj::import
