// Markdown for a pull-request comment or a CI job summary: a one-line verdict, the counts, then the
// findings as tables. Against a base version (`--base REF`): what the change introduces and what it
// fixes; the findings it leaves as they were are only counted. Registry text is escaped for
// Markdown and HTML (markdown_text), and `@` cannot mention anyone: a partner named `@org/team`
// must not notify a team from a bot's comment.

#include <fmt/format.h>

#include "render/report/progress_report.hpp"
#include "render/validate/validation.hpp"

namespace gcsj::render {
namespace {

// A comment lists this many findings per table at most; GitHub cuts comments at 65,536 characters.
constexpr int kMaxRows = 100;

std::string severity_cell(const i18n::Translator& tr, const findings::Finding& f) {
  return std::string(severity_word(tr, f.severity)) + markdown_text(waived_suffix(tr, f));
}

std::string message_cell(const i18n::Translator& tr, const findings::Finding& f) {
  if (f.hint.empty()) return markdown_text(f.message.in(tr));
  return fmt::format("{message} (hint: {hint})",
                     fmt::arg("message", markdown_text(f.message.in(tr))),
                     fmt::arg("hint", markdown_text(f.hint.in(tr))));
}

// A table of `findings` (indexes into them when `chosen` is given), cut at kMaxRows.
template <class Each>
void findings_table(std::string& out, const model::Registry& registry, const i18n::Translator& tr,
                    int count, Each each) {
  out += "| severity | where | rule | message |\n|---|---|---|---|\n";
  int shown = 0;
  each([&](const findings::Finding& f) {
    if (shown++ >= kMaxRows) return;
    const std::string para = paragraph_mark(f.paragraph);
    out += fmt::format("| {severity} | {file}:{line}:{column} | `{rule}`{para} | {message} |\n",
                       fmt::arg("severity", severity_cell(tr, f)),
                       fmt::arg("file", markdown_text(registry.file(f.where.file).path)),
                       fmt::arg("line", f.where.line), fmt::arg("column", f.where.column),
                       fmt::arg("rule", f.rule), fmt::arg("para", para.empty() ? "" : " " + para),
                       fmt::arg("message", message_cell(tr, f)));
  });
  const int more = count - kMaxRows;
  if (more == 1)
    out += "\nOne more finding is not listed here; `gcsj validate` lists every finding.\n";
  else if (more > 1)
    out += fmt::format(
        "\n{count} more findings are not listed here; `gcsj validate` lists every finding.\n",
        fmt::arg("count", more));
  out += "\n";
}

void counts_table(std::string& out, const Validation& report) {
  const auto& s = report.summary;
  out += "| files | partners | errors | warnings | notes | waived |\n";
  out += "|---:|---:|---:|---:|---:|---:|\n";
  out += fmt::format("| {files} | {partners} | {errors} | {warnings} | {notes} | {waived} |\n\n",
                     fmt::arg("files", s.files), fmt::arg("partners", s.partners),
                     fmt::arg("errors", s.errors), fmt::arg("warnings", s.warnings),
                     fmt::arg("notes", s.notes), fmt::arg("waived", s.waived));
}

void configuration_line(std::string& out, const Validation& report) {
  if (report.config_file)
    out += fmt::format("Configuration applied: {file}.\n",
                       fmt::arg("file", markdown_text(*report.config_file)));
  else
    out += "No configuration was applied.\n";
  if (report.baseline && report.baseline->own_config)
    out += fmt::format(
        "\nThis change brings its own configuration, {file}, which differs from the one applied "
        "and was not applied: a change is judged with the configuration of its base.\n",
        fmt::arg("file", markdown_text(*report.baseline->own_config)));
}

int failing_count(const Validation& report) {
  int failing = 0;
  for (std::size_t i = 0; i < report.findings.size(); ++i) failing += fails_run(report, i);
  return failing;
}

std::string verdict_alone(const Validation& report) {
  const int failing = failing_count(report);
  const std::string_view level = to_string(report.fail_level);
  if (failing == 1)
    return fmt::format("**❌ One finding fails the check (at or above {level}).**",
                       fmt::arg("level", level));
  if (failing > 1)
    return fmt::format("**❌ {count} findings fail the check (at or above {level}).**",
                       fmt::arg("count", failing), fmt::arg("level", level));
  return "**✅ No finding fails the check.**";
}

std::string verdict_of_change(const Validation& report, const Baseline& base) {
  const int failing = failing_count(report);
  const int resolved = static_cast<int>(base.resolved.size());
  const std::string_view level = to_string(report.fail_level);
  if (failing == 1)
    return fmt::format(
        "**❌ This change introduces one finding that fails the check (at or above {level}).**",
        fmt::arg("level", level));
  if (failing > 1)
    return fmt::format(
        "**❌ This change introduces {count} findings that fail the check (at or above {level}).**",
        fmt::arg("count", failing), fmt::arg("level", level));
  if (resolved == 1)
    return "**✅ This change introduces no failing finding, and fixes one finding.**";
  if (resolved > 1)
    return fmt::format(
        "**✅ This change introduces no failing finding, and fixes {count} findings.**",
        fmt::arg("count", resolved));
  return "**✅ This change introduces no failing finding.**";
}

void render_change(std::string& out, const Validation& report, const Baseline& base) {
  out += verdict_of_change(report, base) + "\n\n";
  const std::string ref = markdown_text(base.ref);
  const int resolved = static_cast<int>(base.resolved.size());
  if (base.commit)
    out += fmt::format(
        "Compared with {ref} (commit `{commit}`), on {date}: {introduced} introduced, {resolved} "
        "resolved, {unchanged} unchanged.\n\n",
        fmt::arg("ref", ref), fmt::arg("commit", base.commit->substr(0, 12)),
        fmt::arg("date", report.as_of.iso()), fmt::arg("introduced", base.introduced),
        fmt::arg("resolved", resolved), fmt::arg("unchanged", base.unchanged));
  else
    out += fmt::format(
        "Compared with the directory {ref}, on {date}: {introduced} introduced, {resolved} "
        "resolved, {unchanged} unchanged.\n\n",
        fmt::arg("ref", ref), fmt::arg("date", report.as_of.iso()),
        fmt::arg("introduced", base.introduced), fmt::arg("resolved", resolved),
        fmt::arg("unchanged", base.unchanged));
  if (!base.existed)
    out += fmt::format(
        "The registry's directory did not exist at {ref}: every finding of this version is "
        "introduced.\n\n",
        fmt::arg("ref", ref));
  if (base.introduced > 0) {
    out += "### What this change introduces\n\n";
    findings_table(out, report.registry, report.tr, base.introduced, [&](const auto& row) {
      for (std::size_t i = 0; i < report.findings.size(); ++i)
        if (introduced(report, i)) row(report.findings[i]);
    });
  }
  if (!base.resolved.empty()) {
    out += "### What this change fixes\n\n";
    findings_table(out, base.registry, report.tr, static_cast<int>(base.resolved.size()),
                   [&](const auto& row) {
                     for (const auto& f : base.resolved) row(f);
                   });
  }
}

}  // namespace

std::string render_markdown(const Validation& report, const TextOptions&) {
  std::string out = "## gcsj validate\n\n";
  if (report.baseline) {
    render_change(out, report, *report.baseline);
  } else {
    out += verdict_alone(report) + "\n\n";
    out += fmt::format("On {date}:\n\n", fmt::arg("date", report.as_of.iso()));
  }
  counts_table(out, report);
  if (!report.baseline && !report.findings.empty()) {
    out += "### Findings\n\n";
    findings_table(out, report.registry, report.tr, static_cast<int>(report.findings.size()),
                   [&](const auto& row) {
                     for (const auto& f : report.findings) row(f);
                   });
  }
  configuration_line(out, report);
  return out;
}

}  // namespace gcsj::render
