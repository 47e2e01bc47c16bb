// gcsj lsp: the Language Server Protocol server on standard input and output (lib/lsp/server.hpp),
// for editors. The terminal's part is only the two streams.

#include <iostream>
#include <memory>

#include "commands.hpp"
#include "lsp/server.hpp"

namespace gcsj::cli {

void setup_lsp(CLI::App& app, int& exit_status) {
  CLI::App* cmd = app.add_subcommand(
      "lsp",
      "Serve the Language Server Protocol on standard input and output: an editor's diagnostics, "
      "hover, completion, quick fixes and go to definition, with the registry as context");
  // What editors' generic clients pass to say how they talk; standard input and output is the
  // only way gcsj does.
  auto stdio = std::make_shared<bool>(false);
  cmd->add_flag("--stdio", *stdio,
                "Talk over standard input and output (the only way; accepted for editors that "
                "pass it)");
  cmd->callback([stdio, &exit_status] {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    exit_status = lsp::serve(std::cin, std::cout);
  });
}

}  // namespace gcsj::cli
