// The sessions of the Forum held in a period (GB.349/INS/4 ¶39-42): one event per session whose
// first day falls in the period, with its hosts (¶42) and the number of initiatives showcased or
// announced there (¶40), and how many by partners public on the period's last day. A host that
// names no partner public on the period's last day is kept, marked not public, so public outputs
// leave it out (¶18).

#include "changes/change_parts.hpp"
#include "model/partner_state.hpp"

namespace gcsj::changes {

void add_forum_changes(const model::Registry& registry, const PartnerById& partners,
                       const Period& period, std::vector<Change>& out) {
  const model::Forum* forum = model::forum_of(registry);
  if (!forum) return;
  for (const model::ForumSession* session : model::dated_sessions(*forum)) {
    const model::Date& date = session->date->value;
    if (!period.contains(date)) continue;
    Change change;
    change.kind = Kind::forum_session;
    change.date = date;
    change.paragraph = "39";
    change.where = session->where;
    change.key = model::session_key(*forum, *session);  // two on one date: two keys
    change.session = session;
    // Public outputs count only the initiatives of partners public on TO: a count that included
    // the others would tell that they exist (¶18).
    change.initiatives = static_cast<int>(session->initiatives.size());
    for (const model::ForumInitiative& initiative : session->initiatives) {
      if (!initiative.partner) continue;
      const auto found = partners.find(initiative.partner->value);
      if (found != partners.end() && model::is_public_on(*found->second, period.to))
        ++change.public_initiatives;
    }
    if (session->hosts)
      for (const auto& host : session->hosts->value) {
        ForumHost named{host.value, nullptr, model::is_ilo_host(host.value)};
        if (const auto found = partners.find(host.value); found != partners.end()) {
          named.partner = found->second;
          named.is_public = model::is_public_on(*found->second, period.to);
        }
        change.hosts.push_back(std::move(named));
      }
    out.push_back(std::move(change));
  }
}

}  // namespace gcsj::changes
