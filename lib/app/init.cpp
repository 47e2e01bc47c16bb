#include "app/init.hpp"

#include <filesystem>
#include <optional>
#include <system_error>

#include "i18n/message.hpp"
#include "scaffold/new_registry.hpp"
#include "util/file_io.hpp"

namespace gcsj::app {
namespace {

namespace fs = std::filesystem;
using i18n::arg;
using i18n::msg;

// Why `path` cannot be written by init: a symbolic link on the way inside `directory` (with or
// without --force: a link would have init write, or overwrite, a file elsewhere), a file already
// there (without --force), or a path the system cannot inspect.
std::optional<i18n::Message> refusal(const fs::path& path, const std::string& directory,
                                     bool force) {
  if (auto safe = util::refuse_links_inside(path.string(), {directory}); !safe)
    return i18n::Message::verbatim(safe.error().message);  // util's English, passed through
  std::error_code error;
  const fs::file_status status = fs::symlink_status(path, error);
  if (status.type() == fs::file_type::not_found) return std::nullopt;
  if (error)
    return msg("{path}: cannot be inspected ({reason})", arg("path", path.string()),
               arg("reason", error.message()));
  if (status.type() == fs::file_type::symlink)
    return msg("{path} is a symbolic link, which gcsj init never writes through, even with --force",
               arg("path", path.string()));
  if (!force) return msg("{path} exists; use --force to overwrite", arg("path", path.string()));
  return std::nullopt;
}

// The first symbolic link among the names of `directory` itself, as written (`reg` of
// `reg/sub`, `reg/l` of `reg/l/..`): init would create its files wherever the link leads, so
// any is refused, with or without --force. Each name is looked at in turn from the left, without
// resolving `..` first, so `..` never climbs out of a link unseen.
std::optional<i18n::Message> link_on_the_way(const std::string& directory) {
  const fs::path path(directory);
  fs::path prefix = path.root_path();
  for (const fs::path& part : path.relative_path()) {
    if (part.empty() || part == ".") continue;
    prefix /= part;
    std::error_code error;
    const fs::file_type type = fs::symlink_status(prefix, error).type();
    if (error || type == fs::file_type::not_found) return std::nullopt;  // nothing further yet
    if (type == fs::file_type::symlink)
      return msg(
          "{directory}: {link} is a symbolic link, and gcsj init never creates a registry "
          "through one, even with --force (name the directory without links)",
          arg("directory", directory), arg("link", prefix.string()));
  }
  return std::nullopt;
}

}  // namespace

Expected<Initialized> init(const InitRequest& request,
                           const std::function<void(const std::string& path)>& created) {
  const std::string& directory = request.directory;
  if (auto error = link_on_the_way(directory)) return usage(std::move(*error));
  const auto files = scaffold::new_registry(model::Date::today_utc());
  std::optional<i18n::Message> refused;  // one line per file refused
  for (const auto& file : files)
    if (auto error = refusal(fs::path(directory) / file.path, directory, request.force))
      refused = refused ? lines(std::move(*refused), std::move(*error)) : std::move(*error);
  if (refused) return usage(std::move(*refused));
  for (const auto& file : files) {
    const fs::path path = fs::path(directory) / file.path;
    std::error_code error;
    fs::create_directories(path.parent_path(), error);
    if (error)
      return output(msg("{directory}: cannot create ({reason})",
                        arg("directory", path.parent_path().string()),
                        arg("reason", error.message())));
    if (const auto written = util::write_file(path.string(), file.text); !written)
      return output(written.error());
    if (created) created(path.string());
  }
  return Initialized{msg("Next: edit the examples, then run `gcsj validate {directory}`.",
                         arg("directory", directory))};
}

}  // namespace gcsj::app
