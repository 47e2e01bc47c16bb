#include "app/validate.hpp"

#include <algorithm>
#include <cstdlib>
#include <string_view>

#include "app/base.hpp"
#include "app/format_choice.hpp"
#include "check/catalogue.hpp"
#include "check/compare.hpp"
#include "check/validate.hpp"
#include "i18n/message.hpp"

namespace gcsj::app {
namespace {

Expected<const render::OutputFormat*> format_of(const ValidateRequest& request) {
  if (request.format.empty()) return validate_format(request.format);
  return format_named(render::output_formats(), request.format, "validate");
}

// What --base accepts: one registry directory, read as a whole.
Expected<std::string> registry_path(const ValidateRequest& request) {
  if (request.paths.size() > 1)
    return usage(
        i18n::msg("--base compares two versions of one registry directory: name one PATH"));
  const std::string path = request.paths.empty() ? "." : request.paths.front();
  if (!request.registry.empty())
    return usage(
        i18n::msg("--base and --registry cannot be combined: --base judges the whole registry"));
  if (auto directory = require_directory(path); !directory) return directory.error();
  return path;
}

// What both readings of `validate` take from the request first: the format, the date and the
// language, each a usage Error when it is not one.
struct Settings {
  const render::OutputFormat* format;
  model::Date as_of;
  const i18n::Translator* language;
};

Expected<Settings> settings_of(const ValidateRequest& request) {
  const auto format = format_of(request);
  if (!format) return format.error();
  const auto as_of = date_option("--as-of", request.as_of);
  if (!as_of) return as_of.error();
  const auto language = chosen_language(request.lang);
  if (!language) return language.error();
  return Settings{*format, *as_of, *language};
}

}  // namespace

const render::OutputFormat* validate_format(const std::string& requested) {
  if (!requested.empty()) return render::find_format(requested);
  const char* actions = std::getenv("GITHUB_ACTIONS");
  return render::find_format(actions && std::string_view(actions) == "true" ? "github" : "text");
}

Expected<findings::Severity> fail_level_of(const ValidateRequest& request,
                                           std::optional<findings::Severity> configured) {
  findings::Severity level = configured.value_or(findings::Severity::error);
  if (!request.fail_level.empty()) {
    const auto named = findings::parse_severity(request.fail_level);
    if (!named)
      return usage(
          i18n::msg("--fail-level: {problem}", i18n::arg("problem", named.error().message)));
    level = *named;
  }
  if (request.strict) level = std::min(level, findings::Severity::warning);
  return level;
}

Expected<Printed> validate(const ValidateRequest& request) {
  if (!request.base.empty()) return validate_base(request);
  const auto settings = settings_of(request);
  if (!settings) return settings.error();
  check::ValidateOptions options;
  options.as_of = settings->as_of;
  options.input.paths = request.paths.empty() ? std::vector<std::string>{"."} : request.paths;
  if (!request.registry.empty()) options.input.registry_dir = request.registry;
  apply_input_options(request.input, options);
  options.input.jobs = request.jobs;
  options.input.keep_partners = false;  // a check needs digests only: memory stays bounded
  // The text of `-`, which the front end handed over as a file (the CLI: its standard input).
  options.input.stdin_file = request.stdin_file;

  const auto result = check::validate(options);
  if (!result) return input(result.error());
  const auto fail_level = fail_level_of(request, result->config_fail_level);
  if (!fail_level) return fail_level.error();
  const render::Validation validation{result->registry,    result->findings,   result->summary,
                                      options.as_of,       *fail_level,        check::catalogue(),
                                      result->config_file, *settings->language};
  const bool failed = std::any_of(result->findings.begin(), result->findings.end(),
                                  [&](const auto& f) { return findings::fails(f, *fail_level); });
  return Printed{settings->format->render(validation, request.text),
                 failed ? Outcome::failing : Outcome::clean,
                 read_paths(options.input.paths, options.input.registry_dir)};
}

Expected<Printed> validate_base(const ValidateRequest& request) {
  const auto settings = settings_of(request);
  if (!settings) return settings.error();
  const auto path = registry_path(request);
  if (!path) return path.error();
  auto opened = open_base_option(request.base, *path, settings->as_of, request.input, request.jobs);
  if (!opened) return opened.error();
  const check::BaseVersion* base = &opened->base;
  check::ValidateOptions& options = opened->options;
  options.input.keep_partners = false;  // a check needs digests only: memory stays bounded
  if (const auto given = fail_level_of(request, std::nullopt); !given) return given.error();
  // A finding is matched in the base only by one that failed as it fails (check/compare.hpp).
  const auto compared =
      check::validate_change(options, *base, [&](std::optional<findings::Severity> configured) {
        const auto level = fail_level_of(request, configured);
        return level ? *level : findings::Severity::error;
      });
  if (!compared) return input(compared.error());
  const auto fail_level = fail_level_of(request, compared->head.config_fail_level);
  if (!fail_level) return fail_level.error();
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
                                      *settings->language,
                                      &baseline};
  bool failed = false;
  for (std::size_t i = 0; i < validation.findings.size() && !failed; ++i)
    failed = render::fails_run(validation, i);
  return Printed{settings->format->render(validation, request.text),
                 failed ? Outcome::failing : Outcome::clean, read_paths(*path, *base)};
}

}  // namespace gcsj::app
