#include "render/validate/validation.hpp"

#include <fmt/format.h>

#include "i18n/message.hpp"
#include "util/utf8.hpp"

namespace gcsj::render {

using i18n::arg;
using i18n::msg;

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

std::string waived_suffix(const i18n::Translator& tr, const findings::Finding& f) {
  if (!f.waived) return {};
  const auto expires = model::Date::parse(f.waived->expires);
  return " " + (expires ? msg("(waived until {date})", arg("date", *expires))
                        : msg("(waived until {date})", arg("date", f.waived->expires)))
                   .in(tr);
}

std::string_view severity_word(const i18n::Translator& tr, findings::Severity severity) {
  switch (severity) {
    case findings::Severity::error:
      return tr.ctx("severity", "error");
    case findings::Severity::warning:
      return tr.ctx("severity", "warning");
    case findings::Severity::note:
      return tr.ctx("severity", "note");
  }
  return to_string(severity);
}

std::string finding_line(const Validation& validation, const findings::Finding& f) {
  return finding_line(validation.registry, validation.tr, f);
}

std::string finding_line(const model::Registry& registry, const i18n::Translator& tr,
                         const findings::Finding& f) {
  const std::string para = paragraph_mark(f.paragraph);
  return util::printable(
      fmt::format("{}:{}:{}: {}: {} [{}]{}{}", registry.file(f.where.file).path, f.where.line,
                  f.where.column, to_string(f.severity), f.message.in(tr), f.rule,
                  para.empty() ? "" : fmt::format(" ({})", para), waived_suffix(tr, f)));
}

}  // namespace gcsj::render
