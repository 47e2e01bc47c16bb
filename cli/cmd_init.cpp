// gcsj init [DIR]: a new registry with one commented example of each document kind.

#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "commands.hpp"
#include "scaffold/new_registry.hpp"
#include "util/file_io.hpp"

namespace gcsj::cli {
namespace {

namespace fs = std::filesystem;

int run_init(const std::string& directory, bool force) {
  const auto files = scaffold::new_registry(model::Date::today_utc());
  if (!force) {
    bool clash = false;
    for (const auto& file : files)
      if (fs::exists(fs::path(directory) / file.path)) {
        print_error(util::Error{fmt::format("{} exists; use --force to overwrite",
                                            (fs::path(directory) / file.path).string())});
        clash = true;
      }
    if (clash) return kExitUsage;
  }
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
    fmt::print("created {}\n", path.string());
  }
  fmt::print("\nNext: edit the examples, then run `gcsj validate {}`.\n", directory);
  return kExitClean;
}

}  // namespace

void setup_init(CLI::App& app, int& exit_status) {
  auto directory = std::make_shared<std::string>(".");
  auto force = std::make_shared<bool>(false);
  CLI::App* cmd = app.add_subcommand("init",
                                     "Create a new registry: an example partner, a Coordinating "
                                     "Group, a configuration and schemas");
  cmd->add_option("dir", *directory, "The registry directory (default: .); created if missing");
  cmd->add_flag("--force", *force, "Overwrite existing files");
  cmd->callback([directory, force, &exit_status] { exit_status = run_init(*directory, *force); });
}

}  // namespace gcsj::cli
