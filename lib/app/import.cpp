#include "app/import.hpp"

#include <algorithm>

#include "app/format_choice.hpp"
#include "app/validate.hpp"
#include "check/catalogue.hpp"
#include "i18n/message.hpp"
#include "import/import.hpp"

namespace gcsj::app {

using i18n::arg;
using i18n::msg;
using i18n::msg_n;

Expected<Imported> import(const ImportRequest& request) {
  const render::OutputFormat* format = validate_format(request.format);
  if (!request.format.empty()) {
    auto named = format_named(render::output_formats(), request.format, "import");
    if (!named) return named.error();
    format = *named;
  }
  const auto as_of = date_option("--as-of", request.as_of);
  if (!as_of) return as_of.error();
  const auto language = chosen_language(request.lang);
  if (!language) return language.error();
  if (request.partners.empty())
    return usage(msg("import needs the partners file: --partners FILE"));
  if (request.into.empty()) return usage(msg("import needs the registry directory: --into DIR"));

  import::ImportOptions options;
  options.partners = request.partners;
  options.actions = request.actions;
  options.contacts = request.contacts;
  options.into = request.into;
  options.dry_run = request.dry_run;
  options.validate.as_of = *as_of;
  apply_input_options(request.input, options.validate);
  options.validate.input.jobs = request.jobs;
  const auto result = import::run_import(options);
  if (!result) return input(result.error());

  ValidateRequest levels;
  levels.fail_level = request.fail_level;
  levels.strict = request.strict;
  const auto fail_level = fail_level_of(levels, result->config_fail_level);
  if (!fail_level) return fail_level.error();
  const render::Validation validation{
      result->registry, result->findings,   result->summary,     *as_of,
      *fail_level,      check::catalogue(), result->config_file, **language};
  const bool failed = std::any_of(result->findings.begin(), result->findings.end(),
                                  [&](const auto& f) { return findings::fails(f, *fail_level); });

  const i18n::Translator& tr = **language;
  const bool wrote = !request.dry_run && !result->unreadable;
  const i18n::Message actions =
      msg_n("{count} action", "{count} actions", static_cast<unsigned long>(result->actions));
  std::string summary =
      wrote ? msg_n("written: {count} partner ({actions}) in {directory}",
                    "written: {count} partners ({actions}) in {directory}",
                    static_cast<unsigned long>(result->partners), arg("actions", actions),
                    arg("directory", request.into))
                  .in(tr)
      : result->unreadable
          ? msg("nothing written: a CSV file could not be read whole").in(tr)
          : msg_n("dry run, nothing written: {count} partner ({actions}) would be written",
                  "dry run, nothing written: {count} partners ({actions}) would be written",
                  static_cast<unsigned long>(result->partners), arg("actions", actions))
                .in(tr);
  if (result->not_written > 0)
    summary += "\n" + msg_n(
                          "not written: {count} row (no id, an unsafe id, an id already in the "
                          "registry, or a duplicate: see the findings)",
                          "not written: {count} rows (no id, an unsafe id, an id already in the "
                          "registry, or a duplicate: see the findings)",
                          static_cast<unsigned long>(result->not_written))
                          .in(tr);
  if (result->own_findings > 0)
    summary +=
        "\n" + msg_n(
                   "{count} finding in the registry's own files: run gcsj validate "
                   "{directory}",
                   "{count} findings in the registry's own files: run gcsj validate "
                   "{directory}",
                   static_cast<unsigned long>(result->own_findings), arg("directory", request.into))
                   .in(tr);
  std::vector<std::string> read{request.partners, request.into};
  if (request.actions) read.push_back(*request.actions);
  if (request.contacts) read.push_back(*request.contacts);
  return Imported{Printed{format->render(validation, request.text),
                          failed ? Outcome::failing : Outcome::clean, std::move(read)},
                  std::move(summary)};
}

}  // namespace gcsj::app
