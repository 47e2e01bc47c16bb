#include <fmt/format.h>

#include "render/source_lines.hpp"
#include "render/validation.hpp"
#include "util/utf8.hpp"

namespace gcsj::render {
namespace {

using findings::Severity;

struct Palette {
  bool on;
  std::string paint(std::string_view code, std::string_view text) const {
    return on ? fmt::format("\x1b[{}m{}\x1b[0m", code, text) : std::string(text);
  }
  std::string severity(Severity s) const {
    static constexpr std::string_view kCodes[] = {"1;36", "1;33", "1;31"};
    return paint(kCodes[static_cast<int>(s)], to_string(s));
  }
  std::string bold(std::string_view text) const { return paint("1", text); }
  std::string dim(std::string_view text) const { return paint("2", text); }
};

std::string position(const model::Registry& registry, const model::Location& where) {
  return fmt::format("{}:{}:{}", registry.file(where.file).path, where.line, where.column);
}

std::string plural(int n, std::string_view word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

}  // namespace

std::string render_text(const Validation& report, const TextOptions& options) {
  const Palette palette{options.color};
  SourceLines sources(report.registry);
  std::string out;
  for (const auto& f : report.findings) {
    const std::string para = paragraph_mark(f.paragraph);
    // Registry text reaches the terminal only through util::printable: a value or a file name
    // written with escapes must not colour, move or rewrite what the reviewer reads.
    out += fmt::format("{}: {}: {} [{}]{}{}\n",
                       palette.bold(util::printable(position(report.registry, f.where))),
                       palette.severity(f.severity), util::printable(f.message), f.rule,
                       para.empty() ? "" : fmt::format(" ({})", para),
                       f.waived ? fmt::format(" (waived until {})", f.waived->expires) : "");
    if (options.quiet) continue;
    const std::string line = util::printable(sources.line(f.where.file, f.where.line));
    if (!line.empty()) {
      const std::string number = std::to_string(f.where.line);
      const std::string gutter(number.size(), ' ');
      out += fmt::format(" {} {} {}\n", palette.dim(number), palette.dim("|"), line);
      out += fmt::format(" {} {} {}{}\n", gutter, palette.dim("|"),
                         caret_padding(line, f.where.column), palette.paint("1;32", "^"));
    }
    if (!f.hint.empty()) out += fmt::format("  = hint: {}\n", util::printable(f.hint));
    if (f.waived)
      out += fmt::format("  = waived: {} (approved by {})\n", util::printable(f.waived->reason),
                         util::printable(f.waived->approved_by));
    for (const auto& related : f.related)
      out += fmt::format("{}: {}: {}\n",
                         palette.bold(util::printable(position(report.registry, related.where))),
                         palette.severity(Severity::note), util::printable(related.message));
  }
  if (!options.quiet) {
    const auto& s = report.summary;
    out += fmt::format("{} checked, {} on {}: {}, {}, {}{}{}; {}\n", plural(s.files, "file"),
                       plural(s.partners, "partner"), report.as_of.iso(), plural(s.errors, "error"),
                       plural(s.warnings, "warning"), plural(s.notes, "note"),
                       s.waived ? fmt::format(", {} waived", s.waived) : "",
                       s.excluded ? fmt::format(", {} excluded", plural(s.excluded, "file")) : "",
                       report.config_file ? "configuration " + util::printable(*report.config_file)
                                          : std::string("no configuration"));
  }
  return out;
}

}  // namespace gcsj::render
