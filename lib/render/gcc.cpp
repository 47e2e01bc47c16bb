// The format of compiler diagnostics, FILE:LINE:COL: SEVERITY: MESSAGE, that editors' problem
// matchers read: one line per finding, one `note:` line per related location.

#include <fmt/format.h>

#include "render/validation.hpp"
#include "util/utf8.hpp"

namespace gcsj::render {

std::string render_gcc(const Validation& validation, const TextOptions&) {
  std::string out;
  for (const auto& f : validation.findings) {
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
