#pragma once
// The Coalition in figures on a date: the progress report of ¶28, shared by `gcsj report` and the
// portal of `gcsj publish`, so the two always agree. Only admitted partners count (¶18 makes
// partnership public on admission); applications are counted, never named.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "changes/changes.hpp"
#include "group/calendar.hpp"
#include "group/composition.hpp"
#include "group/roster.hpp"
#include "i18n/translator.hpp"
#include "model/date.hpp"
#include "model/registry.hpp"

namespace gcsj::refdata {
class ReferenceData;
}

namespace gcsj::figures {

// One bar of a breakdown: a stable key (an enum name, a region, an SDG number), a label for
// readers and a count.
struct Count {
  std::string key;
  std::string label;  // in English
  int value = 0;
  // The label as a term to translate where it is written (an SDG's title: the reference data's,
  // translated in po/LANG.po as gcsj's words are).
  i18n::Term term = {};
};

// The label of `count` in the language of `tr`.
std::string label_in(const Count& count, const i18n::Translator& tr);

struct ActionRef {
  const model::Partner* partner;
  const model::Action* action;
  std::optional<model::Date> last_progress;  // the latest dated progress entry
};

struct Figures {
  model::Date as_of;
  model::Date since;  // the start of the period, inclusive

  std::vector<const model::Partner*> partners;  // admitted on `as_of`, by id
  int applications = 0;                         // status `applied`: under review, not published
  int withdrawn = 0;                            // withdrawn on or before `as_of`: counted only
  std::vector<Count> partners_by_category;      // the eight categories of ¶19, in order
  std::vector<Count> partners_by_region;  // ILO regions; "Global and international"; "Not stated"

  std::vector<ActionRef> actions;          // of the admitted partners, in partner order
  std::vector<Count> actions_by_domain;    // ¶35 (an action may count in several domains)
  std::vector<Count> actions_by_priority;  // ¶36
  std::vector<Count> actions_by_sdg;       // SDGs 1-17
  std::vector<Count> actions_by_status;    // pledged (the default), ongoing, completed
  std::vector<Count> actions_by_category;  // by the category of the partner (¶19)
  int actions_with_progress = 0;           // ¶17: shared voluntarily; never a finding (¶13)

  // What changed in the period [since, as_of]: the events of (since - 1 day, as_of], which
  // `gcsj changes` lists too. The report names from them what the portal may name:
  changes::Changes period;
  std::vector<const model::Partner*> new_partners;  // admitted in the period, published on as_of
  std::vector<ActionRef> completed_in_period;       // completed in it, by published partners
  int completed_undated = 0;                        // completed, with no dated progress

  const model::Group* group = nullptr;  // the Coordinating Group, when the registry has one
  std::optional<group::Roster> roster;  // who sits on it, on any date
  std::optional<group::Composition> composition;  // on `as_of`
  std::vector<group::CalendarRow> renewals;       // terms ending within `renewal_days`
  long renewal_days = 0;
};

// Coming renewals are terms ending within this many days, unless asked otherwise.
inline constexpr long kDefaultRenewalDays = 180;

struct FiguresOptions {
  model::Date as_of;
  std::optional<model::Date> since = std::nullopt;  // default: the year up to `as_of`
  long renewal_days = kDefaultRenewalDays;  // coming renewals: terms ending within this many days
};

// Needs a registry loaded with its whole partners.
Figures compute_figures(const model::Registry& registry, const FiguresOptions& options,
                        const refdata::ReferenceData& reference);

// True for a partner the Coalition lists on `as_of`: admitted on or before it, not withdrawn by
// it, and not an application.
bool is_published(const model::Partner& partner, const model::Date& as_of);

// The label of a category, domain, priority or status for readers ("Workers' organization").
std::string_view category_label(model::Category category);  // plural: "Governments"
using model::category_paragraph;                            // "19(b)": model/partner.hpp
// The same as terms to translate where they are written.
i18n::Term category_label_term(model::Category category);
i18n::Term category_name_term(model::Category category);
// The title of a thematic domain of ¶35 or an initial priority of ¶36 by its key
// (model::kDomains, model::kPriorities), in the paragraph's words; an empty msgid for no key.
i18n::Term domain_term(std::string_view key);
i18n::Term priority_term(std::string_view key);
// An ILO region as region_of names it ("Arab States", "Global and international", "Not stated");
// an empty msgid for another name.
i18n::Term ilo_region_term(std::string_view region);
// The row of a table by region a partner is counted in (refdata::partner_region): the ILO region
// of its country when it acts in one country, "Global and international" when it is
// international by category or scope, "Not stated" when it acts in a country it does not name.
std::string_view region_of(const model::Partner& partner, const refdata::ReferenceData& reference);

}  // namespace gcsj::figures
