// gcsj init [DIR]: a new registry with one commented example of each document kind
// (app/init.hpp).

#include <fmt/format.h>

#include "app/init.hpp"
#include "app/options.hpp"
#include "commands.hpp"
#include "i18n/message.hpp"
#include "language_option.hpp"
#include "util/utf8.hpp"

namespace gcsj::cli {
namespace {

struct InitArgs {
  app::InitRequest request;
  std::string lang;  // the language of what init tells (the files it writes are English)
};

int run_init(const InitArgs& args) {
  const auto language = app::chosen_language(args.lang);
  if (!language) return fail(language.error());
  const i18n::Translator& tr = **language;
  const auto written = app::init(args.request, [&tr](const std::string& path) {
    fmt::print("{}\n",
               util::printable(i18n::msg("created {path}", i18n::arg("path", path)).in(tr)));
  });
  if (!written) return fail(written.error());
  return finish(sentence(written->next, tr, "\n"));
}

}  // namespace

void setup_init(CLI::App& app, int& exit_status) {
  auto args = std::make_shared<InitArgs>();
  app::InitRequest& request = args->request;
  CLI::App* cmd = app.add_subcommand("init",
                                     "Create a new registry: an example partner, a Coordinating "
                                     "Group, a configuration and schemas");
  cmd->add_option("dir", request.directory,
                  "The registry directory (default: .); created if missing")
      ->check(non_empty("directory name"));
  cmd->add_flag("--force", request.force,
                "Overwrite existing files (never through a symbolic link: links are refused)");
  add_language_option(*cmd, args->lang);
  cmd->callback([args, &exit_status] { exit_status = run_init(*args); });
}

}  // namespace gcsj::cli
