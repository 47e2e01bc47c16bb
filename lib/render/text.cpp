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

// Against a base version: the findings the change resolved, a line each (their files may be gone),
// then what the comparison found, and the configuration the change brought but was not applied.
void append_comparison(std::string& out, const Baseline& base, const Palette& palette) {
  for (const auto& f : base.resolved)
    out += fmt::format("{resolved}: {finding}\n",
                       fmt::arg("resolved", palette.paint("1;32", "resolved")),
                       fmt::arg("finding", finding_line(base.registry, f)));
}

void append_comparison_summary(std::string& out, const Baseline& base) {
  const int resolved = static_cast<int>(base.resolved.size());
  if (!base.existed)
    out += util::printable(fmt::format("The registry's directory did not exist at {ref}: every "
                                       "finding of this version is introduced.",
                                       fmt::arg("ref", base.ref))) +
           "\n";
  if (base.own_config)
    out += util::printable(fmt::format(
               "{file}, the configuration this change brings, differs from the one applied and "
               "was not applied: a change is judged with the configuration of its base.",
               fmt::arg("file", *base.own_config))) +
           "\n";
  if (base.commit)
    out += util::printable(fmt::format(
               "{introduced} introduced, {resolved} resolved, {unchanged} unchanged, compared "
               "with {ref} (commit {commit})",
               fmt::arg("introduced", base.introduced), fmt::arg("resolved", resolved),
               fmt::arg("unchanged", base.unchanged), fmt::arg("ref", base.ref),
               fmt::arg("commit", base.commit->substr(0, 12)))) +
           "\n";
  else
    out += util::printable(fmt::format(
               "{introduced} introduced, {resolved} resolved, {unchanged} unchanged, compared "
               "with the directory {ref}",
               fmt::arg("introduced", base.introduced), fmt::arg("resolved", resolved),
               fmt::arg("unchanged", base.unchanged), fmt::arg("ref", base.ref))) +
           "\n";
}

}  // namespace

std::string render_text(const Validation& report, const TextOptions& options) {
  const Palette palette{options.color};
  SourceLines sources(report.registry);
  std::string out;
  for (std::size_t i = 0; i < report.findings.size(); ++i) {
    if (!introduced(report, i)) continue;  // against a base, only what the change introduced
    const auto& f = report.findings[i];
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
  if (report.baseline && !options.quiet) append_comparison(out, *report.baseline, palette);
  if (!options.quiet) {
    const auto& s = report.summary;
    out += fmt::format("{} checked, {} on {}: {}, {}, {}{}{}; {}\n", plural(s.files, "file"),
                       plural(s.partners, "partner"), report.as_of.iso(), plural(s.errors, "error"),
                       plural(s.warnings, "warning"), plural(s.notes, "note"),
                       s.waived ? fmt::format(", {} waived", s.waived) : "",
                       s.excluded ? fmt::format(", {} excluded", plural(s.excluded, "file")) : "",
                       report.config_file ? "configuration " + util::printable(*report.config_file)
                                          : std::string("no configuration"));
    if (report.baseline) append_comparison_summary(out, *report.baseline);
  }
  return out;
}

}  // namespace gcsj::render
