#include "render/validation.hpp"

#include <fmt/format.h>

#include "util/utf8.hpp"

namespace gcsj::render {

std::string paragraph_mark(std::string_view paragraph) {
  return paragraph.empty() ? std::string() : fmt::format("¶{}", paragraph);
}

std::string finding_line(const Validation& validation, const findings::Finding& f) {
  const std::string para = paragraph_mark(f.paragraph);
  return util::printable(
      fmt::format("{}:{}:{}: {}: {} [{}]{}{}", validation.registry.file(f.where.file).path,
                  f.where.line, f.where.column, to_string(f.severity), f.message, f.rule,
                  para.empty() ? "" : fmt::format(" ({})", para),
                  f.waived ? fmt::format(" (waived until {})", f.waived->expires) : ""));
}

}  // namespace gcsj::render
