#pragma once
// A partner's state on a date, and its category and type, asked the same way of a whole Partner
// and of the PartnerDigest that `gcsj validate` keeps of it: every rule and every view calls
// these, so "admitted on D" means one thing everywhere (spec section 2, "State on a date").

#include <optional>

#include "model/date.hpp"
#include "model/partner.hpp"
#include "model/partner_digest.hpp"

namespace gcsj::model {

// What Partner and PartnerDigest share: optional located values of these keys.
template <class P>
concept PartnerRecord = requires(const P& p) {
  p.category;
  p.status;
  p.admitted;
  p.withdrawn;
  p.published;
};

// A declined application (v1.1): never a partner on any date, whatever dates it carries.
template <PartnerRecord P>
bool is_declined(const P& partner) {
  return partner.status && partner.status->value == Status::declined;
}

// Admitted on `date`: its `admitted` date is on or before it and it has not withdrawn by then.
template <PartnerRecord P>
bool is_admitted_on(const P& partner, const Date& date) {
  if (is_declined(partner)) return false;
  if (!partner.admitted || partner.admitted->value > date) return false;
  return !(partner.withdrawn && partner.withdrawn->value <= date);
}

// Withdrawn on `date`: by a withdrawal date on or before it, or by a status without a date.
template <PartnerRecord P>
bool is_withdrawn_on(const P& partner, const Date& date) {
  if (is_declined(partner)) return false;
  if (partner.withdrawn) return partner.withdrawn->value <= date;
  return partner.status && partner.status->value == Status::withdrawn;
}

// Made public by `date`: without `published`, admission is publication (¶18); with it, the
// secretariat makes the partnership public on that date, and not before.
template <PartnerRecord P>
bool is_published_by(const P& partner, const Date& date) {
  return !partner.published || partner.published->value <= date;
}

// Public on `date`: admitted on it, not an application, and made public by then (¶18: the
// secretariat informs the partners and makes the information public). Only such partners are
// named, counted in the figures and shown, by the report, `changes` and the portal.
template <PartnerRecord P>
bool is_public_on(const P& partner, const Date& date) {
  return partner.status && partner.status->value != Status::applied &&
         is_admitted_on(partner, date) && is_published_by(partner, date);
}

// Admitted on `date` but not yet made public: `published` is after it. Counted apart by the
// report, never named or shown anywhere until its publication date.
template <PartnerRecord P>
bool is_awaiting_publication_on(const P& partner, const Date& date) {
  return partner.status && partner.status->value != Status::applied &&
         is_admitted_on(partner, date) && !is_published_by(partner, date);
}

// The day the public learns of the partnership: its `published` date when that is after its
// admission, else its admission (none without an `admitted` date).
template <PartnerRecord P>
std::optional<Date> public_since(const P& partner) {
  if (!partner.admitted) return std::nullopt;
  if (partner.published && partner.published->value > partner.admitted->value)
    return partner.published->value;
  return partner.admitted->value;
}

template <PartnerRecord P>
bool is_category(const P& partner, Category category) {
  return partner.category && partner.category->value == category;
}

// The values of `type` (¶19(c)-(e)) as a set.
inline OrgTypes org_types(const PartnerDigest& partner) {
  return partner.types;
}
OrgTypes org_types(const Partner& partner);

template <PartnerRecord P>
bool has_type(const P& partner, OrgType type) {
  return org_types(partner).contains(type);
}

}  // namespace gcsj::model
