#include "render/validation.hpp"

#include <fmt/format.h>

#include "util/utf8.hpp"

namespace gcsj::render {

std::string paragraph_mark(std::string_view paragraph) {
  return paragraph.empty() ? std::string() : fmt::format("¶{}", paragraph);
}

bool introduced(const Validation& validation, std::size_t index) {
  return !validation.baseline || index >= validation.baseline->states.size() ||
         validation.baseline->states[index] == findings::BaselineState::introduced;
}

bool fails_run(const Validation& validation, std::size_t index) {
  return introduced(validation, index) &&
         findings::fails(validation.findings[index], validation.fail_level);
}

std::string finding_line(const Validation& validation, const findings::Finding& f) {
  return finding_line(validation.registry, f);
}

std::string finding_line(const model::Registry& registry, const findings::Finding& f) {
  const std::string para = paragraph_mark(f.paragraph);
  return util::printable(fmt::format(
      "{}:{}:{}: {}: {} [{}]{}{}", registry.file(f.where.file).path, f.where.line, f.where.column,
      to_string(f.severity), f.message, f.rule, para.empty() ? "" : fmt::format(" ({})", para),
      f.waived ? fmt::format(" (waived until {})", f.waived->expires) : ""));
}

}  // namespace gcsj::render
