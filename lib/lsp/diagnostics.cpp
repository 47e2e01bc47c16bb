#include "lsp/diagnostics.hpp"

#include <fmt/format.h>

#include "lsp/text_position.hpp"
#include "render/validate/validation.hpp"
#include "util/utf8.hpp"

namespace gcsj::lsp {
namespace {

nlohmann::json position(int line, int character) {
  return {{"line", line}, {"character", character}};
}

// LSP's DiagnosticSeverity: 1 error, 2 warning, 3 information, 4 hint. A waived finding stays
// visible, as a hint, since the waiver is a decision a reader may want to see.
int severity_of(const findings::Finding& finding) {
  if (finding.waived) return 4;
  switch (finding.severity) {
    case findings::Severity::error:
      return 1;
    case findings::Severity::warning:
      return 2;
    case findings::Severity::note:
      return 3;
  }
  return 3;
}

std::string message_of(const findings::Finding& finding, const i18n::Translator& tr) {
  std::string message = finding.message.in(tr);
  const std::string paragraph = render::paragraph_mark(finding.paragraph);
  if (!paragraph.empty()) message += fmt::format(" ({})", paragraph);
  message += render::waived_suffix(tr, finding);
  if (!finding.hint.empty()) message += "\n" + finding.hint.in(tr);
  return message;
}

}  // namespace

nlohmann::json range_of(const model::Location& where, std::string_view text) {
  if (where.line <= 0) return {{"start", position(0, 0)}, {"end", position(0, 0)}};
  const std::string_view line = line_text(text, where.line);
  if (where.column <= 0)
    return {{"start", position(where.line - 1, 0)},
            {"end", position(where.line - 1,
                             utf16_of(line, static_cast<int>(util::display_width(line)) + 1))}};
  const Span span = token_at(line, where.line, where.column);
  return {{"start", position(where.line - 1, utf16_of(line, span.begin))},
          {"end", position(where.line - 1, utf16_of(line, span.end))}};
}

nlohmann::json diagnostic_of(const findings::Finding& finding, const i18n::Translator& tr,
                             const FileTexts& files) {
  nlohmann::json diagnostic = {
      {"range", range_of(finding.where, files.text(finding.where.file))},
      {"severity", severity_of(finding)},
      {"code", std::string(finding.rule)},
      {"source", "gcsj"},
      {"message", message_of(finding, tr)},
  };
  if (!finding.related.empty()) {
    nlohmann::json related = nlohmann::json::array();
    for (const auto& r : finding.related)
      related.push_back({{"location",
                          {{"uri", files.uri(r.where.file)},
                           {"range", range_of(r.where, files.text(r.where.file))}}},
                         {"message", r.message.in(tr)}});
    diagnostic["relatedInformation"] = std::move(related);
  }
  return diagnostic;
}

std::string diagnostic_key(const findings::Finding& finding, const i18n::Translator& tr) {
  std::string key = fmt::format("{}:{}:{}:{}:{}\n", finding.where.line, finding.where.column,
                                finding.rule, severity_of(finding), message_of(finding, tr));
  for (const auto& r : finding.related)
    key +=
        fmt::format(" {}:{}:{}:{}\n", r.where.file, r.where.line, r.where.column, r.message.in(tr));
  return key;
}

}  // namespace gcsj::lsp
