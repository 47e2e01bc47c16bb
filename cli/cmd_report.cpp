// gcsj report [PATH]: the progress report to the Governing Body (¶44), in Markdown or JSON, or
// with --out DIR the Markdown and its charts (app/report.hpp).

#include "app/report.hpp"
#include "commands.hpp"
#include "format_option.hpp"
#include "input_options.hpp"
#include "language_option.hpp"
#include "progress.hpp"
#include "render/view_formats.hpp"

namespace gcsj::cli {
namespace {

struct ReportArgs {
  app::ReportRequest request;
  std::string output;
  ProgressChoice progress;
};

}  // namespace

void setup_report(CLI::App& app, int& exit_status) {
  auto args = std::make_shared<ReportArgs>();
  app::ReportRequest& request = args->request;
  CLI::App* report = app.add_subcommand(
      "report",
      "The progress report to the Governing Body (¶44): partners, actions, the period, the Group");
  report->add_option("path", request.path, "Registry directory or files (default: .)");
  add_input_options(*report, request.input);
  report->add_option("--as-of", request.as_of, "The date reported on, YYYY-MM-DD (default: today)");
  report->add_option("--since", request.since,
                     "The start of the period, YYYY-MM-DD (default: a year before --as-of)");
  report
      ->add_option("--within", request.within_days,
                   "Coming renewals: terms ending within DAYS days")
      ->check(CLI::Range(0L, kMaxDays))
      ->capture_default_str();
  add_format_option(*report, request.format, render::report_formats());
  auto* output =
      report->add_option("-o,--output", args->output, "Write to FILE instead of standard output")
          ->check(non_empty("file name"));
  report
      ->add_option("--out", request.out_dir,
                   "Write DIR/report.md (Markdown) and the charts it shows (DIR/charts/*.svg); "
                   "DIR is new, or one gcsj wrote, replaced whole")
      ->type_name("DIR")
      ->check(non_empty("directory name"))
      ->excludes(output);
  add_language_option(*report, request.lang);
  add_progress_options(*report, args->progress);
  report->callback([args, &exit_status] {
    auto reported = with_progress(args->progress, args->request.lang,
                                  [&](util::Progress* progress, const app::Warn& warn) {
                                    args->request.input.progress = progress;
                                    return app::report(args->request, warn);
                                  });
    exit_status = finish(reported, args->output);
  });
}

}  // namespace gcsj::cli
