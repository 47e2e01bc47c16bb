#pragma once
// The subcommands of gcsj: each declares its options on a CLI11 subcommand and runs it.

#include <CLI/CLI.hpp>

namespace gcsj::cli {

// Exit statuses (spec section 4).
inline constexpr int kExitClean = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitInternal = 3;

// Declares `validate` on `app`; when it is chosen, the callback stores its exit status.
void setup_validate(CLI::App& app, int& exit_status);
void setup_rules(CLI::App& app, int& exit_status);

}  // namespace gcsj::cli
