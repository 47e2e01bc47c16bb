#include "app/base.hpp"

#include <filesystem>
#include <system_error>

#include "i18n/message.hpp"

namespace gcsj::app {

Expected<void> require_directory(const std::string& path) {
  std::error_code error;
  if (path == "-" || !std::filesystem::is_directory(path, error))
    return usage(i18n::msg(
        "--base compares two versions of a registry directory, and {path} is not a directory",
        i18n::arg("path", path)));
  return {};
}

Expected<OpenedBase> open_base_option(const std::string& ref, const std::string& path,
                                      model::Date as_of, const InputOptions& input, unsigned jobs) {
  auto base = check::open_base(ref, path);
  if (!base) return app::input(base.error());
  if (base->from_git && input.follow_symlinks)
    return usage(
        i18n::msg("--follow-symlinks cannot be combined with a git revision as --base: links in a "
                  "revision are never followed, so the two versions would not be read alike"));
  OpenedBase opened{std::move(*base), {}};
  opened.options.as_of = as_of;
  opened.options.input.paths = {path};
  apply_input_options(input, opened.options);
  opened.options.input.jobs = jobs;
  return opened;
}

std::optional<std::string> base_directory(const check::BaseVersion& base) {
  if (base.from_git) return std::nullopt;
  return base.ref;
}

std::vector<std::string> read_paths(std::vector<std::string> paths,
                                    const std::optional<std::string>& also) {
  if (also) paths.push_back(*also);
  return paths;
}

}  // namespace gcsj::app
