#pragma once
// `gcsj changes [PATH] --from DATE [--to DATE]`: what changed in the Coalition in a period; and
// `gcsj changes --base REF [PATH]`: what a change to the registry does (partners added, removed
// and changed; the Coordinating Group before and after on a date).

#include <string>

#include "app/error.hpp"
#include "app/options.hpp"
#include "render/format_table.hpp"

namespace gcsj::app {

struct ChangesRequest {
  std::string path = ".";
  std::string from;             // the day before the period
  std::string to;               // the last day of the period; empty: the as-of date
  std::string as_of;            // empty: today, UTC
  std::string format = "text";  // a row of render::changes_formats() (diff_formats() with base)
  std::string base;             // --base REF: compare two versions instead of two dates
  InputOptions input;
  render::TextOptions text;  // with --base: colour
  unsigned jobs = 0;         // with --base
  std::string lang;
};

// The changes of the period, or with `base` set, changes_base.
Expected<Printed> changes(const ChangesRequest& request, const Warn& warn);
Expected<Printed> changes_base(const ChangesRequest& request, const Warn& warn);

}  // namespace gcsj::app
