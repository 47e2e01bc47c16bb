#include "sheet/rows.hpp"

#include "sheet/csv.hpp"

#include <algorithm>
#include <set>
#include <string_view>
#include <type_traits>
#include <utility>

#include "group/calendar.hpp"
#include "group/roster.hpp"
#include "group/state.hpp"
#include "group/terms.hpp"
#include "model/enum_names.hpp"
#include "model/forum.hpp"
#include "refdata/reference_data.hpp"
#include "sheet/columns.hpp"

namespace gcsj::sheet {

std::string cell(const model::Date& date) {
  return date.iso();
}
std::string cell(bool value) {
  return value ? "true" : "false";
}
std::string cell(const std::string& value) {
  return value;
}

std::string join(const std::vector<std::string>& items) {
  return list_cell(items);
}

namespace {

template <class T>
std::string text(const T& value) {
  if constexpr (std::is_enum_v<T>)
    return std::string(model::enum_name(value));
  else if constexpr (std::is_same_v<T, long>)
    return std::to_string(value);
  else
    return cell(value);
}

// The cells of one row, counting the values the loader could not read.
class Cells {
 public:
  explicit Cells(Unreadable& unreadable) : unreadable_(unreadable) {}

  template <class T>
  Cells& field(const model::Field<T>& value) {
    if (value.unreadable) ++unreadable_.values;
    cells_.push_back(value ? text(value->value) : std::string());
    return *this;
  }
  template <class T>
  Cells& list(const model::FieldList<T>& value) {
    if (value.unreadable) ++unreadable_.values;
    std::vector<std::string> items;
    if (value)
      for (const auto& item : value->value) items.push_back(text(item.value));
    cells_.push_back(join(items));
    return *this;
  }
  Cells& add(std::string value) {
    cells_.push_back(std::move(value));
    return *this;
  }
  std::vector<std::string> take() { return std::move(cells_); }

