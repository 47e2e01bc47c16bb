// gcsj init [DIR]: a new registry with one commented example of each document kind.

#include <filesystem>
#include <optional>
#include <system_error>

#include <fmt/format.h>

#include "commands.hpp"
#include "scaffold/new_registry.hpp"
#include "util/file_io.hpp"
#include "util/utf8.hpp"

namespace gcsj::cli {
namespace {

namespace fs = std::filesystem;

// Why `path` cannot be written by init: a symbolic link on the way inside `directory` (with or
// without --force: a link would have init write, or overwrite, a file elsewhere), a file already
// there (without --force), or a path the system cannot inspect.
std::optional<util::Error> refusal(const fs::path& path, const std::string& directory, bool force) {
  if (auto safe = util::refuse_links_inside(path.string(), {directory}); !safe) return safe.error();
  std::error_code error;
  const fs::file_status status = fs::symlink_status(path, error);
  if (status.type() == fs::file_type::not_found) return std::nullopt;
  if (error)
    return util::Error{fmt::format("{}: cannot be inspected ({})", path.string(), error.message())};
  if (status.type() == fs::file_type::symlink)
    return util::Error{fmt::format(
        "{} is a symbolic link, which gcsj init never writes through, even with --force",
        path.string())};
  if (!force) return util::Error{fmt::format("{} exists; use --force to overwrite", path.string())};
  return std::nullopt;
}

// The first symbolic link among the names of `directory` itself, as written (`reg` of
// `reg/sub`, `reg/l` of `reg/l/..`): init would create its files wherever the link leads, so
// any is refused, with or without --force. Each name is looked at in turn from the left, without
// resolving `..` first, so `..` never climbs out of a link unseen.
std::optional<util::Error> link_on_the_way(const std::string& directory) {
  const fs::path path(directory);
  fs::path prefix = path.root_path();
  for (const fs::path& part : path.relative_path()) {
    if (part.empty() || part == ".") continue;
    prefix /= part;
    std::error_code error;
    const fs::file_type type = fs::symlink_status(prefix, error).type();
    if (error || type == fs::file_type::not_found) return std::nullopt;  // nothing further yet
    if (type == fs::file_type::symlink)
      return util::Error{fmt::format(
          "{}: {} is a symbolic link, and gcsj init never creates a registry through one, even "
          "with --force (name the directory without links)",
          directory, prefix.string())};
  }
  return std::nullopt;
}

int run_init(const std::string& directory, bool force) {
  if (const auto error = link_on_the_way(directory)) {
    print_error(*error);
    return kExitUsage;
  }
  const auto files = scaffold::new_registry(model::Date::today_utc());
  bool refused = false;
  for (const auto& file : files)
    if (const auto error = refusal(fs::path(directory) / file.path, directory, force)) {
      print_error(*error);
      refused = true;
    }
  if (refused) return kExitUsage;
  for (const auto& file : files) {
    const fs::path path = fs::path(directory) / file.path;
    std::error_code error;
    fs::create_directories(path.parent_path(), error);
    if (error) {
      print_error(util::Error{
          fmt::format("{}: cannot create ({})", path.parent_path().string(), error.message())});
      return kExitUsage;
    }
    if (const auto written = util::write_file(path.string(), file.text); !written) {
      print_error(written.error());
      return kExitUsage;
    }
    fmt::print("created {}\n", util::printable(path.string()));
  }
  fmt::print("\nNext: edit the examples, then run `gcsj validate {}`.\n",
             util::printable(directory));
  return kExitClean;
}

}  // namespace

void setup_init(CLI::App& app, int& exit_status) {
  auto directory = std::make_shared<std::string>(".");
  auto force = std::make_shared<bool>(false);
  CLI::App* cmd = app.add_subcommand("init",
                                     "Create a new registry: an example partner, a Coordinating "
                                     "Group, a configuration and schemas");
  cmd->add_option("dir", *directory, "The registry directory (default: .); created if missing")
      ->check(non_empty("directory name"));
  cmd->add_flag("--force", *force,
                "Overwrite existing files (never through a symbolic link: links are refused)");
  cmd->callback([directory, force, &exit_status] { exit_status = run_init(*directory, *force); });
}

}  // namespace gcsj::cli
