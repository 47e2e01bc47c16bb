// gcsj init [DIR]: a new registry with one commented example of each document kind
// (app/init.hpp).

#include <fmt/format.h>

#include "app/init.hpp"
#include "commands.hpp"
#include "util/utf8.hpp"

namespace gcsj::cli {
namespace {

int run_init(const app::InitRequest& request) {
  const auto written = app::init(
      request, [](const std::string& path) { fmt::print("created {}\n", util::printable(path)); });
  if (!written) return fail(written.error());
  return finish(sentence(written->next, "\n"));
}

}  // namespace

void setup_init(CLI::App& app, int& exit_status) {
  auto request = std::make_shared<app::InitRequest>();
  CLI::App* cmd = app.add_subcommand("init",
                                     "Create a new registry: an example partner, a Coordinating "
                                     "Group, a configuration and schemas");
  cmd->add_option("dir", request->directory,
                  "The registry directory (default: .); created if missing")
      ->check(non_empty("directory name"));
  cmd->add_flag("--force", request->force,
                "Overwrite existing files (never through a symbolic link: links are refused)");
  cmd->callback([request, &exit_status] { exit_status = run_init(*request); });
}

}  // namespace gcsj::cli
