// gcsj rules: the rule catalogue, for people (text) and scripts (json); gcsj explain RULE
// (app/rules.hpp).

#include "app/rules.hpp"
#include "commands.hpp"
#include "format_option.hpp"
#include "language_option.hpp"
#include "render/view_formats.hpp"

namespace gcsj::cli {

void setup_rules(CLI::App& app, int& exit_status) {
  auto request = std::make_shared<app::RulesRequest>();
  CLI::App* cmd = app.add_subcommand("rules", "List every rule: id, severity, paragraph, summary");
  cmd->add_option("filter", request->filter,
                  "Only the rules whose id holds FILTER, or of paragraph FILTER (19, 19(f)), or "
                  "`format` for the rules of the file format");
  add_format_option(*cmd, request->format, render::rules_formats());
  add_language_option(*cmd, request->lang);
  cmd->callback([request, &exit_status] { exit_status = finish(app::rules(*request)); });
}

void setup_explain(CLI::App& app, int& exit_status) {
  auto request = std::make_shared<app::ExplainRequest>();
  CLI::App* cmd =
      app.add_subcommand("explain", "Explain a rule: what it checks, why, and examples");
  cmd->add_option("rule", request->rule, "A rule id, as `gcsj rules` lists them")->required();
  add_language_option(*cmd, request->lang);
  cmd->callback([request, &exit_status] { exit_status = finish(app::explain(*request)); });
}

}  // namespace gcsj::cli
