// gcsj rules: the rule catalogue, for people (text) and scripts (json).

#include <fmt/format.h>

#include "check/catalogue.hpp"
#include "commands.hpp"
#include "language_option.hpp"
#include "output.hpp"
#include "render/explain.hpp"
#include "render/validation.hpp"
#include "util/suggest.hpp"

namespace gcsj::cli {
namespace {

// True when `rule` is one `gcsj rules FILTER` lists: FILTER is part of its id, or its paragraph
// (19, 19(f) or ¶19(f)), or `format` for the rules of the file format.
bool listed(const findings::Rule& rule, std::string_view filter) {
  if (filter.empty()) return true;
  if (filter.starts_with("¶")) filter.remove_prefix(std::string_view("¶").size());
  if (filter == "format") return rule.paragraph.empty();
  if (rule.id.find(filter) != std::string_view::npos) return true;
  return rule.paragraph == filter ||
         (rule.paragraph.starts_with(filter) && rule.paragraph[filter.size()] == '(');
}

std::vector<const findings::Rule*> rules_listed(std::string_view filter) {
  std::vector<const findings::Rule*> out;
  for (const auto* rule : check::catalogue())
    if (listed(*rule, filter)) out.push_back(rule);
  return out;
}

}  // namespace

void setup_rules(CLI::App& app, int& exit_status) {
  auto format = std::make_shared<std::string>("text");
  auto filter = std::make_shared<std::string>();
  auto lang = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand("rules", "List every rule: id, severity, paragraph, summary");
  cmd->add_option("filter", *filter,
                  "Only the rules whose id holds FILTER, or of paragraph FILTER (19, 19(f)), or "
                  "`format` for the rules of the file format");
  cmd->add_option("-f,--format", *format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  add_language_option(*cmd, *lang);
  cmd->callback([format, filter, lang, &exit_status] {
    const auto language = chosen_language(*lang);
    if (!language) {
      print_error(language.error());
      exit_status = kExitUsage;
      return;
    }
    const auto rules = rules_listed(*filter);
    const std::string out = *format == "json" ? render::render_rules_json(rules, **language)
                                              : render::render_rules_text(rules, **language);
    const auto written = emit(out, "");
    if (!written) print_error(written.error());
    exit_status = written ? kExitClean : kExitUsage;
  });
}

void setup_explain(CLI::App& app, int& exit_status) {
  auto id = std::make_shared<std::string>();
  auto lang = std::make_shared<std::string>();
  CLI::App* cmd =
      app.add_subcommand("explain", "Explain a rule: what it checks, why, and examples");
  cmd->add_option("rule", *id, "A rule id, as `gcsj rules` lists them")->required();
  add_language_option(*cmd, *lang);
  cmd->callback([id, lang, &exit_status] {
    const auto language = chosen_language(*lang);
    if (!language) {
      print_error(language.error());
      exit_status = kExitUsage;
      return;
    }
    const findings::Rule* rule = check::find_rule(*id);
    if (!rule) {
      std::vector<std::string_view> ids;
      for (const auto* r : check::catalogue()) ids.push_back(r->id);
      const std::string close = util::closest_match(*id, ids);
      print_error(
          util::Error{fmt::format("no rule has the id `{}`{}", *id,
                                  close.empty() ? "; `gcsj rules` lists them"
                                                : fmt::format("; did you mean `{}`?", close))});
      exit_status = kExitUsage;
      return;
    }
    const std::string out = render::render_explanation(*rule, **language);
    const auto written = emit(out, "");
    if (!written) print_error(written.error());
    exit_status = written ? kExitClean : kExitUsage;
  });
}

}  // namespace gcsj::cli
