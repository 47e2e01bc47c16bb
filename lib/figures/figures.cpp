#include "figures/figures.hpp"

#include <algorithm>
#include <array>

#include "group/roster.hpp"
#include "model/enum_names.hpp"
#include "model/partner_state.hpp"
#include "model/vocabulary.hpp"
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

// The five ILO regions, then partners without a country.
constexpr std::array<std::string_view, 6> kRegions{"Africa",
                                                   "Americas",
                                                   "Arab States",
                                                   "Asia and the Pacific",
                                                   "Europe and Central Asia",
                                                   "Global and international"};

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
    figures.partners_by_category.push_back(
        {std::string(model::enum_name(category)), std::string(category_label(category)), 0});
  for (std::string_view region : kRegions)
    figures.partners_by_region.push_back({std::string(region), std::string(region), 0});
  for (const model::Partner* partner : figures.partners) {
    if (partner->category)
      bump(figures.partners_by_category, model::enum_name(partner->category->value));
    bump(figures.partners_by_region, region_of(*partner, reference));
  }
}

void count_actions(Figures& figures, const refdata::ReferenceData& reference) {
  for (const auto& domain : model::kDomains)
    figures.actions_by_domain.push_back({std::string(domain.key), std::string(domain.title), 0});
  for (const auto& priority : model::kPriorities)
    figures.actions_by_priority.push_back(
        {std::string(priority.key), std::string(priority.title), 0});
  for (long sdg = 1; sdg <= 17; ++sdg)
    figures.actions_by_sdg.push_back(
        {std::to_string(sdg), std::string(reference.sdg_title(sdg)), 0});
  // An action without `status` is pledged, the format's default.
  for (const auto& [status, label] :
       {std::pair{"pledged", "Pledged"}, std::pair{"ongoing", "Ongoing"},
        std::pair{"completed", "Completed"}})
    figures.actions_by_status.push_back({status, label, 0});
  for (Category category : kCategories)
    figures.actions_by_category.push_back(
        {std::string(model::enum_name(category)), std::string(category_label(category)), 0});

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

std::string_view category_label(Category category) {
  switch (category) {
    case Category::government:
      return "Governments";
    case Category::employers_organization:
      return "Employers' organizations";
    case Category::workers_organization:
      return "Workers' organizations";
    case Category::international_organization:
      return "International organizations";
    case Category::regional_organization:
      return "Regional organizations";
    case Category::enterprise:
      return "Enterprises";
    case Category::ngo:
      return "Non-governmental organizations";
    case Category::academic:
      return "Research and academic institutions";
  }
  return "";
}

std::string_view category_name(Category category) {
  switch (category) {
    case Category::government:
      return "Government";
    case Category::employers_organization:
      return "Employers' organization";
    case Category::workers_organization:
      return "Workers' organization";
    case Category::international_organization:
      return "International organization";
    case Category::regional_organization:
      return "Regional organization";
    case Category::enterprise:
      return "Enterprise";
    case Category::ngo:
      return "Non-governmental organization";
    case Category::academic:
      return "Research or academic institution";
  }
  return "";
}

std::string_view category_paragraph(Category category) {
  switch (category) {
    case Category::government:
      return "19(a)";
    case Category::employers_organization:
    case Category::workers_organization:
      return "19(b)";
    case Category::international_organization:
      return "19(c)";
    case Category::regional_organization:
      return "19(d)";
    case Category::enterprise:
      return "19(e)";
    case Category::ngo:
      return "19(f)";
    case Category::academic:
      return "19(g)";
  }
  return "";
}

std::string_view region_of(const model::Partner& partner, const refdata::ReferenceData& reference) {
  if (partner.country)
    if (const auto* state = reference.member_state(partner.country->value))
      return state->ilo_region;
  return kRegions.back();
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
    else if (partner.withdrawn
                 ? partner.withdrawn->value <= options.as_of
                 : partner.status && partner.status->value == model::Status::withdrawn)
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
