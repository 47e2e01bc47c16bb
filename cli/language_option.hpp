#pragma once
// --lang, which every command that writes words for a reader takes: the language of findings,
// explanations, views, the report and the portal. Without it the locale variables choose, as
// gettext has them (app::chosen_language); English for a language gcsj does not speak.

#include <CLI/CLI.hpp>

#include <string>

#include "commands.hpp"
#include "i18n/translator.hpp"

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

}  // namespace gcsj::cli
