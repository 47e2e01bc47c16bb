#pragma once
// `gcsj report [PATH]`: the progress report to the Governing Body (¶44); with `--out DIR`, the
// report and its charts.

#include <string>

#include "app/error.hpp"
#include "app/options.hpp"
#include "figures/figures.hpp"

namespace gcsj::app {

struct ReportRequest {
  std::string path = ".";
  std::string as_of;  // empty: today, UTC
  std::string since;  // empty: a year before the as-of date
  long within_days = figures::kDefaultRenewalDays;
  std::string format = "markdown";  // a row of render::report_formats()
  InputOptions input;
  std::string lang;
  // Not empty: write the Markdown report (`report.md`) and the charts it shows (`charts/*.svg`)
  // into this directory, as `publish` writes its site (publish/site.hpp: a new directory, or one
  // gcsj wrote, replaced whole; never through a link), and print nothing.
  std::string out_dir;
};

Expected<Printed> report(const ReportRequest& request, const Warn& warn);

}  // namespace gcsj::app
