#pragma once
// The rows of each table of `gcsj export`, from the model: the values as the registry writes them
// (enumerated values in the format's words, dates YYYY-MM-DD, booleans true/false, lists joined
// by "; "), and the derived cells from the one place each fact is computed (a country's name and
// ILO region: refdata; a member's role on a date: group::role_on; what follows a term:
// group::renewal_after). The applications' rows are `gcsj list applications`' own, made a table
// in lib/app/export.

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "model/date.hpp"
#include "model/partner.hpp"
#include "model/registry.hpp"
#include "sheet/table.hpp"

namespace gcsj::sheet {

// Which partners a table holds; an empty member selects every partner.
struct PartnerSelection {
  std::optional<model::Category> category;
  std::optional<model::Status> status;
  std::string ilo_region;  // as refdata names them ("Africa", "Arab States", ...)
  std::string country;     // ISO 3166-1 alpha-2, as the registry writes it
  bool any() const { return category || status || !ilo_region.empty() || !country.empty(); }
};

// The partners of `registry` that `selection` selects, sorted by id as `gcsj list partners` sorts
// them (then by name; the order of the files for equal ones).
std::vector<const model::Partner*> select_partners(const model::Registry& registry,
                                                   const PartnerSelection& selection);

// Whether `selection` selects `partner`.
bool selects(const PartnerSelection& selection, const model::Partner& partner);

// The ILO regions `--region` accepts: those of refdata's member States, sorted.
std::vector<std::string> ilo_regions();

// Counts the values the loader could not read (a format finding: `gcsj validate` lists them),
// which the tables leave empty.
struct Unreadable {
  long values = 0;
};

// One row per partner, the columns of partner_columns(with_private).
Table partners_table(const std::vector<const model::Partner*>& partners, bool with_private,
                     Unreadable& unreadable);
// One row per action, each partner's actions in its order.
Table actions_table(const std::vector<const model::Partner*>& partners, Unreadable& unreadable);
// One row per focal point (private).
Table contacts_table(const std::vector<const model::Partner*>& partners, Unreadable& unreadable);
// One row per term of each member of the Group (a member without terms, the Director-General
// included, one row: its `since` and `until` as start and end), in the registry's order; with
// `partner_ids`, only the members of those partners. The role is the one held on `as_of`;
// `renewable`, on the row of the term the member sits through on `as_of`, says what follows it.
Table group_table(const model::Registry& registry, const model::Date& as_of,
                  const std::vector<const model::Partner*>* partners, Unreadable& unreadable);
// The same, the partners named by their ids (with `partner_ids`, only their members).
Table group_table_of_ids(const model::Registry& registry, const model::Date& as_of,
                         const std::set<std::string>* partner_ids, Unreadable& unreadable);

// One row per dated session of the registry's Forum (¶39-42), oldest first, as `gcsj list forum`
// lists them: the hosts' ids joined by "; ", the number of initiatives. Not filtered by a
// partner selection: a session is the Coalition's, not one partner's.
Table forum_table(const model::Registry& registry);

// The cells of one value, as every table writes it.
std::string cell(const model::Date& date);
std::string cell(bool value);
std::string cell(const std::string& value);
// A list's items joined by "; ".
std::string join(const std::vector<std::string>& items);

}  // namespace gcsj::sheet
