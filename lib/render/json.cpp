#include "render/json_writer.hpp"
#include "render/validation.hpp"

namespace gcsj::render {

std::string render_json(const Validation& report, const TextOptions&) {
  JsonWriter json;
  begin_report(json, report.as_of.iso(), report.tr.code());
  json.key("findings").begin_array();
  for (const auto& f : report.findings) {
    json.begin_object();
    json.key("severity").value(to_string(f.severity));
    json.key("rule").value(f.rule);
    json.key("paragraph").string_or_null(f.paragraph);
    json.key("file").value(report.registry.file(f.where.file).path);
    json.key("line").value(f.where.line);
    json.key("column").value(f.where.column);
    // The message in the report's language, and in English for scripts and support forums.
    json.key("message").value(f.message.in(report.tr));
    json.key("message_en").value(f.message.english());
    json.key("hint").string_or_null(f.hint.in(report.tr));
    json.key("hint_en").string_or_null(f.hint.english());
    json.key("related").begin_array();
    for (const auto& r : f.related) {
      json.begin_object();
      json.key("file").value(report.registry.file(r.where.file).path);
      json.key("line").value(r.where.line);
      json.key("column").value(r.where.column);
      json.key("message").value(r.message.in(report.tr));
      json.key("message_en").value(r.message.english());
      json.end_object();
    }
    json.end_array();
    if (f.waived) {
      json.key("waived").begin_object();
      json.key("reason").value(f.waived->reason).key("approved_by").value(f.waived->approved_by);
      json.key("expires").value(f.waived->expires).end_object();
    }
    json.end_object();
  }
  json.end_array();
  const auto& s = report.summary;
  json.key("summary").begin_object();
  json.key("files").value(s.files).key("partners").value(s.partners);
  json.key("errors").value(s.errors).key("warnings").value(s.warnings).key("notes").value(s.notes);
  json.key("waived").value(s.waived).key("excluded").value(s.excluded);
  json.end_object();
  json.key("config").string_or_null(report.config_file ? std::string_view(*report.config_file)
                                                       : std::string_view());
  json.end_object();
  return json.str();
}

}  // namespace gcsj::render
