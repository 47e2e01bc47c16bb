#pragma once
// The output formats of `gcsj validate`, in one table (render/format_table.hpp): `--format`'s
// values and its help come from it, the bash completion reads them from `--help`, and
// tests/formats/check_docs.py checks the man page's list against it. The other views' tables are
// in render/view_formats.hpp.

#include <span>
#include <string>
#include <string_view>

#include "render/format_table.hpp"
#include "render/validate/validation.hpp"

namespace gcsj::render {

using OutputFormat = Format<Validation>;
using Renderer = OutputFormat::Renderer;

// Every format, the default (text) first.
std::span<const OutputFormat> output_formats();
const OutputFormat* find_format(std::string_view name);

}  // namespace gcsj::render
