// gcsj validate [PATH ...]: check partners and the Coordinating Group against GB.349/INS/4; with
// --base REF, the change's findings (app/validate.hpp).

#include <unistd.h>

#include <algorithm>
#include <optional>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "app/validate.hpp"
#include "commands.hpp"
#include "findings_options.hpp"
#include "language_option.hpp"
#include "load/source_text.hpp"
#include "progress.hpp"
#include "render/validate/formats.hpp"
#include "terminal.hpp"
#include "util/temporary_file.hpp"

namespace gcsj::cli {
namespace {

struct ValidateArgs {
  app::ValidateRequest request;
  FindingsOutput out;
};

int run_validate(ValidateArgs args) {
  args.request.text.color = args.out.output.empty() && use_color(args.out.color);
  // `-` is the text of standard input, handed to lib/app as a file: copied up to the file limit,
  // so that it is read in pieces like any file and an endless input (`- </dev/zero`) ends in an
  // input-limit finding. `--base` reads a directory, never `-`.
  std::optional<util::TemporaryFile> spooled;
  const auto& paths = args.request.paths;
  if (args.request.base.empty() && std::find(paths.begin(), paths.end(), "-") != paths.end()) {
    auto copy = util::TemporaryFile::copy_of(STDIN_FILENO, load::kMaxFileBytes);
    if (!copy) return fail(app::input(copy.error()));
    spooled.emplace(std::move(*copy));
    args.request.stdin_file = spooled->path();
  }
  auto validated = with_progress(args.out.progress, args.request.lang,
                                 [&](util::Progress* progress, const auto&) {
                                   args.request.input.progress = progress;
                                   return app::validate(args.request);
                                 });
  return finish(validated, args.out.output);
}

}  // namespace

void setup_validate(CLI::App& app, int& exit_status) {
  auto args = std::make_shared<ValidateArgs>();
  app::ValidateRequest& request = args->request;
  CLI::App* cmd = app.add_subcommand(
      "validate", "Check registry files against the rules of GB.349/INS/4 and the registry format");
  cmd->add_option("paths", request.paths,
                  "Registry directories, YAML files, or - for standard input (default: .)");
  add_findings_format_option(*cmd, request);
  std::string footer = "Formats:";
  for (const auto& format : render::output_formats())
    footer += fmt::format("\n  {:<8} {}", format.name, format.help);
  cmd->footer(
      footer +
      "\n\nExit status: 0 no failing finding, 1 failing findings, 2 usage error, 3 internal "
      "error.");
  add_findings_output_options(*cmd, request, args->out);
  cmd->add_option("--registry", request.registry,
                  "Load this registry as context; report only findings about PATHs")
      ->check(CLI::ExistingDirectory);
  cmd->add_option("--base", request.base,
                  "Compare with the older version REF of the registry (a git revision, or a "
                  "directory written as a path): report what the change introduces and resolves, "
                  "and fail on what it introduces")
      ->type_name("REF");
  add_findings_run_options(*cmd, request, args->out);
  cmd->callback([args, &exit_status] { exit_status = run_validate(*args); });
}

}  // namespace gcsj::cli
