// gcsj rules: the rule catalogue, for people (text) and scripts (json).

#include <fmt/format.h>

#include "check/catalogue.hpp"
#include "commands.hpp"
#include "render/explain.hpp"
#include "render/json_writer.hpp"
#include "render/validation.hpp"
#include "util/suggest.hpp"

namespace gcsj::cli {
namespace {

std::string render_rules_text() {
  std::string out;
  for (const auto* rule : check::catalogue()) {
    const std::string para = render::paragraph_mark(rule->paragraph);
    out += fmt::format("{:<34} {:<8} {:<7} {}\n", rule->id, to_string(rule->severity),
                       para.empty() ? "format" : para, rule->summary);
  }
  return out;
}

std::string render_rules_json() {
  render::JsonWriter json;
  json.begin_array();
  for (const auto* rule : check::catalogue()) {
    json.begin_object();
    json.key("id").value(rule->id);
    json.key("severity").value(to_string(rule->severity));
    json.key("paragraph").string_or_null(rule->paragraph);
    json.key("summary").value(rule->summary);
    json.key("explanation").value(rule->explanation);
    json.key("passing").value(rule->passing);
    json.key("failing").value(rule->failing);
    json.end_object();
  }
  json.end_array();
  return json.str();
}

}  // namespace

void setup_rules(CLI::App& app, int& exit_status) {
  auto format = std::make_shared<std::string>("text");
  CLI::App* cmd = app.add_subcommand("rules", "List every rule: id, severity, paragraph, summary");
  cmd->add_option("-f,--format", *format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  cmd->callback([format, &exit_status] {
    const std::string out = *format == "json" ? render_rules_json() : render_rules_text();
    std::fwrite(out.data(), 1, out.size(), stdout);
    exit_status = kExitClean;
  });
}

void setup_explain(CLI::App& app, int& exit_status) {
  auto id = std::make_shared<std::string>();
  CLI::App* cmd =
      app.add_subcommand("explain", "Explain a rule: what it checks, why, and examples");
  cmd->add_option("rule", *id, "A rule id, as `gcsj rules` lists them")->required();
  cmd->callback([id, &exit_status] {
    const findings::Rule* rule = check::find_rule(*id);
    if (!rule) {
      std::vector<std::string_view> ids;
      for (const auto* r : check::catalogue()) ids.push_back(r->id);
      const std::string close = util::closest_match(*id, ids);
      fmt::print(
          stderr, "gcsj: error: no rule has the id `{}`{}\n", *id,
          close.empty() ? "; `gcsj rules` lists them" : fmt::format("; did you mean `{}`?", close));
      exit_status = kExitUsage;
      return;
    }
    const std::string out = render::render_explanation(*rule);
    std::fwrite(out.data(), 1, out.size(), stdout);
    exit_status = kExitClean;
  });
}

}  // namespace gcsj::cli
