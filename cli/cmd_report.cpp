// gcsj report [PATH]: the progress report of ¶28, in Markdown or JSON.

#include <fmt/format.h>

#include "commands.hpp"
#include "figures/figures.hpp"
#include "input_options.hpp"
#include "language_option.hpp"
#include "output.hpp"
#include "refdata/reference_data.hpp"
#include "registry_view.hpp"
#include "render/progress_report.hpp"

namespace gcsj::cli {
namespace {

struct ReportArgs {
  std::string path = ".";
  std::string as_of;
  std::string since;
  long within_days = figures::kDefaultRenewalDays;
  std::string format = "markdown";
  std::string output;
  InputArgs input;
  std::string lang;  // --lang
};

int run_report(const ReportArgs& args) {
  std::optional<model::Date> since;
  if (!args.since.empty()) {
    const auto parsed = parse_date_option("--since", args.since);
    if (!parsed) {
      print_error(parsed.error());
      return kExitUsage;
    }
    since = *parsed;
  }
  const auto as_of = parse_date_option("--as-of", args.as_of);
  if (!as_of) {
    print_error(as_of.error());
    return kExitUsage;
  }
  if (since && *since > *as_of) {
    print_error(util::Error{
        fmt::format("--since {} is after the as-of date {}", since->iso(), as_of->iso())});
    return kExitUsage;
  }
  const auto opened = open_view(args.path, *as_of, args.lang, args.input);
  if (!opened) {
    print_error(opened.error());
    return kExitUsage;
  }
  const i18n::Translator& tr = *opened->tr;
  const check::ValidateResult* const result = &opened->loaded;
  warn_about_errors(*result, args.path, tr);
  const figures::Figures figures = figures::compute_figures(
      result->registry, {*as_of, since, args.within_days}, refdata::ReferenceData::bundled());
  const std::string text = args.format == "json" ? render::render_progress_json(figures, tr)
                                                 : render::render_progress_markdown(figures, tr);
  if (const auto written = emit(text, args.output, {args.path}); !written) {
    print_error(written.error());
    return kExitUsage;
  }
  return kExitClean;
}

}  // namespace

void setup_report(CLI::App& app, int& exit_status) {
  auto args = std::make_shared<ReportArgs>();
  CLI::App* report = app.add_subcommand(
      "report", "The progress report of ¶28: partners, actions, the period, the Group");
  report->add_option("path", args->path, "Registry directory or files (default: .)");
  add_input_options(*report, args->input);
  report->add_option("--as-of", args->as_of, "The date reported on, YYYY-MM-DD (default: today)");
  report->add_option("--since", args->since,
                     "The start of the period, YYYY-MM-DD (default: a year before --as-of)");
  report
      ->add_option("--within", args->within_days, "Coming renewals: terms ending within DAYS days")
      ->check(CLI::Range(0L, kMaxDays))
      ->capture_default_str();
  report->add_option("-f,--format", args->format, "Output format")
      ->check(CLI::IsMember({"markdown", "json"}))
      ->capture_default_str();
  report->add_option("-o,--output", args->output, "Write to FILE instead of standard output")
      ->check(non_empty("file name"));
  add_language_option(*report, args->lang);
  report->callback([args, &exit_status] { exit_status = run_report(*args); });
}

}  // namespace gcsj::cli
