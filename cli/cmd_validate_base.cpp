// gcsj validate --base REF [PATH]: the registry judged as it is and as it was at REF, with one
// configuration; the findings the change introduces fail, those it resolves are reported.

#include <algorithm>
#include <filesystem>
#include <system_error>

#include <fmt/format.h>

#include "base_option.hpp"
#include "check/base_version.hpp"
#include "check/catalogue.hpp"
#include "check/compare.hpp"
#include "commands.hpp"
#include "language_option.hpp"
#include "output.hpp"
#include "render/formats.hpp"
#include "terminal.hpp"
#include "validate_args.hpp"

namespace gcsj::cli {
namespace {

// What --base accepts: one registry directory, read as a whole.
util::Expected<std::string> registry_path(const ValidateArgs& args) {
  if (args.paths.size() > 1)
    return util::Error{"--base compares two versions of one registry directory: name one PATH"};
  const std::string path = args.paths.empty() ? "." : args.paths.front();
  if (!args.registry.empty())
    return util::Error{
        "--base and --registry cannot be combined: --base judges the whole registry"};
  std::error_code error;
  if (path == "-" || !std::filesystem::is_directory(path, error))
    return util::Error{fmt::format(
        "--base compares two versions of a registry directory, and {path} is not a directory",
        fmt::arg("path", path))};
  return path;
}

// The directories a comparison reads, whose links -o never goes through: the registry, and REF
// when it is a directory.
std::vector<std::string> read_paths(const std::string& path, const check::BaseVersion& base) {
  if (base.from_git) return {path};
  return {path, base.ref};
}

}  // namespace

int run_validate_base(const ValidateArgs& args) {
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
  const auto path = registry_path(args);
  if (!path) {
    print_error(path.error());
    return kExitUsage;
  }
  auto opened = open_base_option(args.base, *path, *as_of, args.input, args.jobs);
  if (!opened) {
    print_error(opened.error());
    return kExitUsage;
  }
  const check::BaseVersion* base = &opened->base;
  check::ValidateOptions& options = opened->options;
  options.input.keep_partners = false;  // a check needs digests only: memory stays bounded
  if (const auto given = fail_level_of(args, std::nullopt); !given) {
    print_error(given.error());
    return kExitUsage;
  }
  // A finding is matched in the base only by one that failed as it fails (check/compare.hpp).
  const auto compared =
      check::validate_change(options, *base, [&](std::optional<findings::Severity> configured) {
        const auto level = fail_level_of(args, configured);
        return level ? *level : findings::Severity::error;
      });
  if (!compared) {
    print_error(compared.error());
    return kExitUsage;
  }
  const auto fail_level = fail_level_of(args, compared->head.config_fail_level);
  if (!fail_level) {
    print_error(fail_level.error());
    return kExitUsage;
  }
  const render::Baseline baseline{
      .ref = base->ref,
      .commit = base->commit ? std::optional<std::string_view>(*base->commit) : std::nullopt,
      .registry = compared->base.registry,
      .summary = compared->base.summary,
      .existed = base->existed,
      .states = compared->states,
      .resolved = compared->resolved,
      .introduced = compared->introduced,
      .unchanged = compared->unchanged,
      .own_config = compared->own_config ? std::optional<std::string_view>(*compared->own_config)
                                         : std::nullopt,
  };
  const render::Validation validation{compared->head.registry,
                                      compared->head.findings,
                                      compared->head.summary,
                                      options.as_of,
                                      *fail_level,
                                      check::catalogue(),
                                      compared->head.config_file,
                                      **language,
                                      &baseline};
  const bool color = args.output.empty() && use_color(args.color);
  const std::string text = choose_format(args.format).render(validation, {color, args.quiet});
  if (const auto written = emit(text, args.output, read_paths(*path, *base)); !written) {
    print_error(written.error());
    return kExitUsage;
  }
  for (std::size_t i = 0; i < validation.findings.size(); ++i)
    if (render::fails_run(validation, i)) return kExitFindings;
  return kExitClean;
}

// The directories a comparison reads, whose links -o never goes through: the registry, and REF
// when it is a directory.
std::vector<std::string> read_paths(const std::string& path, const check::BaseVersion& base) {
  if (base.from_git) return {path};
  return {path, base.ref};
}

}  // namespace gcsj::cli
