#pragma once
// `gcsj export [PATH] --table T -f csv|xlsx -o FILE`: the registry as spreadsheet tables
// (lib/sheet/): partners, actions, the Group's terms, the applications and, with --private, the
// focal points. CSV of one table goes to standard output or a file, CSV of every table to a
// directory (a file per table), XLSX to one workbook file (a sheet per table).

#include <string>

#include "app/error.hpp"
#include "app/options.hpp"

namespace gcsj::app {

struct ExportRequest {
  std::string path = ".";
  std::string table = "partners";  // partners, actions, group, applications, contacts or all
  std::string format = "csv";      // csv or xlsx
  std::string output;              // a file (a directory for csv of all); empty: standard output
  std::string as_of;               // empty: today, UTC
  std::string category;            // empty: every category
  std::string status;              // empty: every status
  std::string region;              // an ILO region (sheet::ilo_regions()); empty: every one
  std::string country;             // ISO 3166-1 alpha-2; empty: every country
  bool with_private = false;       // adds `decision` and the contacts table
  std::string lang;                // the language of the warnings
  InputOptions input;
};

// The tables the request names, written: the CSV text of one table when no output is named
// (Printed::text), else the files written (Printed::text empty). A usage Error for a table,
// format or filter gcsj does not know, `contacts` without `with_private`, XLSX without an output
// file, CSV of every table without an output directory; an output Error when a file cannot be
// written. Errors in the registry and values the loader could not read (left empty) are
// warnings.
Expected<Printed> export_tables(const ExportRequest& request, const Warn& warn);

}  // namespace gcsj::app
