#include "figures/figures.hpp"

#include <algorithm>
#include <array>

#include "figures/words.hpp"
#include "group/roster.hpp"
#include "model/enum_names.hpp"
#include "model/forum.hpp"
#include "model/partner_state.hpp"
#include "model/vocabulary.hpp"
#include "refdata/partner_region.hpp"
#include "refdata/reference_data.hpp"

namespace gcsj::figures {
namespace {

using model::Category;

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

// The rows or columns of a grid, each with a count of 0.
std::vector<Count> categories() {
  std::vector<Count> out;
  for (Category category : model::kCategories)
    out.push_back({std::string(model::enum_name(category)), std::string(category_label(category)),
                   0, category_label_term(category)});
  return out;
}
std::vector<Count> regions() {
  std::vector<Count> out;
  for (const i18n::Term& region : kRegions)
    out.push_back({std::string(region.msgid), std::string(region.msgid), 0, region});
  return out;
}
std::vector<Count> domains() {
  std::vector<Count> out;
  for (const auto& domain : model::kDomains)
    out.push_back({std::string(domain.key), std::string(domain.title), 0, domain_term(domain.key)});
  return out;
}
constexpr std::array kStatuses{model::ActionStatus::pledged, model::ActionStatus::ongoing,
                               model::ActionStatus::completed};
std::vector<Count> statuses() {
  std::vector<Count> out;
  for (const model::ActionStatus status : kStatuses)
    out.push_back({std::string(model::enum_name(status)), std::string(action_status_word(status)),
                   0, action_status_term(status)});
  return out;
}

Grid grid(std::vector<Count> rows, std::vector<Count> columns) {
  Grid out{std::move(rows), std::move(columns), {}, 0};
  out.cells.assign(out.rows.size(), std::vector<int>(out.columns.size(), 0));
  return out;
}

// One item in the rows of `row_keys` (each once, however often repeated) and the column of
// `column_key`.
void add(Grid& grid, const std::vector<std::string>& row_keys, std::string_view column_key) {
  ++grid.total;
  const int column = index_of(grid.columns, column_key);
  if (column >= 0) ++grid.columns[static_cast<std::size_t>(column)].value;
  std::vector<int> seen;
  for (const std::string& key : row_keys) {
    const int row = index_of(grid.rows, key);
    if (row < 0 || std::find(seen.begin(), seen.end(), row) != seen.end()) continue;
    seen.push_back(row);
    ++grid.rows[static_cast<std::size_t>(row)].value;
    if (column >= 0) ++grid.cells[static_cast<std::size_t>(row)][static_cast<std::size_t>(column)];
  }
}

// An action's status on `date`: as recorded, but not completed before its completion's date
// (its latest dated progress entry).
model::ActionStatus status_on(const model::Action& action, const model::Date& date) {
  const model::ActionStatus status = model::status_of(action);
  if (status != model::ActionStatus::completed) return status;
  const auto completed = last_progress_of(action);
  return completed && *completed > date ? model::ActionStatus::ongoing : status;
}

void count_state(State& state, const refdata::ReferenceData& reference) {
  state.partners_by_category_region = grid(categories(), regions());
  for (const model::Partner* partner : state.partners) {
    std::vector<std::string> category;
    if (partner->category) category.emplace_back(model::enum_name(partner->category->value));
    add(state.partners_by_category_region, category, region_of(*partner, reference));
  }
  state.actions_by_domain_status = grid(domains(), statuses());
  for (const model::Partner* partner : state.partners) {
    if (!partner->actions) continue;
    for (const model::Action& action : partner->actions->value) {
      std::vector<std::string> keys;
      if (action.domains)
        for (const auto& domain : action.domains->value) keys.push_back(domain.value);
      add(state.actions_by_domain_status, keys, model::enum_name(status_on(action, state.date)));
    }
  }
}

void count_actions(Figures& figures, const refdata::ReferenceData& reference) {
  for (const auto& priority : model::kPriorities)
    figures.actions_by_priority.push_back(
        {std::string(priority.key), std::string(priority.title), 0, priority_term(priority.key)});
  for (long sdg = 1; sdg <= 17; ++sdg)
    figures.actions_by_sdg.push_back(
        {std::to_string(sdg), std::string(reference.sdg_title(sdg)), 0, reference.sdg_term(sdg)});
  for (Category category : model::kCategories)
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
      bump_unique(figures.actions_by_priority, action.priorities, same);
      bump_unique(figures.actions_by_sdg, action.sdgs, [](long n) { return std::to_string(n); });
      if (partner->category)
        bump(figures.actions_by_category, model::enum_name(partner->category->value));
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
    if (changes::is_new_partner(change.kind) && change.is_public)
      figures.new_partners.push_back(change.partner);
    else if (change.kind == changes::Kind::action_completed)
      figures.completed_in_period.push_back({change.partner, change.action, change.date});
  }
  for (const ActionRef& ref : figures.actions)
    if (model::status_of(*ref.action) == model::ActionStatus::completed && !ref.last_progress)
      ++figures.completed_undated;
}

}  // namespace

