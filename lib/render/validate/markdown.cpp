// Markdown for a pull-request comment or a CI job summary: a one-line verdict, the counts, then the
// findings as tables. Against a base version (`--base REF`): what the change introduces and what it
// fixes; the findings it leaves as they were are only counted. Registry text is escaped for
// Markdown and HTML (markdown_text), and `@` cannot mention anyone: a partner named `@org/team`
// must not notify a team from a bot's comment.

#include <fmt/format.h>

#include "i18n/message.hpp"
#include "render/report/progress_report.hpp"
#include "render/validate/validation.hpp"

namespace gcsj::render {
namespace {

using i18n::arg;
using i18n::msg;
using i18n::msg_n;
using i18n::NC_;

// A comment lists this many findings per table at most; GitHub cuts comments at 65,536 characters.
constexpr int kMaxRows = 100;

// The columns of the tables, lower case as a CI comment writes them.
constexpr i18n::Term kSeverity = NC_("a column of validate's Markdown tables", "severity");
constexpr i18n::Term kWhere = NC_("a column of validate's Markdown tables", "where");
constexpr i18n::Term kRule = NC_("a column of validate's Markdown tables", "rule");
constexpr i18n::Term kMessage = NC_("a column of validate's Markdown tables", "message");
constexpr i18n::Term kFiles = NC_("a column of validate's Markdown tables", "files");
constexpr i18n::Term kPartners = NC_("a column of validate's Markdown tables", "partners");
constexpr i18n::Term kErrors = NC_("a column of validate's Markdown tables", "errors");
constexpr i18n::Term kWarnings = NC_("a column of validate's Markdown tables", "warnings");
constexpr i18n::Term kNotes = NC_("a column of validate's Markdown tables", "notes");
constexpr i18n::Term kWaived = NC_("a column of validate's Markdown tables", "waived");

// A count as a placeholder's value.
unsigned long count_of(int n) {
  return static_cast<unsigned long>(n);
}

std::string severity_cell(const i18n::Translator& tr, const findings::Finding& f) {
  return std::string(severity_word(tr, f.severity)) + markdown_text(waived_suffix(tr, f));
}

std::string message_cell(const i18n::Translator& tr, const findings::Finding& f) {
  if (f.hint.empty()) return markdown_text(f.message.in(tr));
  return msg("{message} (hint: {hint})", arg("message", markdown_text(f.message.in(tr))),
             arg("hint", markdown_text(f.hint.in(tr))))
      .in(tr);
}

// A table of `findings` (indexes into them when `chosen` is given), cut at kMaxRows.
template <class Each>
void findings_table(std::string& out, const model::Registry& registry, const i18n::Translator& tr,
                    int count, Each each) {
  out += fmt::format("| {} | {} | {} | {} |\n|---|---|---|---|\n", tr(kSeverity), tr(kWhere),
                     tr(kRule), tr(kMessage));
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
  if (more > 0)
    out += "\n" +
           msg_n("One more finding is not listed here; `gcsj validate` lists every finding.",
                 "{count} more findings are not listed here; `gcsj validate` lists every finding.",
                 count_of(more))
               .in(tr) +
           "\n";
  out += "\n";
}

void counts_table(std::string& out, const Validation& report) {
  const i18n::Translator& tr = report.tr;
  const auto& s = report.summary;
  out += fmt::format("| {} | {} | {} | {} | {} | {} |\n", tr(kFiles), tr(kPartners), tr(kErrors),
                     tr(kWarnings), tr(kNotes), tr(kWaived));
  out += "|---:|---:|---:|---:|---:|---:|\n";
  out += fmt::format("| {files} | {partners} | {errors} | {warnings} | {notes} | {waived} |\n\n",
                     fmt::arg("files", s.files), fmt::arg("partners", s.partners),
                     fmt::arg("errors", s.errors), fmt::arg("warnings", s.warnings),
                     fmt::arg("notes", s.notes), fmt::arg("waived", s.waived));
}

void configuration_line(std::string& out, const Validation& report) {
  const i18n::Translator& tr = report.tr;
  if (report.config_file)
    out += msg("Configuration applied: {file}.", arg("file", markdown_text(*report.config_file)))
               .in(tr) +
           "\n";
  else
    out += msg("No configuration was applied.").in(tr) + "\n";
  if (report.baseline && report.baseline->own_config)
    out += "\n" +
           msg("This change brings its own configuration, {file}, which differs from the one "
               "applied and was not applied: a change is judged with the configuration of its "
               "base.",
               arg("file", markdown_text(*report.baseline->own_config)))
               .in(tr) +
           "\n";
}

int failing_count(const Validation& report) {
  int failing = 0;
  for (std::size_t i = 0; i < report.findings.size(); ++i) failing += fails_run(report, i);
  return failing;
}

// The verdict in bold, after its mark (✅ or ❌).
std::string verdict(bool fails, const i18n::Message& sentence, const i18n::Translator& tr) {
  return fmt::format("**{} {}**", fails ? "❌" : "✅", sentence.in(tr));
}

std::string verdict_alone(const Validation& report) {
  const int failing = failing_count(report);
  // The fail level as the reader's language names the severity.
  const std::string level(severity_word(report.tr, report.fail_level));
  if (failing > 0)
    return verdict(true,
                   msg_n("One finding fails the check (at or above {level}).",
                         "{count} findings fail the check (at or above {level}).",
                         count_of(failing), arg("level", level)),
                   report.tr);
  return verdict(false, msg("No finding fails the check."), report.tr);
}

std::string verdict_of_change(const Validation& report, const Baseline& base) {
  const int failing = failing_count(report);
  const int resolved = static_cast<int>(base.resolved.size());
  const std::string level(severity_word(report.tr, report.fail_level));
  if (failing > 0)
    return verdict(
        true,
        msg_n("This change introduces one finding that fails the check (at or above {level}).",
              "This change introduces {count} findings that fail the check (at or above "
              "{level}).",
              count_of(failing), arg("level", level)),
        report.tr);
  if (resolved > 0)
    return verdict(false,
                   msg_n("This change introduces no failing finding, and fixes one finding.",
                         "This change introduces no failing finding, and fixes {count} findings.",
                         count_of(resolved)),
                   report.tr);
  return verdict(false, msg("This change introduces no failing finding."), report.tr);
}

void render_change(std::string& out, const Validation& report, const Baseline& base) {
  const i18n::Translator& tr = report.tr;
  out += verdict_of_change(report, base) + "\n\n";
  const std::string ref = markdown_text(base.ref);
  const int resolved = static_cast<int>(base.resolved.size());
  if (base.commit)
    out += msg("Compared with {ref} (commit `{commit}`), on {date}: {introduced} introduced, "
               "{resolved} resolved, {unchanged} unchanged.",
               arg("ref", ref), arg("commit", base.commit->substr(0, 12)),
               arg("date", report.as_of), arg("introduced", base.introduced),
               arg("resolved", resolved), arg("unchanged", base.unchanged))
               .in(tr) +
           "\n\n";
  else
    out += msg("Compared with the directory {ref}, on {date}: {introduced} introduced, "
               "{resolved} resolved, {unchanged} unchanged.",
               arg("ref", ref), arg("date", report.as_of), arg("introduced", base.introduced),
               arg("resolved", resolved), arg("unchanged", base.unchanged))
               .in(tr) +
           "\n\n";
  if (!base.existed)
    out += msg("The registry's directory did not exist at {ref}: every finding of this version "
               "is introduced.",
               arg("ref", ref))
               .in(tr) +
           "\n\n";
  if (base.introduced > 0) {
    out += "### " + msg("What this change introduces").in(tr) + "\n\n";
    findings_table(out, report.registry, tr, base.introduced, [&](const auto& row) {
      for (std::size_t i = 0; i < report.findings.size(); ++i)
        if (introduced(report, i)) row(report.findings[i]);
    });
  }
  if (!base.resolved.empty()) {
    out += "### " + msg("What this change fixes").in(tr) + "\n\n";
    findings_table(out, base.registry, tr, static_cast<int>(base.resolved.size()),
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
    out += msg("On {date}:", arg("date", report.as_of)).in(report.tr) + "\n\n";
  }
  counts_table(out, report);
  if (!report.baseline && !report.findings.empty()) {
    out += "### " + msg("Findings").in(report.tr) + "\n\n";
    findings_table(out, report.registry, report.tr, static_cast<int>(report.findings.size()),
                   [&](const auto& row) {
                     for (const auto& f : report.findings) row(f);
                   });
  }
  configuration_line(out, report);
  return out;
}

}  // namespace gcsj::render
