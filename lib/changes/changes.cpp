#include "changes/changes.hpp"

#include <algorithm>
#include <tuple>

#include "changes/change_parts.hpp"

namespace gcsj::changes {

bool comes_before(const Change& a, const Change& b) {
  return std::tie(a.date, a.kind, a.key, a.where, a.action_number) <
         std::tie(b.date, b.kind, b.key, b.where, b.action_number);
}

bool is_group_event(Kind kind) {
  switch (kind) {
    case Kind::group_established:
    case Kind::member_left:
    case Kind::member_joined:
    case Kind::member_renewed:
    case Kind::chair_changed:
    case Kind::seat_vacated:
    case Kind::seat_filled:
      return true;
    case Kind::partner_admitted:
    case Kind::partner_published:
    case Kind::partner_withdrew:
    case Kind::application_pending:
    case Kind::action_completed:
    case Kind::forum_session:
      return false;
  }
  return false;
}

bool is_new_partner(Kind kind) {
  return kind == Kind::partner_admitted || kind == Kind::partner_published;
}

Counts count(const Changes& changes) {
  Counts counts;
  counts.received = changes.applications_received;
  counts.declined = changes.applications_declined;
  counts.applications = changes.applications_pending_declined_later;
  for (const Change& change : changes.events) {
    if (is_group_event(change.kind)) ++counts.group;
    if (change.kind == Kind::partner_admitted) ++counts.admitted;
    if (change.kind == Kind::partner_published) ++counts.published;
    if (change.kind == Kind::partner_withdrew) ++counts.withdrew;
    if (change.kind == Kind::application_pending) ++counts.applications;
    if (change.kind == Kind::action_completed) ++counts.completed;
    if (change.kind == Kind::forum_session) ++counts.forum_sessions;
  }
  return counts;
}

std::vector<const Change*> of_kind(const Changes& changes, Kind kind) {
  std::vector<const Change*> found;
  for (const Change& change : changes.events)
    if (change.kind == kind) found.push_back(&change);
  return found;
}

Changes compute_changes(const model::Registry& registry, const model::Date& from,
                        const model::Date& to, const refdata::ReferenceData& reference) {
  Changes changes;
  changes.from = from;
  changes.to = to;
  const Period period{from, to};
  add_partner_changes(registry, period, reference, changes.events);
  count_applications(registry, period, changes);
  add_forum_changes(registry, partners_by_id(registry), period, changes.events);
  if (const auto roster = group::Roster::of(registry)) {
    add_member_changes(*roster, partners_by_id(registry), period, reference, changes.events);
    add_seat_changes(*roster, period, changes.events);
    changes.before = balance_on(*roster, from);
    changes.after = balance_on(*roster, to);
  }
  std::sort(changes.events.begin(), changes.events.end(), comes_before);
  return changes;
}

}  // namespace gcsj::changes
