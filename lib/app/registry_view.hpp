#pragma once
// Loading a registry for the commands that show it (group, list, report, changes, publish) rather
// than judge it: an Error ends the command; errors in the registry are only a warning.

#include <optional>
#include <string>

#include "app/error.hpp"
#include "app/options.hpp"
#include "check/validate.hpp"
#include "i18n/translator.hpp"
#include "model/date.hpp"

namespace gcsj::app {

// The registry at `path` judged on `as_of`, with the input options given (an input Error when it
// cannot be read). With `registry_dir`, `path` is judged with that registry as context, as
// `validate PATH --registry DIR` judges it: a document of `path` of a kind a registry has once
// (the coordinating group) replaces the registry's own.
Expected<check::ValidateResult> load_for_view(
    const std::string& path, model::Date as_of, const InputOptions& input,
    const std::optional<std::string>& registry_dir = std::nullopt);

// What a view starts from: the language chosen (--lang or the locale) and the registry judged on
// the view's date.
struct OpenedView {
  const i18n::Translator* tr;
  check::ValidateResult loaded;
};

// Chooses the language, then loads `path` on `as_of`; either failing is an Error. The view warns
// about the registry's errors itself (warn_about_errors) once it knows it can go on.
Expected<OpenedView> open_view(const std::string& path, model::Date as_of, const std::string& lang,
                               const InputOptions& input,
                               const std::optional<std::string>& registry_dir = std::nullopt);

// Registry errors do not stop a view, but the reader should know the view rests on them.
void warn_about_errors(const check::ValidateResult& result, const std::string& path,
                       const i18n::Translator& tr, const Warn& warn);

}  // namespace gcsj::app
