#include "app/rules.hpp"

#include "app/format_choice.hpp"
#include "app/options.hpp"
#include "check/catalogue.hpp"
#include "i18n/message.hpp"
#include "render/rules/explain.hpp"
#include "render/view_formats.hpp"
#include "util/suggest.hpp"

namespace gcsj::app {

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

Expected<Printed> rules(const RulesRequest& request) {
  const auto format = format_named(render::rules_formats(), request.format, "rules");
  if (!format) return format.error();
  const auto language = chosen_language(request.lang);
  if (!language) return language.error();
  const auto listed_rules = rules_listed(request.filter);
  return Printed{(*format)->render({listed_rules, **language}, {}), Outcome::clean, {}};
}

Expected<Printed> explain(const ExplainRequest& request) {
  const auto language = chosen_language(request.lang);
  if (!language) return language.error();
  const findings::Rule* rule = check::find_rule(request.rule);
  if (!rule) {
    std::vector<std::string_view> ids;
    for (const auto* r : check::catalogue()) ids.push_back(r->id);
    const std::string close = util::closest_match(request.rule, ids);
    if (close.empty())
      return usage(i18n::msg("no rule has the id `{id}`; `gcsj rules` lists them",
                             i18n::arg("id", request.rule)));
    return usage(i18n::msg("no rule has the id `{id}`; did you mean `{close}`?",
                           i18n::arg("id", request.rule), i18n::arg("close", close)));
  }
  return Printed{render::render_explanation(*rule, **language), Outcome::clean, {}};
}

}  // namespace gcsj::app
