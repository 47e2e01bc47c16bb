#include "app/options.hpp"

#include <cstdlib>

#include "i18n/language_choice.hpp"
#include "i18n/message.hpp"

namespace gcsj::app {

using i18n::arg;
using i18n::msg;

void apply_input_options(const InputOptions& input, check::ValidateOptions& options) {
  if (!input.config.empty()) options.config_file = input.config;
  options.find_config = !input.no_config;
  options.input.exclude = input.exclude;
  options.input.follow_symlinks = input.follow_symlinks;
  options.input.allow_empty = input.allow_empty;
  options.input.progress = input.progress;
}

Expected<model::Date> date_option(std::string_view option, const std::string& text) {
  if (text.empty()) return model::Date::today_utc();
  if (const auto parsed = model::Date::parse(text)) {
    if (model::is_readable(*parsed)) return *parsed;
    return usage(msg("{option} {date}: dates run from {first} to {last}", arg("option", option),
                     arg("date", text), arg("first", model::kFirstReadDate.iso()),
                     arg("last", model::kLastReadDate.iso())));
  }
  return usage(msg("{option} {date}: not a calendar date written YYYY-MM-DD", arg("option", option),
                   arg("date", text)));
}

Expected<const i18n::Translator*> chosen_language(const std::string& lang) {
  if (!lang.empty()) {
    auto named = i18n::language_named(lang);
    if (!named) return usage(msg("--lang: {problem}", arg("problem", named.error().message)));
    return *named;
  }
  const auto variable = [](const char* name) {
    const char* value = std::getenv(name);
    return std::string_view(value ? value : "");
  };
  return &i18n::language_of_locale({.lc_all = variable("LC_ALL"),
                                    .lc_messages = variable("LC_MESSAGES"),
                                    .lang = variable("LANG"),
                                    .language = variable("LANGUAGE")});
}

}  // namespace gcsj::app
