// The partners' events of a period: admissions and withdrawals (¶18), applications still pending
// on its last day (¶18), the applications received and declined in it (counted only), and actions
// completed in it (¶17: progress is shared voluntarily, so an action without dated progress cannot
// be placed in a period and is never a finding).

#include <optional>

#include "changes/change_parts.hpp"
#include "model/partner_state.hpp"
#include "refdata/partner_region.hpp"
#include "refdata/reference_data.hpp"

namespace gcsj::changes {
namespace {

std::string id_of(const model::Partner& partner) {
  return partner.id ? partner.id->value : std::string();
}

std::optional<model::Date> date_of(const model::Field<model::Date>& field) {
  return field ? std::optional(field->value) : std::nullopt;
}

// The latest dated progress entry of an action, which dates its completion.
const model::Progress* last_progress(const model::Action& action) {
  const model::Progress* last = nullptr;
  for (const model::Progress& progress : action.progress)
    if (progress.date && (!last || progress.date->value > last->date->value)) last = &progress;
  return last;
}

Change partner_event(Kind kind, const model::Partner& partner, const model::Date& date,
                     const model::Location& where, const Period& period,
                     const refdata::ReferenceData& reference) {
  Change change;
  change.kind = kind;
  change.date = date;
  change.paragraph = "18";
  change.where = where;
  change.key = id_of(partner);
  change.partner = &partner;
  change.partner_public = model::is_public_on(partner, period.to);
  const refdata::PartnerRegion region = refdata::partner_region(partner, reference);
  change.ilo_region = region.ilo_region;
  change.international = region.basis == refdata::RegionBasis::international;
  change.is_public = change.partner_public && is_new_partner(kind) &&
                     model::public_since(partner) == std::optional(date);
  return change;
}

// An application is pending on the period's last day when the adherence declared in the period
// (¶18: the request to join) has been neither admitted nor withdrawn by then.
bool is_pending_application(const model::Partner& partner, const Period& period) {
  if (!partner.adherence) return false;
  const auto declared = date_of(partner.adherence->value.declared);
  if (!declared || !period.contains(*declared)) return false;
  if (partner.admitted && partner.admitted->value <= period.to) return false;
  // Declined by the period's last day (or declined without a date: decided, if not when).
  if (model::is_declined(partner) && (!partner.declined || partner.declined->value <= period.to))
    return false;
  return !model::is_withdrawn_on(partner, period.to);
}

void add_actions(const model::Partner& partner, const Period& period,
                 const refdata::ReferenceData& reference, std::vector<Change>& out) {
  if (!partner.actions || !model::is_admitted_on(partner, period.to)) return;
  int number = 0;
  for (const model::Action& action : partner.actions->value) {
    ++number;
    if (model::status_of(action) != model::ActionStatus::completed) continue;
    const model::Progress* last = last_progress(action);
    if (!last || !period.contains(last->date->value)) continue;
    Change change = partner_event(Kind::action_completed, partner, last->date->value, action.where,
                                  period, reference);
    change.paragraph = "17";
    change.is_public = change.partner_public;
    change.action = &action;
    change.action_number = number;
    out.push_back(std::move(change));
  }
}

}  // namespace

PartnerById partners_by_id(const model::Registry& registry) {
  PartnerById index;
  for (const model::Partner& partner : registry.partners)
    if (partner.id) index.emplace(partner.id->value, &partner);
  return index;
}

void count_applications(const model::Registry& registry, const Period& period, Changes& out) {
  for (const model::Partner& partner : registry.partners) {
    if (partner.applied && period.contains(partner.applied->value)) ++out.applications_received;
    if (model::is_declined(partner) && partner.declined && period.contains(partner.declined->value))
      ++out.applications_declined;
    if (model::is_declined(partner) && is_pending_application(partner, period))
      ++out.applications_pending_declined_later;
  }
}

void add_partner_changes(const model::Registry& registry, const Period& period,
                         const refdata::ReferenceData& reference, std::vector<Change>& out) {
  for (const model::Partner& partner : registry.partners) {
    // Admitted on its admission date: a withdrawal dated on or before it leaves no admission.
    if (const auto admitted = date_of(partner.admitted);
        admitted && period.contains(*admitted) && model::is_admitted_on(partner, *admitted)) {
      out.push_back(partner_event(Kind::partner_admitted, partner, *admitted,
                                  partner.admitted->where, period, reference));
    }
    // Made public after its admission (¶18): the public views tell the new partner on that date,
    // not on its admission's, which they keep quiet (partner_event).
    if (const auto published = date_of(partner.published);
        published && partner.admitted && *published > partner.admitted->value &&
        period.contains(*published) && model::is_public_on(partner, *published)) {
      out.push_back(partner_event(Kind::partner_published, partner, *published,
                                  partner.published->where, period, reference));
    }
    // A partner withdrew when it was one the day before; an application withdrawn before any
    // decision is no longer pending, and told as no event.
    if (const auto withdrawn = date_of(partner.withdrawn);
        withdrawn && period.contains(*withdrawn) &&
        model::is_admitted_on(partner, withdrawn->plus_days(-1)))
      out.push_back(partner_event(Kind::partner_withdrew, partner, *withdrawn,
                                  partner.withdrawn->where, period, reference));
    // Pending then but declined since: counted (count_applications), never named (v1.1).
    if (is_pending_application(partner, period) && !model::is_declined(partner)) {
      const auto& declared = partner.adherence->value.declared;
      out.push_back(partner_event(Kind::application_pending, partner, declared->value,
                                  declared->where, period, reference));
    }
    add_actions(partner, period, reference, out);
  }
}

}  // namespace gcsj::changes
