#pragma once
// `gcsj explain RULE`: what a rule checks, why, an example it accepts and one it reports.

#include <string>

#include "findings/rule.hpp"

namespace gcsj::render {

std::string render_explanation(const findings::Rule& rule);

// `text` folded to lines of at most `width` columns at spaces.
std::string wrap(std::string_view text, std::size_t width);

}  // namespace gcsj::render
