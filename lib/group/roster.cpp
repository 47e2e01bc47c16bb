#include "group/roster.hpp"

#include <fmt/format.h>

#include "model/partner_state.hpp"

namespace gcsj::group {
namespace {

// The earliest start of any term of the Group's members: when it began, if `established` is
// not given.
std::optional<model::Date> earliest_start(const model::Group& group) {
  std::optional<model::Date> earliest;
  for (const model::Member& member : group.members)
    if (member.terms)
      for (const model::Term& term : member.terms->value)
        if (term.start && (!earliest || term.start->value < *earliest))
          earliest = term.start->value;
  return earliest;
}

}  // namespace

PartnerIndex partners_by_id(const model::Registry& registry) {
  PartnerIndex index;
  const model::Group* group = the_group(registry);
  if (!group) return index;
  for (const auto& member : group->members)
    if (member.partner) index.emplace(member.partner->value, nullptr);
  for (const auto& partner : registry.digests) {
    if (!partner.id) continue;
    const auto it = index.find(partner.id->value);
    if (it != index.end() && !it->second) it->second = &partner;
  }
  std::erase_if(index, [](const auto& entry) { return entry.second == nullptr; });
  return index;
}

i18n::Message member_label(const model::Member& member) {
  if (member.name) return i18n::Message::verbatim(member.name->value);
  return i18n::msg("the member at line {line}", i18n::arg("line", member.where.line));
}

std::optional<Roster> Roster::of(const model::Registry& registry) {
  const model::Group* group = the_group(registry);
  if (!group) return std::nullopt;
  return Roster(*group, partners_by_id(registry), registry.complete);
}

Roster::Roster(const model::Group& group, PartnerIndex partners, bool partners_known)
    : group_(&group), partners_(std::move(partners)), partners_known_(partners_known) {
  established_ =
      group.established ? std::optional(group.established->value) : earliest_start(group);
}

const model::PartnerDigest* Roster::partner_of(const model::Member& member) const {
  if (!member.partner) return nullptr;
  const auto it = partners_.find(member.partner->value);
  return it == partners_.end() ? nullptr : it->second;
}

bool Roster::exists_on(const model::Date& date) const {
  return !established_ || *established_ <= date;
}

bool Roster::partner_admitted_on(const model::Member& member, const model::Date& date) const {
  const model::PartnerDigest* partner = partner_of(member);
  if (partner) return model::is_admitted_on(*partner, date);
  return !partners_known_ && !member.partner.absent();
}

bool Roster::sits(const model::Member& member, const model::Date& date) const {
  if (is_director_general(member)) return in_office(member, date);
  return sitting_term(member, date).has_value();
}

const model::Member* Roster::director_general_on(const model::Date& date) const {
  for (const model::Member& member : group_->members)
    if (is_director_general(member) && in_office(member, date)) return &member;
  return nullptr;
}

std::optional<CurrentTerm> Roster::sitting_term(const model::Member& member,
                                                const model::Date& date) const {
  if (is_director_general(member) || !exists_on(date)) return std::nullopt;
  const auto term = current_term(member, date);
  if (!term || !partner_admitted_on(member, date)) return std::nullopt;
  return term;
}

std::optional<LastDay> Roster::last_day_before(const model::Member& member,
                                               const model::Date& date) const {
  if (is_director_general(member)) {
    const auto& until = member.until;
    if (!until || until->value >= date || (member.since && member.since->value > until->value))
      return std::nullopt;  // still in office, or never was
    return LastDay{until->value, Departure::left_office};
  }
  if (!member.terms || sits(member, date)) return std::nullopt;
  const model::PartnerDigest* partner = partner_of(member);
  if (!partner && (partners_known_ || member.partner.absent())) return std::nullopt;  // never sat
  std::optional<LastDay> last;
  for (const model::Term& term : member.terms->value) {
    const auto end = term_end(term);
    if (!end) continue;
    // The days of this term on which the member sat: within the term, the Group's existence and
    // the partner's admission, before `date`.
    model::Date from = term.start->value;
    if (established_ && *established_ > from) from = *established_;
    if (partner && (!partner->admitted || partner->admitted->value > from)) {
      if (!partner->admitted) continue;
      from = partner->admitted->value;
    }
    // The partner's withdrawal ends the sitting when it comes within the term and by `date`
    // (on `date` itself too: withdrawn on D, the member's last day was D - 1).
    LastDay day{std::min(*end, date.plus_days(-1)), Departure::term_ended};
    if (partner && partner->withdrawn && partner->withdrawn->value <= std::min(*end, date))
      day = {partner->withdrawn->value.plus_days(-1), Departure::partner_withdrew};
    if (day.date < from) continue;  // never sat in this term
    if (!last || day.date > last->date) last = day;
  }
  return last;
}

}  // namespace gcsj::group
