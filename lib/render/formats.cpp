#include <fmt/format.h>

#include "render/report.hpp"
#include "util/utf8.hpp"

namespace gcsj::render {

std::optional<Format> parse_format(std::string_view name) {
  for (std::size_t i = 0; i < std::size(kFormatNames); ++i)
    if (name == kFormatNames[i]) return static_cast<Format>(i);
  return std::nullopt;
}

std::string finding_line(const Report& report, const findings::Finding& f) {
  const std::string para = paragraph_mark(f.paragraph);
  return util::printable(
      fmt::format("{}:{}:{}: {}: {} [{}]{}{}", report.registry.file(f.where.file).path,
                  f.where.line, f.where.column, to_string(f.severity), f.message, f.rule,
                  para.empty() ? "" : fmt::format(" ({})", para),
                  f.waived ? fmt::format(" (waived until {})", f.waived->expires) : ""));
}

std::string render_gcc(const Report& report) {
  std::string out;
  for (const auto& f : report.findings) {
    out += finding_line(report, f) + "\n";
    for (const auto& r : f.related)
      out +=
          util::printable(fmt::format("{}:{}:{}: note: {}", report.registry.file(r.where.file).path,
                                      r.where.line, r.where.column, r.message)) +
          "\n";
  }
  return out;
}

std::string render(Format format, const Report& report, const TextOptions& text_options) {
  switch (format) {
    case Format::text:
      return render_text(report, text_options);
    case Format::json:
      return render_json(report);
    case Format::sarif:
      return render_sarif(report);
    case Format::junit:
      return render_junit(report);
    case Format::github:
      return render_github(report);
    case Format::gcc:
      return render_gcc(report);
  }
  return {};
}

}  // namespace gcsj::render
