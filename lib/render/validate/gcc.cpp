// The format of compiler diagnostics, FILE:LINE:COL: SEVERITY: MESSAGE, that editors' problem
// matchers read: one line per finding, one `note:` line per related location. Against a base
// version, the findings the change introduced only.

#include <fmt/format.h>

#include "render/validate/validation.hpp"
#include "util/utf8.hpp"

namespace gcsj::render {

std::string render_gcc(const Validation& validation, const TextOptions&) {
  std::string out;
  for (std::size_t i = 0; i < validation.findings.size(); ++i) {
    if (!introduced(validation, i)) continue;  // against a base, only what the change introduced
    const auto& f = validation.findings[i];
    out += finding_line(validation, f) + "\n";
    for (const auto& r : f.related)
      out += util::printable(fmt::format("{}:{}:{}: note: {}",
                                         validation.registry.file(r.where.file).path, r.where.line,
                                         r.where.column, r.message.in(validation.tr))) +
             "\n";
  }
  return out;
}

}  // namespace gcsj::render
