#include "app/changes.hpp"

#include "app/base.hpp"
#include "app/format_choice.hpp"
#include "app/registry_view.hpp"
#include "changes/changes.hpp"
#include "check/compare.hpp"
#include "diff/registry_diff.hpp"
#include "i18n/message.hpp"
#include "refdata/reference_data.hpp"
#include "render/view_formats.hpp"

namespace gcsj::app {

Expected<Printed> changes(const ChangesRequest& request, const Warn& warn) {
  if (!request.base.empty()) {
    if (!request.from.empty() || !request.to.empty())
      return usage(
          i18n::msg("--base compares two versions of the registry on one date (--as-of), and "
                    "--from and --to compare the registry on two dates: give one or the other"));
    return changes_base(request, warn);
  }
  const auto format = format_named(render::changes_formats(), request.format, "changes");
  if (!format) return format.error();
  if (request.from.empty())
    return usage(
        i18n::msg("changes needs --from DATE (what changed after that day) or --base REF (what a "
                  "change to the registry does)"));
  const auto from = date_option("--from", request.from);
  if (!from) return from.error();
  const auto as_of = date_option("--as-of", request.as_of);
  if (!as_of) return as_of.error();
  const auto to = request.to.empty() ? as_of : date_option("--to", request.to);
  if (!to) return to.error();
  if (*from >= *to)
    return usage(
        i18n::msg("--from {from} is not before --to {to}: the period runs from the day after "
                  "--from up to and including --to",
                  i18n::arg("from", from->iso()), i18n::arg("to", to->iso())));
  const auto opened = open_view(request.path, *as_of, request.lang, request.input);
  if (!opened) return opened.error();
  const i18n::Translator& tr = *opened->tr;
  const check::ValidateResult& result = opened->loaded;
  warn_about_errors(result, request.path, tr, warn);
  const changes::Changes changes =
      changes::compute_changes(result.registry, *from, *to, refdata::ReferenceData::bundled());
  const render::ChangesView view{result.registry, changes, request.path, *as_of, &tr};
  return Printed{(*format)->render(view, request.text), Outcome::clean, {request.path}};
}

Expected<Printed> changes_base(const ChangesRequest& request, const Warn& warn) {
  const auto format = format_named(render::diff_formats(), request.format, "changes --base");
  if (!format) return format.error();
  const auto as_of = date_option("--as-of", request.as_of);
  if (!as_of) return as_of.error();
  const auto language = chosen_language(request.lang);
  if (!language) return language.error();
  if (auto directory = require_directory(request.path); !directory) return directory.error();
  auto opened = open_base_option(request.base, request.path, *as_of, request.input, request.jobs);
  if (!opened) return opened.error();
  const check::BaseVersion& base = opened->base;
  check::ValidateOptions& options = opened->options;
  options.input.keep_partners = true;  // the diff compares whole partners
  const auto compared = check::validate_change(options, base);
  if (!compared) return input(compared.error());
  warn_about_errors(compared->head, request.path, **language, warn);
  const auto diff = diff::diff_registries(compared->base.registry, compared->head.registry, *as_of,
                                          request.input.progress);
  const render::DiffView view{
      diff,
      compared->base.registry,
      compared->head.registry,
      base.ref,
      base.commit ? std::optional<std::string_view>(*base.commit) : std::nullopt,
      base.existed,
      *language};
  return Printed{(*format)->render(view, request.text), Outcome::clean,
                 read_paths(request.path, base)};
}

}  // namespace gcsj::app
