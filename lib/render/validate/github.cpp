// GitHub Actions workflow commands: one `::error file=...,line=...,col=...,title=...::message` per
// finding, so findings appear as annotations on the pull request; against a base version, per
// finding the change introduced.

#include <fmt/format.h>

#include "i18n/message.hpp"
#include "render/validate/validation.hpp"
#include "util/utf8.hpp"

namespace gcsj::render {
namespace {

// The escaping of GitHub's workflow commands: the message escapes %, CR and LF; property values
// escape those and also : and , which delimit properties.
std::string escape_data(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string escape_property(std::string_view text) {
  std::string out;
  for (const char c : escape_data(text)) {
    switch (c) {
      case ':':
        out += "%3A";
        break;
      case ',':
        out += "%2C";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// GitHub's commands are gcsj's severities, but for `notice`.
std::string_view command_of(findings::Severity severity) {
  return severity == findings::Severity::note ? "notice" : to_string(severity);
}

}  // namespace

std::string render_github(const Validation& report, const TextOptions&) {
  std::string out;
  for (std::size_t i = 0; i < report.findings.size(); ++i) {
    if (!introduced(report, i)) continue;  // against a base, only what the change introduced
    const auto& f = report.findings[i];
    const std::string para = paragraph_mark(f.paragraph);
    const std::string title = fmt::format("gcsj {}{}", f.rule, para.empty() ? "" : " " + para);
    // Each part made printable before the parts are joined by the line breaks GitHub shows.
    const i18n::Translator& tr = report.tr;
    std::string message = util::printable(f.message.in(tr));
    if (!f.hint.empty())
      message += "\n" + util::printable(
                            i18n::msg("hint: {hint}", i18n::arg("hint", f.hint.in(tr))).in(tr));
    for (const auto& r : f.related)
      message += "\n" + util::printable(
                            fmt::format("{}:{}:{}: {}", report.registry.file(r.where.file).path,
                                        r.where.line, r.where.column, r.message.in(tr)));
    if (f.waived)
      message += "\n" + util::printable(i18n::msg("waived: {reason} (approved by {approver})",
                                                  i18n::arg("reason", f.waived->reason),
                                                  i18n::arg("approver", f.waived->approved_by))
                                            .in(tr) +
                                        waived_suffix(tr, f));
    out += fmt::format("::{} file={},line={},col={},title={}::{}\n",
                       f.waived ? "notice" : command_of(f.severity),
                       escape_property(util::printable(report.registry.file(f.where.file).path)),
                       f.where.line, f.where.column, escape_property(title), escape_data(message));
  }
  return out;
}

}  // namespace gcsj::render
