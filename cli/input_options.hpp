#pragma once
// The options every command that reads a registry shares: which configuration applies, what is
// left out, whether symbolic links are followed, whether an empty directory is an error.

#include <CLI/CLI.hpp>

#include "app/options.hpp"

namespace gcsj::cli {

inline void add_input_options(CLI::App& cmd, app::InputOptions& args) {
  cmd.add_option("--config", args.config,
                 "Configuration file (default: the nearest .gcsj.yaml from the registry up to the "
                 "repository's root)")
      ->check(CLI::ExistingFile);
  cmd.add_flag("--no-config", args.no_config, "Apply no configuration");
  cmd.add_option("--exclude", args.exclude,
                 "Leave out registry files matching GLOB (repeatable; `*`, `**`, `?`; without `/` "
                 "it matches a file name at any depth)")
      ->type_name("GLOB");
  cmd.add_flag(
      "--follow-symlinks", args.follow_symlinks,
      "Follow symbolic links whose target lies inside the registry (default: report them)");
  cmd.add_flag("--allow-empty", args.allow_empty,
               "A directory holding no registry file is no error");
}

}  // namespace gcsj::cli