 private:
  Unreadable& unreadable_;
  std::vector<std::string> cells_;
};

const refdata::ReferenceData& refdata() {
  return refdata::ReferenceData::bundled();
}

std::string_view id_of(const model::Partner& p) {
  return p.id ? p.id->value : std::string_view();
}

// A nested mapping's key: absent when the mapping is.
template <class M, class T>
const model::Field<T>& nested(const model::Field<M>& mapping, model::Field<T> M::*key) {
  static const model::Field<T> kAbsent;
  return mapping ? mapping->value.*key : kAbsent;
}

// `scope` as written: its word when outside every list of the format (the category's rule
// reports it), so the spreadsheet keeps what the file says.
std::string scope_cell(const model::Partner& p) {
  if (p.scope) return text(p.scope->value);
  return p.scope_word ? p.scope_word->value : std::string();
}

std::string type_cell(const model::Partner& p, Unreadable& unreadable) {
  if (p.type.unreadable) ++unreadable.values;
  std::vector<std::string> items;
  if (p.type)
    for (const auto& item : p.type->value) items.push_back(text(item.value));
  for (const auto& word : p.type_words) items.push_back(word.value);
  return join(items);
}

// One progress report a line: "YYYY-MM-DD: summary", ": summary" without a date, "YYYY-MM-DD:"
// without a summary.
std::string progress_cell(const std::vector<model::Progress>& progress) {
  std::string out;
  for (std::size_t i = 0; i < progress.size(); ++i) {
    const model::Progress& report = progress[i];
    if (i > 0) out += '\n';
    out += progress_line(report.date ? report.date->value.iso() : std::string(),
                         report.summary ? std::string_view(report.summary->value) : "");
  }
  return out;
}

std::string last_progress(const std::vector<model::Progress>& progress) {
  std::optional<model::Date> last;
  for (const model::Progress& report : progress)
    if (report.date && (!last || report.date->value > *last)) last = report.date->value;
  return last ? last->iso() : std::string();
}

std::string_view next_term_word(group::NextTerm next) {
  switch (next) {
    case group::NextTerm::recorded:
      return "recorded";
    case group::NextTerm::possible:
      return "possible";
    case group::NextTerm::already_renewed:
      return "already-renewed";
    case group::NextTerm::partner_withdraws:
      return "partner-withdraws";
  }
  return "";
}

}  // namespace

bool selects(const PartnerSelection& selection, const model::Partner& p) {
  std::string country = selection.country;
  std::transform(country.begin(), country.end(), country.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  if (selection.category && (!p.category || p.category->value != *selection.category)) return false;
  if (selection.status && (!p.status || p.status->value != *selection.status)) return false;
  if (!country.empty() && (!p.country || p.country->value != country)) return false;
  if (!selection.ilo_region.empty() &&
      (!p.country || refdata().ilo_region(p.country->value) != selection.ilo_region))
    return false;
  return true;
}

std::vector<const model::Partner*> select_partners(const model::Registry& registry,
                                                   const PartnerSelection& selection) {
  std::vector<const model::Partner*> selected;
  for (const model::Partner& p : registry.partners)
    if (selects(selection, p)) selected.push_back(&p);
  std::stable_sort(selected.begin(), selected.end(),
                   [](const model::Partner* a, const model::Partner* b) {
                     const auto name = [](const model::Partner* p) {
                       return p->name ? std::string_view(p->name->value) : std::string_view();
                     };
                     return std::pair(id_of(*a), name(a)) < std::pair(id_of(*b), name(b));
                   });
  return selected;
}

std::vector<std::string> ilo_regions() {
  std::set<std::string> regions;
  for (const auto& [code, state] : refdata().member_states())
    if (!state.ilo_region.empty()) regions.insert(state.ilo_region);
  return {regions.begin(), regions.end()};
}

Table partners_table(const std::vector<const model::Partner*>& partners, bool with_private,
                     Unreadable& unreadable) {
  Table table{"partners", partner_columns(with_private), {}, with_private};
  using model::Accreditation;
  using model::Adherence;
  for (const model::Partner* partner : partners) {
    const model::Partner& p = *partner;
    const std::string country = p.country ? p.country->value : std::string();
    Cells row(unreadable);
    row.field(p.id).field(p.name).field(p.name_fr).field(p.name_es).field(p.category);
    row.field(p.status).field(p.applied).field(p.admitted).field(p.withdrawn).field(p.declined);
    row.field(p.published).field(p.country);
    row.add(std::string(refdata().country_name(country)));
    row.add(std::string(refdata().ilo_region(country)));
    if (p.scope.unreadable && !p.scope_word) ++unreadable.values;
    row.add(scope_cell(p));
    row.field(p.representative).field(p.sectoral);
    row.add(type_cell(p, unreadable));
    row.field(p.channel).field(p.international);
    if (p.accreditation.unreadable) ++unreadable.values;
    row.field(nested(p.accreditation, &Accreditation::ilo_special_list));
    row.list(nested(p.accreditation, &Accreditation::ilc));
    row.field(nested(p.accreditation, &Accreditation::ecosoc));
    row.field(nested(p.accreditation, &Accreditation::evidence));
    row.field(p.ilo_partnership);
    if (p.adherence.unreadable) ++unreadable.values;
    row.field(nested(p.adherence, &Adherence::declared));
    row.field(nested(p.adherence, &Adherence::advocate));
    row.field(nested(p.adherence, &Adherence::uphold));
    row.field(nested(p.adherence, &Adherence::contribute));
    row.list(nested(p.adherence, &Adherence::levels));
    row.field(nested(p.adherence, &Adherence::evidence));
    row.list(p.support).list(p.champions).field(p.website);
    if (with_private) row.field(p.contact);
    if (p.actions.unreadable) ++unreadable.values;
    row.add(p.actions.unreadable ? std::string()
                                 : std::to_string(p.actions ? p.actions->value.size() : 0));
    if (with_private) row.field(p.decision);
    table.rows.push_back(row.take());
  }
  return table;
}

Table actions_table(const std::vector<const model::Partner*>& partners, Unreadable& unreadable) {
  Table table{"actions", action_columns(), {}, false};
  for (const model::Partner* p : partners) {
    if (!p->actions) continue;
    for (const model::Action& a : p->actions->value) {
      Cells row(unreadable);
      row.add(std::string(id_of(*p)));
      row.field(a.title).field(a.title_fr).field(a.title_es);
      row.list(a.domains).list(a.priorities).list(a.sdgs).list(a.countries);
      row.list(a.with).list(a.with_others).field(a.status);
      row.add(last_progress(a.progress)).add(progress_cell(a.progress));
      table.rows.push_back(row.take());
    }
  }
  return table;
}

Table contacts_table(const std::vector<const model::Partner*>& partners, Unreadable& unreadable) {
  Table table{"contacts", contact_columns(), {}, true};
  for (const model::Partner* p : partners) {
    if (p->contacts.unreadable) ++unreadable.values;
    if (!p->contacts) continue;
    for (const model::Contact& c : p->contacts->value) {
      Cells row(unreadable);
      row.add(std::string(id_of(*p)));
      row.field(c.name).field(c.role).field(c.email).field(c.phone).field(c.language);
      table.rows.push_back(row.take());
    }
  }
  return table;
}

Table group_table(const model::Registry& registry, const model::Date& as_of,
                  const std::vector<const model::Partner*>* partners, Unreadable& unreadable) {
  std::set<std::string> ids;
  if (partners)
    for (const model::Partner* p : *partners) ids.insert(std::string(id_of(*p)));
  return group_table_of_ids(registry, as_of, partners ? &ids : nullptr, unreadable);
}

Table group_table_of_ids(const model::Registry& registry, const model::Date& as_of,
                         const std::set<std::string>* partner_ids, Unreadable& unreadable) {
  Table table{"group", group_columns(), {}, false};
  const auto roster = group::Roster::of(registry);
  if (!roster) return table;
  const bool partners = partner_ids != nullptr;
  const std::set<std::string> none;
  const std::set<std::string>& ids = partners ? *partner_ids : none;
  for (const model::Member& member : roster->group().members) {
    if (partners && (!member.partner || !ids.contains(member.partner->value))) continue;
    const auto member_cells = [&](Cells& row) {
      row.field(member.name).field(member.partner).field(member.seat).field(member.region);
      row.add(text(group::role_on(member, as_of)));
      row.field(member.level).field(member.gender);
    };
    if (member.terms.unreadable) ++unreadable.values;
    if (!member.terms || member.terms->value.empty()) {
      Cells row(unreadable);
      member_cells(row);
      row.field(member.since).field(member.until).add("").add("");
      table.rows.push_back(row.take());
      continue;
    }
    const auto sitting =
        group::is_director_general(member) ? std::nullopt : roster->sitting_term(member, as_of);
    for (const model::Term& term : member.terms->value) {
      Cells row(unreadable);
      member_cells(row);
      row.field(term.start);
      if (term.end.unreadable) ++unreadable.values;
      const auto end = group::term_end(term);
      row.add(end ? end->iso() : std::string());
      row.field(term.nominated_by);
      row.add(
          sitting && sitting->term == &term
              ? std::string(next_term_word(group::renewal_after(*roster, member, *sitting).next))
              : std::string());
      table.rows.push_back(row.take());
    }
  }
  return table;
}

Table forum_table(const model::Registry& registry) {
  Table table{"forum", forum_columns(), {}, false};
  const model::Forum* forum = model::forum_of(registry);
  if (!forum) return table;
  const auto text = [](const model::Field<std::string>& field) {
    return field ? field->value : std::string();
  };
  for (const model::ForumSession* s : model::dated_sessions(*forum)) {
    std::vector<std::string> hosts;
    if (s->hosts)
      for (const auto& host : s->hosts->value) hosts.push_back(host.value);
    table.rows.push_back({cell(s->date->value), s->end ? cell(s->end->value) : std::string(),
                          text(s->title), text(s->place), text(s->format), join(hosts),
                          text(s->alongside), std::to_string(s->initiatives.size())});
  }
  return table;
}

}  // namespace gcsj::sheet
