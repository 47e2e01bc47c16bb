#pragma once
// What every command of lib/app/ reads alike: the input options of a registry (configuration,
// exclusions, links, an empty directory), a date option (`--as-of`: today, UTC, when not given),
// the language (`--lang`, else the locale), and the warnings a command gives along the way.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "app/error.hpp"
#include "check/validate.hpp"
#include "i18n/translator.hpp"
#include "model/date.hpp"
#include "util/progress.hpp"

namespace gcsj::app {

// The options of every command that reads a registry.
struct InputOptions {
  std::string config;  // a configuration file; empty: the nearest .gcsj.yaml
  bool no_config = false;
  std::vector<std::string> exclude;  // globs
  bool follow_symlinks = false;
  bool allow_empty = false;
  // Told how the work goes (the files read, the documents judged, and what the command itself
  // counts: pages written, partners compared); the front end shows it (the CLI: a meter on
  // standard error). Null: none. It must outlive the command.
  util::Progress* progress = nullptr;
};

void apply_input_options(const InputOptions& input, check::ValidateOptions& options);

// The date of an option such as --as-of (`text` empty: today, UTC); a usage Error names `option`.
Expected<model::Date> date_option(std::string_view option, const std::string& text);

// The language --lang names, or the locale's (LC_ALL, LC_MESSAGES, LANG, LANGUAGE) when `lang`
// is empty; English for a locale gcsj does not speak.
Expected<const i18n::Translator*> chosen_language(const std::string& lang);

// A warning a command gives before its result (the registry a view rests on has errors), in the
// language chosen, without a prefix; the front end shows it (the CLI: on standard error).
using Warn = std::function<void(const std::string&)>;

}  // namespace gcsj::app
