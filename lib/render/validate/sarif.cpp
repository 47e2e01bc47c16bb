// SARIF 2.1.0 (OASIS), the format GitHub code scanning and other tools import. Its levels are
// gcsj's severities, spelt the same. The rules the results refer to go to tool.driver.rules with
// their summary, explanation and paragraph; the configuration applied to the run's invocation.
// Every result carries a partialFingerprint of its rule, file and message (findings/baseline.hpp),
// which does not move with its line. Against a base version (`--base REF`), every result has its
// baselineState (SARIF 3.27.24): `new` or `unchanged`, and the findings the change resolved are
// results too, `absent`, of kind `pass` and level `none` (the rule found no problem with them in
// this version).

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include <fmt/format.h>

#include "i18n/message.hpp"
#include "render/json_writer.hpp"
#include "render/validate/validation.hpp"
#include "util/utf8.hpp"
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

// Text as SARIF viewers show it (GitHub code scanning displays every message): the explicit
// directional formatting characters (embeddings, overrides and isolates, U+202A-U+202E and
// U+2066-U+2069) left out, as in the JUnit report and the portal, so that a member named with a
// U+202E cannot reverse the rest of an alert; everything else as the registry writes it.
std::string shown(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = std::max<std::size_t>(util::utf8_sequence_length(text, i), 1);
    const char32_t code = length > 1 ? util::decode_utf8(text.substr(i, length)) : 0;
    if (!((code >= 0x202A && code <= 0x202E) || (code >= 0x2066 && code <= 0x2069)))
      out.append(text.substr(i, length));
    i += length;
  }
  return out;
}

void write_location(JsonWriter& json, const model::Registry& registry,
                    const model::Location& where) {
  json.key("physicalLocation").begin_object();
  json.key("artifactLocation")
      .begin_object()
      .key("uri")
      .value(to_uri(registry.file(where.file).path))
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

// How often each key has been seen, so that equal findings get distinct fingerprints.
using Occurrences = std::unordered_map<std::string, int>;

void write_result(JsonWriter& json, const model::Registry& registry, const i18n::Translator& tr,
                  const findings::Finding& f, const std::map<std::string_view, int>& rule_index,
                  Occurrences& occurrences, std::string_view baseline_state) {
  const bool absent = baseline_state == "absent";
  json.begin_object();
  json.key("ruleId").value(f.rule);
  if (const auto it = rule_index.find(f.rule); it != rule_index.end())
    json.key("ruleIndex").value(it->second);
  if (absent) json.key("kind").value("pass");
  json.key("level").value(absent ? "none" : to_string(f.severity));
  json.key("message")
      .begin_object()
      .key("text")
      .value(shown(message_with_hint(tr, f)))
      .end_object();
  json.key("locations").begin_array().begin_object();
  write_location(json, registry, f.where);
  json.end_object().end_array();
  if (!f.related.empty()) {
    json.key("relatedLocations").begin_array();
    int id = 0;
    for (const auto& r : f.related) {
      json.begin_object().key("id").value(id++);
      write_location(json, registry, r.where);
      json.key("message").begin_object().key("text").value(shown(r.message.in(tr))).end_object();
      json.end_object();
    }
    json.end_array();
  }
  if (f.waived) {
    json.key("suppressions").begin_array().begin_object();
    json.key("kind").value("external").key("status").value("accepted");
    json.key("justification")
        .value(shown(fmt::format("{} (approved by {}, until {})", f.waived->reason,
                                 f.waived->approved_by, f.waived->expires)));
    json.end_object().end_array();
  }
  const std::string key = findings::baseline_key(f, registry.file(f.where.file).path);
  // Resolved findings come after the version's own: the one of two that went is the second.
  const int occurrence = ++occurrences[key];
  json.key("partialFingerprints")
      .begin_object()
      .key("gcsjFinding/v2")
      .value(fmt::format("{}:{}", findings::fingerprint(key), occurrence))
      .end_object();
  if (!baseline_state.empty()) json.key("baselineState").value(baseline_state);
  json.key("properties").begin_object().key("paragraph").string_or_null(f.paragraph);
  json.key("message_en")
      .value(shown(message_with_hint(i18n::Translator::english(), f)))
      .end_object();
  json.end_object();
}

// The driver's rules the results refer to, in the catalogue's order, each with its index in the
// array (the results' ruleIndex).
std::map<std::string_view, int> write_rules(JsonWriter& json, const Validation& report) {
  std::set<std::string_view> reported;
  for (const auto& f : report.findings) reported.insert(f.rule);
  if (report.baseline)
    for (const auto& f : report.baseline->resolved) reported.insert(f.rule);
  std::map<std::string_view, int> rule_index;
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
  json.end_array();
  return rule_index;
}

// The run's results: the findings, and with --base the findings the change resolved.
void write_results(JsonWriter& json, const Validation& report,
                   const std::map<std::string_view, int>& rule_index) {
  json.key("results").begin_array();
  Occurrences occurrences;
  for (std::size_t i = 0; i < report.findings.size(); ++i)
    write_result(json, report.registry, report.tr, report.findings[i], rule_index, occurrences,
                 !report.baseline        ? ""
                 : introduced(report, i) ? "new"
                                         : "unchanged");
  if (report.baseline)
    for (const auto& f : report.baseline->resolved)
      write_result(json, report.baseline->registry, report.tr, f, rule_index, occurrences,
                   "absent");
  json.end_array();
}

}  // namespace

std::string render_sarif(const Validation& report, const TextOptions&) {
  JsonWriter json;
  json.begin_object();
  json.key("$schema").value("https://json.schemastore.org/sarif-2.1.0.json");
  json.key("version").value("2.1.0");
  json.key("runs").begin_array().begin_object();
  json.key("tool").begin_object().key("driver").begin_object();
  json.key("name").value("gcsj");
  json.key("version").value(kVersion);
  json.key("semanticVersion").value(kVersion);
  const auto rule_index = write_rules(json, report);
  json.end_object().end_object();  // driver, tool

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
  write_results(json, report, rule_index);
  json.key("properties").begin_object().key("as_of").value(report.as_of.iso());
  if (report.baseline) {
    json.key("base").begin_object().key("ref").value(shown(report.baseline->ref));
    json.key("commit").string_or_null(report.baseline->commit.value_or(std::string_view()));
    json.end_object();
  }
  json.end_object();
  json.end_object().end_array();  // run, runs
  json.end_object();
  return json.str();
}

}  // namespace gcsj::render