bool is_application_on(const model::Partner& partner, const model::Date& date) {
  if (model::is_admitted_on(partner, date) || model::is_withdrawn_on(partner, date)) return false;
  if (partner.admitted && partner.admitted->value <= date) return false;
  if (model::is_declined(partner) && (!partner.declined || partner.declined->value <= date))
    return false;
  std::optional<model::Date> received;
  if (partner.applied)
    received = partner.applied->value;
  else if (partner.adherence && partner.adherence->value.declared)
    received = partner.adherence->value.declared->value;
  if (received) return *received <= date;
  return partner.status && partner.status->value == model::Status::applied;
}

State state_on(const model::Registry& registry, const model::Date& date,
               const refdata::ReferenceData& reference, const group::Roster* roster) {
  State state;
  state.date = date;
  for (const model::Partner& partner : registry.partners) {
    if (is_published(partner, date))
      state.partners.push_back(&partner);
    else if (model::is_awaiting_publication_on(partner, date))
      ++state.unpublished;
    else if (is_application_on(partner, date))
      ++state.applications;
    else if (model::is_withdrawn_on(partner, date))  // never a declined application
      ++state.withdrawn;
  }
  std::stable_sort(state.partners.begin(), state.partners.end(), [](const auto* a, const auto* b) {
    return (a->id ? a->id->value : "") < (b->id ? b->id->value : "");
  });
  count_state(state, reference);
  if (roster) state.composition = group::composition_on(*roster, date);
  return state;
}

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
  figures.roster = group::Roster::of(registry);
  figures.group = figures.roster ? &figures.roster->group() : nullptr;
  const group::Roster* roster = figures.roster ? &*figures.roster : nullptr;
  figures.now = state_on(registry, options.as_of, reference, roster);
  figures.start = state_on(registry, figures.since.plus_days(-1), reference, roster);

  figures.partners = figures.now.partners;
  figures.applications = figures.now.applications;
  figures.withdrawn = figures.now.withdrawn;
  figures.unpublished = figures.now.unpublished;
  figures.partners_by_category = figures.now.partners_by_category_region.rows;
  figures.partners_by_region = figures.now.partners_by_category_region.columns;
  figures.actions_by_domain = figures.now.actions_by_domain_status.rows;
  figures.actions_by_status = figures.now.actions_by_domain_status.columns;
  count_actions(figures, reference);
  find_period_events(figures, registry, reference);
  figures.has_forum = model::forum_of(registry) != nullptr;

  figures.renewal_days = options.renewal_days;
  if (figures.roster) {
    figures.composition = figures.now.composition;
    figures.renewals = group::term_calendar(*figures.roster, options.as_of, options.renewal_days);
    for (const model::Meeting& meeting : figures.group->meetings)
      if (meeting.date && meeting.date->value >= figures.since &&
          meeting.date->value <= figures.as_of)
        figures.meetings_in_period.push_back(meeting.date->value);
    std::sort(figures.meetings_in_period.begin(), figures.meetings_in_period.end());
  }
  return figures;
}

}  // namespace gcsj::figures
