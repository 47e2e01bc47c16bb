#pragma once
// The Coalition in figures on a date, shared by `gcsj report` (the Director-General's report to
// the Governing Body, ¶44) and the portal of `gcsj publish` (¶28), so the two always agree. Only
// public partners count (¶18: admitted, and made public on admission or on its `published`
// date); applications and partners admitted but not yet made public are counted, never named.

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

// A table of counts by two keys (partners by category and region, actions by domain and status):
// a row and a column per key, in a fixed order, each cell counting the items of both. A row's and
// a column's `value` count its items once each, and `total` every item once: an action framing
// two domains counts in two rows but once in its status's column and once in the total, and a
// partner without a category in no row but in its region's column and the total.
struct Grid {
  std::vector<Count> rows;
  std::vector<Count> columns;
  std::vector<std::vector<int>> cells;  // cells[row][column]
  int total = 0;
};

// The Coalition as the registry says it stood on one date: what `gcsj report` shows on the as-of
// date and beside it on the eve of the period (Figures::start), computed by one function
// (state_on) for both.
struct State {
  model::Date date;
  std::vector<const model::Partner*> partners;  // published on the date, by id
  // Applications pending on the date: received (`applied`, else `adherence.declared`) on or
  // before it and neither decided (admitted, declined) nor withdrawn by it; an undated
  // application (status `applied`) is pending on every date.
  int applications = 0;
  int withdrawn = 0;  // withdrawn on or before the date: counted only
  // Admitted on the date but made public after it (`published`, ¶18): counted only, apart from
  // the partners and their tables, so no figure names or singles one out.
  int unpublished = 0;
  Grid partners_by_category_region;  // rows: the categories of ¶19; columns: region_of
  // Rows: the domains of ¶35; columns: pledged, ongoing, completed. The registry keeps an
  // action's status as it is now: an action it records as completed with its latest dated
  // progress after the date was not completed yet, and counts as ongoing on the date.
  Grid actions_by_domain_status;
  std::optional<group::Composition> composition;  // when the registry has a Group
};

struct ActionRef {
  const model::Partner* partner;
  const model::Action* action;
  std::optional<model::Date> last_progress;  // the latest dated progress entry
};

struct Figures {
  model::Date as_of;
  model::Date since;  // the start of the period, inclusive

  std::vector<const model::Partner*> partners;  // public on `as_of` (is_published), by id
  int applications = 0;                         // status `applied`: under review, not published
  int withdrawn = 0;                            // withdrawn on or before `as_of`: counted only
  int unpublished = 0;  // admitted on `as_of`, made public after it (¶18): counted only
  std::vector<Count> partners_by_category;  // the eight categories of ¶19, in order
  std::vector<Count> partners_by_region;    // ILO regions; "Global and international"; "Not stated"
  // The rows and columns of the tables of `now`: partners_by_category and partners_by_region are
  // its partners' grid's rows and columns, actions_by_domain and actions_by_status its actions'.

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
  // Told the public in the period and public on as_of: admitted in it, or made public in it
  // after an earlier admission (changes::is_new_partner); dated by model::public_since.
  std::vector<const model::Partner*> new_partners;
  std::vector<ActionRef> completed_in_period;   // completed in it, by published partners
  int completed_undated = 0;                    // completed, with no dated progress
  std::vector<model::Date> meetings_in_period;  // ¶24: the Group's meetings in it, in order
  // ¶39-42: the registry records the Forum (model::forum_of); its sessions held in the period
  // are the period's changes::Kind::forum_session events.
  bool has_forum = false;

  // The same figures on the as-of date and at the start of the period: the registry as it stood
  // on the eve of `since` (since - 1 day), so that what happened on `since` is in the change,
  // as the period's events (since - 1 day, as_of] are.
  State now;
  State start;

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

// The Coalition on `date` (the Group's composition from `roster`, when the registry has one).
State state_on(const model::Registry& registry, const model::Date& date,
               const refdata::ReferenceData& reference, const group::Roster* roster);

// True for an application pending on `date` (State::applications).
bool is_application_on(const model::Partner& partner, const model::Date& date);

// True for a partner the Coalition lists on `as_of`: admitted on or before it, not withdrawn by
// it, not an application, and made public by then (`published`, ¶18): model::is_public_on.
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
