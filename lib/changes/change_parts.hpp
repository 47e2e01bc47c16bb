#pragma once
// The parts of compute_changes (changes.cpp), one file each: the partners' events, the members'
// events, what they do to seats and chairs, and the Group's balance on a date. Internal to
// lib/changes.

#include <map>
#include <string_view>
#include <vector>

#include "changes/changes.hpp"
#include "group/composition.hpp"
#include "group/roster.hpp"

namespace gcsj::changes {

// The period (from, to].
struct Period {
  model::Date from;
  model::Date to;
  bool contains(const model::Date& date) const { return from < date && date <= to; }
};

// Whole partners by id: the first partner of a duplicated id, as group::partners_by_id does.
using PartnerById = std::map<std::string_view, const model::Partner*, std::less<>>;
PartnerById partners_by_id(const model::Registry& registry);

// Admissions, withdrawals, pending applications and completed actions (partner_changes.cpp).
void add_partner_changes(const model::Registry& registry, const Period& period,
                         const refdata::ReferenceData& reference, std::vector<Change>& out);

// The sessions of the Forum held in the period, dated by their first day (forum_changes.cpp).
void add_forum_changes(const model::Registry& registry, const PartnerById& partners,
                       const Period& period, std::vector<Change>& out);

// The applications received and declined in the period, counted (partner_changes.cpp).
void count_applications(const model::Registry& registry, const Period& period, Changes& out);

// The Group's establishment, and members who joined, left or were renewed (member_changes.cpp).
void add_member_changes(const group::Roster& roster, const PartnerById& partners,
                        const Period& period, const refdata::ReferenceData& reference,
                        std::vector<Change>& out);

// The seats that fell vacant or were filled and the chairs that changed hands, from the members'
// events sorted by date and the composition on the period's first day (seat_changes.cpp).
void add_seat_changes(const group::Roster& roster, const Period& period,
                      std::vector<Change>& events);

// The Group on `date`, from the composition `group seats` shows (balance.cpp).
Balance balance_on(const group::Roster& roster, const model::Date& date);

// The order of events: date, kind, key, then the registry location.
bool comes_before(const Change& a, const Change& b);

}  // namespace gcsj::changes
