#include "figures/figures.hpp"

#include <algorithm>
#include <array>

#include "figures/words.hpp"
#include "group/roster.hpp"
#include "model/enum_names.hpp"
#include "model/partner_state.hpp"
#include "model/vocabulary.hpp"
#include "refdata/partner_region.hpp"
#include "refdata/reference_data.hpp"

namespace gcsj::figures {
namespace {

using model::Category;

constexpr std::array kCategories{
    Category::government,
    Category::employers_organization,
    Category::workers_organization,
    Category::international_organization,
    Category::regional_organization,
    Category::enterprise,
    Category::ngo,
    Category::academic,
};

using i18n::NC_;

// The five ILO regions (the reference data's names), then partners international by category or
// scope, then partners acting in a country they do not name (refdata::partner_region).
constexpr std::array<i18n::Term, 7> kRegions{
    NC_("ILO region", "Africa"),
    NC_("ILO region", "Americas"),
    NC_("ILO region", "Arab States"),
    NC_("ILO region", "Asia and the Pacific"),
    NC_("ILO region", "Europe and Central Asia"),
    NC_("ILO region", "Global and international"),
    NC_("ILO region", "Not stated"),
};
constexpr std::size_t kInternational = 5;
constexpr std::size_t kNotStated = 6;

// TRANSLATORS: the titles of ¶35 (i)-(vi) of GB.349/INS/4, as its French and Spanish versions
// word them (model::kDomains has the English).
constexpr std::array<std::pair<std::string_view, i18n::Term>, 6> kDomainTerms{{
    {"inequality",
     NC_("thematic domain (¶35)", "Addressing inequality, discrimination and exclusion")},
    {"labour-rights",
     NC_("thematic domain (¶35)",
         "Realizing labour rights as human rights, ensuring human dignity and meeting basic "
         "needs")},
    {"employment",
     NC_("thematic domain (¶35)",
         "Expanding access to and capabilities for productive and freely chosen employment and "
         "sustainable enterprise")},
    {"protection", NC_("thematic domain (¶35)", "Providing protection and building resilience")},
    {"just-transitions",
     NC_("thematic domain (¶35)",
         "Strengthening just transitions and the social dimension of sustainable development, "
         "trade and investment")},
    {"social-dialogue",
     NC_("thematic domain (¶35)", "Reinforcing institutions of social dialogue")},
}};

// TRANSLATORS: the titles of ¶36 (a)-(d) of GB.349/INS/4, as its French and Spanish versions
// word them (model::kPriorities has the English).
constexpr std::array<std::pair<std::string_view, i18n::Term>, 4> kPriorityTerms{{
    {"employment-and-social-protection",
     NC_("initial priority (¶36)", "Employment creation and universal social protection")},
    {"reducing-inequalities", NC_("initial priority (¶36)", "Reduction of inequalities")},
    {"multilateral-priorities",
     NC_("initial priority (¶36)",
         "Elevation of social justice and decent work in the priorities of other multilateral "
         "organizations")},
    {"social-dialogue", NC_("initial priority (¶36)", "Promoting social dialogue")},
}};

template <std::size_t N>
i18n::Term find_term(const std::array<std::pair<std::string_view, i18n::Term>, N>& table,
                     std::string_view key) {
  for (const auto& [k, term] : table)
    if (k == key) return term;
  return {};
}

std::optional<model::Date> last_progress_of(const model::Action& action) {
  std::optional<model::Date> last;
  for (const auto& progress : action.progress)
    if (progress.date && (!last || progress.date->value > *last)) last = progress.date->value;
  return last;
}

bool has_progress(const model::Action& action) {
  return std::any_of(action.progress.begin(), action.progress.end(),
                     [](const auto& p) { return p.summary && !p.summary->value.empty(); });
}

int index_of(std::span<const Count> counts, std::string_view key) {
  for (std::size_t i = 0; i < counts.size(); ++i)
    if (counts[i].key == key) return static_cast<int>(i);
  return -1;
}

void bump(std::vector<Count>& counts, std::string_view key) {
  if (const int i = index_of(counts, key); i >= 0) ++counts[static_cast<std::size_t>(i)].value;
}

void count_partners(Figures& figures, const refdata::ReferenceData& reference) {
  for (Category category : kCategories)
    figures.partners_by_category.push_back({std::string(model::enum_name(category)),
                                            std::string(category_label(category)), 0,
                                            category_label_term(category)});
  for (const i18n::Term& region : kRegions)
    figures.partners_by_region.push_back(
        {std::string(region.msgid), std::string(region.msgid), 0, region});
  for (const model::Partner* partner : figures.partners) {
    if (partner->category)
      bump(figures.partners_by_category, model::enum_name(partner->category->value));
    bump(figures.partners_by_region, region_of(*partner, reference));
  }
}

void count_actions(Figures& figures, const refdata::ReferenceData& reference) {
  for (const auto& domain : model::kDomains)
    figures.actions_by_domain.push_back(
        {std::string(domain.key), std::string(domain.title), 0, domain_term(domain.key)});
  for (const auto& priority : model::kPriorities)
    figures.actions_by_priority.push_back(
        {std::string(priority.key), std::string(priority.title), 0, priority_term(priority.key)});
  for (long sdg = 1; sdg <= 17; ++sdg)
    figures.actions_by_sdg.push_back(
        {std::to_string(sdg), std::string(reference.sdg_title(sdg)), 0, reference.sdg_term(sdg)});
  // An action without `status` is pledged, the format's default.
  for (const model::ActionStatus status :
       {model::ActionStatus::pledged, model::ActionStatus::ongoing, model::ActionStatus::completed})
    figures.actions_by_status.push_back({std::string(model::enum_name(status)),
                                         std::string(action_status_word(status)), 0,
                                         action_status_term(status)});
  for (Category category : kCategories)
    figures.actions_by_category.push_back({std::string(model::enum_name(category)),
                                           std::string(category_label(category)), 0,
                                           category_label_term(category)});

  for (const model::Partner* partner : figures.partners) {
    if (!partner->actions) continue;
    for (const model::Action& action : partner->actions->value) {
      figures.actions.push_back({partner, &action, last_progress_of(action)});
      // Each value counts once per action, however often the action repeats it.
      const auto bump_unique = [](std::vector<Count>& counts, const auto& list, auto key_of) {
        if (!list) return;
        std::vector<std::string> seen;
        for (const auto& item : list->value) {
          std::string key = key_of(item.value);
          if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
          bump(counts, key);
          seen.push_back(std::move(key));
        }
      };
      const auto same = [](const std::string& s) { return s; };
      bump_unique(figures.actions_by_domain, action.domains, same);
      bump_unique(figures.actions_by_priority, action.priorities, same);
      bump_unique(figures.actions_by_sdg, action.sdgs, [](long n) { return std::to_string(n); });
      if (partner->category)
        bump(figures.actions_by_category, model::enum_name(partner->category->value));
      bump(figures.actions_by_status, model::enum_name(model::status_of(action)));
      if (has_progress(action)) ++figures.actions_with_progress;
    }
  }
}

// The period's admissions and completed actions, from the change computation `gcsj changes`
// shares, of the partners published on the date.
void find_period_events(Figures& figures, const model::Registry& registry,
                        const refdata::ReferenceData& reference) {
  figures.period =
      changes::compute_changes(registry, figures.since.plus_days(-1), figures.as_of, reference);
  for (const changes::Change& change : figures.period.events) {
    if (!change.partner || !is_published(*change.partner, figures.as_of)) continue;
    if (change.kind == changes::Kind::partner_admitted)
      figures.new_partners.push_back(change.partner);
    else if (change.kind == changes::Kind::action_completed)
      figures.completed_in_period.push_back({change.partner, change.action, change.date});
  }
  for (const ActionRef& ref : figures.actions)
    if (model::status_of(*ref.action) == model::ActionStatus::completed && !ref.last_progress)
      ++figures.completed_undated;
}

}  // namespace

bool is_published(const model::Partner& partner, const model::Date& as_of) {
  return model::is_public_on(partner, as_of);
}

i18n::Term category_label_term(Category category) {
  switch (category) {
    case Category::government:
      return NC_("categories of partners (¶19)", "Governments");
    case Category::employers_organization:
      return NC_("categories of partners (¶19)", "Employers' organizations");
    case Category::workers_organization:
      return NC_("categories of partners (¶19)", "Workers' organizations");
    case Category::international_organization:
      return NC_("categories of partners (¶19)", "International organizations");
    case Category::regional_organization:
      return NC_("categories of partners (¶19)", "Regional organizations");
    case Category::enterprise:
      return NC_("categories of partners (¶19)", "Enterprises");
    case Category::ngo:
      return NC_("categories of partners (¶19)", "Non-governmental organizations");
    case Category::academic:
      return NC_("categories of partners (¶19)", "Research and academic institutions");
  }
  return {};
}

std::string_view category_label(Category category) {
  return category_label_term(category).msgid;
}

i18n::Term category_name_term(Category category) {
  switch (category) {
    case Category::government:
      return NC_("category of a partner (¶19)", "Government");
    case Category::employers_organization:
      return NC_("category of a partner (¶19)", "Employers' organization");
    case Category::workers_organization:
      return NC_("category of a partner (¶19)", "Workers' organization");
    case Category::international_organization:
      return NC_("category of a partner (¶19)", "International organization");
    case Category::regional_organization:
      return NC_("category of a partner (¶19)", "Regional organization");
    case Category::enterprise:
      return NC_("category of a partner (¶19)", "Enterprise");
    case Category::ngo:
      return NC_("category of a partner (¶19)", "Non-governmental organization");
    case Category::academic:
      return NC_("category of a partner (¶19)", "Research or academic institution");
  }
  return {};
}

std::string_view region_of(const model::Partner& partner, const refdata::ReferenceData& reference) {
  const refdata::PartnerRegion region = refdata::partner_region(partner, reference);
  switch (region.basis) {
    case refdata::RegionBasis::country:
      return region.ilo_region;
    case refdata::RegionBasis::international:
      return kRegions[kInternational].msgid;
    case refdata::RegionBasis::not_stated:
      return kRegions[kNotStated].msgid;
  }
  return kRegions[kNotStated].msgid;
}

i18n::Term ilo_region_term(std::string_view region) {
  for (const i18n::Term& term : kRegions)
    if (term.msgid == region) return term;
  return {};
}

i18n::Term domain_term(std::string_view key) {
  return find_term(kDomainTerms, key);
}

i18n::Term priority_term(std::string_view key) {
  return find_term(kPriorityTerms, key);
}

std::string label_in(const Count& count, const i18n::Translator& tr) {
  return count.term.msgid.empty() ? count.label : std::string(tr(count.term));
}

Figures compute_figures(const model::Registry& registry, const FiguresOptions& options,
                        const refdata::ReferenceData& reference) {
  Figures figures;
  figures.as_of = options.as_of;
  figures.since = options.since.value_or(options.as_of.plus_years(-1).plus_days(1));
  for (const model::Partner& partner : registry.partners) {
    if (is_published(partner, options.as_of))
      figures.partners.push_back(&partner);
    else if (partner.status && partner.status->value == model::Status::applied)
      ++figures.applications;
    else if (model::is_withdrawn_on(partner, options.as_of))  // never a declined application
      ++figures.withdrawn;
  }
  std::stable_sort(figures.partners.begin(), figures.partners.end(),
                   [](const auto* a, const auto* b) {
                     return (a->id ? a->id->value : "") < (b->id ? b->id->value : "");
                   });
  count_partners(figures, reference);
  count_actions(figures, reference);
  find_period_events(figures, registry, reference);

  figures.roster = group::Roster::of(registry);
  figures.group = figures.roster ? &figures.roster->group() : nullptr;
  figures.renewal_days = options.renewal_days;
  if (figures.roster) {
    figures.composition = group::composition_on(*figures.roster, options.as_of);
    figures.renewals = group::term_calendar(*figures.roster, options.as_of, options.renewal_days);
  }
  return figures;
}

}  // namespace gcsj::figures
