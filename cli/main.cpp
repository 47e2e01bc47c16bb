// gcsj: the command-line front end. It parses arguments, runs one subcommand (lib/app/) and maps
// the outcome to an exit status (outcome.hpp); everything else lives in the library.

#include <cstdio>
#include <exception>

#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "version.hpp"

namespace {

int run(int argc, char** argv) {
  using namespace gcsj::cli;
  CLI::App app{
      "gcsj checks a Global Coalition for Social Justice registry against the rules of "
      "ILO Governing Body document GB.349/INS/4.",
      "gcsj"};
  app.set_version_flag("-V,--version", std::string("gcsj ") + gcsj::kVersion);
  app.require_subcommand(1);
  app.footer(
      "Exit status: 0 no failing finding, 1 failing findings, 2 usage error, 3 internal error.");

  int exit_status = kExitClean;
  setup_validate(app, exit_status);
  setup_rules(app, exit_status);
  setup_explain(app, exit_status);
  setup_group(app, exit_status);
  setup_schema(app, exit_status);
  setup_init(app, exit_status);
  setup_list(app, exit_status);
  setup_report(app, exit_status);
  setup_changes(app, exit_status);
  setup_publish(app, exit_status);
  setup_export(app, exit_status);
  setup_import(app, exit_status);
  setup_lsp(app, exit_status);
  setup_help(app, exit_status);

  // A mistyped command gets a suggestion before CLI11 says it was not expected.
  if (const auto unknown = unknown_command(app, argc, argv))
    return fail(gcsj::app::usage(*unknown));
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    if (error.get_exit_code() == 0) return app.exit(error);  // --help, --version
    // CLI11 uses its own codes (106, 109, ...); gcsj's contract is 2 for every usage error, and
    // its messages carry gcsj's prefix.
    const int status = fail(gcsj::app::usage({error.what()}));
    std::fputs("Run `gcsj help` or `gcsj help COMMAND` for the commands and their options.\n",
               stderr);
    return status;
  }
  return exit_status;
}

}  // namespace

int main(int argc, char** argv) {
  // Exceptions cross this one boundary: the library reports bad input as findings, so anything
  // caught here is a bug in gcsj.
  try {
    return run(argc, argv);
  } catch (const std::exception& error) {
    std::fprintf(stderr, "gcsj: internal error: %s\n", error.what());
  } catch (...) {
    std::fprintf(stderr, "gcsj: internal error\n");
  }
  return gcsj::cli::kExitInternal;
}
