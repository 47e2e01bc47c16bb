// The JSON report of the contract (spec section 4). Against a base version (`--base REF`) it is
// the same report of the registry as it is, with additions only: each finding's
// `baseline_state`, the counts of `summary`, and a `base` object holding the older version's
// summary and the findings the change resolved.

#include "render/json_writer.hpp"
#include "render/validate/validation.hpp"

namespace gcsj::render {
namespace {

void write_summary(JsonWriter& json, const findings::Summary& s) {
  json.key("files").value(s.files).key("partners").value(s.partners);
  json.key("errors").value(s.errors).key("warnings").value(s.warnings).key("notes").value(s.notes);
  json.key("waived").value(s.waived).key("excluded").value(s.excluded);
}

void write_finding(JsonWriter& json, const model::Registry& registry, const i18n::Translator& tr,
                   const findings::Finding& f, std::string_view baseline_state) {
  json.begin_object();
  json.key("severity").value(to_string(f.severity));
  json.key("rule").value(f.rule);
  json.key("paragraph").string_or_null(f.paragraph);
  json.key("file").value(registry.file(f.where.file).path);
  json.key("line").value(f.where.line);
  json.key("column").value(f.where.column);
  // The message in the report's language, and in English for scripts and support forums.
  json.key("message").value(f.message.in(tr));
  json.key("message_en").value(f.message.english());
  json.key("hint").string_or_null(f.hint.in(tr));
  json.key("hint_en").string_or_null(f.hint.english());
  json.key("related").begin_array();
  for (const auto& r : f.related) {
    json.begin_object();
    json.key("file").value(registry.file(r.where.file).path);
    json.key("line").value(r.where.line);
    json.key("column").value(r.where.column);
    json.key("message").value(r.message.in(tr));
    json.key("message_en").value(r.message.english());
    json.end_object();
  }
  json.end_array();
  if (f.waived) {
    json.key("waived").begin_object();
    json.key("reason").value(f.waived->reason).key("approved_by").value(f.waived->approved_by);
    json.key("expires").value(f.waived->expires).end_object();
  }
  // The one edit that resolves it (an editor's quick fix), only where there is one.
  if (f.fix) {
    json.key("fix").begin_object();
    json.key("line").value(f.fix->where.line).key("column").value(f.fix->where.column);
    json.key("kind").value(to_string(f.fix->kind)).key("text").value(f.fix->text);
    json.end_object();
  }
  if (!baseline_state.empty()) json.key("baseline_state").value(baseline_state);
  json.end_object();
}

void write_base(JsonWriter& json, const Baseline& base, const i18n::Translator& tr,
                const std::optional<std::string>& config) {
  json.key("base").begin_object();
  json.key("ref").value(base.ref);
  json.key("commit").string_or_null(base.commit.value_or(std::string_view()));
  json.key("existed").value(base.existed);
  json.key("config").string_or_null(config ? std::string_view(*config) : std::string_view());
  json.key("summary").begin_object();
  write_summary(json, base.summary);
  json.end_object();
  json.key("resolved").begin_array();
  for (const auto& f : base.resolved) write_finding(json, base.registry, tr, f, "resolved");
  json.end_array();
  json.end_object();
  json.key("config_not_applied").string_or_null(base.own_config.value_or(std::string_view()));
}

}  // namespace

std::string render_json(const Validation& report, const TextOptions&) {
  JsonWriter json;
  begin_report(json, report.as_of.iso(), report.tr.code());
  json.key("findings").begin_array();
  for (std::size_t i = 0; i < report.findings.size(); ++i)
    write_finding(json, report.registry, report.tr, report.findings[i],
                  !report.baseline        ? ""
                  : introduced(report, i) ? "introduced"
                                          : "unchanged");
  json.end_array();
  json.key("summary").begin_object();
  write_summary(json, report.summary);
  if (report.baseline) {
    json.key("introduced").value(report.baseline->introduced);
    json.key("resolved").value(static_cast<int>(report.baseline->resolved.size()));
    json.key("unchanged").value(report.baseline->unchanged);
  }
  json.end_object();
  json.key("config").string_or_null(report.config_file ? std::string_view(*report.config_file)
                                                       : std::string_view());
  if (report.baseline) write_base(json, *report.baseline, report.tr, report.config_file);
  json.end_object();
  return json.str();
}

}  // namespace gcsj::render
