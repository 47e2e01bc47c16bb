#pragma once
// Loading a registry for the commands that show it (group, list, report, publish) rather than
// judge it: an Error ends the command (exit 2); errors in the registry are only a warning on
// standard error.

#include <string>

#include <fmt/format.h>

#include "check/validate.hpp"
#include "commands.hpp"
#include "i18n/message.hpp"
#include "input_options.hpp"
#include "language_option.hpp"
#include "util/utf8.hpp"

namespace gcsj::cli {

// The registry at `path` judged on `as_of`, with the configuration and input options given.
inline util::Expected<check::ValidateResult> load_for_view(const std::string& path,
                                                           model::Date as_of,
                                                           const InputArgs& input) {
  check::ValidateOptions options;
  options.as_of = as_of;
  options.input.paths = {path};
  apply_input_options(input, options);
  return check::validate(options);
}

// What a view starts from: the language chosen (--lang or the locale) and the registry judged on
// the view's date.
struct OpenedView {
  const i18n::Translator* tr;
  check::ValidateResult loaded;
};

// Chooses the language, then loads `path` on `as_of`; either failing is an Error (exit 2). The
// view warns about the registry's errors itself (warn_about_errors) once it knows it can go on.
inline util::Expected<OpenedView> open_view(const std::string& path, model::Date as_of,
                                            const std::string& lang, const InputArgs& input) {
  const auto language = chosen_language(lang);
  if (!language) return language.error();
  auto loaded = load_for_view(path, as_of, input);
  if (!loaded) return loaded.error();
  return OpenedView{*language, std::move(*loaded)};
}

// Registry errors do not stop a view, but the reader should know the view rests on them.
inline void warn_about_errors(const check::ValidateResult& result, const std::string& path,
                              const i18n::Translator& tr = i18n::Translator::english()) {
  if (result.summary.errors > 0)
    fmt::print(
        stderr, "gcsj: {}\n",
        util::printable(
            i18n::msg_n("warning: the registry has {count} error; `gcsj validate {path}` "
                        "lists it",
                        "warning: the registry has {count} errors; `gcsj validate {path}` "
                        "lists them",
                        static_cast<unsigned long>(result.summary.errors), i18n::arg("path", path))
                .in(tr)));
}

}  // namespace gcsj::cli
