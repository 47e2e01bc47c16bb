#pragma once
// --lang, which every command that writes words for a reader takes: the language of findings,
// explanations, views, the report and the portal. Without it the locale variables choose, as
// gettext has them; English for a language gcsj does not speak.

#include <CLI/CLI.hpp>

#include <cstdlib>
#include <string>

#include "commands.hpp"
#include "i18n/language_choice.hpp"
#include "i18n/translator.hpp"
#include "util/expected.hpp"

namespace gcsj::cli {

inline std::string language_codes() {
  std::string codes;
  for (std::string_view code : i18n::Translator::languages())
    codes += (codes.empty() ? "" : ", ") + std::string(code);
  return codes;
}

inline void add_language_option(CLI::App& cmd, std::string& lang) {
  cmd.add_option("--lang", lang,
                 "Language of the output: " + language_codes() +
                     " (default: from LC_ALL, LC_MESSAGES or LANG; English otherwise)")
      ->type_name("LANG")
      ->check(non_empty("language name"));
}

// The language --lang names, or the locale's when it is empty.
inline util::Expected<const i18n::Translator*> chosen_language(const std::string& lang) {
  if (!lang.empty()) {
    auto named = i18n::language_named(lang);
    if (!named) return util::Error{"--lang: " + named.error().message};
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

}  // namespace gcsj::cli
