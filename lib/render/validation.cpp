#include "render/validation.hpp"

#include <fmt/format.h>

#include "i18n/message.hpp"
#include "util/utf8.hpp"

namespace gcsj::render {

using i18n::arg;
using i18n::msg;

std::string paragraph_mark(std::string_view paragraph) {
  return paragraph.empty() ? std::string() : fmt::format("¶{}", paragraph);
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
  const std::string para = paragraph_mark(f.paragraph);
  return util::printable(fmt::format(
      "{}:{}:{}: {}: {} [{}]{}{}", validation.registry.file(f.where.file).path, f.where.line,
      f.where.column, to_string(f.severity), f.message.in(validation.tr), f.rule,
      para.empty() ? "" : fmt::format(" ({})", para), waived_suffix(validation.tr, f)));
}

}  // namespace gcsj::render
