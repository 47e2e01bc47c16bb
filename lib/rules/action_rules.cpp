// Rules about the content of partners' actions: thematic domains (¶35), initial priorities (¶36),
// SDGs (¶16(b)), countries (¶34) and the partners they are undertaken with (¶16(c)).

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "model/vocabulary.hpp"
#include "refdata/reference_data.hpp"
#include "rules/partner_helpers.hpp"
#include "rules/rules.hpp"
#include "util/suggest.hpp"

namespace gcsj::rules {
namespace {

using i18n::arg;
using i18n::msg;
using i18n::N_;
using model::Action;
using model::Partner;
using namespace std::string_view_literals;

// The keys of ¶35's domains and ¶36's priorities, as registry values.
template <std::size_t N>
constexpr std::array<std::string_view, N> keys_of(const std::array<model::Theme, N>& themes) {
  std::array<std::string_view, N> keys{};
  for (std::size_t i = 0; i < N; ++i) keys[i] = themes[i].key;
  return keys;
}
constexpr auto kDomains = keys_of(model::kDomains);
constexpr auto kPriorities = keys_of(model::kPriorities);

template <class F>
void for_each_action(const Context& context, F&& check) {
  for (const Partner& p : context.partners)
    if (p.actions)
      for (const Action& action : p.actions->value) check(p, action);
}

// Reports each value of `list` that is not in `allowed`: `not_one(value)` says what it is not.
template <std::size_t N, class NotOne>
void check_vocabulary(const model::FieldList<std::string>& list,
                      const std::array<std::string_view, N>& allowed, NotOne&& not_one,
                      Reporter& out) {
  if (!list) return;
  const std::string values = fmt::format("{}", fmt::join(allowed, ", "));
  for (const auto& value : list->value) {
    if (std::find(allowed.begin(), allowed.end(), value.value) != allowed.end()) continue;
    const std::string close = util::closest_match(value.value, allowed);
    auto& finding =
        out.add(value.where, not_one(value.value),
                close.empty() ? msg("expected one of: {values}", arg("values", values))
                              : msg("did you mean `{close}`? (expected one of: {values})",
                                    arg("close", close), arg("values", values)));
    if (!close.empty()) finding.fix = findings::replacing(value.where, close);
  }
}

void check_domains(const Context& context, Reporter& out) {
  for_each_action(context, [&](const Partner&, const Action& action) {
    if (action.domains.absent())
      out.add(action.where, msg("the action names no thematic domain (`domains`)")).missing_key =
          "domains";
    else if (action.domains && action.domains->value.empty())
      out.add(action.domains->where, msg("`domains` is empty"));
    check_vocabulary(
        action.domains, kDomains,
        [](std::string_view value) {
          return msg("`{domain}` is not a thematic domain of ¶35", arg("domain", value));
        },
        out);
  });
}

void check_priorities(const Context& context, Reporter& out) {
  for_each_action(context, [&](const Partner&, const Action& action) {
    check_vocabulary(
        action.priorities, kPriorities,
        [](std::string_view value) {
          return msg("`{priority}` is not an initial priority of ¶36", arg("priority", value));
        },
        out);
  });
}

void check_sdgs(const Context& context, Reporter& out) {
  for_each_action(context, [&](const Partner&, const Action& action) {
    if (!action.sdgs) return;
    for (const auto& goal : action.sdgs->value)
      if (!context.reference.is_sdg(goal.value))
        out.add(goal.where,
                msg("{goal} is not a Sustainable Development Goal", arg("goal", goal.value)),
                msg("SDGs are numbered 1 to 17"));
  });
}

void check_countries(const Context& context, Reporter& out) {
  for_each_action(context, [&](const Partner&, const Action& action) {
    if (!action.countries) return;
    for (const auto& code : action.countries->value)
      if (!context.reference.is_country_code(code.value))
        out.add(code.where,
                msg("`{code}` is not an ISO 3166-1 alpha-2 country code", arg("code", code.value)),
                msg("country codes are two upper-case letters, such as KE or NO"));
  });
}

// Only a whole registry can say that a partner does not exist. A declined application is not a
// partner (v1.1), and the ids its own actions name are not kept (load/document_kinds.cpp).
void check_with_partners(const Context& context, Reporter& out) {
  if (!context.registry.complete) return;
  std::vector<std::string_view> ids;
  for (const auto& p : context.registry.digests)
    if (p.id && !model::is_declined(p)) ids.push_back(p.id->value);
  std::sort(ids.begin(), ids.end());
  for (const auto& other : context.registry.partner_references)
    if (!std::binary_search(ids.begin(), ids.end(), std::string_view(other.value)))
      out.add(other.where, msg("no partner has the id `{id}`", arg("id", other.value)),
              msg("list actors that are not partners under `with_others`"));
}

constexpr Rule kActionDomains{
    .id = "action-domains",
    .paragraph = "35",
    .severity = Severity::error,
    .summary = N_("An action names no thematic domain, or an unknown one."),
    .explanation =
        N_("¶35 sets six thematic policy domains that frame partners' actions: inequality (i), "
           "labour-rights (ii), employment (iii), protection (iv), just-transitions (v) and "
           "social-dialogue (vi). Every action names one or more of them, and no other."),
    .passing = R"yaml(domains: [protection, social-dialogue])yaml",
    .failing = R"yaml(domains: [climate])yaml",
    .check = check_domains,
    .reach = Reach::document,
};

constexpr Rule kActionPriorities{
    .id = "action-priorities",
    .paragraph = "36",
    .severity = Severity::error,
    .summary = N_("An action names a priority ¶36 does not set."),
    .explanation =
        N_("¶36 sets four initial priorities: employment-and-social-protection (a), "
           "reducing-inequalities (b), multilateral-priorities (c) and social-dialogue (d). Naming "
           "them is optional; a named one must be one of these."),
    .passing = R"yaml(priorities: [reducing-inequalities])yaml",
    .failing = R"yaml(priorities: [green-growth])yaml",
    .check = check_priorities,
    .reach = Reach::document,
};

constexpr Rule kActionSdgs{
    .id = "action-sdgs",
    .paragraph = "16(b)",
    .severity = Severity::error,
    .summary = N_("An action names an SDG that does not exist."),
    .explanation =
        N_("¶16(b) commits partners to advancing social justice and the SDGs; the goals an action "
           "serves are listed by number, 1 to 17."),
    .passing = R"yaml(sdgs: [1, 8, 10])yaml",
    .failing = R"yaml(sdgs: [18])yaml",
    .check = check_sdgs,
    .reach = Reach::document,
};

constexpr Rule kActionCountries{
    .id = "action-countries",
    .paragraph = "34",
    .severity = Severity::error,
    .summary = N_("An action names a country code that does not exist."),
    .explanation =
        N_("¶34: actions advance social justice in a partner's own country and/or in others. The "
           "countries are ISO 3166-1 alpha-2 codes (upper case; NO is Norway)."),
    .passing = R"yaml(countries: [KE, GB])yaml",
    .failing = R"yaml(countries: [KE, UK])yaml",
    .check = check_countries,
    .reach = Reach::document,
};

constexpr Rule kActionWithPartner{
    .id = "action-with-partner",
    .paragraph = "16(c)",
    .severity = Severity::warning,
    .summary = N_("An action is undertaken with an unknown partner."),
    .explanation = N_(
        "¶16(c): actions may be developed in collaboration with other actors. `with` lists "
        "partner ids; an id no partner has is probably a typo. Checked only when a whole registry "
        "is loaded (a directory, or --registry); actors that are not partners go under "
        "`with_others`."),
    .passing = R"yaml(with: [ituc]          # a partner of the registry
with_others: [A Ministry])yaml",
    .failing = R"yaml(with: [a-ministry]    # no partner has this id)yaml",
    .check = check_with_partners,
    .reach = Reach::registry,
};

constexpr std::array kRules{
    &kActionDomains, &kActionPriorities, &kActionSdgs, &kActionCountries, &kActionWithPartner,
};

}  // namespace

RuleList action_rules() {
  return kRules;
}

}  // namespace gcsj::rules
