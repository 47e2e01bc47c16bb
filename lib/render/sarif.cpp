// SARIF 2.1.0 (OASIS), the format GitHub code scanning and other tools import. Its levels are
// gcsj's severities, spelt the same. The rules the results refer to go to tool.driver.rules with
// their summary, explanation and paragraph; the configuration applied to the run's invocation.

#include <map>
#include <set>

#include <fmt/format.h>

#include "i18n/message.hpp"
#include "render/json_writer.hpp"
#include "render/validation.hpp"
#include "version.hpp"

namespace gcsj::render {
namespace {

// A relative path as a URI reference (RFC 3986): unreserved characters and / stay, the rest is
// percent-encoded. Absolute paths become file:// URIs.
std::string to_uri(std::string_view path) {
  std::string out = path.starts_with("/") ? "file://" : "";
  for (const char c : path) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/')
      out += c;
    else
      out += fmt::format("%{:02X}", byte);
  }
  return out;
}

void write_location(JsonWriter& json, const Validation& report, const model::Location& where) {
  json.key("physicalLocation").begin_object();
  json.key("artifactLocation")
      .begin_object()
      .key("uri")
      .value(to_uri(report.registry.file(where.file).path))
      .end_object();
  json.key("region").begin_object().key("startLine").value(std::max(where.line, 1));
  json.key("startColumn").value(std::max(where.column, 1)).end_object();
  json.end_object();
}

std::string help_text(const i18n::Translator& tr, const findings::Rule& rule) {
  const std::string para = paragraph_mark(rule.paragraph);
  return fmt::format("{}\n\n{}", tr(rule.explanation),
                     para.empty() ? std::string(tr("A rule of the gcsj registry format."))
                                  : i18n::msg("Enforces {paragraph} of ILO Governing Body "
                                              "document GB.349/INS/4.",
                                              i18n::arg("paragraph", para))
                                        .in(tr));
}

// A finding's message with its hint, as SARIF has one text for both.
std::string message_with_hint(const i18n::Translator& tr, const findings::Finding& f) {
  if (f.hint.empty()) return f.message.in(tr);
  return i18n::msg("{message} (hint: {hint})", i18n::arg("message", f.message.in(tr)),
                   i18n::arg("hint", f.hint.in(tr)))
      .in(tr);
}

}  // namespace

std::string render_sarif(const Validation& report, const TextOptions&) {
  std::map<std::string_view, int> rule_index;
  JsonWriter json;
  json.begin_object();
  json.key("$schema").value("https://json.schemastore.org/sarif-2.1.0.json");
  json.key("version").value("2.1.0");
  json.key("runs").begin_array().begin_object();
  json.key("tool").begin_object().key("driver").begin_object();
  json.key("name").value("gcsj");
  json.key("version").value(kVersion);
  json.key("semanticVersion").value(kVersion);
  // The rules the results refer to, in the catalogue's order.
  std::set<std::string_view> reported;
  for (const auto& f : report.findings) reported.insert(f.rule);
  json.key("rules").begin_array();
  int index = 0;
  for (const findings::Rule* rule : report.rules) {
    if (!reported.contains(rule->id)) continue;
    rule_index[rule->id] = index++;
    json.begin_object();
    json.key("id").value(rule->id);
    json.key("shortDescription")
        .begin_object()
        .key("text")
        .value(report.tr(rule->summary))
        .end_object();
    json.key("fullDescription")
        .begin_object()
        .key("text")
        .value(report.tr(rule->explanation))
        .end_object();
    json.key("help").begin_object().key("text").value(help_text(report.tr, *rule)).end_object();
    json.key("defaultConfiguration")
        .begin_object()
        .key("level")
        .value(to_string(rule->severity))
        .end_object();
    json.key("properties").begin_object();
    json.key("paragraph").string_or_null(rule->paragraph);
    json.key("tags").begin_array().value("gcsj");
    if (!rule->paragraph.empty())
      json.value("GB.349/INS/4 " + paragraph_mark(rule->paragraph));
    else
      json.value("format");
    json.end_array().end_object();
    json.end_object();
  }
  json.end_array().end_object().end_object();  // rules, driver, tool

  // The configuration applied (SARIF 3.20: the run's invocation), or null when none was.
  json.key("invocations").begin_array().begin_object();
  json.key("executionSuccessful").value(true);
  json.key("properties").begin_object();
  json.key("configuration")
      .string_or_null(report.config_file ? std::string_view(*report.config_file) : "");
  json.end_object().end_object().end_array();
  json.key("columnKind").value("unicodeCodePoints");
  // SARIF 3.14.23: the language of the run's messages, as an RFC 5646 tag.
  json.key("language").value(report.tr.code());
  json.key("results").begin_array();
  for (const auto& f : report.findings) {
    json.begin_object();
    json.key("ruleId").value(f.rule);
    if (const auto it = rule_index.find(f.rule); it != rule_index.end())
      json.key("ruleIndex").value(it->second);
    json.key("level").value(to_string(f.severity));
    json.key("message")
        .begin_object()
        .key("text")
        .value(message_with_hint(report.tr, f))
        .end_object();
    json.key("locations").begin_array().begin_object();
    write_location(json, report, f.where);
    json.end_object().end_array();
    if (!f.related.empty()) {
      json.key("relatedLocations").begin_array();
      int id = 0;
      for (const auto& r : f.related) {
        json.begin_object().key("id").value(id++);
        write_location(json, report, r.where);
        json.key("message").begin_object().key("text").value(r.message.in(report.tr)).end_object();
        json.end_object();
      }
      json.end_array();
    }
    if (f.waived) {
      json.key("suppressions").begin_array().begin_object();
      json.key("kind").value("external").key("status").value("accepted");
      json.key("justification")
          .value(fmt::format("{} (approved by {}, until {})", f.waived->reason,
                             f.waived->approved_by, f.waived->expires));
      json.end_object().end_array();
    }
    json.key("properties").begin_object().key("paragraph").string_or_null(f.paragraph);
    json.key("message_en").value(message_with_hint(i18n::Translator::english(), f)).end_object();
    json.end_object();
  }
  json.end_array();
  json.key("properties").begin_object().key("as_of").value(report.as_of.iso()).end_object();
  json.end_object().end_array();  // run, runs
  json.end_object();
  return json.str();
}

}  // namespace gcsj::render
