#include <fmt/format.h>

#include "i18n/message.hpp"
#include "render/validate/source_lines.hpp"
#include "render/validate/validation.hpp"
#include "util/utf8.hpp"

namespace gcsj::render {
namespace {

using findings::Severity;

struct Palette {
  bool on;
  std::string paint(std::string_view code, std::string_view text) const {
    return on ? fmt::format("\x1b[{}m{}\x1b[0m", code, text) : std::string(text);
  }
  std::string severity(Severity s, std::string_view word) const {
    static constexpr std::string_view kCodes[] = {"1;36", "1;33", "1;31"};
    return paint(kCodes[static_cast<int>(s)], word);
  }
  std::string bold(std::string_view text) const { return paint("1", text); }
  std::string dim(std::string_view text) const { return paint("2", text); }
};

std::string position(const model::Registry& registry, const model::Location& where) {
  return fmt::format("{}:{}:{}", registry.file(where.file).path, where.line, where.column);
}

}  // namespace

namespace {

// The summary line: "3 files checked, 2 partners on 30 November 2026: 1 error, 0 warnings,
// 0 notes; no configuration".
std::string summary_line(const Validation& report) {
  using i18n::arg;
  using i18n::msg;
  using i18n::msg_n;
  const auto& s = report.summary;
  const auto count = [](int n) { return static_cast<unsigned long>(n); };
  i18n::Message extra;
  if (s.waived && s.excluded)
    extra = msg_n(", {count} waived, {files} excluded", ", {count} waived, {files} excluded",
                  count(s.waived),
                  arg("files", msg_n("{count} file", "{count} files", count(s.excluded))));
  else if (s.waived)
    extra = msg_n(", {count} waived", ", {count} waived", count(s.waived));
  else if (s.excluded)
    extra = msg(", {files} excluded",
                arg("files", msg_n("{count} file", "{count} files", count(s.excluded))));
  const i18n::Message configuration =
      report.config_file
          ? msg("configuration {file}", arg("file", util::printable(*report.config_file)))
          : msg("no configuration");
  return msg("{files_checked}, {partners} on {date}: {errors}, {warnings}, {notes}{extra}; "
             "{configuration}",
             arg("files_checked",
                 msg_n("{count} file checked", "{count} files checked", count(s.files))),
             arg("partners", msg_n("{count} partner", "{count} partners", count(s.partners))),
             arg("date", report.as_of),
             arg("errors", msg_n("{count} error", "{count} errors", count(s.errors))),
             arg("warnings", msg_n("{count} warning", "{count} warnings", count(s.warnings))),
             arg("notes", msg_n("{count} note", "{count} notes", count(s.notes))),
             arg("extra", std::move(extra)), arg("configuration", configuration))
      .in(report.tr);
}

// Against a base version: the findings the change resolved, a line each (their files may be gone),
// then what the comparison found, and the configuration the change brought but was not applied.
void append_comparison(std::string& out, const Validation& report, const Palette& palette) {
  const Baseline& base = *report.baseline;
  const i18n::Translator& tr = report.tr;
  for (const auto& f : base.resolved) {
    // The line of the text format (the severity in the reader's language), through the filter.
    const std::string para = paragraph_mark(f.paragraph);
    out += fmt::format(
        "{}: {}\n", palette.paint("1;32", tr.ctx("a finding the change fixed", "resolved")),
        util::printable(fmt::format("{}: {}: {} [{}]{}{}", position(base.registry, f.where),
                                    severity_word(tr, f.severity), f.message.in(tr), f.rule,
                                    para.empty() ? "" : fmt::format(" ({})", para),
                                    waived_suffix(tr, f))));
  }
}

void append_comparison_summary(std::string& out, const Baseline& base, const i18n::Translator& tr) {
  using i18n::arg;
  using i18n::msg;
  const int resolved = static_cast<int>(base.resolved.size());
  if (!base.existed)
    out += util::printable(msg("The registry's directory did not exist at {ref}: every finding of "
                               "this version is introduced.",
                               arg("ref", base.ref))
                               .in(tr)) +
           "\n";
  if (base.own_config)
    out += util::printable(msg("{file}, the configuration this change brings, differs from the "
                               "one applied and was not applied: a change is judged with the "
                               "configuration of its base.",
                               arg("file", *base.own_config))
                               .in(tr)) +
           "\n";
  if (base.commit)
    out += util::printable(msg("{introduced} introduced, {resolved} resolved, {unchanged} "
                               "unchanged, compared with {ref} (commit {commit})",
                               arg("introduced", base.introduced), arg("resolved", resolved),
                               arg("unchanged", base.unchanged), arg("ref", base.ref),
                               arg("commit", base.commit->substr(0, 12)))
                               .in(tr)) +
           "\n";
  else
    out += util::printable(msg("{introduced} introduced, {resolved} resolved, {unchanged} "
                               "unchanged, compared with the directory {ref}",
                               arg("introduced", base.introduced), arg("resolved", resolved),
                               arg("unchanged", base.unchanged), arg("ref", base.ref))
                               .in(tr)) +
           "\n";
}

}  // namespace

std::string render_text(const Validation& report, const TextOptions& options) {
  const Palette palette{options.color};
  const i18n::Translator& tr = report.tr;
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
                       palette.severity(f.severity, severity_word(tr, f.severity)),
                       util::printable(f.message.in(tr)), f.rule,
                       para.empty() ? "" : fmt::format(" ({})", para), waived_suffix(tr, f));
    if (options.quiet) continue;
    const std::string line = util::printable(sources.line(f.where.file, f.where.line));
    if (!line.empty()) {
      const std::string number = std::to_string(f.where.line);
      const std::string gutter(number.size(), ' ');
      out += fmt::format(" {} {} {}\n", palette.dim(number), palette.dim("|"), line);
      out += fmt::format(" {} {} {}{}\n", gutter, palette.dim("|"),
                         caret_padding(line, f.where.column), palette.paint("1;32", "^"));
    }
    if (!f.hint.empty())
      out += "  = " +
             i18n::msg("hint: {hint}", i18n::arg("hint", util::printable(f.hint.in(tr)))).in(tr) +
             "\n";
    if (f.waived)
      out += "  = " +
             i18n::msg("waived: {reason} (approved by {approver})",
                       i18n::arg("reason", util::printable(f.waived->reason)),
                       i18n::arg("approver", util::printable(f.waived->approved_by)))
                 .in(tr) +
             "\n";
    for (const auto& related : f.related)
      out += fmt::format("{}: {}: {}\n",
                         palette.bold(util::printable(position(report.registry, related.where))),
                         palette.severity(Severity::note, severity_word(tr, Severity::note)),
                         util::printable(related.message.in(tr)));
  }
  if (report.baseline && !options.quiet) append_comparison(out, report, palette);
  if (!options.quiet) {
    out += summary_line(report) + "\n";
    if (report.baseline) append_comparison_summary(out, *report.baseline, tr);
  }
  return out;
}

}  // namespace gcsj::render
