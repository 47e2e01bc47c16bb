// The members' events of a period, read from group::Roster: who sits on the day before a date and
// on the date itself. Whether a member sits changes only on the dates its terms start or end, its
// partner is admitted or withdraws, or the Group is established, so those dates are the only ones
// compared; between them the answer of the Roster is the same every day.

#include <algorithm>
#include <set>

#include "changes/change_parts.hpp"
#include "group/seats.hpp"
#include "group/state.hpp"
#include "group/terms.hpp"
#include "model/partner_state.hpp"

namespace gcsj::changes {
namespace {

// The dates on which whether `member` sits may change, within the period.
std::set<model::Date> turning_points(const group::Roster& roster, const model::Member& member,
                                     const Period& period) {
  std::set<model::Date> dates;
  const auto add = [&](const model::Date& date) {
    if (period.contains(date)) dates.insert(date);
  };
  if (roster.established()) add(*roster.established());
  if (member.terms)
    for (const model::Term& term : member.terms->value)
      if (const auto end = group::term_end(term)) {
        add(term.start->value);
        add(end->plus_days(1));
      }
  if (const model::PartnerDigest* partner = roster.partner_of(member)) {
    if (partner->admitted) add(partner->admitted->value);
    if (partner->withdrawn) add(partner->withdrawn->value);
  }
  return dates;
}

std::string_view seat_paragraph(const model::Member& member) {
  return member.seat ? group::seat_kind(member.seat->value).paragraph : std::string_view("25");
}

// What every event of a member says: who, which seat, the partner it represents.
struct MemberContext {
  const group::Roster& roster;
  const PartnerById& partners;
  const Period& period;
  const refdata::ReferenceData& reference;
};

Change member_event(Kind kind, const model::Member& member, const model::Date& date,
                    const MemberContext& context) {
  Change change;
  change.kind = kind;
  change.date = date;
  change.paragraph = seat_paragraph(member);
  change.where = member.where;
  change.key = model::display_name(member);
  change.member = &member;
  if (member.seat) change.seat = member.seat->value;
  if (member.region) change.region = member.region->value;
  if (member.partner)
    if (const auto it = context.partners.find(member.partner->value);
        it != context.partners.end()) {
      change.partner = it->second;
      change.partner_public = model::is_public_on(*it->second, context.period.to);
      change.ilo_region = group::member_region(context.roster, member, context.reference);
    }
  return change;
}

model::Location term_location(const model::Term& term) {
  return term.start ? term.start->where : term.where;
}

// A member who sits on `date` and did not the day before.
Change joined(const model::Member& member, const model::Date& date, const MemberContext& context) {
  Change change = member_event(Kind::member_joined, member, date, context);
  if (const auto term = context.roster.sitting_term(member, date)) {
    change.term_number = term->number;
    change.term_end = term->end;
    change.where = term_location(*term->term);
  }
  return change;
}

// A member who sat the day before `date` and does not on it, and why.
Change left(const model::Member& member, const model::Date& date, const MemberContext& context) {
  const group::Roster& roster = context.roster;
  Change change = member_event(Kind::member_left, member, date, context);
  const model::Date last = date.plus_days(-1);
  change.last_day = last;
  const model::PartnerDigest* partner = roster.partner_of(member);
  if (!roster.partner_admitted_on(member, date) && roster.partner_admitted_on(member, last)) {
    change.reason = LeaveReason::partner_withdrew;
    change.paragraph = "21";
    if (partner && partner->withdrawn) change.where = partner->withdrawn->where;
    return change;
  }
  const auto term = roster.sitting_term(member, last);
  if (!term || term->end != last) return change;  // LeaveReason::other
  change.paragraph = "23";
  const model::Term& ended = *term->term;
  change.where = term_location(ended);
  if (ended.end && ended.end->value < group::full_term_end(ended.start->value)) {
    change.reason = LeaveReason::ended_early;
    change.where = ended.end->where;
    if (ended.end_reason) change.end_reason = ended.end_reason->value;
    if (ended.end_note) change.end_note = ended.end_note->value;
  } else {
    change.reason = LeaveReason::term_ended;
  }
  return change;
}

}  // namespace

void add_member_changes(const group::Roster& roster, const PartnerById& partners,
                        const Period& period, const refdata::ReferenceData& reference,
                        std::vector<Change>& out) {
  const MemberContext context{roster, partners, period, reference};
  const model::Group& group = roster.group();
  if (const auto established = roster.established(); established && period.contains(*established)) {
    Change change;
    change.kind = Kind::group_established;
    change.date = *established;
    change.paragraph = "21";
    change.where = group.established ? group.established->where : group.where;
    out.push_back(std::move(change));
  }
  for (const model::Member& member : group.members) {
    for (const model::Date& date : turning_points(roster, member, period)) {
      const model::Date before = date.plus_days(-1);
      const bool sat = roster.sits(member, before);
      const bool sits = roster.sits(member, date);
      if (!sat && sits) {
        out.push_back(joined(member, date, context));
      } else if (sat && !sits) {
        out.push_back(left(member, date, context));
      } else if (sat && sits) {
        const auto was = roster.sitting_term(member, before);
        const auto is = roster.sitting_term(member, date);
        if (!was || !is || was->number == is->number) continue;
        Change change = member_event(Kind::member_renewed, member, date, context);
        change.paragraph = "23";
        change.term_number = is->number;
        change.term_end = is->end;
        change.where = term_location(*is->term);
        out.push_back(std::move(change));
      }
    }
  }
}

}  // namespace gcsj::changes
