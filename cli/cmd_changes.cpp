// gcsj changes [PATH] --from DATE [--to DATE]: what changed in the Coalition in a period.
// gcsj changes --base REF [PATH]: what a change to the registry does (cmd_changes_base.cpp).

#include <fmt/format.h>

#include "changes/changes.hpp"
#include "changes_base.hpp"
#include "commands.hpp"
#include "input_options.hpp"
#include "language_option.hpp"
#include "output.hpp"
#include "refdata/reference_data.hpp"
#include "registry_view.hpp"
#include "render/changes_report.hpp"

namespace gcsj::cli {
namespace {

struct ChangesArgs {
  std::string path = ".";
  std::string from;
  std::string to;
  std::string as_of;
  std::string format = "text";
  std::string output;
  InputArgs input;
  std::string base;  // --base REF: compare two versions instead of two dates
  std::string color = "auto";
  unsigned jobs = 0;
  std::string lang;  // --lang
};

int run_changes_against_base(const ChangesArgs& args) {
  if (!args.from.empty() || !args.to.empty()) {
    print_error(util::Error{
        "--base compares two versions of the registry on one date (--as-of), and --from and --to "
        "compare the registry on two dates: give one or the other"});
    return kExitUsage;
  }
  ChangesBaseArgs base_args;
  base_args.base = args.base;
  base_args.path = args.path;
  base_args.as_of = args.as_of;
  base_args.format = args.format;
  base_args.output = args.output;
  base_args.input = args.input;
  base_args.color = args.color;
  base_args.jobs = args.jobs;
  base_args.lang = args.lang;
  return run_changes_base(base_args);
}

int run_changes(const ChangesArgs& args) {
  if (!args.base.empty()) return run_changes_against_base(args);
  if (args.from.empty()) {
    print_error(util::Error{
        "changes needs --from DATE (what changed after that day) or --base REF (what a change to "
        "the registry does)"});
    return kExitUsage;
  }
  const auto from = parse_date_option("--from", args.from);
  if (!from) {
    print_error(from.error());
    return kExitUsage;
  }
  const auto as_of = parse_date_option("--as-of", args.as_of);
  if (!as_of) {
    print_error(as_of.error());
    return kExitUsage;
  }
  const auto to = args.to.empty() ? as_of : parse_date_option("--to", args.to);
  if (!to) {
    print_error(to.error());
    return kExitUsage;
  }
  if (*from >= *to) {
    print_error(util::Error{fmt::format(
        "--from {from} is not before --to {to}: the period runs from the day after --from up "
        "to and including --to",
        fmt::arg("from", from->iso()), fmt::arg("to", to->iso()))});
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
  const changes::Changes changes =
      changes::compute_changes(result->registry, *from, *to, refdata::ReferenceData::bundled());
  const render::ChangesView view{result->registry, changes, args.path, *as_of, &tr};
  const std::string text = args.format == "json"       ? render::render_changes_json(view)
                           : args.format == "markdown" ? render::render_changes_markdown(view)
                                                       : render::render_changes_text(view);
  if (const auto written = emit(text, args.output, {args.path}); !written) {
    print_error(written.error());
    return kExitUsage;
  }
  return kExitClean;
}

}  // namespace

void setup_changes(CLI::App& app, int& exit_status) {
  auto args = std::make_shared<ChangesArgs>();
  CLI::App* cmd = app.add_subcommand(
      "changes",
      "What changed between two dates (--from, --to) or two versions of the registry (--base): "
      "partners, applications, the Group, completed actions");
  cmd->add_option("path", args->path, "Registry directory or files (default: .)");
  add_input_options(*cmd, args->input);
  cmd->add_option("--from", args->from,
                  "The day before the period, YYYY-MM-DD: changes after it are listed");
  cmd->add_option("--to", args->to,
                  "The last day of the period, YYYY-MM-DD (default: the --as-of date)");
  cmd->add_option("--as-of", args->as_of,
                  "The date the registry is judged on, YYYY-MM-DD (default: today, UTC)");
  cmd->add_option("-f,--format", args->format, "Output format")
      ->check(CLI::IsMember({"text", "markdown", "json"}))
      ->capture_default_str();
  cmd->add_option("--base", args->base,
                  "Compare with the registry at REF (a git revision or a directory) on the --as-of "
                  "date instead of two dates");
  cmd->add_option("-o,--output", args->output, "Write to FILE instead of standard output")
      ->check(non_empty("file name"));
  cmd->add_option("--color", args->color, "Colour text output (with --base): auto, always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  cmd->add_option("-j,--jobs", args->jobs,
                  "Files parsed at once with --base (default: one per CPU); the output is the same")
      ->check(CLI::Range(0u, 256u));
  add_language_option(*cmd, args->lang);
  cmd->footer(
      "Exit status: 0 the changes were listed (errors in the registry are a warning on standard "
      "error: `gcsj validate` lists them), 2 usage error (a bad date or path, --from not before "
      "--to, an unknown --lang, neither --from nor --base or both, a --base that is neither a "
      "revision nor a "
      "directory, an output that cannot be written), 3 internal error.");
  cmd->callback([args, &exit_status] { exit_status = run_changes(*args); });
}

}  // namespace gcsj::cli
