#pragma once
// -f/--format of a view, from the view's table of formats (render/format_table.hpp): the values
// it accepts are the table's names, its default the first row's, so a new row is a new value,
// offered by the completion (which reads --help).

#include <CLI/CLI.hpp>

#include <span>
#include <string>

#include "render/format_table.hpp"

namespace gcsj::cli {

template <class View>
CLI::Option* add_format_option(CLI::App& cmd, std::string& format,
                               std::span<const render::Format<View>> formats) {
  format = std::string(formats.front().name);
  return cmd.add_option("-f,--format", format, "Output format")
      ->check(CLI::IsMember(render::format_names(formats)))
      ->capture_default_str();
}

}  // namespace gcsj::cli
