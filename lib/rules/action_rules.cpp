// Rules about the content of partners' actions: thematic domains (¶35), initial priorities (¶36),
// SDGs (¶16(b)), countries (¶34) and the partners they are undertaken with (¶16(c)).

#include <algorithm>
#include <array>

#include "load/suggest.hpp"
#include "model/vocabulary.hpp"
#include "refdata/reference_data.hpp"
#include "rules/partner_helpers.hpp"
#include "rules/partner_rules.hpp"

namespace gcsj::rules::partner {
namespace {

using findings::Severity;
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

// Reports each value of `list` that is not in `allowed`.
template <std::size_t N>
void check_vocabulary(const Rule& rule, const model::FieldList<std::string>& list,
                      const std::array<std::string_view, N>& allowed, std::string_view what,
                      Reporter& report) {
  if (!list) return;
  for (const auto& value : list->value) {
    if (std::find(allowed.begin(), allowed.end(), value.value) != allowed.end()) continue;
    std::string hint = fmt::format("expected one of: {}", fmt::join(allowed, ", "));
    if (std::string close = load::closest_match(value.value, allowed); !close.empty())
      hint = fmt::format("did you mean `{}`? ({})", close, hint);
    report.add(rule, value.where, fmt::format("`{}` is not {}", value.value, what),
               std::move(hint));
  }
}

void check_domains(const Context& context, Reporter& report) {
  for_each_action(context, [&](const Partner&, const Action& action) {
    if (action.domains.absent())
      report.add(kActionDomains, action.where, "the action names no thematic domain (`domains`)");
    else if (action.domains && action.domains->value.empty())
      report.add(kActionDomains, action.domains->where, "`domains` is empty");
    check_vocabulary(kActionDomains, action.domains, kDomains, "a thematic domain of ¶35", report);
  });
}

void check_priorities(const Context& context, Reporter& report) {
  for_each_action(context, [&](const Partner&, const Action& action) {
    check_vocabulary(kActionPriorities, action.priorities, kPriorities,
                     "an initial priority of ¶36", report);
  });
}

void check_sdgs(const Context& context, Reporter& report) {
  for_each_action(context, [&](const Partner&, const Action& action) {
    if (!action.sdgs) return;
    for (const auto& goal : action.sdgs->value)
      if (!context.reference.is_sdg(goal.value))
        report.add(kActionSdgs, goal.where,
                   fmt::format("{} is not a Sustainable Development Goal", goal.value),
                   "SDGs are numbered 1 to 17");
  });
}

void check_countries(const Context& context, Reporter& report) {
  for_each_action(context, [&](const Partner&, const Action& action) {
    if (!action.countries) return;
    for (const auto& code : action.countries->value)
      if (!context.reference.is_country_code(code.value))
        report.add(kActionCountries, code.where,
                   fmt::format("`{}` is not an ISO 3166-1 alpha-2 country code", code.value),
                   "country codes are two upper-case letters, such as KE or NO");
  });
}

// Only a whole registry can say that a partner does not exist.
void check_with_partners(const Context& context, Reporter& report) {
  if (!context.registry.complete) return;
  std::vector<std::string_view> ids;
  for (const auto& p : context.registry.digests)
    if (p.id) ids.push_back(p.id->value);
  std::sort(ids.begin(), ids.end());
  for (const auto& other : context.registry.partner_references)
    if (!std::binary_search(ids.begin(), ids.end(), std::string_view(other.value)))
      report.add(kActionWithPartner, other.where,
                 fmt::format("no partner has the id `{}`", other.value),
                 "list actors that are not partners under `with_others`");
}

}  // namespace

const Rule kActionDomains{
    "action-domains",
    "35",
    Severity::error,
    "An action names no thematic domain, or an unknown one.",
    "¶35 sets six thematic policy domains that frame partners' actions: inequality (i), "
    "labour-rights (ii), employment (iii), protection (iv), just-transitions (v) and "
    "social-dialogue (vi). Every action names one or more of them, and no other.",
    check_domains,
    R"yaml(domains: [protection, social-dialogue])yaml",
    R"yaml(domains: [climate])yaml",
    Reach::document};

const Rule kActionPriorities{
    "action-priorities",
    "36",
    Severity::error,
    "An action names a priority ¶36 does not set.",
    "¶36 sets four initial priorities: employment-and-social-protection (a), "
    "reducing-inequalities (b), multilateral-priorities (c) and social-dialogue (d). Naming "
    "them is optional; a named one must be one of these.",
    check_priorities,
    R"yaml(priorities: [reducing-inequalities])yaml",
    R"yaml(priorities: [green-growth])yaml",
    Reach::document};

const Rule kActionSdgs{
    "action-sdgs",
    "16(b)",
    Severity::error,
    "An action names an SDG that does not exist.",
    "¶16(b) commits partners to advancing social justice and the SDGs; the goals an action "
    "serves are listed by number, 1 to 17.",
    check_sdgs,
    R"yaml(sdgs: [1, 8, 10])yaml",
    R"yaml(sdgs: [18])yaml",
    Reach::document};

const Rule kActionCountries{
    "action-countries",
    "34",
    Severity::error,
    "An action names a country code that does not exist.",
    "¶34: actions advance social justice in a partner's own country and/or in others. The "
    "countries are ISO 3166-1 alpha-2 codes (upper case; NO is Norway).",
    check_countries,
    R"yaml(countries: [KE, GB])yaml",
    R"yaml(countries: [KE, UK])yaml",
    Reach::document};

const Rule kActionWithPartner{
    "action-with-partner",
    "16(c)",
    Severity::warning,
    "An action is undertaken with an unknown partner.",
    "¶16(c): actions may be developed in collaboration with other actors. `with` lists partner "
    "ids; an id no partner has is probably a typo. Checked only when a whole registry is loaded "
    "(a directory, or --registry); actors that are not partners go under `with_others`.",
    check_with_partners,
    R"yaml(with: [ituc]          # a partner of the registry
with_others: [A Ministry])yaml",
    R"yaml(with: [a-ministry]    # no partner has this id)yaml"};

}  // namespace gcsj::rules::partner
