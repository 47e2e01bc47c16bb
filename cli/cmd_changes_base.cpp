// gcsj changes --base REF [PATH]: the registry as it is and as it was at REF, loaded alike (one
// configuration: REF's), and what the change does to it.

#include <filesystem>
#include <system_error>

#include <fmt/format.h>

#include "base_option.hpp"
#include "changes_base.hpp"
#include "check/base_version.hpp"
#include "check/compare.hpp"
#include "commands.hpp"
#include "diff/registry_diff.hpp"
#include "language_option.hpp"
#include "output.hpp"
#include "registry_view.hpp"
#include "render/registry_diff.hpp"
#include "terminal.hpp"

namespace gcsj::cli {

int run_changes_base(const ChangesBaseArgs& args) {
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
  std::error_code error;
  if (!std::filesystem::is_directory(args.path, error)) {
    print_error(util::Error{fmt::format(
        "--base compares two versions of a registry directory, and {path} is not a directory",
        fmt::arg("path", args.path))});
    return kExitUsage;
  }
  auto opened = open_base_option(args.base, args.path, *as_of, args.input, args.jobs);
  if (!opened) {
    print_error(opened.error());
    return kExitUsage;
  }
  const check::BaseVersion* base = &opened->base;
  check::ValidateOptions& options = opened->options;
  options.input.keep_partners = true;  // the diff compares whole partners
  const auto compared = check::validate_change(options, *base);
  if (!compared) {
    print_error(compared.error());
    return kExitUsage;
  }
  warn_about_errors(compared->head, args.path, **language);
  const auto diff = diff::diff_registries(compared->base.registry, compared->head.registry, *as_of);
  const render::DiffView view{
      diff,
      compared->base.registry,
      compared->head.registry,
      base->ref,
      base->commit ? std::optional<std::string_view>(*base->commit) : std::nullopt,
      base->existed,
      *language};
  std::string text;
  if (args.format == "json")
    text = render::render_diff_json(view);
  else if (args.format == "markdown")
    text = render::render_diff_markdown(view);
  else
    text = render::render_diff_text(view, args.output.empty() && use_color(args.color));
  if (const auto written = emit(text, args.output,
                                base->from_git ? std::vector<std::string>{args.path}
                                               : std::vector<std::string>{args.path, base->ref});
      !written) {
    print_error(written.error());
    return kExitUsage;
  }
  return kExitClean;
}

}  // namespace gcsj::cli
