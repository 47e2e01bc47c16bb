#include "app/registry_view.hpp"

#include "i18n/message.hpp"

namespace gcsj::app {

Expected<check::ValidateResult> load_for_view(const std::string& path, model::Date as_of,
                                              const InputOptions& input,
                                              const std::optional<std::string>& registry_dir) {
  check::ValidateOptions options;
  options.as_of = as_of;
  options.input.paths = {path};
  options.input.registry_dir = registry_dir;
  apply_input_options(input, options);
  auto loaded = check::validate(options);
  if (!loaded) return app::input(loaded.error());
  return std::move(*loaded);
}

Expected<OpenedView> open_view(const std::string& path, model::Date as_of, const std::string& lang,
                               const InputOptions& input,
                               const std::optional<std::string>& registry_dir) {
  const auto language = chosen_language(lang);
  if (!language) return language.error();
  auto loaded = load_for_view(path, as_of, input, registry_dir);
  if (!loaded) return loaded.error();
  return OpenedView{*language, std::move(*loaded)};
}

void warn_about_errors(const check::ValidateResult& result, const std::string& path,
                       const i18n::Translator& tr, const Warn& warn) {
  if (result.summary.errors > 0 && warn)
    warn(i18n::msg_n("warning: the registry has {count} error; `gcsj validate {path}` "
                     "lists it",
                     "warning: the registry has {count} errors; `gcsj validate {path}` "
                     "lists them",
                     static_cast<unsigned long>(result.summary.errors), i18n::arg("path", path))
             .in(tr));
}

}  // namespace gcsj::app
