#pragma once
// `gcsj changes --base REF [PATH]`: what a change does to the registry in governance terms
// (partners added, removed and changed; the Coordinating Group before and after on a date),
// computed by lib/diff and written by render/registry_diff. The `changes` subcommand parses the
// options and calls run_changes_base when --base is given.

#include <string>

#include "input_options.hpp"

namespace gcsj::cli {

struct ChangesBaseArgs {
  std::string base;             // --base REF
  std::string path = ".";       // the registry directory as it is
  std::string as_of;            // the date the Group is compared on (default: today, UTC)
  std::string format = "text";  // text, markdown or json
  std::string output;
  InputArgs input;
  std::string color = "auto";
  unsigned jobs = 0;
  std::string lang;  // --lang
};

// Exit status 0, or 2 for a usage error (a REF that is neither a revision nor a directory).
int run_changes_base(const ChangesBaseArgs& args);

}  // namespace gcsj::cli
