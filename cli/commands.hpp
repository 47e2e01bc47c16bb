#pragma once
// The subcommands of gcsj: each declares its options on a CLI11 subcommand, fills the request of
// its command of lib/app/ with them, calls it, and hands what it returns to outcome.hpp, which
// prints it and maps it to the exit status.

#include <CLI/CLI.hpp>

#include <optional>
#include <string>

#include "outcome.hpp"
#include "util/expected.hpp"

namespace gcsj::cli {

// The longest period an option of days takes (a century): a plain range in its error message.
inline constexpr long kMaxDays = 36'500;

// Declares `validate` on `app`; when it is chosen, the callback stores its exit status.
void setup_validate(CLI::App& app, int& exit_status);
void setup_rules(CLI::App& app, int& exit_status);
void setup_explain(CLI::App& app, int& exit_status);
void setup_group(CLI::App& app, int& exit_status);
void setup_schema(CLI::App& app, int& exit_status);
void setup_init(CLI::App& app, int& exit_status);
void setup_list(CLI::App& app, int& exit_status);
void setup_report(CLI::App& app, int& exit_status);
void setup_changes(CLI::App& app, int& exit_status);
void setup_publish(CLI::App& app, int& exit_status);
void setup_export(CLI::App& app, int& exit_status);
void setup_import(CLI::App& app, int& exit_status);
void setup_lsp(CLI::App& app, int& exit_status);
// `gcsj help [COMMAND]`, as git and cargo have it.
void setup_help(CLI::App& app, int& exit_status);

// A validator for an option that names a file or a language: an empty value is a usage error
// (`-o ""` would otherwise mean standard output).
inline CLI::Validator non_empty(const std::string& what) {
  return CLI::Validator(
      [what](std::string& value) { return value.empty() ? "an empty " + what : std::string(); }, "",
      "non-empty");
}

// An Error naming a command of `argv` that `app` does not have, with the closest one; nullopt
// when the commands named exist.
std::optional<util::Error> unknown_command(const CLI::App& app, int argc, char** argv);

}  // namespace gcsj::cli
