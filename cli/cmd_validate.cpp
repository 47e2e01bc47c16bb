// gcsj validate [PATH ...]: check partners (and the Coordinating Group) against GB.349/INS/4.

#include <algorithm>
#include <iostream>
#include <optional>

#include <fmt/format.h>

#include "check/validate.hpp"
#include "commands.hpp"
#include "render/report.hpp"
#include "terminal.hpp"

namespace gcsj::cli {
namespace {

struct ValidateArgs {
  std::vector<std::string> paths;
  std::string as_of;
  std::string format = "text";
  std::string registry;
  std::string color = "auto";
  bool strict = false;
  bool quiet = false;
};

int run_validate(const ValidateArgs& args) {
  check::ValidateOptions options;
  if (!parse_as_of(args.as_of, options.as_of)) return kExitUsage;
  options.input.paths = args.paths.empty() ? std::vector<std::string>{"."} : args.paths;
  if (!args.registry.empty()) options.input.registry_dir = args.registry;
  if (std::count(options.input.paths.begin(), options.input.paths.end(), "-") > 0)
    options.input.stdin_text = read_stdin();

  const check::ValidateResult result = check::validate(options);
  if (!result.usage_errors.empty()) {
    for (const auto& error : result.usage_errors) fmt::print(stderr, "gcsj: error: {}\n", error);
    return kExitUsage;
  }
  const render::Report report{result.registry, result.findings, result.summary, options.as_of};
  const std::string output = args.format == "json"
                                 ? render::render_json(report)
                                 : render::render_text(report, {use_color(args.color), args.quiet});
  std::fwrite(output.data(), 1, output.size(), stdout);
  std::fflush(stdout);
  const bool failed = result.summary.errors > 0 || (args.strict && result.summary.warnings > 0);
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
  cmd->add_option("-f,--format", args->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  cmd->add_flag("--strict", args->strict, "Fail (exit 1) on warnings too");
  cmd->add_option("--registry", args->registry,
                  "Load this registry as context; report only findings about PATHs")
      ->check(CLI::ExistingDirectory);
  cmd->add_option("--color", args->color, "Colour text output")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  cmd->add_flag("-q,--quiet", args->quiet,
                "Text output: finding lines only, without source lines, hints or summary");
  cmd->callback([args, &exit_status] { exit_status = run_validate(*args); });
}

}  // namespace gcsj::cli
