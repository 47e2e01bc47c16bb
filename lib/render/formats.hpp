#pragma once
// The output formats of `gcsj validate`, in one table: `--format`'s values and its help come from
// it, the bash completion reads them from `--help`, and tests/formats/check_docs.py checks the man
// page's list against it.

#include <span>
#include <string>
#include <string_view>

#include "render/validation.hpp"

namespace gcsj::render {

using Renderer = std::string (*)(const Validation&, const TextOptions&);

struct OutputFormat {
  std::string_view name;  // the value of --format
  Renderer render;        // the whole output, as text; the caller prints it
  std::string_view help;  // one line for --help
};

// Every format, the default (text) first.
std::span<const OutputFormat> output_formats();
const OutputFormat* find_format(std::string_view name);

}  // namespace gcsj::render
