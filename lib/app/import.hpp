#pragma once
// `gcsj import --partners FILE.csv [--actions FILE.csv] [--contacts FILE.csv] --into DIR
// [--dry-run]`: partners from a spreadsheet to new registry files, each problem a finding at its
// CSV cell, printed as `validate` prints its findings (import/import.hpp).

#include <optional>
#include <string>

#include "app/error.hpp"
#include "app/options.hpp"
#include "render/validate/formats.hpp"

namespace gcsj::app {

struct ImportRequest {
  std::string partners;
  std::optional<std::string> actions;
  std::optional<std::string> contacts;
  std::string into;
  bool dry_run = false;
  std::string as_of;   // empty: today, UTC
  std::string format;  // a row of render::output_formats(); empty: validate_format
  InputOptions input;
  std::string fail_level;
  bool strict = false;
  render::TextOptions text;
  unsigned jobs = 0;
  std::string lang;
};

struct Imported {
  Printed printed;  // the findings, in the format asked for; failing as validate's
  // "written N partners (M actions), not written K; ..." in the reader's language, for standard
  // error (the printed text may be JSON).
  std::string summary;
};

Expected<Imported> import(const ImportRequest& request);

}  // namespace gcsj::app
