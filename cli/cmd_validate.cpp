// gcsj validate [PATH ...]: check partners and the Coordinating Group against GB.349/INS/4.

#include <algorithm>
#include <cstdlib>
#include <optional>

#include <fmt/format.h>

#include "check/catalogue.hpp"
#include "check/validate.hpp"
#include "commands.hpp"
#include "input_options.hpp"
#include "language_option.hpp"
#include "load/source_text.hpp"
#include "output.hpp"
#include "render/formats.hpp"
#include "terminal.hpp"
#include "util/temporary_file.hpp"
#include "validate_args.hpp"

namespace gcsj::cli {
namespace {

std::string format_names() {
  std::string names;
  for (const auto& format : render::output_formats())
    names += (names.empty() ? "" : ", ") + std::string(format.name);
  return names;
}

// The paths a run reads, whose links -o never goes through.
std::vector<std::string> read_paths(const load::LoadRequest& input) {
  std::vector<std::string> paths = input.paths;
  if (input.registry_dir) paths.push_back(*input.registry_dir);
  return paths;
}

int run_validate(const ValidateArgs& args) {
  if (!args.base.empty()) return run_validate_base(args);
  check::ValidateOptions options;
  const auto as_of = parse_date_option("--as-of", args.as_of);
  if (!as_of) {
    print_error(as_of.error());
    return kExitUsage;
  }
  const auto language = chosen_language(args.lang);
  if (!language) {
    print_error(language.error());
    return kExitUsage;
  }
  options.as_of = *as_of;
  options.input.paths = args.paths.empty() ? std::vector<std::string>{"."} : args.paths;
  if (!args.registry.empty()) options.input.registry_dir = args.registry;
  apply_input_options(args.input, options);
  options.input.jobs = args.jobs;
  options.input.keep_partners = false;  // a check needs digests only: memory stays bounded
  // Standard input is copied to a temporary file, up to the file limit: it is then read in pieces
  // like any file, and an endless input (`- </dev/zero`) ends in an input-limit finding.
  std::optional<util::TemporaryFile> spooled;
  if (std::count(options.input.paths.begin(), options.input.paths.end(), "-") > 0) {
    auto copy = util::TemporaryFile::copy_of(STDIN_FILENO, load::kMaxFileBytes);
    if (!copy) {
      print_error(copy.error());
      return kExitUsage;
    }
    spooled.emplace(std::move(*copy));
    options.input.stdin_file = spooled->path();
  }

  const auto result = check::validate(options);
  if (!result) {
    print_error(result.error());
    return kExitUsage;
  }
  const auto fail_level = fail_level_of(args, result->config_fail_level);
  if (!fail_level) {
    print_error(fail_level.error());
    return kExitUsage;
  }
  const render::Validation validation{result->registry,    result->findings, result->summary,
                                      options.as_of,       *fail_level,      check::catalogue(),
                                      result->config_file, **language};
  const bool color = args.output.empty() && use_color(args.color);
  const std::string text = choose_format(args.format).render(validation, {color, args.quiet});
  if (const auto written = emit(text, args.output, read_paths(options.input)); !written) {
    print_error(written.error());
    return kExitUsage;
  }
  const bool failed = std::any_of(result->findings.begin(), result->findings.end(),
                                  [&](const auto& f) { return findings::fails(f, *fail_level); });
  return failed ? kExitFindings : kExitClean;
}

}  // namespace

void setup_validate(CLI::App& app, int& exit_status) {
  auto args = std::make_shared<ValidateArgs>();
  CLI::App* cmd = app.add_subcommand(
      "validate", "Check registry files against the rules of GB.349/INS/4 and the registry format");
  cmd->add_option("paths", args->paths,
                  "Registry directories, YAML files, or - for standard input (default: .)");
  cmd->add_option("--as-of", args->as_of,
                  "Judge states and terms on this date, YYYY-MM-DD (default: today, UTC)");
  std::vector<std::string> formats;
  for (const auto& format : render::output_formats()) formats.emplace_back(format.name);
  cmd->add_option("-f,--format", args->format,
                  fmt::format("Output format: {} (default: text; github when GITHUB_ACTIONS=true)",
                              format_names()))
      ->check(CLI::IsMember(formats));
  std::string footer = "Formats:";
  for (const auto& format : render::output_formats())
    footer += fmt::format("\n  {:<8} {}", format.name, format.help);
  cmd->footer(
      footer +
      "\n\nExit status: 0 no failing finding, 1 failing findings, 2 usage error, 3 internal "
      "error.");
  cmd->add_option("-o,--output", args->output,
                  "Write the report to FILE (atomically) instead of standard output")
      ->check(non_empty("file name"));
  cmd->add_flag("--strict", args->strict, "Fail (exit 1) on warnings too: --fail-level warning");
  cmd->add_option("--fail-level", args->fail_level,
                  "The least severity that fails the run: error (default), warning or note")
      ->check(CLI::IsMember({"error", "warning", "note"}));
  cmd->add_option("--registry", args->registry,
                  "Load this registry as context; report only findings about PATHs")
      ->check(CLI::ExistingDirectory);
  cmd->add_option("--base", args->base,
                  "Compare with the older version REF of the registry (a git revision, or a "
                  "directory written as a path): report what the change introduces and resolves, "
                  "and fail on what it introduces")
      ->type_name("REF");
  add_input_options(*cmd, args->input);
  add_language_option(*cmd, args->lang);
  cmd->add_option("--color", args->color, "Colour text output: auto, always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  cmd->add_option("-j,--jobs", args->jobs,
                  "Files parsed at once (default: one per CPU); the output is the same")
      ->check(CLI::Range(0u, 256u));
  cmd->add_flag("-q,--quiet", args->quiet,
                "Text output: finding lines only, without source lines, hints or summary");
  cmd->callback([args, &exit_status] { exit_status = run_validate(*args); });
}

}  // namespace gcsj::cli
